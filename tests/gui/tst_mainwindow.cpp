#include "core/ent/EntStatus.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/ClosedPort.h"
#include "support/FakeEnt.h"
#include "support/FakeTranslator.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;

namespace {


// Accepts TCP connections and answers in plain HTTP, so that a TLS client fails its handshake.
class PlainTextServer final : public QTcpServer
{
public:
    PlainTextServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                socket->setParent(this);
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    }
};

bool isCredentialFailure(EntStatus status)
{
    return status == EntStatus::AuthenticationFailed || status == EntStatus::Banned
           || status == EntStatus::BlockedUser || status == EntStatus::BlockedProfile;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInThenSignOut();
    void showsEachSignInFailure_data();
    void showsEachSignInFailure();
    void retryAfterWrongPasswordSucceeds();
    void sessionEndWipesTheFilledForm();
    void signOutWipesSessionLanguageAndClipboard();
    void languageSwitchChangesTextsAtRunTime();
    void profileNames_data();
    void profileNames();
    void screenshots();
};

void TestMainWindow::signInThenSignOut()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());

    kiosk.typeCredentials(u"Adele.Adams"_s, u"pass word+1"_s);
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    kiosk.clickSignIn();

    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    const QString greeting = kiosk.greetingLabel()->text();
    QCOMPARE(greeting, translated("SignedInPage", "Hello %1").arg(FakeEnt::displayName));
    QVERIFY(greeting.startsWith(u"Hello"_s) || greeting.startsWith(u"Bonjour"_s));
    QCOMPARE(kiosk.find<QLabel>(u"profileLabel"_s)->text(), translated("SignedInPage", "Student"));
    QCOMPARE(kiosk.find<QLabel>(u"schoolLabel"_s)->text(), FakeEnt::school);
    QCOMPARE(kiosk.find<QLabel>(u"classLabel"_s)->text(), FakeEnt::className);
    QVERIFY(kiosk.signOutButton()->isVisible());
    QTRY_COMPARE(kiosk.window.focusWidget(), kiosk.greetingLabel());

    const FakeHttpServer::Request login = ent.server().lastRequest("/auth/login");
    QVERIFY(login.body.contains("email=adele.adams"));
    QVERIFY(login.body.contains("password=pass%20word%2B1"));
    // Signed in: the form holds nothing of what was typed.
    QVERIFY(kiosk.loginLineEdit()->text().isEmpty());
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());

    QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QTRY_COMPARE(ent.server().count("/auth/logout"), 1);
    QVERIFY(kiosk.greetingLabel()->text().isEmpty());
    QTRY_COMPARE(kiosk.window.focusWidget(), kiosk.loginLineEdit());
}

void TestMainWindow::showsEachSignInFailure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<EntStatus>("status");
    QTest::newRow("wrong password") << u"refuse"_s << EntStatus::AuthenticationFailed;
    QTest::newRow("banned") << u"ban"_s << EntStatus::Banned;
    QTest::newRow("blocked user") << u"blocked user"_s << EntStatus::BlockedUser;
    QTest::newRow("blocked profile") << u"blocked profile"_s << EntStatus::BlockedProfile;
    QTest::newRow("unreachable") << u"closed port"_s << EntStatus::Unreachable;
    QTest::newRow("timeout") << u"hang"_s << EntStatus::Timeout;
    QTest::newRow("TLS error") << u"not TLS"_s << EntStatus::TlsError;
    QTest::newRow("malformed reply") << u"json"_s << EntStatus::MalformedReply;
    QTest::newRow("server error") << u"500"_s << EntStatus::ServerError;
}

