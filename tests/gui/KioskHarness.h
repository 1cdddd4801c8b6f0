#pragma once

#include "KioskConfig.h"
#include "KioskSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QString>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QLineEdit;
class PasswordField;
class SecretStore;

// The app as main() builds it (languages, session, window, the kiosk style), shown and active, for tests that drive
// it with the keyboard and the mouse. Children are found by objectName, as a user finds them by their label.
class KioskHarness final
{
public:
    explicit KioskHarness(const KioskConfig& config, SecretStore* secrets = nullptr);
    ~KioskHarness();

    static void applyKioskStyle();

    // Shows the window at the given size and waits until it is active (keyboard focus needs that).
    bool showActive(QSize size = QSize(1024, 768));

    template <typename T> T* find(const QString& objectName) const
    {
        return window.findChild<T*>(objectName);
    }

    QLineEdit* loginLineEdit() const;
    PasswordField* passwordField() const;
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

    // Types an identifier and a password as a pupil does, then clicks CONNEXION.
    void typeCredentials(const QString& login, const QString& password);
    void clickSignIn();

    LanguageManager languages;
    KioskSession session;
    MainWindow window;
};

// Visible text of a label or button without its mnemonic marker ("&Identifier" → "Identifier").
QString withoutMnemonic(QString text);
