#pragma once

#include "app/KioskApplication.h"
#include "core/config/KioskConfig.h"
#include "core/i18n/LanguageManager.h"
#include "core/session/KioskSession.h"
#include "gui/MainWindow.h"

#include <QString>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace LeoKiosk {
class SecretStore;
}

namespace LeoKiosk::Gui {
class PasswordField;
}

namespace LeoKiosk::Test {

// The kiosk as the program builds it (App::KioskApplication: the style, languages, session, window and the shell
// around it, the shell built at once rather than after the first frame), shown and active, for tests that drive it
// with the keyboard and the mouse. Not started (KioskApplication::start): no test ENT expects the start-up's
// requests. Children are found by objectName, as a user finds them by their label.
class KioskHarness final
{
    Q_DISABLE_COPY_MOVE(KioskHarness)

public:
    // `secrets`: the session's store, or none (never the system keychain).
    explicit KioskHarness(const KioskConfig& config, SecretStore* secrets = nullptr);
    // Parts for the shell: the idle timings, the admin panel's reload and exit, the diagnostics' sources.
    KioskHarness(const KioskConfig& config, App::KioskApplication::Parts parts);
    ~KioskHarness();

    App::KioskApplication& app() { return *m_app; }

    // Shows the window at the given size and waits until it is active (keyboard focus needs that).
    bool showActive(QSize size = QSize(1024, 768));

    template <typename T> T* find(const QString& objectName) const
    {
        return window.findChild<T*>(objectName);
    }
    // Pages reuse names (loginLineEdit, errorLabel, titleLabel…): a child of one page.
    template <typename T> static T* findIn(const QWidget* page, const QString& objectName)
    {
        return page->findChild<T*>(objectName);
    }

    // The login page's.
    QLineEdit* loginLineEdit() const;
    Gui::PasswordField* passwordField() const;
    QLineEdit* passwordLineEdit() const;
    QAbstractButton* showPasswordButton() const;
    QCheckBox* rememberCheckBox() const;
    QAbstractButton* signInButton() const;
    QLabel* errorLabel() const;
    QLabel* infoLabel() const;
    QLabel* capsLockLabel() const;
    QLabel* greetingLabel() const;
    QAbstractButton* signOutButton() const;
    QAbstractButton* languageButton(const QString& language) const;

    // Besoin d'aide ? → a topic (the help screen's button of that name), from the login screen.
    void openHelpTopic(const QString& topicButton) const;

    // Types an identifier and a password as a pupil does, then clicks CONNEXION.
    void typeCredentials(const QString& login, const QString& password);
    void clickSignIn();
    // From the login screen, as a pupil does: the identifier typed unless it is already there (kept after a help flow
    // or an ended session), the password, CONNEXION; true once the session is signed in, within timeoutMs.
    bool signIn(const QString& login, const QString& password, int timeoutMs);
    // « Se déconnecter » on the signed-in screen; true once back on the login screen, within timeoutMs.
    bool signOut(int timeoutMs = 5000);

private:
    const std::unique_ptr<App::KioskApplication> m_app;

public:
    // The application's, under the names the tests have always used.
    LanguageManager& languages;
    KioskSession& session;
    Gui::MainWindow& window;
};

// Driving the app with the keyboard and the mouse, as a pupil does. `on` finds a named child of a page or aborts
// the test run naming what is missing.
template <typename T = QWidget> T* on(const QWidget* page, const QString& name)
{
    auto* found = KioskHarness::findIn<T>(page, name);
    if (!found)
        qFatal("no %s on %s", qPrintable(name), page->metaObject()->className());
    return found;
}
void click(const QWidget* page, const QString& name); // a left click on the named button
void press(Qt::Key key);                               // a key on the focus widget
// The focus widget's name as a list of tab stops shows it: fields inside a PasswordField are named after it.
QString focusName();
bool tabTo(const QString& name); // Tab until the named widget has the focus (at most 30 times)

// Visible text of a label or button without its mnemonic marker ("&Identifier" → "Identifier").
QString withoutMnemonic(QString text);

// What a sighted user reads as the name of an interactive widget under `root`: a button's text, an icon-only tool
// button's tooltip, or the text of the QLabel whose buddy the field is. Empty if nothing names it.
QString visibleName(const QWidget* root, QWidget* widget);
// The visible widgets under `root` that take the focus with Tab, in no particular order.
QList<QWidget*> tabStops(const QWidget* root);

} // namespace LeoKiosk::Test