void TestMainWindow::showsEachSignInFailure()
{
    QFETCH(QString, scenario);
    QFETCH(EntStatus, status);

    FakeEnt ent;
    PlainTextServer plainText;
    KioskConfig config = ent.config();
    if (scenario == u"refuse")
        ent.refuseLogin(FakeEnt::wrongPasswordMessage);
    else if (scenario == u"ban")
        ent.refuseLogin(FakeEnt::banMessage);
    else if (scenario == u"blocked user")
        ent.refuseLogin(FakeEnt::blockedUserMessage);
    else if (scenario == u"blocked profile")
        ent.refuseLogin(FakeEnt::blockedProfileMessage);
    else if (scenario == u"closed port")
        config.entUrl = closedLocalUrl();
    else if (scenario == u"hang") {
        ent.answerLogin(FakeHttpServer::Response::hang());
        config.requestTimeoutMs = 300;
    } else if (scenario == u"not TLS") {
        QVERIFY(plainText.listen(QHostAddress::LocalHost, 0));
        config.entUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(plainText.serverPort()));
    } else if (scenario == u"json")
        ent.answerLogin(FakeHttpServer::Response::json(R"({"unexpected":true})"));
    else if (scenario == u"500")
        ent.answerLogin(FakeHttpServer::Response::html("<html><body>Internal error</body></html>", 500));

    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    QSignalSpy failed(&kiosk.session, &KioskSession::signInFailed);
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    kiosk.clickSignIn();
    QVERIFY(failed.wait(10000));

    const auto result = failed.first().first().value<LoginResult>();
    QCOMPARE(result.status, status);
    QVERIFY(kiosk.errorLabel()->isVisible());
    QCOMPARE(kiosk.errorLabel()->text(), EntMessages::text(result));
    QVERIFY(!kiosk.errorLabel()->text().isEmpty());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());

    // The identifier is always kept; the password only when the failure is not about it.
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    if (isCredentialFailure(status)) {
        QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());
    } else {
        QCOMPARE(kiosk.passwordLineEdit()->text(), u"s3cret"_s);
        QTRY_COMPARE(QApplication::focusWidget(), kiosk.signInButton());
    }

    // Still usable: enabled again, and another attempt goes out.
    QVERIFY(kiosk.loginLineEdit()->isEnabled());
    QVERIFY(kiosk.passwordLineEdit()->isEnabled());
    QVERIFY(kiosk.signInButton()->isEnabled());
    QCOMPARE(kiosk.signInButton()->text(), translated("LoginPage", "SIGN IN"));
    if (kiosk.passwordLineEdit()->text().isEmpty())
        QTest::keyClicks(kiosk.passwordLineEdit(), u"s3cret"_s);
    QTest::keyClick(kiosk.passwordLineEdit(), Qt::Key_Return);
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().value<LoginResult>().status, status);
}

void TestMainWindow::retryAfterWrongPasswordSucceeds()
{
    FakeEnt ent;
    ent.refuseLogin(FakeEnt::wrongPasswordMessage);
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"wrong"_s);
    kiosk.clickSignIn();
    QTRY_VERIFY(kiosk.errorLabel()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());

    ent.acceptLogin();
    QTest::keyClicks(QApplication::focusWidget(), u"right"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QVERIFY(ent.server().lastRequest("/auth/login").body.contains("password=right"));
    // The failure is not waiting for the next pupil.
    QVERIFY(kiosk.errorLabel()->text().isEmpty());
}

void TestMainWindow::sessionEndWipesTheFilledForm()
{
    FakeEnt ent;
    ent.answerLogin(FakeHttpServer::Response::hang());
    KioskConfig config = ent.config();
    config.requestTimeoutMs = 300;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());

    // A pupil walks away mid-way: identifier and password typed, password shown, Caps Lock warning, an error.
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    kiosk.clickSignIn();
    QTRY_VERIFY(kiosk.errorLabel()->isVisible());
    kiosk.window.loginPage()->showInfo([] { return u"Something neutral."_s; });
    QTest::keyClicks(kiosk.loginLineEdit(), u"x"_s);
    QTest::keyClick(kiosk.passwordLineEdit(), 'Z');
    QVERIFY(kiosk.capsLockLabel()->isVisible());
    QTest::mouseClick(kiosk.showPasswordButton(), Qt::LeftButton);
    QVERIFY(kiosk.passwordField()->isRevealed());
    QVERIFY(kiosk.loginLineEdit()->isUndoAvailable());
    QVERIFY(kiosk.passwordLineEdit()->isUndoAvailable());

    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    kiosk.session.end(KioskSession::EndReason::Idle);
    QCOMPARE(ended.size(), 1);

    for (QLineEdit* field : kiosk.window.findChildren<QLineEdit*>()) {
        QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
        QVERIFY2(!field->isUndoAvailable(), qPrintable(field->objectName()));
        QVERIFY2(!field->isRedoAvailable(), qPrintable(field->objectName()));
        QTest::keySequence(field, QKeySequence::Undo);
        QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
    }
    for (const QString& name : {u"errorLabel"_s, u"infoLabel"_s, u"capsLockLabel"_s}) {
        auto* label = KioskHarness::findIn<QLabel>(kiosk.window.loginPage(), name);
        QVERIFY2(label->text().isEmpty(), qPrintable(name));
        QVERIFY2(label->isHidden(), qPrintable(name));
    }
    QVERIFY(!kiosk.passwordField()->isRevealed());
    QCOMPARE(kiosk.passwordLineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!kiosk.rememberCheckBox()->isChecked());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QTRY_COMPARE(kiosk.window.focusWidget(), kiosk.loginLineEdit());
}

