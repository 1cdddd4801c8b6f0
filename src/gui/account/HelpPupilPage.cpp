#include "gui/account/HelpPupilPage.h"
#include "ui_HelpPupilPage.h"

#include "core/ent/EntClient.h"
#include "core/session/KioskSession.h"

#include <QButtonGroup>
#include <QHash>
#include <QRadioButton>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

HelpPupilPage::HelpPupilPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::HelpPupilPage>())
    , m_session(session)
    , m_classGroup(new QButtonGroup(this))
    , m_pupilGroup(new QButtonGroup(this))
{
    setUpUi(*m_ui);
    // « Écouter » never reads the pupil's name or identifier, nor the code (a CDI is a public room).
    for (QLabel* personal : {m_ui->confirmLabel, m_ui->codeForLabel, m_ui->codeLabel})
        personal->setProperty(readAloudProperty, false);
    connect(m_classGroup, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            chooseClass(id);
    });
    connect(m_pupilGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            wipe(m_ui->identifierLineEdit);
        updateButtons();
    });
    connect(m_ui->identifierLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty() && m_pupilGroup->checkedButton()) {
            m_pupilGroup->setExclusive(false);
            m_pupilGroup->checkedButton()->setChecked(false);
            m_pupilGroup->setExclusive(true);
        }
        updateButtons();
    });
    connect(m_ui->identifierLineEdit, &QLineEdit::returnPressed, this, &HelpPupilPage::confirm);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &HelpPupilPage::confirm);
    connect(m_ui->makeCodeButton, &QPushButton::clicked, this, &HelpPupilPage::makeCode);
    connect(m_ui->changeButton, &QPushButton::clicked, this, [this] { setStep(Step::Choose); });
    connect(m_ui->handOverButton, &QPushButton::clicked, this, [this] {
        const QString login = m_login; // resetPage() wipes it on the way out
        Q_EMIT handOverRequested(login);
    });
    connect(m_ui->backButton, &QPushButton::clicked, this, &HelpPupilPage::backRequested);
    resetPage();
}

HelpPupilPage::~HelpPupilPage() = default;

QString HelpPupilPage::grouped(const QString& code)
{
    return code.size() == 8 ? code.left(4) + u'-' + code.mid(4) : code;
}

void HelpPupilPage::open(const UserInfo& adult)
{
    resetPage();
    m_classIds = adult.classIds;
    m_classNames = adult.classIdNames;
    for (qsizetype i = 0; i < m_classIds.size(); ++i) {
        auto* radio = new QRadioButton(m_classNames.at(i), m_ui->classGroupBox);
        radio->setObjectName(u"classRadioButton%1"_s.arg(i));
        radio->setAccessibleName(m_classNames.at(i));
        m_ui->classLayout->addWidget(radio);
        m_classGroup->addButton(radio, int(i));
    }
    render();
}

void HelpPupilPage::resetPage()
{
    dropAnswers();
    clearRadios(m_ui->classLayout, m_classGroup);
    clearRadios(m_ui->pupilLayout, m_pupilGroup);
    m_classIds.clear();
    m_classNames.clear();
    m_pupils.clear();
    m_classIndex = -1;
    m_login.clear();
    m_pupilName.clear();
    m_code.fill(u'\0');
    m_code.clear();
    m_ui->codeLabel->clear();
    wipe(m_ui->identifierLineEdit);
    m_ui->messageLabel->clearMessage();
    m_busy = false;
    setStep(Step::Choose);
}

QWidget* HelpPupilPage::initialFocusWidget() const
{
    switch (m_step) {
    case Step::Choose:
        return m_classGroup->buttons().isEmpty() ? static_cast<QWidget*>(m_ui->identifierLineEdit)
                                                 : m_classGroup->buttons().constFirst();
    case Step::Confirm:
        return m_ui->makeCodeButton;
    case Step::Code:
        return m_ui->codeLabel;
    }
    return nullptr;
}

void HelpPupilPage::clearRadios(QVBoxLayout* layout, QButtonGroup* group)
{
    for (QAbstractButton* button : group->buttons()) {
        group->removeButton(button);
        layout->removeWidget(button);
        delete button;
    }
}

void HelpPupilPage::chooseClass(int index)
{
    m_classIndex = index;
    clearRadios(m_ui->pupilLayout, m_pupilGroup);
    m_pupils.clear();
    m_ui->messageLabel->clearMessage();
    m_busy = true;
    updateButtons();
    m_session.client().classMembers(m_classIds.value(index),
                                    unlessDropped<ClassMembersResult>([this](const ClassMembersResult& result) {
                                        m_busy = false;
                                        showMembers(result);
                                    }));
}

void HelpPupilPage::showMembers(const ClassMembersResult& result)
{
    if (result.status == EntStatus::NotAuthenticated)
        return m_session.lapse();
    if (result.notAllowed) {
        m_ui->messageLabel->showMessage([] {
            //: "Aider un élève": the ENT refused the class list (401: not a class of this adult's)
            return tr("The ENT refuses to show this class's list: it is not one of your classes. Type the pupil's "
                      "identifier instead.");
        });
    } else if (!result.ok()) {
        m_ui->messageLabel->showResult(result);
    }
    QHash<QString, int> names;
    for (const ClassMember& member : result.members) {
        if (member.type == u"Student")
            ++names[member.firstName + u' ' + member.lastName];
    }
    for (const ClassMember& member : result.members) {
        if (member.type != u"Student")
            continue;
        QString text = member.firstName + u' ' + member.lastName;
        if (names.value(text) > 1)
            text += u" (" + member.login + u')'; // homonyms: their identifiers tell them apart
        if (!member.activated)
            //: "Aider un élève": a pupil in the class list whose account is not activated yet; %1 is the name
            text = tr("%1 — account not activated yet: use the activation code").arg(text);
        else if (member.blocked)
            //: "Aider un élève": a pupil in the class list whose account is blocked; %1 is the name
            text = tr("%1 — account blocked: see the ENT administrator").arg(text);
        auto* radio = new QRadioButton(text, m_ui->pupilGroupBox);
        radio->setObjectName(u"pupilRadioButton%1"_s.arg(m_pupils.size()));
        radio->setAccessibleName(text);
        radio->setEnabled(member.activated && !member.blocked);
        m_ui->pupilLayout->addWidget(radio);
        m_pupilGroup->addButton(radio, int(m_pupils.size()));
        m_pupils.append(member);
    }
    render();
}

