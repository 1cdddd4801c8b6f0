// The kiosk against ENT Core configurations other than the default one (issue #14, ENT protocol §17): the real window
// in French against the real reference server started in each mode, as a region's operator sets it —
//  - the login page elsewhere (auth/login_uri, callback_param) with web-utils' port-8009 rewrite, and a session or
//    token that the ENT ended while the kiosk still shows it: never a success, "your session has ended" instead;
//  - no XSRF-TOKEN at sign-in (auth/xsrf_on_auth=false): the terms and the password change still go through;
//  - no /auth/user/requirements (auth/requirements_route=false, ENT before 4.7): sign-in goes on;
//  - an OAuth client registered without the auth scope (`clients add --scope`): a clear refusal, the password gone;
//  - MFA for a staff account with an admin function (auth/mfa_types, mfa_protected_urls): Mon compte's mail part says
//    to finish on the ENT website, the password change (under /auth/) still works;
//  - a desktop session that outlives its access token (oauth/access_token_ttl_s): the token is refreshed;
//  - a kiosk that restarts after every session (restart_on_logout): "your session has ended" is still said, by the
//    next process.
// Each test asserts what the server did as well as what the screens say.
#include "core/diagnostics/ExitCode.h"
#include "gui/MainWindow.h"
#include "gui/account/AccountPage.h"
#include "gui/account/TermsPage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/HttpTestClient.h"
#include "support/KioskHarness.h"
#include "support/ReferenceServer.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <memory>
#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int serverTimeoutMs = 15000;
const QString oldPassword = u"Plage2024+soleil"_s;
const QString newPassword = u"Maree2026+vent"_s;
const QString changedMessage = u"Votre mot de passe a été modifié. Utilisez désormais le nouveau."_s;
const QString lapsedMessage = u"Votre session sur l'ENT a pris fin. Reconnectez-vous pour continuer."_s;

ReferenceServer::Account account(const QString& login, const QString& profile = u"Student"_s)
{
    ReferenceServer::Account a;
    a.login = login;
    a.firstName = u"Adèle"_s;
    a.lastName = login.section(u'.', 1).toUpper();
    a.profile = profile;
    a.className = u"2nde 3"_s;
    a.email = login + u"@example.org"_s;
    a.password = oldPassword.toUtf8();
    return a;
}

// The reference server with `login` (and more accounts), in the mode the test sets before start().
struct Ent
{
    ReferenceServer server;
    QUrl url;
    QString kioskSecret;

    bool start(const QList<ReferenceServer::Account>& accounts, const QString& kioskScope = u"userinfo auth directory"_s)
    {
        if (!server.addAccounts(accounts))
            return false;
        kioskSecret = server.addClient(u"kiosk"_s, kioskScope);
        if (kioskSecret.isEmpty())
            return false;
        url = server.start();
        return url.isValid();
    }

    KioskConfig kioskConfig(bool oauth) const
    {
        KioskConfig config;
        config.entUrl = url;
        if (oauth) {
            config.oauthClientId = u"kiosk"_s;
            config.oauthClientSecret = kioskSecret;
            config.oauthScope = u"userinfo auth directory"_s;
        }
        return config;
    }

    // Whether the ENT signs `login` in with `password` through its web form (what the ENT holds now).
    bool acceptsPassword(const QString& login, const QString& password) const
    {
        HttpTestClient http(url);
        const HttpTestClient::Reply reply =
            http.post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
        return reply.status == 302 && !reply.cookieValue("oneSessionId").isEmpty();
    }

    // A browser signed in elsewhere as `login` ends every session and token of the account but its own
    // (DELETE /auth/sessions, ENT protocol §3.14): whatever the kiosk holds is dead from then on.
    bool endEverythingElsewhere(const QString& login, const QString& password) const
    {
        HttpTestClient http(url);
        const HttpTestClient::Reply web =
            http.post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
        if (web.status != 302)
            return false;
        return http.send("DELETE", u"/auth/sessions"_s, {}, HttpTestClient::session(web)).status == 200;
    }
};

