#include "gui/widgets/PasswordField.h"

#include "core/secrets/SecretBytes.h"
#include "gui/widgets/SecretLineEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QToolButton>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent)
    , m_lineEdit(new SecretLineEdit(this))
    , m_showButton(new QToolButton(this))
{
    m_lineEdit->setObjectName(u"secretLineEdit"_s);
    m_showButton->setObjectName(u"showPasswordButton"_s);
    m_showButton->setCheckable(true);
    m_showButton->setFocusPolicy(Qt::StrongFocus);
    m_showButton->setCursor(Qt::PointingHandCursor);
    m_showButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_showButton);

    setFocusProxy(m_lineEdit);
    setSizePolicy(m_lineEdit->sizePolicy());

    m_rehideTimer.setSingleShot(true);
    m_rehideTimer.setInterval(defaultRehideDelay);
    connect(&m_rehideTimer, &QTimer::timeout, this, [this] { setRevealed(false); });
    connect(m_showButton, &QToolButton::toggled, this, &PasswordField::setRevealed);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &PasswordField::returnPressed);

    updateButton();
}

PasswordField::~PasswordField() = default;

SecretLineEdit* PasswordField::lineEdit() const
{
    return m_lineEdit;
}

QToolButton* PasswordField::showPasswordButton() const
{
    return m_showButton;
}

QString PasswordField::fieldName() const
{
    return m_lineEdit->accessibleName();
}

void PasswordField::setFieldName(const QString& name)
{
    m_lineEdit->setAccessibleName(name);
    updateButton();
}

bool PasswordField::isEmpty() const
{
    return m_lineEdit->text().isEmpty();
}

SecretBytes PasswordField::secret() const
{
    return SecretBytes(m_lineEdit->text());
}

bool PasswordField::isRevealed() const
{
    return m_lineEdit->isRevealed();
}

void PasswordField::setRevealed(bool revealed)
{
    if (revealed)
        m_rehideTimer.start();
    else
        m_rehideTimer.stop();
    if (revealed == isRevealed())
        return;
    m_lineEdit->setRevealed(revealed);
    updateButton();
    Q_EMIT revealedChanged(revealed);
}

void PasswordField::setRehideDelay(std::chrono::milliseconds delay)
{
    m_rehideTimer.setInterval(delay);
}

void PasswordField::wipe()
{
    setRevealed(false);
    m_lineEdit->wipe();
}

void PasswordField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateButton();
    QWidget::changeEvent(event);
}

void PasswordField::updateButton()
{
    const bool revealed = isRevealed();
    {
        const QSignalBlocker blocker(m_showButton);
        m_showButton->setChecked(revealed);
    }
    // The button names the action it performs, as a screen reader user hears it, and which field it acts on: a
    // screen with three password fields has three of these buttons, and each must be told apart.
    const QString action = revealed ? tr("Hide the password") : tr("Show the password");
    const QString field = fieldName();
    m_showButton->setText(action);
    m_showButton->setToolTip(action);
    m_showButton->setAccessibleName(field.isEmpty() ? action
                                    : revealed
                                        //: Accessible name of the button that hides the field's text again; %1 is the
                                        //: field's label, such as "New password"
                                        ? tr("Hide the text of “%1”").arg(field)
                                        //: Accessible name of the button that shows the field's text for a few
                                        //: seconds; %1 is the field's label, such as "New password"
                                        : tr("Show the text of “%1”").arg(field));
    m_showButton->setAccessibleDescription(action);
    m_showButton->setIcon(QIcon(revealed ? u":/icons/eye-off.png"_s : u":/icons/eye.png"_s));
}

} // namespace LeoKiosk::Gui
