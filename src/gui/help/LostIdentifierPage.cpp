#include "gui/help/LostIdentifierPage.h"
#include "ui_LostIdentifierPage.h"

#include "core/ent/EntClient.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/EasyReadPanel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCollator>
#include <QKeyEvent>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>

namespace LeoKiosk::Gui {

namespace {
// Each school's radio button carries the structureId the ENT answered with it (ENT protocol §3.9).
constexpr char structureIdProperty[] = "structureId";

// One school to choose: a radio button whose name wraps onto more lines when the column is narrow. Schools' names
// can be long ("Lycée polyvalent Jean Moulin – section d'enseignement professionnel") and a name cut at the edge cannot
// be chosen by someone who cannot read it whole. The box, the dot and the focus are the style's (kiosk.qss); the words
// are drawn wrapped where the style puts the label. Its accessible name is the school's name as the ENT gave it.
class SchoolButton final : public QRadioButton
{
public:
    SchoolButton(const QString& name, QWidget* parent)
        : QRadioButton(parent)
        , m_name(name)
    {
        QString shown = name;
        setText(shown.replace(u'&', QStringLiteral("&&"))); // a name, never a mnemonic
        setAccessibleName(name);
        // Not Fixed in height: a fixed height would be the one-line height, whatever the width asks.
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        const QStyleOptionButton option = styleOption();
        const int around = style()->sizeFromContents(QStyle::CT_RadioButton, &option, QSize(0, 0), this).width();
        const QRect text = QFontMetrics(measuringFont())
                               .boundingRect(QRect(0, 0, std::max(1, width - around), 100000),
                                             Qt::AlignLeft | Qt::TextWordWrap, m_name);
        return style()->sizeFromContents(QStyle::CT_RadioButton, &option, text.size(), this).height();
    }

    QSize sizeHint() const override
    {
        const QStyleOptionButton option = styleOption();
        const QFontMetrics metrics(measuringFont());
        const QSize text(metrics.horizontalAdvance(m_name), metrics.height());
        return style()->sizeFromContents(QStyle::CT_RadioButton, &option, text, this);
    }

    QSize minimumSizeHint() const override
    {
        // As narrow as the longest word: the rest wraps.
        const QStyleOptionButton option = styleOption();
        const QFontMetrics metrics(measuringFont());
        int longest = 0;
        for (const QString& word : m_name.split(u' ', Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word));
        return style()->sizeFromContents(QStyle::CT_RadioButton, &option, QSize(longest, metrics.height()), this);
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        QRadioButton::keyPressEvent(event);
        // Qt moves the focus with the arrow keys but chooses the school reached only when one was chosen already. As
        // in every radio group (WAI-ARIA's too), the arrows choose what they reach; Space chooses the first one.
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            if (auto* reached = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
                reached && reached != this && reached->group() && reached->group() == group() && !reached->isChecked())
                reached->click();
            break;
        default:
            break;
        }
    }

    void paintEvent(QPaintEvent*) override
    {
        QStylePainter painter(this);
        QStyleOptionButton option = styleOption();
        option.text.clear(); // the box, the dot and the focus only
        painter.drawControl(QStyle::CE_RadioButton, option);
        QStyleOptionButton withText = styleOption();
        const QRect label = style()->subElementRect(QStyle::SE_RadioButtonContents, &withText, this);
        QFont font = painter.font();
        font.setBold(isChecked()); // as kiosk.qss draws the chosen one
        painter.setFont(font);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_name);
    }

private:
    QStyleOptionButton styleOption() const
    {
        QStyleOptionButton option;
        initStyleOption(&option);
        return option;
    }
    // The chosen school is drawn in bold: every size is measured for it, so that choosing moves nothing.
    QFont measuringFont() const
    {
        QFont bold = font();
        bold.setBold(true);
        return bold;
    }

    const QString m_name;
};
} // namespace

LostIdentifierPage::LostIdentifierPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::LostIdentifierPage>())
    , m_session(session)
    , m_structureGroup(new QButtonGroup(this))
{
    setUpUi(*m_ui);
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::LostIdentifier, m_ui->mailLineEdit);
    m_structureGroup->setExclusive(true);
    m_ui->structureListLayout->setContentsMargins(0, 8, 0, 0);
    m_ui->structureWidget->hide();
    m_ui->resultLabel->setProperty("messagePurpose", QStringLiteral("result")); // "Résultat : …" to a screen reader
    m_ui->howBuiltLabel->hide();

    connect(m_ui->sendButton, &QPushButton::clicked, this, &LostIdentifierPage::send);
    connect(m_ui->mailLineEdit, &QLineEdit::returnPressed, this, &LostIdentifierPage::send);
    connect(m_ui->mailLineEdit, &QLineEdit::textEdited, this, &LostIdentifierPage::forgetStructures);
    connect(m_ui->firstNameLineEdit, &QLineEdit::returnPressed, this, &LostIdentifierPage::send);
    connect(m_ui->howBuiltButton, &QPushButton::toggled, m_ui->howBuiltLabel, &QLabel::setVisible);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &LostIdentifierPage::homeRequested);
    retranslate();
}

LostIdentifierPage::~LostIdentifierPage() = default;

void LostIdentifierPage::resetPage()
{
    dropAnswers();
    setBusy(false);
    wipe(m_ui->mailLineEdit);
    wipe(m_ui->firstNameLineEdit);
    clearStructures();
    m_ui->structureWidget->hide();
    m_ui->howBuiltButton->setChecked(false);
    clearMessages();
    updateSendButton();
}

QWidget* LostIdentifierPage::initialFocusWidget() const
{
    return m_ui->mailLineEdit;
}