void TestMainWindow::signOutWipesSessionLanguageAndClipboard()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    // A visitor switches to English, signs in and copies something inside the app.
    QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QCOMPARE(kiosk.languages.current(), u"en"_s);
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QVERIFY(ent.server().lastRequest("/auth/login").header("Accept-Language").startsWith("en"));
    QVERIFY(!kiosk.session.client().cookieJar()->cookiesForUrl(ent.url()).isEmpty());
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"copied by the pupil"_s);
    if (clipboard->supportsSelection())
        clipboard->setText(u"selected by the pupil"_s, QClipboard::Selection);
    const bool ownedClipboard = clipboard->ownsClipboard();
    const bool ownedSelection = clipboard->supportsSelection() && clipboard->ownsSelection();

    QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);

    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(kiosk.session.client().cookieJar()->cookiesForUrl(ent.url()).isEmpty());
    QVERIFY(!kiosk.session.client().hasSession());
    QCOMPARE(kiosk.languages.current(), kiosk.languages.defaultLanguage());
    QCOMPARE(kiosk.languages.current(), u"fr"_s);
    QVERIFY(kiosk.languageButton(u"fr"_s)->isChecked());
    QCOMPARE(kiosk.session.client().language(), u"fr"_s);
    if (ownedClipboard)
        QTRY_VERIFY(clipboard->text().isEmpty());
    if (ownedSelection)
        QTRY_VERIFY(clipboard->text(QClipboard::Selection).isEmpty());
    if (!ownedClipboard && QGuiApplication::platformName() != u"offscreen")
        QFAIL("the clipboard was set by this process but is not reported as owned");
    QVERIFY(kiosk.greetingLabel()->text().isEmpty());
    for (const QString& name : {u"profileLabel"_s, u"schoolLabel"_s, u"classLabel"_s})
        QVERIFY2(kiosk.find<QLabel>(name)->text().isEmpty(), qPrintable(name));
    QTRY_COMPARE(kiosk.window.focusWidget(), kiosk.loginLineEdit());
}