// Signed in → Mon compte, once the ENT has answered its first call (GET /directory/user/mailstate): the current
// address, or the message that replaced it.
AccountPage* openAccount(KioskHarness& kiosk)
{
    if (!QTest::qWaitFor([&kiosk] { return kiosk.window.currentPage() == kiosk.window.signedInPage(); },
                         serverTimeoutMs))
        return nullptr;
    QTest::mouseClick(kiosk.find<QAbstractButton>(u"accountButton"_s), Qt::LeftButton);
    AccountPage* page = kiosk.window.accountPage();
    auto* current = on<QLabel>(page, u"currentMailLabel"_s);
    auto* message = on<QLabel>(page, u"mailMessageLabel"_s);
    const bool answered = QTest::qWaitFor(
        [&] { return current->text().startsWith(u"Adresse actuelle : "_s) || !message->text().isEmpty(); },
        serverTimeoutMs);
    return answered && kiosk.window.currentPage() == page ? page : nullptr;
}

void typeInto(QWidget* page, const QString& field, const QString& text)
{
    QLineEdit* edit = on<PasswordField>(page, field)->lineEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, text);
}

// Mon compte → Changer mon mot de passe, typed and sent.
void changePassword(AccountPage* page)
{
    typeInto(page, u"oldPasswordField"_s, oldPassword);
    typeInto(page, u"newPasswordField"_s, newPassword);
    typeInto(page, u"confirmationField"_s, newPassword);
    QTRY_VERIFY(on<QAbstractButton>(page, u"changePasswordButton"_s)->isEnabled());
    click(page, u"changePasswordButton"_s);
}

// Back on the sign-in screen because the ENT ended the session: said so, the identifier there to sign in again, no
// password anywhere, no success ever shown on the way.
void expectLapsed(KioskHarness& kiosk, const QString& login)
{
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.loginPage(), serverTimeoutMs);
    QVERIFY(!kiosk.session.isSignedIn());
    QVERIFY(!kiosk.session.client().hasSession());
    QCOMPARE(kiosk.infoLabel()->text(), lapsedMessage);
    QCOMPARE(kiosk.loginLineEdit()->text(), login);
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
    QVERIFY(kiosk.errorLabel()->text().isEmpty());
}

} // namespace

class TestEntVariantsEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginPageElsewhereAndAnExpiredToken();
    void loginPageElsewhereAndAnEndedCookieSession();
    void noXsrfTokenAtSignIn();
    void noRequirementsRoute();
    void clientRegisteredWithoutAuth();
    void mfaForAStaffAccount();
    void desktopSessionRefreshesItsToken();
    void restartOnLogoutStillSaysTheSessionEnded();
};

namespace {

// A region whose login page is a federation portal on the same host, whose ENT runs without X-Forwarded-For: every
// "not signed in" is a 302 to "http:8009/cas/login?service=…", a location without a host (web-utils redirectLogin).
void loginPageElsewhere(ReferenceServer& server)
{
    server.setConfig(u"auth"_s, u"login_uri"_s, u"/cas/login"_s);
    server.setConfig(u"auth"_s, u"callback_param"_s, u"service"_s);
    server.setConfig(u"auth"_s, u"login_redirect_port_8009"_s, true);
}

} // namespace