void LostIdentifierPage::send()
{
    if (m_busy)
        return;
    const QString mail = m_ui->mailLineEdit->text().trimmed();
    const bool askingStructure = !m_ui->structureWidget->isHidden();
    const QString firstName = askingStructure ? m_ui->firstNameLineEdit->text().trimmed() : QString();
    QAbstractButton* structure = askingStructure ? m_structureGroup->checkedButton() : nullptr;
    const QString structureId = structure ? structure->property(structureIdProperty).toString() : QString();
    clearMessages();
    if (mail.isEmpty()) {
        //: Shown when ENVOYER is pressed with no e-mail address on the lost-identifier screen
        m_ui->errorLabel->showMessage([] { return tr("Enter your personal e-mail address."); });
        m_ui->mailLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (askingStructure && firstName.isEmpty()) {
        //: Shown when the first name is missing after the ENT asked for it
        m_ui->errorLabel->showMessage([] { return tr("Enter your first name."); });
        m_ui->firstNameLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (askingStructure && !structure) {
        // The ENT's own form requires a school (a required list): none is chosen for the pupil.
        //: Shown when no school is chosen after the ENT asked for one (ENT: Veuillez choisir votre établissement)
        m_ui->errorLabel->showMessage([] { return tr("Choose your school."); });
        if (const QList<QAbstractButton*> buttons = m_structureGroup->buttons(); !buttons.isEmpty())
            buttons.constFirst()->setFocus(Qt::OtherFocusReason);
        return;
    }
    setBusy(true);
    m_session.client().forgotId(
        mail, RecoveryService::Mail, firstName, structureId,
        unlessDropped<ForgotIdResult>([this](const ForgotIdResult& result) { finishSending(result); }));
}

void LostIdentifierPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->mailLineEdit->setAccessibleName(m_ui->mailLabel->text());
    m_ui->firstNameLineEdit->setAccessibleName(m_ui->firstNameLabel->text());
    // The group's name is its title, and it labels each school (QAccessible's Labelled relation): a screen reader
    // says "Veuillez choisir votre établissement :" on entering the list, then each school as a radio button.
    m_ui->structureGroupBox->setAccessibleName(m_ui->structureGroupBox->title());
    m_ui->howBuiltButton->setAccessibleName(m_ui->howBuiltButton->text());
    updateSendButton();
}

void LostIdentifierPage::finishSending(const ForgotIdResult& result)
{
    setBusy(false);
    if (!result.ok()) {
        m_ui->errorLabel->showResult(result);
        m_ui->sendButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!result.structures.isEmpty() && m_ui->structureWidget->isHidden()) {
        showStructures(result);
        return;
    }
    m_ui->resultLabel->showMessage([] {
        //: Shown after an identifier was asked, whatever the ENT answered (ENT: auth.notify.login.forgotten)
        return tr("If this e-mail address is valid, a message with your identifier has been sent to it. Remember "
                  "to check your spam folder.");
    });
    m_ui->homeButton->setFocus(Qt::OtherFocusReason);
}

void LostIdentifierPage::showStructures(const ForgotIdResult& result)
{
    clearStructures();
    // One radio button per school, in the order of their names, none chosen (the ENT's list is required and starts
    // empty). They are one stop in the Tab chain: Tab enters the list on the chosen school (or the first) and leaves
    // it, the arrow keys move between schools and choose the one they reach (QButtonGroup's exclusive behaviour).
    QList<RecoveryStructure> structures = result.structures;
    QCollator collator(locale());
    collator.setNumericMode(true);
    std::stable_sort(structures.begin(), structures.end(),
                     [&collator](const RecoveryStructure& a, const RecoveryStructure& b) {
                         return collator.compare(a.structureName, b.structureName) < 0;
                     });
    QWidget* previous = m_ui->firstNameLineEdit;
    for (const RecoveryStructure& structure : std::as_const(structures)) {
        auto* button = new SchoolButton(structure.structureName, m_ui->structureGroupBox);
        button->setObjectName(QStringLiteral("structureRadioButton"));
        button->setCursor(Qt::PointingHandCursor);
        button->setProperty(structureIdProperty, structure.structureId);
        button->setEnabled(!m_busy);
        m_structureGroup->addButton(button);
        m_ui->structureListLayout->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_ui->sendButton);
    m_ui->structureWidget->show();
    m_ui->firstNameLineEdit->setFocus(Qt::OtherFocusReason);
}

void LostIdentifierPage::clearStructures()
{
    // Deleted at once: the accessibility bridge hears of each removal, and nothing of the last answer stays in the
    // page's tree (an assistive client asking later for an old child gets nothing).
    const QList<QAbstractButton*> buttons = m_structureGroup->buttons();
    for (QAbstractButton* button : buttons)
        delete button;
}

void LostIdentifierPage::forgetStructures()
{
    // The schools answered for the address they were asked for: a corrected address is asked afresh, without a first
    // name or a school that belong to the other one.
    if (m_ui->structureWidget->isHidden())
        return;
    wipe(m_ui->firstNameLineEdit);
    clearStructures();
    m_ui->structureWidget->hide();
}

void LostIdentifierPage::clearMessages()
{
    m_ui->errorLabel->clearMessage();
    m_ui->resultLabel->clearMessage();
}

void LostIdentifierPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->mailLineEdit, m_ui->firstNameLineEdit, m_ui->structureGroupBox}, !busy);
    updateSendButton();
}

void LostIdentifierPage::updateSendButton()
{
    const QString text = m_busy
        //: The send button while the ENT is being asked
        ? tr("Sending…")
        //: Asks for the identifier by e-mail, in capitals as on the ENT (ENT: ENVOYER)
        : tr("SEND");
    setButtonText(m_ui->sendButton, text);
    m_ui->sendButton->setEnabled(!m_busy);
}

} // namespace LeoKiosk::Gui