void TestMainWindow::languageSwitchChangesTextsAtRunTime()
{
    FakeEnt ent;
    ent.refuseLogin(FakeEnt::wrongPasswordMessage);
    KioskHarness kiosk(ent.config());
    FakeTranslator french({
        {u"LoginPage|Sign in"_s, u"Connexion"_s},
        {u"LoginPage|SIGN IN"_s, u"CONNEXION"_s},
        {u"LoginPage|&Identifier"_s, u"&Identifiant"_s},
        {u"LoginPage|Identifier"_s, u"Identifiant"_s},
        {u"SignedInPage|Hello %1"_s, u"Bonjour %1"_s},
        {u"SignedInPage|Student"_s, u"Élève"_s},
        {u"EntMessages|The identifier or the password is incorrect."_s,
         u"L'identifiant ou le mot de passe est incorrect."_s},
    });
    french.follow(kiosk.languages, u"fr"_s);
    QVERIFY(kiosk.showActive());

    auto* title = KioskHarness::findIn<QLabel>(kiosk.window.loginPage(), u"titleLabel"_s);
    QTRY_COMPARE(title->text(), u"Connexion"_s);
    QCOMPARE(kiosk.signInButton()->text(), u"CONNEXION"_s);
    QCOMPARE(kiosk.loginLineEdit()->accessibleName(), u"Identifiant"_s);
    QVERIFY(kiosk.languageButton(u"fr"_s)->isChecked());

    // An error shown in French follows the language: it is rendered again, not left as it was.
    kiosk.typeCredentials(u"adele.adams"_s, u"wrong"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.errorLabel()->text(), u"L'identifiant ou le mot de passe est incorrect."_s);

    QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QTRY_COMPARE(title->text(), u"Sign in"_s);
    QCOMPARE(kiosk.signInButton()->text(), u"SIGN IN"_s);
    // The ENT's own word after the translation, as a pupil will meet it on the ENT's website (issue #17).
    QCOMPARE(KioskHarness::findIn<QLabel>(kiosk.window.loginPage(), u"identifierLabel"_s)->text(),
             u"&Identifier (Identifiant LEO)"_s);
    QCOMPARE(kiosk.loginLineEdit()->accessibleName(), u"Identifier (Identifiant LEO)"_s);
    QCOMPARE(kiosk.errorLabel()->text(), u"The identifier or the password is incorrect."_s);
    QVERIFY(kiosk.languageButton(u"en"_s)->isChecked());
    QVERIFY(!kiosk.languageButton(u"fr"_s)->isChecked());
    QCOMPARE(kiosk.session.client().language(), u"en"_s);

    // The greeting too.
    ent.acceptLogin();
    QTest::keyClicks(kiosk.passwordLineEdit(), u"right"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QCOMPARE(kiosk.greetingLabel()->text(), u"Hello Adèle Adams"_s);
    QTest::mouseClick(kiosk.languageButton(u"fr"_s), Qt::LeftButton);
    QTRY_COMPARE(kiosk.greetingLabel()->text(), u"Bonjour Adèle Adams"_s);
    QCOMPARE(kiosk.find<QLabel>(u"profileLabel"_s)->text(), u"Élève"_s);
    QCOMPARE(kiosk.session.client().language(), u"fr"_s);

    QCoreApplication::removeTranslator(&french);
}

void TestMainWindow::profileNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("pupil") << u"ELEVE"_s << translated("SignedInPage", "Student");
    QTest::newRow("teacher") << u"ENSEIGNANT"_s << translated("SignedInPage", "Teacher");
    QTest::newRow("staff") << u"PERSEDUCNAT"_s << translated("SignedInPage", "School staff");
    QTest::newRow("parent") << u"PERSRELELEVE"_s << translated("SignedInPage", "Parent");
    QTest::newRow("other") << u"SUPERADMIN"_s << u"SUPERADMIN"_s;
    QTest::newRow("none") << QString() << QString();
}

void TestMainWindow::profileNames()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QCOMPARE(SignedInPage::profileName(type), name);
}

