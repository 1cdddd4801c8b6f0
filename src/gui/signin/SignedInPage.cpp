#include "gui/signin/SignedInPage.h"
#include "ui_SignedInPage.h"

#include "core/session/KioskSession.h"

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

SignedInPage::SignedInPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::SignedInPage>())
    , m_session(session)
{
    setUpUi(*m_ui);
    connect(m_ui->signOutButton, &QPushButton::clicked, this,
            [this] { m_session.end(KioskSession::EndReason::Logout); });
    connect(m_ui->accountButton, &QPushButton::clicked, this, &SignedInPage::accountRequested);
    connect(m_ui->helpPupilButton, &QPushButton::clicked, this, &SignedInPage::helpPupilRequested);
    render();
}

SignedInPage::~SignedInPage() = default;

void SignedInPage::showUser(const UserInfo& user)
{
    m_user = user;
    render();
}

void SignedInPage::resetPage()
{
    m_user = UserInfo();
    render();
}

QWidget* SignedInPage::initialFocusWidget() const
{
    // The greeting, not the button: a screen reader announces who is signed in, and a stray Enter left over from
    // the sign-in form cannot sign the pupil out again.
    return m_ui->greetingLabel;
}

QString SignedInPage::profileName(const QString& type)
{
    if (type == u"ELEVE")
        //: Account type ELEVE (ENT: Élève)
        return tr("Student");
    if (type == u"ENSEIGNANT")
        //: Account type ENSEIGNANT (ENT: Enseignant)
        return tr("Teacher");
    if (type == u"PERSEDUCNAT")
        //: Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l'établissement)
        return tr("School staff");
    if (type == u"PERSRELELEVE")
        //: Account type PERSRELELEVE: a pupil's parent or guardian (ENT: Parent)
        return tr("Parent");
    return type;
}

QString SignedInPage::spokenText() const
{
    // The heading's own words, the name left out (greetingLabel is marked readAloud=false in the form).
    const QString greeting = tr("Hello %1").arg(QString()).trimmed();
    const QString rest = KioskPage::spokenText();
    return rest.isEmpty() ? greeting : greeting + u".\n"_s + rest;
}

void SignedInPage::retranslate()
{
    m_ui->retranslateUi(this);
    render();
}

void SignedInPage::render()
{
    QString name = m_user.displayName;
    if (name.isEmpty())
        name = m_user.fullName();
    if (name.isEmpty())
        name = m_user.login;
    //: Heading of the signed-in screen; %1 is the user's name (ENT: Bonjour %1)
    m_ui->greetingLabel->setText(name.isEmpty() ? QString() : tr("Hello %1").arg(name));
    // Its text is its accessible name (announced on each change, NameChanged); the description says what it is.
    //: What a screen reader is told the signed-in screen's "Hello …" heading is
    m_ui->greetingLabel->setAccessibleDescription(tr("Greeting"));

    const auto setRow = [this](QLabel* value, const QString& text) {
        value->setText(text);
        m_ui->detailsLayout->setRowVisible(value, !text.isEmpty());
    };
    setRow(m_ui->profileLabel, profileName(m_user.type));
    setRow(m_ui->schoolLabel, m_user.schools.join(u", "_s));
    setRow(m_ui->classLabel, m_user.classes.join(u", "_s));
    // ENT Core lets a Teacher or Personnel account make a renewal code for a pupil of their class (ENT protocol
    // §18.2); a pupil or a parent never sees the entry.
    m_ui->helpPupilButton->setVisible(m_user.isAdult());
}

} // namespace LeoKiosk::Gui
