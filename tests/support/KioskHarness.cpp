#include "support/KioskHarness.h"

#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeTranslator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace LeoKiosk::Gui;

namespace LeoKiosk::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

ConfigLoadResult loadedFrom(const KioskConfig& config)
{
    ConfigLoadResult loaded;
    loaded.config = config;
    return loaded;
}

// A test never reaches the system keychain: without a store of its own, the kiosk has none.
App::KioskApplication::Parts offTheKeychain(App::KioskApplication::Parts parts)
{
    if (!parts.secrets)
        parts.secrets = nullptr;
    return parts;
}

} // namespace

KioskHarness::KioskHarness(const KioskConfig& config, SecretStore* secrets)
    : KioskHarness(config, App::KioskApplication::Parts{.secrets = secrets})
{
}

KioskHarness::KioskHarness(const KioskConfig& config, App::KioskApplication::Parts parts)
    : m_app(std::make_unique<App::KioskApplication>(loadedFrom(config), offTheKeychain(std::move(parts))))
    , languages(m_app->languages())
    , session(m_app->session())
    , window(m_app->window())
{
    m_app->buildShell(); // what the program builds after its first frame, here at once: the whole graph for every test
}

KioskHarness::~KioskHarness() = default;

bool KioskHarness::showActive(QSize size)
{
    window.resize(size);
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

QLineEdit* KioskHarness::loginLineEdit() const
{
    return findIn<QLineEdit>(window.loginPage(), u"loginLineEdit"_s);
}

PasswordField* KioskHarness::passwordField() const
{
    return findIn<PasswordField>(window.loginPage(), u"passwordField"_s);
}

QLineEdit* KioskHarness::passwordLineEdit() const
{
    return passwordField() ? passwordField()->lineEdit() : nullptr;
}

QAbstractButton* KioskHarness::showPasswordButton() const
{
    return findIn<QAbstractButton>(window.loginPage(), u"showPasswordButton"_s);
}

QCheckBox* KioskHarness::rememberCheckBox() const
{
    return findIn<QCheckBox>(window.loginPage(), u"rememberCheckBox"_s);
}

QAbstractButton* KioskHarness::signInButton() const
{
    return findIn<QAbstractButton>(window.loginPage(), u"signInButton"_s);
}

QLabel* KioskHarness::errorLabel() const
{
    return findIn<QLabel>(window.loginPage(), u"errorLabel"_s);
}

QLabel* KioskHarness::infoLabel() const
{
    return findIn<QLabel>(window.loginPage(), u"infoLabel"_s);
}

QLabel* KioskHarness::capsLockLabel() const
{
    return findIn<QLabel>(window.loginPage(), u"capsLockLabel"_s);
}

// The signed-in page's: asking for it builds it, signed in or not yet.
QLabel* KioskHarness::greetingLabel() const
{
    return findIn<QLabel>(window.signedInPage(), u"greetingLabel"_s);
}

QAbstractButton* KioskHarness::signOutButton() const
{
    return findIn<QAbstractButton>(window.signedInPage(), u"signOutButton"_s);
}

QAbstractButton* KioskHarness::languageButton(const QString& language) const
{
    return find<QAbstractButton>(language + u"LanguageButton"_s);
}

void KioskHarness::openHelpTopic(const QString& topicButton) const
{
    click(window.loginPage(), u"helpButton"_s);
    click(window.helpPage(), topicButton);
}

void KioskHarness::typeCredentials(const QString& login, const QString& password)
{
    QTest::mouseClick(loginLineEdit(), Qt::LeftButton);
    QTest::keyClicks(loginLineEdit(), login);
    QTest::keyClick(loginLineEdit(), Qt::Key_Tab);
    QTest::keyClicks(passwordLineEdit(), password);
}

void KioskHarness::clickSignIn()
{
    QTest::mouseClick(signInButton(), Qt::LeftButton);
}

bool KioskHarness::signIn(const QString& login, const QString& password, int timeoutMs)
{
    if (window.currentPage() != window.loginPage())
        return false;
    if (loginLineEdit()->text() != login) {
        loginLineEdit()->clear();
        QTest::mouseClick(loginLineEdit(), Qt::LeftButton);
        QTest::keyClicks(loginLineEdit(), login);
    }
    QTest::mouseClick(passwordLineEdit(), Qt::LeftButton);
    QTest::keyClicks(passwordLineEdit(), password);
    clickSignIn();
    return QTest::qWaitFor([this] { return session.isSignedIn(); }, timeoutMs);
}

bool KioskHarness::signOut(int timeoutMs)
{
    QTest::mouseClick(signOutButton(), Qt::LeftButton);
    return QTest::qWaitFor([this] { return window.currentPage() == window.loginPage(); }, timeoutMs);
}

QString withoutMnemonic(QString text)
{
    static const QString placeholder = u"\u0001"_s;
    text.replace(u"&&"_s, placeholder);
    text.remove(u'&');
    text.replace(placeholder, u"&"_s);
    return text;
}

QString visibleName(const QWidget* root, QWidget* widget)
{
    if (auto* tool = qobject_cast<QToolButton*>(widget); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly) {
        // A password field's show/hide button: its tooltip says the action; what a screen reader hears also says
        // which field, as a screen may hold several of them.
        if (auto* field = qobject_cast<PasswordField*>(tool->parentWidget())) {
            const QString fieldLabel = visibleName(root, field->lineEdit());
            if (!fieldLabel.isEmpty()) {
                return translated("PasswordField", tool->isChecked() ? "Hide the text of “%1”" : "Show the text of “%1”")
                    .arg(fieldLabel);
            }
        }
        return tool->toolTip();
    }
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        return withoutMnemonic(button->text());
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        const QWidget* buddy = label->buddy();
        if (buddy && (buddy == widget || buddy->focusProxy() == widget))
            return withoutMnemonic(label->text());
    }
    return {};
}

QList<QWidget*> tabStops(const QWidget* root)
{
    QList<QWidget*> stops;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus))
            stops.append(widget);
    }
    return stops;
}

void click(const QWidget* page, const QString& name)
{
    QTest::mouseClick(on<QAbstractButton>(page, name), Qt::LeftButton);
}

void press(Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget(), key);
}

QString focusName()
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return u"(none)"_s;
    if (auto* field = qobject_cast<PasswordField*>(focus->parentWidget()))
        return field->objectName() + u'.' + focus->objectName();
    return focus->objectName();
}

bool tabTo(const QString& name)
{
    for (int i = 0; i < 30 && focusName() != name; ++i)
        press(Qt::Key_Tab);
    return focusName() == name;
}

} // namespace LeoKiosk::Test
