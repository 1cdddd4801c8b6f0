#pragma once

#include "gui/KioskPage.h"

#include <memory>

namespace Ui {
class ResetCodePage;
}

namespace LeoKiosk {
class KioskSession;
struct CodeMatchResult;
}

namespace LeoKiosk::Gui {

// "J'ai reçu un code": the identifier and the reset code, typed bare or as the whole e-mailed link (ResetCode).
// The ENT checks the pair without using it up (ENT protocol §3.12); a matching pair opens the new password screen.
// After maxWrongTries wrong codes for one identifier the screen stops asking, as the ENT stops accepting that code.
class ResetCodePage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetCodePage)

public:
    static constexpr int maxWrongTries = 5;

    explicit ResetCodePage(KioskSession& session, QWidget* parent = nullptr);
    ~ResetCodePage() override;

    // A fresh screen for this identifier (empty: to be typed).
    void open(const QString& login);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void codeMatched(const QString& login, const QString& code);
    // "Demander un nouveau code", with the identifier typed here.
    void newCodeRequested(const QString& login);
    void homeRequested();

protected:
    void retranslate() override;

private:
    void finishVerifying(const CodeMatchResult& result, const QString& login, const QString& code);
    void showTooManyTries();
    void setBusy(bool busy);
    void updateVerifyButton();

    const std::unique_ptr<Ui::ResetCodePage> m_ui;
    KioskSession& m_session;
    QString m_triedLogin; // the identifier the wrong tries were counted for
    int m_wrongTries = 0;
    bool m_busy = false;
};

} // namespace LeoKiosk::Gui
