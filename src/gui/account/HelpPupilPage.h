#pragma once

#include "core/ent/EntResults.h"
#include "core/ent/UserInfo.h"
#include "gui/KioskPage.h"

#include <QList>
#include <QString>

#include <memory>

class QButtonGroup;
class QRadioButton;
class QVBoxLayout;

namespace Ui {
class HelpPupilPage;
}

namespace LeoKiosk {
class KioskSession;
}

namespace LeoKiosk::Gui {

// "Aider un élève" (issue #16, ENT protocol §18): a teacher or the CPE, signed in, makes a renewal code for a pupil of
// one of their classes. Three steps on one screen: choose (a class, then a pupil of its list — or the identifier
// typed), confirm (the pupil's name and class), the code (large, grouped like the e-mailed one, its validity, "let the
// pupil type it now"). « Passer la main à l'élève » asks the window to sign the adult out with the full wipe and
// open « J'ai reçu un code » with the pupil's identifier.
class HelpPupilPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpPupilPage)

public:
    enum class Step { Choose, Confirm, Code };

    explicit HelpPupilPage(KioskSession& session, QWidget* parent = nullptr);
    ~HelpPupilPage() override;

    // A fresh screen for this adult: their classes (from userinfo), nothing chosen.
    void open(const UserInfo& adult);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;
    Step step() const { return m_step; }

    // "abcd-efgh": the code as the ENT's e-mail groups it, four and four.
    static QString grouped(const QString& code);

Q_SIGNALS:
    void handOverRequested(const QString& login);
    void backRequested();

protected:
    void retranslate() override;

private:
    void chooseClass(int index);
    void showMembers(const ClassMembersResult& result);
    void confirm();
    void makeCode();
    void showCode(const RenewalCodeResult& result);
    void setStep(Step step);
    void clearRadios(QVBoxLayout* layout, QButtonGroup* group);
    void updateButtons();
    QString chosenLogin() const;
    void render();

    const std::unique_ptr<Ui::HelpPupilPage> m_ui;
    KioskSession& m_session;
    QButtonGroup* m_classGroup;
    QButtonGroup* m_pupilGroup;
    QStringList m_classIds;
    QStringList m_classNames;
    QList<ClassMember> m_pupils;
    int m_classIndex = -1;
    QString m_login;     // the pupil's identifier, once confirmed
    QString m_pupilName; // their name and class, when chosen from a list
    QString m_code;
    Step m_step = Step::Choose;
    bool m_busy = false;
};

} // namespace LeoKiosk::Gui