// OAuth kiosk, Mon compte open; the phone app of the same pupil (another browser here) signs out everywhere, which
// drops the kiosk's token. The password change then meets the filter's 302 to the login page elsewhere: the kiosk must
// not say "changed" (nothing changed on the ENT), but that the session ended.
void TestEntVariantsEndToEnd::loginPageElsewhereAndAnExpiredToken()
{
    Ent ent;
    loginPageElsewhere(ent.server);
    const QString login = u"adele.token"_s;
    QVERIFY2(ent.start({account(login)}), qPrintable(ent.server.lastError()));
    HttpTestClient http(ent.url);
    const HttpTestClient::Reply noSession = http.get(u"/auth/oauth2/userinfo"_s);
    QCOMPARE(noSession.status, 302);
    QVERIFY2(noSession.header("Location").startsWith("http:8009/cas/login?service="), noSession.header("Location").constData());

    KioskHarness kiosk(ent.kioskConfig(true));
    QVERIFY(kiosk.showActive());
    QVERIFY(kiosk.signIn(login, oldPassword, serverTimeoutMs));
    AccountPage* page = openAccount(kiosk);
    QVERIFY(page);
    QVERIFY(ent.endEverythingElsewhere(login, oldPassword));

    changePassword(page);
    auto* message = on<QLabel>(page, u"passwordMessageLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.window.currentPage() != page || !message->text().isEmpty(), serverTimeoutMs);
    QVERIFY2(message->text() != changedMessage, "an ended session showed a success");
    expectLapsed(kiosk, login);
    QVERIFY2(ent.server.log().contains(u"POST /auth/changePassword 302"_s), qPrintable(ent.server.log()));
    QVERIFY(ent.acceptsPassword(login, oldPassword)); // nothing changed
    QVERIFY(!ent.acceptsPassword(login, newPassword));

    // The help flows are public routes, not concerned by the login page elsewhere: Besoin d'aide ? → Vous avez
    // perdu votre mot de passe ? gives the neutral sentence, and the ENT queued the message.
    QTest::mouseClick(kiosk.find<QAbstractButton>(u"helpButton"_s), Qt::LeftButton);
    auto* help = kiosk.window.findChild<HelpPage*>();
    QTRY_VERIFY(help && help->isVisible());
    click(help, u"lostPasswordButton"_s);
    auto* forgot = kiosk.window.findChild<ForgotPasswordPage*>();
    QTRY_VERIFY(forgot && forgot->isVisible());
    QTest::keyClicks(on<QLineEdit>(forgot, u"loginLineEdit"_s), login);
    click(forgot, u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(on<QAbstractButton>(forgot, u"codeReceivedButton"_s)->isVisible(), serverTimeoutMs);
    QVERIFY(on<QLabel>(forgot, u"resultLabel"_s)->text().contains(u"Pensez à vérifier vos spams"_s));
    QVERIFY2(ent.server.log().contains(u"POST /auth/forgot-password 200"_s), qPrintable(ent.server.log()));
    click(forgot, u"homeButton"_s);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());

    // Signing in again works.
    QVERIFY(kiosk.signIn(login, oldPassword, serverTimeoutMs));
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QCOMPARE(kiosk.greetingLabel()->text(), u"Bonjour Adèle TOKEN"_s);
}

// A web-form kiosk on the terms, then on Mon compte; each time the pupil's password is changed elsewhere, which ends
// every session of the account. The ENT answers the cookie write 403 invalid.xsrf.token (its XSRF filter comes
// first), the page the kiosk then asks for a token with answers the 302 elsewhere: "your session has ended".
void TestEntVariantsEndToEnd::loginPageElsewhereAndAnEndedCookieSession()
{
    Ent ent;
    loginPageElsewhere(ent.server);
    const QString terms = u"adele.terms"_s;
    const QString change = u"adele.cookie"_s;
    QVERIFY2(ent.start({account(terms), account(change)}), qPrintable(ent.server.lastError()));
    QVERIFY(ent.server.setFlag(terms, u"revalidate-terms"_s, true));

    KioskHarness kiosk(ent.kioskConfig(false));
    QVERIFY(kiosk.showActive());
    QVERIFY(kiosk.signIn(terms, oldPassword, serverTimeoutMs));
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.termsPage());
    QVERIFY(ent.endEverythingElsewhere(terms, oldPassword));
    // The browser's own session stayed; the kiosk's is gone.
    click(kiosk.window.termsPage(), u"acceptButton"_s);
    expectLapsed(kiosk, terms);
    QVERIFY2(ent.server.log().contains(u"PUT /auth/cgu/revalidate 403"_s), qPrintable(ent.server.log()));

    QVERIFY(kiosk.signIn(change, oldPassword, serverTimeoutMs));
    AccountPage* page = openAccount(kiosk);
    QVERIFY(page);
    QVERIFY(ent.endEverythingElsewhere(change, oldPassword));
    changePassword(page);
    expectLapsed(kiosk, change);
    QVERIFY2(ent.server.log().contains(u"POST /auth/changePassword 403"_s), qPrintable(ent.server.log()));
    QVERIFY(ent.acceptsPassword(change, oldPassword));
    QVERIFY(!ent.acceptsPassword(change, newPassword));
}

