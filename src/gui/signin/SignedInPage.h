#pragma once

#include "core/ent/UserInfo.h"
#include "gui/KioskPage.h"

#include <memory>

namespace Ui {
class SignedInPage;
}

namespace LeoKiosk {
class KioskSession;
}

namespace LeoKiosk::Gui {

// Shown while a user is signed in: who they are (name, profile, school, class) and "Se déconnecter". The "Mon compte"
// actions go into accountAreaLayout.
class SignedInPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInPage)

public:
    explicit SignedInPage(KioskSession& session, QWidget* parent = nullptr);
    ~SignedInPage() override;

    void showUser(const UserInfo& user);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;
    // The greeting without the name ("Hello"), then the labels as every page reads them: the name stays unheard.
    QString spokenText() const override;

    // The ENT's account type (ELEVE, ENSEIGNANT…) in words; an unknown type is shown as it is.
    static QString profileName(const QString& type);

Q_SIGNALS:
    void accountRequested();
    void helpPupilRequested(); // "Aider un élève": shown to a Teacher or Personnel account only

protected:
    void retranslate() override;

private:
    void render();

    const std::unique_ptr<Ui::SignedInPage> m_ui;
    KioskSession& m_session;
    UserInfo m_user;
};

} // namespace LeoKiosk::Gui
