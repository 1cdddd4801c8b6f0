#pragma once

#include "gui/KioskPage.h"

#include <QTimer>

#include <chrono>
#include <memory>

namespace Ui {
class ForgotPasswordPage;
}

namespace LeoKiosk {
class KioskSession;
enum class RecoveryService;
struct EntResult;
struct PasswordChannelsResult;
}

namespace LeoKiosk::Gui {

// "Vous avez perdu votre mot de passe ?": the identifier, e-mail or SMS when the ENT can send SMS, ENVOYER. The
// outcome is one neutral sentence whatever the ENT answered (ENT protocol §8), unless the ENT could not be reached.
// ENVOYER then rests for a visible cool-down: each message replaces the code of the one before (ENT protocol §4.2), so
// an impatient second tap would make the first message useless.
class ForgotPasswordPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgotPasswordPage)

public:
    static constexpr std::chrono::seconds defaultCooldown{60};

    explicit ForgotPasswordPage(KioskSession& session, QWidget* parent = nullptr);
    ~ForgotPasswordPage() override;

    // The screen for this identifier (empty: to be typed). A cool-down in progress goes on.
    void open(const QString& login);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    void setCooldown(std::chrono::seconds cooldown);
    bool isCoolingDown() const { return m_secondsLeft > 0; }

public Q_SLOTS:
    void send();

Q_SIGNALS:
    // "J'ai reçu mon code", with the identifier the message was asked for.
    void codeReceived(const QString& login);
    void homeRequested();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void showChannels(const PasswordChannelsResult& result);
    void finishSending(const EntResult& result, RecoveryService service);
    void clearMessages();
    void setBusy(bool busy);
    void tick();
    void updateSendButton();

    const std::unique_ptr<Ui::ForgotPasswordPage> m_ui;
    KioskSession& m_session;
    QTimer m_cooldownTimer;
    std::chrono::seconds m_cooldown = defaultCooldown;
    int m_secondsLeft = 0;
    QString m_sentFor; // the identifier of the last message asked for
    bool m_busy = false;
    bool m_channelsAsked = false;
};

} // namespace LeoKiosk::Gui
