// The kiosk as the program builds it (KioskHarness → App::KioskApplication, real widgets), driven through its widgets
// by commands on standard input, one per line, for tst_memoryscan, which reads this process's memory from outside
// between commands. Linked with the program's scrub-on-free, as leo-kiosk is. The credentials arrive only on
// standard input (never on the command line or in the environment, which stay in memory), are read into a stack
// buffer and wiped once typed, so that whatever the scan finds is the kiosk's.
//
//   signin LOGIN PASSWORD          types both, CONNEXION, waits for the greeting
//   signout                        the sign-out button, then waits until the logout request has ended
//   change OLD NEW                 signed in: Mon compte → change the password
//   forgot LOGIN                   Besoin d'aide ? → lost password → ENVOYER, then back to the login screen
//   reset LOGIN CODE NEW           "J'ai reçu mon code" → identifier and code → the new password twice, back on
//                                  the login screen (the scan comes after the sign-in and sign-out that follow)
// Each answers one line: "ok" or "fail <why>".
#include "support/KioskHarness.h"

#include "app/ScrubOnFree.h"
#include "gui/account/AccountPage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

#include <array>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;

// One line of standard input into `line` (NUL-terminated, without the newline); false at end of input.
bool readLine(std::array<char, 512>& line)
{
    size_t used = 0;
    while (used + 1 < line.size()) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            return false;
        if (c == '\n')
            break;
        line[used++] = c;
        c = 0;
    }
    line[used] = '\0';
    return true;
}

void answer(const char* text)
{
    std::fputs(text, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Overwrites the characters in place before letting the string go (it is the only reference).
void wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text = QString();
    std::fill(text.begin(), text.end(), QChar(u'\0'));
    text = QString();
}

template <typename T> T* child(const QWidget* page, const QString& name)
{
    return page ? page->findChild<T*>(name) : nullptr;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, text);
}

class Driver
{
public:
    explicit Driver(KioskHarness& kiosk) : m_kiosk(kiosk) {}

    const char* run(const QString& verb, QStringList& args)
    {
        if (verb == u"signin"_s && args.size() == 2)
            return signIn(args[0], args[1]);
        if (verb == u"signout"_s)
            return signOut();
        if (verb == u"change"_s && args.size() == 2)
            return change(args[0], args[1]);
        if (verb == u"forgot"_s && args.size() == 1)
            return forgot(args[0]);
        if (verb == u"reset"_s && args.size() == 3)
            return reset(args[0], args[1], args[2]);
        return "fail unknown command";
    }

private:
    const char* signIn(const QString& login, const QString& password)
    {
        if (!QTest::qWaitFor([this] { return m_kiosk.loginLineEdit()->isVisible(); }, waitMs))
            return "fail not on the login screen";
        m_kiosk.loginLineEdit()->clear();
        m_kiosk.typeCredentials(login, password);
        m_kiosk.clickSignIn();
        // The signed-in screen, or Mon compte's recovery address offered after a reset to an account without a
        // verified e-mail (MainWindow::showAfterSignIn).
        if (!QTest::qWaitFor(
                [this] {
                    return m_kiosk.greetingLabel()->isVisible() ||
                           (m_kiosk.session.isSignedIn() && qobject_cast<AccountPage*>(m_kiosk.window.currentPage()));
                },
                waitMs))
            return "fail not signed in";
        return "ok";
    }

