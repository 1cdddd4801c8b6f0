#include "gui/help/StillLostPage.h"
#include "ui_StillLostPage.h"

#include "gui/widgets/EasyReadPanel.h"
#include "gui/widgets/PageScrollArea.h"

#include <QKeyEvent>
#include <QScrollBar>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

StillLostPage::StillLostPage(QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::StillLostPage>())
{
    setUpUi(*m_ui);
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::StillLost, m_ui->guideScrollArea);
    m_ui->qrWidget->hide();
    // One scroll for the whole screen: the guide's own area shows all of it.
    m_ui->guideScrollArea->setFrameShape(QFrame::NoFrame);
    m_ui->guideScrollArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->guideScrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->guideScrollArea->installEventFilter(this);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &StillLostPage::homeRequested);
    retranslate();
}

StillLostPage::~StillLostPage() = default;

void StillLostPage::setHelpUrl(const QString& url)
{
    m_helpUrl = url;
    m_ui->qrCodeWidget->setText(url);
    m_ui->qrWidget->setVisible(!url.isEmpty());
    renderGuide();
}

void StillLostPage::resetPage()
{
    // Nothing typed here: the next pupil starts at the top of the guide.
    pageScrollArea()->verticalScrollBar()->setValue(0);
}

QWidget* StillLostPage::initialFocusWidget() const
{
    return m_ui->guideScrollArea; // the arrow keys and Page Down scroll the guide
}

void StillLostPage::retranslate()
{
    m_ui->retranslateUi(this);
    // The title names the guide, which takes the focus so that the arrow keys scroll it.
    m_ui->guideScrollArea->setAccessibleName(m_ui->titleLabel->text());
    renderGuide();
}

void StillLostPage::renderGuide()
{
    const auto heading = [](const QString& text) -> QString { return u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped()); };
    const auto list = [](const QStringList& items) -> QString {
        QString html = u"<ol>"_s;
        for (const QString& item : items)
            html += u"<li>%1</li>"_s.arg(item.toHtmlEscaped());
        return html + u"</ol>"_s;
    };
    QString html;
    //: Guide heading, "Still lost?" screen
    html += heading(tr("1. What you need"));
    html += list({
        //: Guide step, "Still lost?" screen
        tr("Your identifier, usually firstname.lastname."),
        //: Guide step, "Still lost?" screen; "My account" is the ENT's Mon compte
        tr("A personal e-mail address saved in your account (My account). Without it, no message can reach you: "
           "ask an adult at school."),
    });
    //: Guide heading, "Still lost?" screen
    html += heading(tr("2. Ask for a code"));
    html += list({
        //: Guide step; the quoted words are the labels of the help screens
        tr("On the sign-in screen, choose \"Need help?\", then \"Have you lost your password?\"."),
        //: Guide step
        tr("Type your identifier and press SEND. A message with a code arrives at your personal e-mail address "
           "within a few minutes. Check your spam folder."),
        //: Guide step; the quoted words are the label of the help screen button
        tr("Choose \"I received a code\", type your identifier and the code, then choose your new password."),
        //: Guide step
        tr("Lost your identifier too? Choose \"Have you lost your identifier?\" and give your personal e-mail "
           "address."),
    });
    //: Guide heading, "Still lost?" screen
    html += heading(tr("3. Choose a good password"));
    html += list({
        //: Guide step; the rule itself is shown live when the password is typed
        tr("Follow the rule shown under the password field: every line must be ticked."),
        //: Guide step
        tr("Use a long sentence that only you know rather than a word, a name or a date of birth."),
    });
    //: Guide heading, "Still lost?" screen
    html += heading(tr("4. Stay safe"));
    html += list({
        //: Security advice
        tr("Change your password from time to time."),
        //: Security advice
        tr("Keep it secret: never give it to anyone, not even a friend."),
        //: Security advice
        tr("Save a safe personal e-mail address in My account, one that only you can read."),
        //: Security advice; "Remember me" is the ENT's « Se souvenir de moi »
        tr("On a shared computer, always sign out and never tick \"Remember me\"."),
    });
    if (!m_helpUrl.isEmpty()) {
        //: Guide heading, "Still lost?" screen, above the address of the online help
        html += heading(tr("5. Online help"));
        html += u"<p>%1</p>"_s.arg(m_helpUrl.toHtmlEscaped());
        //: Next to the QR code; %1 is the address of the online help page
        m_ui->qrCaptionLabel->setText(tr("Scan this code with your phone to open the online help: %1").arg(m_helpUrl));
    }
    m_ui->guideLabel->setText(html);
    fitGuide();
}

void StillLostPage::fitGuide()
{
    QScrollArea* area = m_ui->guideScrollArea;
    QWidget* contents = m_ui->guideContents;
    const int width = area->width() - 2 * area->frameWidth();
    const int height = contents->hasHeightForWidth() ? contents->heightForWidth(width) : contents->sizeHint().height();
    if (height > 0)
        area->setFixedHeight(height + 2 * area->frameWidth());
}

bool StillLostPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->guideScrollArea) {
        if (event->type() == QEvent::Resize)
            fitGuide();
        if (event->type() == QEvent::KeyPress) {
            static const QHash<int, QAbstractSlider::SliderAction> actions{
                {Qt::Key_Down, QAbstractSlider::SliderSingleStepAdd},
                {Qt::Key_Up, QAbstractSlider::SliderSingleStepSub},
                {Qt::Key_PageDown, QAbstractSlider::SliderPageStepAdd},
                {Qt::Key_PageUp, QAbstractSlider::SliderPageStepSub},
                {Qt::Key_End, QAbstractSlider::SliderToMaximum},
                {Qt::Key_Home, QAbstractSlider::SliderToMinimum}};
            const auto* key = static_cast<QKeyEvent*>(event);
            if (const auto action = actions.constFind(key->key()); action != actions.cend() && !key->modifiers()) {
                pageScrollArea()->verticalScrollBar()->triggerAction(*action);
                return true;
            }
        }
    }
    return KioskPage::eventFilter(watched, event);
}

} // namespace LeoKiosk::Gui