// xsrfOnAuth false: the sign-in sets no XSRF-TOKEN. The kiosk gets one from a secured HTML page, as the ENT's own
// pages do, and the terms and the password change go through.
void TestEntVariantsEndToEnd::noXsrfTokenAtSignIn()
{
    Ent ent;
    ent.server.setConfig(u"auth"_s, u"xsrf_on_auth"_s, false);
    const QString login = u"adele.xsrf"_s;
    QVERIFY2(ent.start({account(login)}), qPrintable(ent.server.lastError()));
    QVERIFY(ent.server.setFlag(login, u"revalidate-terms"_s, true));
    HttpTestClient http(ent.url);
    const HttpTestClient::Reply web =
        http.post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, oldPassword}}));
    QCOMPARE(web.status, 302);
    QVERIFY(web.setCookie("XSRF-TOKEN").isEmpty());

    KioskHarness kiosk(ent.kioskConfig(false));
    QVERIFY(kiosk.showActive());
    QVERIFY(kiosk.signIn(login, oldPassword, serverTimeoutMs));
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.termsPage());
    QVERIFY(kiosk.session.client().xsrfToken().isEmpty());
    click(kiosk.window.termsPage(), u"acceptButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.signedInPage(), serverTimeoutMs);
    QVERIFY(!kiosk.session.client().xsrfToken().isEmpty());
    QVERIFY2(ent.server.log().contains(u"GET /auth/revalidate-terms 200"_s), qPrintable(ent.server.log()));
    QVERIFY2(ent.server.log().contains(u"PUT /auth/cgu/revalidate 204"_s), qPrintable(ent.server.log()));

    AccountPage* page = openAccount(kiosk);
    QVERIFY(page);
    changePassword(page);
    QTRY_COMPARE_WITH_TIMEOUT(on<QLabel>(page, u"passwordMessageLabel"_s)->text(), changedMessage, serverTimeoutMs);
    QVERIFY(ent.acceptsPassword(login, newPassword));

    // The ENT no longer asks for the terms.
    click(page, u"accountSignOutButton"_s);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(kiosk.signIn(login, newPassword, serverTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.signedInPage(), serverTimeoutMs);
}

// An ENT older than 4.7 has no /auth/user/requirements (404): nothing is required, the sign-in goes on (as the ENT's
// mobile app reads it), and the rest of the session works.
void TestEntVariantsEndToEnd::noRequirementsRoute()
{
    Ent ent;
    ent.server.setConfig(u"auth"_s, u"requirements_route"_s, false);
    const QString login = u"adele.old"_s;
    QVERIFY2(ent.start({account(login)}), qPrintable(ent.server.lastError()));

    for (const bool oauth : {false, true}) {
        KioskHarness kiosk(ent.kioskConfig(oauth));
        QVERIFY(kiosk.showActive());
        QVERIFY2(kiosk.signIn(login, oauth ? newPassword : oldPassword, serverTimeoutMs), qPrintable(kiosk.errorLabel()->text()));
        QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
        QCOMPARE(kiosk.greetingLabel()->text(), u"Bonjour Adèle OLD"_s);
        if (!oauth) {
            AccountPage* page = openAccount(kiosk);
            QVERIFY(page);
            changePassword(page);
            QTRY_COMPARE_WITH_TIMEOUT(on<QLabel>(page, u"passwordMessageLabel"_s)->text(), changedMessage,
                                      serverTimeoutMs);
        }
    }
    // The request log names no unrouted path: the requirements were asked for, and answered 404, as "GET - 404".
    QCOMPARE(ent.server.log().count(u"GET - 404"_s), 2);
    QVERIFY(ent.acceptsPassword(login, newPassword));
}

// The kiosk's OAuth client registered with userinfo alone: the ENT refuses the scope the kiosk asks for. The pupil
// is told the kiosk is not registered correctly, and the password is not left in the field.
void TestEntVariantsEndToEnd::clientRegisteredWithoutAuth()
{
    Ent ent;
    const QString login = u"adele.scope"_s;
    QVERIFY2(ent.start({account(login)}, u"userinfo"_s), qPrintable(ent.server.lastError()));
    KioskHarness kiosk(ent.kioskConfig(true));
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(login, oldPassword);
    kiosk.clickSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.errorLabel()->text(),
                              u"La borne n'est pas correctement enregistrée auprès de l'ENT. Veuillez prévenir le service "
                              u"informatique."_s,
                              serverTimeoutMs);
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
    QCOMPARE(kiosk.loginLineEdit()->text(), login);
    QVERIFY(!kiosk.session.isSignedIn());
    QVERIFY2(ent.server.log().contains(u"POST /auth/oauth2/token 401"_s), qPrintable(ent.server.log()));
}