    const char* signOut()
    {
        QWidget* page = m_kiosk.window.currentPage();
        QAbstractButton* button = page == m_kiosk.window.accountPage()
                                      ? child<QAbstractButton>(page, u"accountSignOutButton"_s)
                                      : m_kiosk.signOutButton();
        if (!button)
            return "fail no sign-out button";
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return m_kiosk.loginLineEdit()->isVisible(); }, waitMs))
            return "fail not back on the login screen";
        return settle();
    }

    // The detached logout request and the network state it holds end (EntClient::logoutAndReset); deferred
    // deletions run.
    const char* settle()
    {
        EntClient& client = m_kiosk.session.client();
        if (!QTest::qWaitFor([&client] { return client.findChildren<QNetworkAccessManager*>().isEmpty(); }, waitMs))
            return "fail the logout request did not end";
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return "ok";
    }

    const char* change(const QString& oldPassword, const QString& newPassword)
    {
        auto* open = m_kiosk.find<QAbstractButton>(u"accountButton"_s);
        if (!open || !open->isVisible())
            return "fail no Mon compte button";
        QTest::mouseClick(open, Qt::LeftButton);
        AccountPage* page = m_kiosk.window.accountPage();
        auto* current = child<QLabel>(page, u"currentMailLabel"_s);
        if (!current || !QTest::qWaitFor([current] { return !current->text().isEmpty(); }, waitMs))
            return "fail Mon compte did not open";
        auto* oldField = child<PasswordField>(page, u"oldPasswordField"_s);
        auto* newField = child<PasswordField>(page, u"newPasswordField"_s);
        auto* confirmation = child<PasswordField>(page, u"confirmationField"_s);
        auto* button = child<QAbstractButton>(page, u"changePasswordButton"_s);
        if (!oldField || !newField || !confirmation || !button)
            return "fail no password form";
        typeInto(oldField->lineEdit(), oldPassword);
        typeInto(newField->lineEdit(), newPassword);
        typeInto(confirmation->lineEdit(), newPassword);
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, waitMs))
            return "fail the change button stays disabled";
        QTest::mouseClick(button, Qt::LeftButton);
        auto* message = child<QLabel>(page, u"passwordMessageLabel"_s);
        if (!QTest::qWaitFor([message, oldField] { return !message->text().isEmpty() && oldField->isEmpty(); },
                             waitMs))
            return "fail no outcome";
        return message->property("messageKind").toString() == u"info"_s ? "ok" : "fail the ENT refused the change";
    }

    const char* forgot(const QString& login)
    {
        QTest::mouseClick(m_kiosk.find<QAbstractButton>(u"helpButton"_s), Qt::LeftButton);
        auto* help = m_kiosk.window.findChild<HelpPage*>();
        if (!help || !QTest::qWaitFor([help] { return help->isVisible(); }, waitMs))
            return "fail no help screen";
        QTest::mouseClick(child<QAbstractButton>(help, u"lostPasswordButton"_s), Qt::LeftButton);
        auto* page = m_kiosk.window.findChild<ForgotPasswordPage*>();
        if (!page || !QTest::qWaitFor([page] { return page->isVisible(); }, waitMs))
            return "fail no lost-password screen";
        child<QLineEdit>(page, u"loginLineEdit"_s)->clear();
        typeInto(child<QLineEdit>(page, u"loginLineEdit"_s), login);
        QTest::mouseClick(child<QAbstractButton>(page, u"sendButton"_s), Qt::LeftButton);
        auto* received = child<QAbstractButton>(page, u"codeReceivedButton"_s);
        if (!QTest::qWaitFor([received] { return received->isVisible(); }, waitMs))
            return "fail no neutral answer";
        return "ok";
    }

    const char* reset(const QString& login, const QString& code, const QString& password)
    {
        auto* forgotPage = m_kiosk.window.findChild<ForgotPasswordPage*>();
        if (!forgotPage || !forgotPage->isVisible())
            return "fail not on the lost-password screen";
        QTest::mouseClick(child<QAbstractButton>(forgotPage, u"codeReceivedButton"_s), Qt::LeftButton);
        auto* codePage = m_kiosk.window.findChild<ResetCodePage*>();
        if (!codePage || !QTest::qWaitFor([codePage] { return codePage->isVisible(); }, waitMs))
            return "fail no code screen";
        auto* loginEdit = child<QLineEdit>(codePage, u"loginLineEdit"_s);
        if (loginEdit->text() != login) {
            loginEdit->clear();
            typeInto(loginEdit, login);
        }
        typeInto(child<QLineEdit>(codePage, u"codeLineEdit"_s), code);
        QTest::mouseClick(child<QAbstractButton>(codePage, u"verifyButton"_s), Qt::LeftButton);
        auto* newPage = m_kiosk.window.findChild<NewPasswordPage*>();
        if (!newPage || !QTest::qWaitFor([newPage] { return newPage->isVisible(); }, waitMs))
            return "fail the code was not accepted";
        typeInto(child<PasswordField>(newPage, u"newPasswordField"_s)->lineEdit(), password);
        typeInto(child<PasswordField>(newPage, u"confirmationField"_s)->lineEdit(), password);
        auto* button = child<QAbstractButton>(newPage, u"resetButton"_s);
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, waitMs))
            return "fail the reset button stays disabled";
        QTest::mouseClick(button, Qt::LeftButton);
        // Back on the login screen with the identifier kept, for the pupil to sign in with the new password.
        if (!QTest::qWaitFor([this] { return m_kiosk.loginLineEdit()->isVisible(); }, waitMs))
            return "fail not back on the login screen";
        return "ok";
    }

    KioskHarness& m_kiosk;
};

} // namespace

int main(int argc, char** argv)
{
    // As app/main.cpp: no zeroing while the first screen is built, zeroing again before the window shows. The scans
    // then prove that the zeroing is back on once suspended.
    App::ScrubOnFree::suspend();
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    KioskConfig config;
    config.entUrl = QUrl(arguments.value(1));
    config.oauthClientId = arguments.value(2);
    config.oauthClientSecret = arguments.value(3);
    config.oauthScope = u"userinfo auth directory"_s;
    KioskHarness kiosk(config);
    App::ScrubOnFree::resume();
    if (!kiosk.showActive()) {
        answer("fail the window did not show");
        return 1;
    }
    Driver driver(kiosk);
    answer("ready");

    std::array<char, 512> line{};
    while (readLine(line)) {
        QString text = QString::fromUtf8(line.data());
        explicit_bzero(line.data(), line.size());
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        wipe(text);
        const QString verb = words.isEmpty() ? QString() : words.takeFirst();
        const char* outcome = driver.run(verb, words);
        for (QString& word : words)
            wipe(word);
        words.clear();
        answer(outcome);
    }
    return 0;
}
