#include "gui/widgets/LanguageSwitch.h"

#include "core/i18n/LanguageManager.h"
#include "gui/widgets/FlowLayout.h"

#include <QEvent>
#include <QAccessibleWidget>
#include <QPushButton>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {
const char* const languageProperty = "language";

// A language button as assistive technology sees it: one radio button of the group, checked when it is the language
// in force, pressed to choose it. Qt would call a checkable button that is not exclusive a check box; exclusive
// buttons (setAutoExclusive) would leave only the checked one in the Tab chain, and each must stay a tab stop.
class AccessibleLanguageButton final : public QAccessibleWidget
{
public:
    explicit AccessibleLanguageButton(QPushButton* button) : QAccessibleWidget(button, QAccessible::RadioButton) {}

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        if (const auto* button = qobject_cast<const QPushButton*>(object()))
            state.checked = button->isChecked();
        return state;
    }

    QStringList actionNames() const override
    {
        return QStringList{pressAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString& actionName) override
    {
        auto* button = qobject_cast<QPushButton*>(object());
        if (actionName == pressAction() && button && button->isEnabled())
            button->click();
        else
            QAccessibleWidget::doAction(actionName);
    }
};

QAccessibleInterface* languageButtonFactory(const QString& className, QObject* object)
{
    // By parent: the interface may be asked for as the button is created, before its properties are set.
    auto* button = className == QLatin1StringView("QPushButton") ? qobject_cast<QPushButton*>(object) : nullptr;
    if (!button || !qobject_cast<LanguageSwitch*>(button->parentWidget()))
        return nullptr;
    return new AccessibleLanguageButton(button);
}
} // namespace

LanguageSwitch::LanguageSwitch(QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 8))
{
    QAccessible::installFactory(&languageButtonFactory); // once: a factory already installed is ignored
    m_layout->setAlignTrailing(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
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
