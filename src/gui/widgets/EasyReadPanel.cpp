#include "gui/widgets/EasyReadPanel.h"

#include "gui/widgets/PageScrollArea.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTransform>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

// The box layout that holds `widget`, searched from `layout` down.
QBoxLayout* layoutHolding(QLayout* layout, const QWidget* widget)
{
    if (!layout)
        return nullptr;
    auto* box = qobject_cast<QBoxLayout*>(layout);
    if (box && box->indexOf(widget) >= 0)
        return box;
    for (int i = 0; i < layout->count(); ++i) {
        if (QBoxLayout* found = layoutHolding(layout->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}

} // namespace

EasyReadSetting::EasyReadSetting(QObject* parent) : QObject(parent) {}

EasyReadSetting::~EasyReadSetting() = default;

void EasyReadSetting::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    Q_EMIT changed(on);
}

EasyReadPanel::EasyReadPanel(EasyReadTexts::Screen screen, QWidget* parent)
    : QWidget(parent), m_screen(screen), m_ownSetting(new EasyReadSetting(this)), m_switch(new QPushButton(this)),
      m_steps(new QFrame(this)), m_stepsLayout(new QVBoxLayout(m_steps))
{
    setObjectName(u"easyReadPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    // A toggle as wide as its words, on the reading side.
    m_switch->setObjectName(u"easyReadSwitch"_s);
    m_switch->setProperty("buttonStyle", u"easyRead"_s);
    m_switch->setCheckable(true);
    m_switch->setCursor(Qt::PointingHandCursor);
    m_switch->setAutoDefault(false);
    m_switch->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_switch, 0, Qt::AlignLeading);

    m_steps->setObjectName(u"easyReadSteps"_s);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_stepsLayout->setContentsMargins(16, 16, 16, 16);
    m_stepsLayout->setSpacing(16);
    const QList<EasyReadTexts::Step> steps = EasyReadTexts::steps(screen);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto* row = new QHBoxLayout;
        row->setSpacing(16);
        auto* pictogram = new QLabel(m_steps);
        pictogram->setObjectName(u"easyReadPictogram%1"_s.arg(i + 1));
        pictogram->setFixedSize(pictogramSize, pictogramSize);
        pictogram->setAlignment(Qt::AlignCenter);
        // Decorative: the sentence beside it says the step.
        pictogram->setAccessibleName(QString());
        auto* sentence = new QLabel(m_steps);
        sentence->setObjectName(u"easyReadStep%1"_s.arg(i + 1));
        sentence->setTextFormat(Qt::PlainText);
        sentence->setWordWrap(true);
        sentence->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        row->addWidget(pictogram, 0, Qt::AlignTop);
        row->addWidget(sentence, 1, Qt::AlignVCenter);
        m_stepsLayout->addLayout(row);
        m_pictograms.append(pictogram);
        m_sentences.append(sentence);
    }
    layout->addWidget(m_steps);

    connect(m_switch, &QPushButton::toggled, this, [this](bool on) {
        if (m_setting)
            m_setting->setOn(on);
        // Turned on here: the steps come into view under the switch, which keeps the focus.
        if (on) {
            for (QWidget* ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
                if (auto* area = qobject_cast<PageScrollArea*>(ancestor)) {
                    area->revealSoon(m_steps);
                    break;
                }
            }
        }
    });
    setSetting(m_ownSetting);
    retranslate();
    renderPictograms();
}

EasyReadPanel::~EasyReadPanel() = default;

EasyReadPanel* EasyReadPanel::addUnder(QWidget* heading, EasyReadTexts::Screen screen, QWidget* nextInTabOrder)
{
    QWidget* parent = heading->parentWidget();
    QBoxLayout* layout = layoutHolding(parent->layout(), heading);
    Q_ASSERT(layout);
    auto* panel = new EasyReadPanel(screen, parent);
    layout->insertWidget(layout->indexOf(heading) + 1, panel);
    // A compound first input (a PasswordField, whose field is its focus proxy) stays where MainWindow's focus chain
    // leaves it, the first stop after the header: the switch then comes after the page's own stops, where Tab still
    // reaches it.
    const QWidget* proxy = nextInTabOrder ? nextInTabOrder->focusProxy() : nullptr;
    if (nextInTabOrder && !(proxy && nextInTabOrder->isAncestorOf(proxy))) {
        // Moves the switch to just before the page's first input: the order the pupil sees, top to bottom. Qt moves
        // it only after a widget that takes the focus: the nearest one before the input (labels between are no stops).
        QWidget* before = nextInTabOrder->previousInFocusChain();
        while (before != nextInTabOrder && before->focusPolicy() == Qt::NoFocus)
            before = before->previousInFocusChain();
        if (before != nextInTabOrder && before != panel->m_switch)
            QWidget::setTabOrder(before, panel->m_switch);
    }
    return panel;
}

void EasyReadPanel::shareSetting(const QWidget* page, EasyReadSetting* setting)
{
    const QList<EasyReadPanel*> panels = page->findChildren<EasyReadPanel*>();
    for (EasyReadPanel* panel : panels)
        panel->setSetting(setting);
}

void EasyReadPanel::setSetting(EasyReadSetting* setting)
{
    if (m_setting)
        disconnect(m_setting, nullptr, this, nullptr);
    m_setting = setting ? setting : m_ownSetting;
    connect(m_setting, &EasyReadSetting::changed, this, &EasyReadPanel::follow);
    follow(m_setting->isOn());
}

bool EasyReadPanel::isOn() const
{
    return m_setting && m_setting->isOn();
}

void EasyReadPanel::follow(bool on)
{
    {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(on);
    }
    m_steps->setVisible(on);
}

void EasyReadPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        renderPictograms();
    QWidget::changeEvent(event);
}

void EasyReadPanel::retranslate()
{
    const QString text = EasyReadTexts::switchText();
    m_switch->setText(text);
    m_switch->setAccessibleName(text);
    m_switch->setAccessibleDescription(EasyReadTexts::switchDescription());
    m_steps->setAccessibleName(EasyReadTexts::panelName());
    const QList<EasyReadTexts::Step> steps = EasyReadTexts::steps(m_screen);
    for (qsizetype i = 0; i < m_sentences.size(); ++i) {
        const QString sentence = EasyReadTexts::numberedStep(int(i + 1), EasyReadTexts::sentence(steps.at(i)));
        m_sentences[i]->setText(sentence);
        m_sentences[i]->setAccessibleName(sentence);
    }
}

void EasyReadPanel::renderPictograms()
{
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const QList<EasyReadTexts::Step> steps = EasyReadTexts::steps(m_screen);
    for (qsizetype i = 0; i < m_pictograms.size(); ++i) {
        const char* name = steps.at(i).pictogram;
        // QIcon takes the "@2x" rendering on a high-density screen.
        const QIcon icon(u":/pictograms/%1.png"_s.arg(QLatin1StringView(name)));
        QPixmap pixmap = icon.pixmap(QSize(pictogramSize, pictogramSize), devicePixelRatioF());
        if (mirrored && EasyReadTexts::pointsAWay(name)) {
            const qreal ratio = pixmap.devicePixelRatio();
            pixmap = pixmap.transformed(QTransform::fromScale(-1, 1));
            pixmap.setDevicePixelRatio(ratio);
        }
        m_pictograms[i]->setPixmap(pixmap);
    }
}

} // namespace LeoKiosk::Gui
