#include "gui/help/HelpPage.h"
#include "ui_HelpPage.h"

#include "gui/widgets/EasyReadPanel.h"

#include <QCoreApplication>
#include <QPushButton>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct TopicEntry
{
    HelpPage::Topic topic;
    const char* objectName;
    const char* text; // translated in the context "HelpPage"
};

// The ENT's help screen, plus "J'ai reçu un code" for a pupil who already has one.
constexpr TopicEntry topics[] = {
    //: Help topic that opens the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)
    {HelpPage::Topic::LostPassword, "lostPasswordButton",
     QT_TRANSLATE_NOOP("HelpPage", "Have you lost your password?")},
    //: Help topic for a pupil who already has a reset code or the e-mailed link (no ENT text: J'ai reçu un code)
    {HelpPage::Topic::ReceivedCode, "receivedCodeButton", QT_TRANSLATE_NOOP("HelpPage", "I received a code")},
    //: Help topic that opens the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)
    {HelpPage::Topic::LostIdentifier, "lostIdentifierButton",
     QT_TRANSLATE_NOOP("HelpPage", "Have you lost your identifier?")},
    //: Help topic that opens the step-by-step guide (ENT: Vous êtes toujours perdu ?)
    {HelpPage::Topic::StillLost, "stillLostButton", QT_TRANSLATE_NOOP("HelpPage", "Still lost?")},
    //: Help topic that opens the school's contacts (ENT: Vous souhaitez contacter l'assistance ?)
    {HelpPage::Topic::Assistance, "assistanceButton",
     QT_TRANSLATE_NOOP("HelpPage", "Do you want to contact the help desk?")},
};

} // namespace

HelpPage::HelpPage(QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::HelpPage>())
{
    setUpUi(*m_ui);

    QWidget* previous = nullptr;
    for (const TopicEntry& entry : topics) {
        auto* button = new QPushButton(pageColumn());
        button->setObjectName(QString::fromLatin1(entry.objectName));
        button->setProperty("buttonStyle", u"topic"_s);
        button->setCursor(Qt::PointingHandCursor);
        button->setAutoDefault(true);
        m_ui->topicsLayout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, topic = entry.topic] { Q_EMIT topicChosen(topic); });
        if (previous)
            setTabOrder(previous, button);
        previous = button;
        m_topicButtons.append(button);
    }
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::Help, m_topicButtons.constFirst());
    setTabOrder(previous, m_ui->homeButton);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &HelpPage::homeRequested);
    renderTopics();
}

HelpPage::~HelpPage() = default;

void HelpPage::resetPage()
{
    // Nothing typed, nothing shown that belongs to a pupil.
}

QWidget* HelpPage::initialFocusWidget() const
{
    return m_topicButtons.constFirst();
}

void HelpPage::retranslate()
{
    m_ui->retranslateUi(this);
    renderTopics();
}

void HelpPage::renderTopics()
{
    for (qsizetype i = 0; i < m_topicButtons.size(); ++i) {
        const QString text = QCoreApplication::translate("HelpPage", topics[i].text);
        setButtonText(m_topicButtons[i], text);
    }
}

} // namespace LeoKiosk::Gui