// A school administrator (ADML) on an ENT with MFA, /directory/ protected: the recovery address part of Mon compte
// meets the 302 to /auth/validate-mfa and says to finish on the ENT website; the password change (under /auth/,
// which ENT Core never sends to MFA) succeeds; the session goes on.
void TestEntVariantsEndToEnd::mfaForAStaffAccount()
{
    Ent ent;
    ent.server.setConfig(u"auth"_s, u"mfa_types"_s, u"sms email"_s);
    ent.server.setConfig(u"auth"_s, u"mfa_protected_urls"_s, u"/directory/ /admin/"_s);
    const QString login = u"adele.admin"_s;
    QVERIFY2(ent.start({account(login, u"Personnel"_s)}), qPrintable(ent.server.lastError()));
    QVERIFY(ent.server.setFlag(login, u"admin-local"_s, true));

    KioskHarness kiosk(ent.kioskConfig(false));
    QVERIFY(kiosk.showActive());
    QVERIFY(kiosk.signIn(login, oldPassword, serverTimeoutMs));
    QVERIFY(kiosk.session.requirements().needMfa);
    AccountPage* page = openAccount(kiosk);
    QVERIFY(page);
    QCOMPARE(on<QLabel>(page, u"mailMessageLabel"_s)->text(),
             u"L'ENT demande une vérification de sécurité supplémentaire avant cela. Terminez-la sur le site de "
             u"l'ENT."_s);
    QVERIFY2(ent.server.log().contains(u"GET /directory/user/mailstate 302"_s), qPrintable(ent.server.log()));
    QVERIFY(kiosk.session.isSignedIn());

    changePassword(page);
    QTRY_COMPARE_WITH_TIMEOUT(on<QLabel>(page, u"passwordMessageLabel"_s)->text(), changedMessage, serverTimeoutMs);
    QVERIFY(ent.acceptsPassword(login, newPassword));
    QVERIFY(kiosk.session.isSignedIn());
}