// Not a check: with LEOKIOSK_SCREENSHOT_DIR set, saves the screens at two sizes for a person to look at.
void TestMainWindow::screenshots()
{
    const QString directory = qEnvironmentVariable("LEOKIOSK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set LEOKIOSK_SCREENSHOT_DIR to save screenshots");
    QDir().mkpath(directory);

    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
        FakeEnt ent;
        ent.refuseLogin(FakeEnt::banMessage); // the longest of the ENT's messages
        KioskConfig config = ent.config(KioskProfile::Desktop);
        config.allowRememberMe = true;
        KioskHarness kiosk(config);
        QVERIFY(kiosk.showActive(size));
        const auto save = [&](const QString& name) {
            QCoreApplication::processEvents(); // pending layout and polish: what the next frame would show
            return kiosk.window.grab().save(u"%1/%2-%3x%4.png"_s.arg(directory, name).arg(size.width()).arg(size.height()));
        };
        QVERIFY(save(u"login"_s));

        kiosk.typeCredentials(u"adele.adams"_s, u"wrong"_s);
        kiosk.clickSignIn();
        QTRY_VERIFY(kiosk.errorLabel()->isVisible());
        QTest::keyClicks(kiosk.passwordLineEdit(), u"secret"_s);
        QTest::keyClick(kiosk.passwordLineEdit(), 'X'); // as with Caps Lock on
        QTest::mouseClick(kiosk.rememberCheckBox(), Qt::LeftButton, {}, QPoint(10, kiosk.rememberCheckBox()->height() / 2));
        QTest::mouseClick(kiosk.showPasswordButton(), Qt::LeftButton);
        QVERIFY(save(u"login-error"_s));

        ent.acceptLogin();
        kiosk.clickSignIn();
        QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
        QVERIFY(save(u"signed-in"_s));

        // The help screens as a pupil walks them, on a platform that can send SMS.
        QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);
        QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
        ent.offerSms(true);
        const auto click = [](KioskPage* page, const QString& name) {
            auto* button = KioskHarness::findIn<QAbstractButton>(page, name);
            QVERIFY2(button && button->isEnabled(), qPrintable(name));
            QTest::mouseClick(button, Qt::LeftButton);
        };
        click(kiosk.window.loginPage(), u"helpButton"_s);
        QCOMPARE(kiosk.window.currentPage(), kiosk.window.helpPage());
        QVERIFY(save(u"help"_s));

        KioskPage* forgot = kiosk.window.forgotPasswordPage();
        click(kiosk.window.helpPage(), u"lostPasswordButton"_s);
        QTRY_VERIFY(KioskHarness::findIn<QWidget>(forgot, u"channelWidget"_s)->isVisible());
        QTest::keyClicks(KioskHarness::findIn<QLineEdit>(forgot, u"loginLineEdit"_s), u"adele.adams"_s);
        QVERIFY(save(u"forgot-password"_s));
        click(forgot, u"sendButton"_s);
        QTRY_VERIFY(KioskHarness::findIn<QWidget>(forgot, u"resultLabel"_s)->isVisible());
        QVERIFY(save(u"forgot-password-sent"_s));

        KioskPage* code = kiosk.window.resetCodePage();
        click(forgot, u"codeReceivedButton"_s);
        QCOMPARE(kiosk.window.currentPage(), code);
        ent.answerResetMatch(false);
        QTest::keyClicks(KioskHarness::findIn<QLineEdit>(code, u"codeLineEdit"_s), u"3ZRF-6JKZ"_s);
        click(code, u"verifyButton"_s);
        QTRY_VERIFY(KioskHarness::findIn<QWidget>(code, u"newCodeButton"_s)->isVisible());
        QVERIFY(save(u"reset-code-wrong"_s));

        KioskPage* newPassword = kiosk.window.newPasswordPage();
        ent.answerResetMatch(true);
        click(code, u"verifyButton"_s);
        QTRY_COMPARE(kiosk.window.currentPage(), newPassword);
        QTest::keyClicks(KioskHarness::findIn<PasswordField>(newPassword, u"newPasswordField"_s)->lineEdit(),
                         u"soleil"_s);
        QVERIFY(save(u"new-password"_s));
        ent.refuseReset(FakeEnt::resetRefusedMessage);
        QTest::keyClicks(KioskHarness::findIn<PasswordField>(newPassword, u"newPasswordField"_s)->lineEdit(),
                         u"2024"_s);
        QTest::keyClicks(KioskHarness::findIn<PasswordField>(newPassword, u"confirmationField"_s)->lineEdit(),
                         u"soleil2024"_s);
        QVERIFY(save(u"new-password-ready"_s));
        click(newPassword, u"resetButton"_s);
        QTRY_VERIFY(KioskHarness::findIn<QWidget>(newPassword, u"errorLabel"_s)->isVisible());
        QVERIFY(save(u"new-password-refused"_s));

        ent.answerReset(FakeHttpServer::Response::redirect("/auth/login"));
        QTest::keyClicks(KioskHarness::findIn<PasswordField>(newPassword, u"newPasswordField"_s)->lineEdit(),
                         u"soleil2025"_s);
        QTest::keyClicks(KioskHarness::findIn<PasswordField>(newPassword, u"confirmationField"_s)->lineEdit(),
                         u"soleil2025"_s);
        click(newPassword, u"resetButton"_s);
        QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
        QVERIFY(save(u"login-after-reset"_s));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
