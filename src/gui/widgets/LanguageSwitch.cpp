#include "gui/widgets/LanguageSwitch.h"

#include "core/i18n/LanguageManager.h"

#include <QEvent>
#include <QHBoxLayout>
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
