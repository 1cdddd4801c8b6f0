#include "gui/widgets/LanguageSwitch.h"

#include "core/i18n/LanguageManager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {
const char* const languageProperty = "language";
}

LanguageSwitch::LanguageSwitch(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    retranslate();
}

LanguageSwitch::~LanguageSwitch() = default;

void LanguageSwitch::setLanguages(const QStringList& languages)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (const QString& language : languages) {
        auto* button = new QPushButton(LanguageManager::nativeName(language), this);
        button->setObjectName(language + u"LanguageButton"_s);
        button->setProperty(languageProperty, language);
        button->setProperty("buttonStyle", u"language"_s);
        button->setAccessibleName(button->text());
        button->setCheckable(true);
        // One of several: assistive technology sees radio buttons (a checkable button that is not exclusive is a
        // check box to it). The arrow keys, which move and switch within such a group, do nothing here.
        button->setAutoExclusive(true);
        button->installEventFilter(this);
        button->setAutoDefault(true);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this, [this, language] {
            // A click toggles the button; what is checked stays the language in force until the owner says otherwise.
            setCurrentLanguage(m_current);
            Q_EMIT languageChosen(language);
        });
        m_buttons.append(button);
        m_layout->addWidget(button);
    }
    setCurrentLanguage(m_current);
}

void LanguageSwitch::setCurrentLanguage(const QString& language)
{
    m_current = language;
    for (QPushButton* button : std::as_const(m_buttons))
        button->setChecked(button->property(languageProperty).toString() == language);
}

bool LanguageSwitch::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            return true; // not a way to switch the language on the way to another button
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LanguageSwitch::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LanguageSwitch::retranslate()
{
    //: Accessible name of the group of language buttons
    setAccessibleName(tr("Language"));
}

} // namespace LeoKiosk::Gui