// The desktop profile, an ENT whose access tokens live 2 s: after they expire, Mon compte and the password change go
// through with a refreshed token (refresh_token grant); the ENT saw the refresh.
void TestEntVariantsEndToEnd::desktopSessionRefreshesItsToken()
{
    Ent ent;
    constexpr int tokenLifetimeS = 2;
    ent.server.setConfig(u"oauth"_s, u"access_token_ttl_s"_s, tokenLifetimeS);
    const QString login = u"adele.desktop"_s;
    QVERIFY2(ent.start({account(login)}), qPrintable(ent.server.lastError()));
    KioskConfig config = ent.kioskConfig(true);
    config.profile = KioskProfile::Desktop;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    QVERIFY(kiosk.signIn(login, oldPassword, serverTimeoutMs));
    QElapsedTimer signedIn;
    signedIn.start();
    // Nothing to wait on but the ENT's clock: the token's lifetime passes.
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.elapsed() > tokenLifetimeS * 1000 + 200, 10000);

    AccountPage* page = openAccount(kiosk);
    QVERIFY(page);
    QCOMPARE(on<QLabel>(page, u"currentMailLabel"_s)->text(), u"Adresse actuelle : a…p@example.org"_s);
    QCOMPARE(ent.server.log().count(u"POST /auth/oauth2/token 200"_s), 2); // the grant, then one refresh
    changePassword(page);
    QTRY_COMPARE_WITH_TIMEOUT(on<QLabel>(page, u"passwordMessageLabel"_s)->text(), changedMessage, serverTimeoutMs);
    QVERIFY(ent.acceptsPassword(login, newPassword));
    QVERIFY(kiosk.session.isSignedIn());
}

// restart_on_logout: the session the ENT ended is followed by a restart, and the next process is a new login screen.
// The notice goes over in a file of the runtime folder (which sentence, not whose session), and the next process says
// it once, after its start-up wipe, without the identifier.
void TestEntVariantsEndToEnd::restartOnLogoutStillSaysTheSessionEnded()
{
    Ent ent;
    const QString login = u"adele.restart"_s;
    QVERIFY2(ent.start({account(login)}), qPrintable(ent.server.lastError()));
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QString noticeFile = runtime.filePath(u"leo-kiosk-notice"_s);
    KioskConfig config = ent.kioskConfig(false);
    config.restartOnLogout = true;
    const auto storeIn = [&runtime](const QString& name) {
        LocalStore::Options options;
        options.directory = runtime.filePath(name);
        return options;
    };
    std::optional<int> exitCode;
    {
        KioskHarness kiosk(config,
                           {.store = storeIn(u"first"_s),
                            .exit = [&exitCode](int code) { exitCode = code; },
                            .restartNotice = noticeFile});
        QVERIFY(kiosk.showActive());
        QVERIFY(kiosk.signIn(login, oldPassword, serverTimeoutMs));
        AccountPage* page = openAccount(kiosk);
        QVERIFY(page);
        QVERIFY(ent.endEverythingElsewhere(login, oldPassword));
        changePassword(page);
        expectLapsed(kiosk, login);
        QTRY_VERIFY_WITH_TIMEOUT(exitCode.has_value(), serverTimeoutMs);
        QCOMPARE(*exitCode, int(ExitCode::RestartRequested));
        QFile notice(noticeFile);
        QVERIFY(notice.open(QIODevice::ReadOnly));
        const QByteArray written = notice.readAll();
        QCOMPARE(written, QByteArray("session-lapsed"));
        QVERIFY(!written.contains(login.toUtf8()));
        QCOMPARE(notice.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    // The next process: its start-up wipe, then the notice, once.
    KioskHarness next(config,
                      {.store = storeIn(u"next"_s),
                       .exit = [](int) {},
                       .restartNotice = noticeFile});
    QVERIFY(next.showActive());
    next.app().start();
    QTRY_COMPARE_WITH_TIMEOUT(next.infoLabel()->text(), lapsedMessage, serverTimeoutMs);
    QCOMPARE(next.window.currentPage(), next.window.loginPage());
    QVERIFY(next.loginLineEdit()->text().isEmpty());
    QVERIFY(!QFile::exists(noticeFile));

    // An ordinary sign-out then leaves nothing to say.
    QVERIFY(next.signIn(login, oldPassword, serverTimeoutMs));
    QTRY_COMPARE(next.window.currentPage(), next.window.signedInPage());
    QTest::mouseClick(next.signOutButton(), Qt::LeftButton);
    QTRY_COMPARE(next.window.currentPage(), next.window.loginPage());
    QCOMPARE(next.window.signInNotice(), MainWindow::SignInNotice::None);
}

QTEST_MAIN(TestEntVariantsEndToEnd)
#include "tst_entvariants_e2e.moc"
