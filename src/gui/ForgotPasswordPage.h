#pragma once

#include "KioskPage.h"

#include <QTimer>

#include <chrono>
#include <memory>

class KioskSession;
struct EntResult;
struct PasswordChannelsResult;
enum class RecoveryService;

namespace Ui {
class ForgotPasswordPage;
}

// "Vous avez perdu votre mot de passe ?": the identifier, e-mail or SMS when the ENT can send SMS, ENVOYER. The
// outcome is one neutral sentence whatever the ENT answered (contract §8), unless the ENT could not be reached.
// ENVOYER then rests for a visible cool-down: each message replaces the code of the one before (contract §4.2), so
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