QString HelpPupilPage::chosenLogin() const
{
    const int id = m_pupilGroup->checkedId();
    if (id >= 0 && id < m_pupils.size())
        return m_pupils.at(id).login;
    return m_ui->identifierLineEdit->text().trimmed();
}

void HelpPupilPage::confirm()
{
    const QString login = chosenLogin();
    if (login.isEmpty() || m_busy)
        return;
    m_login = login;
    const int id = m_pupilGroup->checkedId();
    m_pupilName = id >= 0 && id < m_pupils.size()
                      ? m_pupils.at(id).firstName + u' ' + m_pupils.at(id).lastName + u", "_s +
                            m_classNames.value(m_classIndex)
                      : QString();
    m_ui->messageLabel->clearMessage();
    setStep(Step::Confirm);
}

void HelpPupilPage::makeCode()
{
    if (m_busy || m_login.isEmpty())
        return;
    m_busy = true;
    m_ui->messageLabel->clearMessage();
    updateButtons();
    m_session.client().generateRenewalCode(m_login,
                                           unlessDropped<RenewalCodeResult>([this](const RenewalCodeResult& result) {
                                               m_busy = false;
                                               showCode(result);
                                           }));
}

void HelpPupilPage::showCode(const RenewalCodeResult& result)
{
    if (result.status == EntStatus::NotAuthenticated)
        return m_session.lapse();
    if (result.ok()) {
        m_code = result.renewalCode;
        setStep(Step::Code);
        return;
    }
    if (result.notAllowed) {
        m_ui->messageLabel->showMessage([] {
            //: "Aider un élève": the ENT refused to make the code (401). ENT Core allows the teachers and staff of
            //: the pupil's class and the school's local administrator
            return tr("The ENT refused: you can only make a code for a pupil of one of your classes (or, as the "
                      "school's administrator, of your school). Check the identifier.");
        });
    } else {
        m_ui->messageLabel->showResult(result);
    }
    updateButtons();
    m_ui->makeCodeButton->setFocus(Qt::OtherFocusReason);
}

void HelpPupilPage::setStep(Step step)
{
    m_step = step;
    m_ui->chooseWidget->setVisible(step == Step::Choose);
    m_ui->confirmWidget->setVisible(step == Step::Confirm);
    m_ui->codeWidget->setVisible(step == Step::Code);
    render();
    if (QWidget* focus = initialFocusWidget(); focus && isVisible())
        focus->setFocus(Qt::OtherFocusReason);
}

void HelpPupilPage::updateButtons()
{
    m_ui->continueButton->setEnabled(!m_busy && !chosenLogin().isEmpty());
    m_ui->makeCodeButton->setEnabled(!m_busy);
    m_ui->identifierLineEdit->setEnabled(!m_busy || m_step != Step::Choose);
}

void HelpPupilPage::retranslate()
{
    m_ui->retranslateUi(this);
    render();
}

void HelpPupilPage::render()
{
    //: "Aider un élève" screen, the adult's button on the signed-in screen and its title (ENT wording)
    setButtonText(m_ui->continueButton, tr("Continue"));
    //: "Aider un élève": confirms and asks the ENT for the pupil's code
    setButtonText(m_ui->makeCodeButton, tr("Make the code"));
    //: "Aider un élève": back from the confirmation to the choice of the pupil
    setButtonText(m_ui->changeButton, tr("Choose another pupil"));
    //: "Aider un élève": signs the adult out and opens "J'ai reçu un code" for the pupil
    setButtonText(m_ui->handOverButton, tr("Hand over to the pupil"));
    //: "Aider un élève": back to the signed-in screen
    setButtonText(m_ui->backButton, tr("Back"));
    m_ui->classGroupBox->setVisible(!m_classIds.isEmpty());
    m_ui->pupilGroupBox->setVisible(!m_pupils.isEmpty());
    m_ui->noClassLabel->setVisible(m_classIds.isEmpty());
    if (m_pupilName.isEmpty())
        //: "Aider un élève" confirmation, when the identifier was typed; %1 is the identifier
        m_ui->confirmLabel->setText(tr("Make a new password code for the account %1?").arg(m_login));
    else
        //: "Aider un élève" confirmation; %1 is the pupil's name and class, %2 the identifier
        m_ui->confirmLabel->setText(tr("Make a new password code for %1 (identifier %2)?").arg(m_pupilName, m_login));
    m_ui->codeLabel->setText(grouped(m_code));
    //: "Aider un élève": what the large code is, for a screen reader; %1 is the pupil's identifier
    m_ui->codeLabel->setAccessibleName(tr("Code for %1").arg(m_login));
    m_ui->codeForLabel->setText(m_pupilName.isEmpty() ? m_login : m_pupilName);
    updateButtons();
}

} // namespace LeoKiosk::Gui
