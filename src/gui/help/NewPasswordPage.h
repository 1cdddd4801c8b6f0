#pragma once

#include "gui/KioskPage.h"
#include "gui/widgets/NewPasswordForm.h"

#include <memory>

namespace Ui {
class NewPasswordPage;
}

namespace LeoKiosk {
class KioskSession;
struct EntResult;
}

namespace LeoKiosk::Gui {

// "Nouveau mot de passe": the identifier a reset code was accepted for, the new password twice, and the live
// checklist of the ENT's rule. RÉINITIALISER waits until every line holds. The code stays for another try until the
// page is reset.
class NewPasswordPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPasswordPage)

public:
    explicit NewPasswordPage(KioskSession& session, QWidget* parent = nullptr);
    ~NewPasswordPage() override;

    // A fresh screen for a code the ENT accepted for this identifier.
    void open(const QString& login, const QString& code);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    // For the login screen once the new password is saved.
    static QString successMessage();

Q_SIGNALS:
    void passwordReset(const QString& login);
    void homeRequested();

protected:
    void retranslate() override;

private:
    void submit();
    void finishSubmitting(const EntResult& result);
    static QString resetButtonText(bool busy);

    const std::unique_ptr<Ui::NewPasswordPage> m_ui;
    KioskSession& m_session;
    NewPasswordForm m_passwordForm;
    QString m_login;
    QString m_code;
};

} // namespace LeoKiosk::Gui
