// "Mon compte" and the required steps as a user meets them at the kiosk: the real window in French (the shipped
// catalogue) against the real reference ENT and a real SMTP relay. Every test asserts what the server did (sessions
// and tokens of another device refused, passwords and addresses changed, flags cleared) and what the mails say, not
// only the screens.
//
// "Another device" is the same user signed in elsewhere while the kiosk is used: a web browser holding its
// oneSessionId cookie and the phone app holding an OAuth2 access token, both driven by raw HTTP (HttpTestClient).
#include "gui/account/AccountPage.h"
#include "gui/account/ForcedPasswordPage.h"
#include "gui/account/TermsPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/PasswordChecklist.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/HttpTestClient.h"
#include "support/KioskHarness.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <utility>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int serverTimeoutMs = 15000;
constexpr int mailTimeoutMs = 30000;

const QString appClient = u"app"_s;
const QString appScope = u"userinfo auth directory"_s;

// ASCII passwords: QTest::keyClicks asserts on other characters.
ReferenceServer::Account pupil(const QString& login, const QByteArray& password, const QString& email)
{
    ReferenceServer::Account account;
    account.login = login;
    account.firstName = u"Adèle"_s;
    account.lastName = login.section(u'.', 1).toUpper();
    account.className = u"2nde 3"_s;
    account.email = email;
    account.password = password;
    return account;
}

// The 6-digit code of an address-proof mail (server/i18n: "… le code suivant : 123456").
QString mailedCode(const RecoveryMail& mail)
{
    return QRegularExpression(u"le code suivant : (\\d{6})\\n"_s).match(mail.body()).captured(1);
}

// Mon compte's recovery address part: the new address, and the code asked for it once one is sent.
struct AddressChange
{
    QLineEdit* mailEdit;
    QWidget* codeWidget;
    QLabel* codeInfo;
    QLineEdit* codeEdit;
};

AddressChange addressChange(const AccountPage* page)
{
    return {on<QLineEdit>(page, u"newMailLineEdit"_s), on<QWidget>(page, u"codeWidget"_s),
            on<QLabel>(page, u"codeInfoLabel"_s), on<QLineEdit>(page, u"codeLineEdit"_s)};
}

} // namespace

class TestAccountEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changePasswordEndsTheOtherDevices();
    void recoveryAddressProvenByTheMailedCode();
    void recoveryCodeExpires();
    void forcedPasswordChangeComesFirst();
    void refusingTheTermsSignsOutAndWipes();
    void acceptingTheTermsGoesOn();
    void acceptingTermsIsRemembered();
    void signOutEverywhereNeedsConfirmation();
    void monCompteThroughAnOAuthKiosk();

private:
    // The same user signed in elsewhere: a browser's cookie session and the phone app's bearer token.
    struct OtherDevice
    {
        HttpTestClient::Headers browser;
        HttpTestClient::Headers phone;
    };

    // A kiosk on the ENT at `url`, shown and active, where `login` signed in; none (and why) if that fails.
    static std::unique_ptr<KioskHarness> signedInKiosk(const QUrl& url, const QString& login, const QString& password);
    // The same on the reference server for `login`, whom the ENT asks to accept its terms again
    // (needRevalidateTerms): on the terms page.
    std::unique_ptr<KioskHarness> kioskOnTheTerms(const QString& login);
    struct AccountKiosk
    {
        std::unique_ptr<KioskHarness> kiosk;
        AccountPage* page = nullptr;
    };
    // A signed-in kiosk (signedInKiosk) on Mon compte; no kiosk if it does not open.
    static AccountKiosk kioskOnAccount(const QUrl& url, const QString& login, const QString& password);
    // Types the identifier (unless the login page already shows it) and the password, clicks CONNEXION, and waits
    // until the session is signed in.
    static bool openAccount(KioskHarness& kiosk);
    static AccountPage* account(const KioskHarness& kiosk) { return kiosk.window.accountPage(); }
    static void typeInto(QWidget* page, const QString& field, const QString& text);
    // What the kiosk's network session presents to the ENT now: its cookies, in a Cookie header.
    static HttpTestClient::Headers kioskSession(KioskHarness& kiosk, const QUrl& url);

    OtherDevice
    signInElsewhere(HttpTestClient& http, const QString& login, const QString& password, const QString& appSecret);
    static int userInfoStatus(HttpTestClient& http, const HttpTestClient::Headers& headers);
    static QJsonObject mailState(HttpTestClient& http, const HttpTestClient::Headers& headers);
    // The first message from `before` on addressed to `to`, or an empty mail after the timeout.

    SmtpSink m_sink;
    ReferenceServer m_server;
    QString m_appSecret;
    QString m_kioskSecret;
    QUrl m_url;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestAccountEndToEnd::initTestCase()
{
    QVERIFY2(m_sink.start(), qPrintable(m_sink.lastError()));
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    m_server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);
    // One account per test: each test starts from a known state whatever ran before.
    const QList<ReferenceServer::Account> accounts = {
        pupil(u"adele.change"_s, "Plage2024+soleil", u"adele.change@example.org"_s),
        pupil(u"adele.mail"_s, "Plage2024+soleil", u"adele.old@example.org"_s),
        pupil(u"adele.forced"_s, "Plage2024+soleil", u"adele.forced@example.org"_s),
        pupil(u"adele.refuse"_s, "Plage2024+soleil", u"adele.refuse@example.org"_s),
        pupil(u"adele.accept"_s, "Plage2024+soleil", u"adele.accept@example.org"_s),
        pupil(u"adele.remember"_s, "Plage2024+soleil", u"adele.remember@example.org"_s),
        pupil(u"adele.everywhere"_s, "Plage2024+soleil", u"adele.everywhere@example.org"_s),
        pupil(u"adele.oauth"_s, "Plage2024+soleil", u"adele.oauth@example.org"_s),
    };
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    m_appSecret = m_server.addClient(appClient, appScope);
    QVERIFY2(!m_appSecret.isEmpty(), qPrintable(m_server.lastError()));
    m_kioskSecret = m_server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
    QVERIFY2(!m_kioskSecret.isEmpty(), qPrintable(m_server.lastError()));
    m_url = m_server.start();
    QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(m_url);
}

std::unique_ptr<KioskHarness>
TestAccountEndToEnd::signedInKiosk(const QUrl& url, const QString& login, const QString& password)
{
    KioskConfig config;
    config.entUrl = url;
    auto kiosk = std::make_unique<KioskHarness>(config);
    if (!kiosk->showActive()) {
        qWarning("the kiosk window did not become active");
        return nullptr;
    }
    if (!kiosk->signIn(login, password, serverTimeoutMs)) {
        qWarning("%s could not sign in at the kiosk", qPrintable(login));
        return nullptr;
    }
    return kiosk;
}

TestAccountEndToEnd::AccountKiosk
TestAccountEndToEnd::kioskOnAccount(const QUrl& url, const QString& login, const QString& password)
{
    auto kiosk = signedInKiosk(url, login, password);
    if (!kiosk || !openAccount(*kiosk))
        return {};
    AccountPage* page = account(*kiosk);
    return {std::move(kiosk), page};
}

std::unique_ptr<KioskHarness> TestAccountEndToEnd::kioskOnTheTerms(const QString& login)
{
    if (!m_server.setFlag(login, u"revalidate-terms"_s, true)) {
        qWarning("%s", qPrintable(m_server.lastError()));
        return nullptr;
    }
    auto kiosk = signedInKiosk(m_url, login, u"Plage2024+soleil"_s);
    if (!kiosk)
        return nullptr;
    if (!QTest::qWaitFor([&kiosk] { return kiosk->window.currentPage() == kiosk->window.termsPage(); })) {
        qWarning("%s: on %s, not on the terms", qPrintable(login),
                 kiosk->window.currentPage()->metaObject()->className());
        return nullptr;
    }
    return kiosk;
}

bool TestAccountEndToEnd::openAccount(KioskHarness& kiosk)
{
    if (kiosk.window.currentPage() != kiosk.window.signedInPage())
        return false;
    auto* button = kiosk.find<QAbstractButton>(u"accountButton"_s);
    if (!button || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    auto* current = on<QLabel>(account(kiosk), u"currentMailLabel"_s);
    // Mon compte is up once the ENT told it the recovery address (GET /directory/user/mailstate).
    return kiosk.window.currentPage() == account(kiosk) &&
           QTest::qWaitFor([current] { return current->text().startsWith(u"Adresse actuelle : "_s); }, serverTimeoutMs);
}

void TestAccountEndToEnd::typeInto(QWidget* page, const QString& field, const QString& text)
{
    QLineEdit* edit = on<PasswordField>(page, field)->lineEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, text);
}

HttpTestClient::Headers TestAccountEndToEnd::kioskSession(KioskHarness& kiosk, const QUrl& url)
{
    QByteArray header;
    const QList<QNetworkCookie> cookies = kiosk.session.client().cookieJar()->cookiesForUrl(url);
    for (const QNetworkCookie& cookie : cookies) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.name() + '=' + cookie.value();
    }
    return {{"Cookie", header}};
}

TestAccountEndToEnd::OtherDevice TestAccountEndToEnd::signInElsewhere(HttpTestClient& http,
                                                                      const QString& login,
                                                                      const QString& password,
                                                                      const QString& appSecret)
{
    OtherDevice device;
    const HttpTestClient::Reply web =
        http.post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
    if (web.status == 302 && !web.cookieValue("oneSessionId").isEmpty())
        device.browser = HttpTestClient::session(web);
    const HttpTestClient::Reply issued = http.passwordGrant(appClient, appSecret, login, password, appScope);
    const QByteArray token = issued.json().value(u"access_token"_s).toString().toLatin1();
    if (issued.status == 200 && !token.isEmpty())
        device.phone = {{"Authorization", "Bearer " + token}};
    return device;
}

int TestAccountEndToEnd::userInfoStatus(HttpTestClient& http, const HttpTestClient::Headers& headers)
{
    return http.get(u"/auth/oauth2/userinfo"_s, headers).status;
}

QJsonObject TestAccountEndToEnd::mailState(HttpTestClient& http, const HttpTestClient::Headers& headers)
{
    return http.get(u"/directory/user/mailstate"_s, headers).json();
}

// Mon compte → Changer mon mot de passe: the old password is refused from then on, the new one works, and the
// user's other sessions and tokens are gone while the kiosk's own session goes on (ENT protocol §2.3, §3.13).
void TestAccountEndToEnd::changePasswordEndsTheOtherDevices()
{
    const QString login = u"adele.change"_s;
    const OtherDevice elsewhere = signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret);
    QVERIFY(!elsewhere.browser.isEmpty());
    QVERIFY(!elsewhere.phone.isEmpty());
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 200);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 200);

    const auto [kiosk, page] = kioskOnAccount(m_url, login, u"Plage2024+soleil"_s);
    QVERIFY(kiosk);
    auto* change = on<QAbstractButton>(page, u"changePasswordButton"_s);
    QCOMPARE(change->text(), u"Changer mon mot de passe"_s);
    QVERIFY(!change->isEnabled());

    typeInto(page, u"oldPasswordField"_s, u"Plage2024+soleil"_s);
    typeInto(page, u"newPasswordField"_s, u"Maree2026+vent"_s);
    // The checklist is the ENT's own rule (GET /auth/context): every line of it met but the confirmation's.
    auto* checklist = on<PasswordChecklist>(page, u"passwordChecklist"_s);
    QList<QLabel*> rules;
    for (QLabel* label : checklist->findChildren<QLabel*>()) {
        if (label->objectName().endsWith(u"RuleLabel"_s))
            rules.append(label);
    }
    QVERIFY2(rules.size() >= 2, "the ENT's rule and the confirmation line");
    const auto unmet = [&rules] {
        QStringList lines;
        for (QLabel* rule : std::as_const(rules)) {
            if (!rule->text().startsWith(u"✓ "_s))
                lines.append(rule->text());
        }
        return lines;
    };
    QTRY_COMPARE(unmet().size(), 1); // the two entries do not match yet
    QVERIFY(!change->isEnabled());
    typeInto(page, u"confirmationField"_s, u"Maree2026+vent"_s);
    QTRY_VERIFY2(unmet().isEmpty(), qPrintable(unmet().join(u'\n')));
    QVERIFY(change->isEnabled());

    const int before = int(m_sink.messages().size());
    QTest::mouseClick(change, Qt::LeftButton);
    auto* message = on<QLabel>(page, u"passwordMessageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), u"Votre mot de passe a été modifié. Utilisez désormais le nouveau."_s,
                              serverTimeoutMs);
    QCOMPARE(message->property("messageKind").toString(), u"info"_s);
    QVERIFY(on<PasswordField>(page, u"oldPasswordField"_s)->isEmpty());
    QVERIFY(on<PasswordField>(page, u"newPasswordField"_s)->isEmpty());
    QVERIFY(on<PasswordField>(page, u"confirmationField"_s)->isEmpty());

    // The other device's session and the phone app's token are refused now; the kiosk's session is still valid.
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 302);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 302);
    QCOMPARE(userInfoStatus(*m_http, kioskSession(*kiosk, m_url)), 200);
    QVERIFY(kiosk->session.isSignedIn());
    QCOMPARE(kiosk->window.currentPage(), page);
    // … and Mon compte still works on it (a secured route).
    click(page, u"backButton"_s);
    QVERIFY(openAccount(*kiosk));
    QCOMPARE(on<QLabel>(page, u"currentMailLabel"_s)->text(), u"Adresse actuelle : a…e@example.org"_s);

    // The "password changed" notice reached the account's address.
    const RecoveryMail notice = RecoveryMail::waitForMailTo(m_sink, before, "adele.change@example.org", mailTimeoutMs);
    QCOMPARE(notice.subject(), u"Mot de passe modifié - ENT LEO"_s);

    // Sign out: the old password is refused at the kiosk with the ENT's sentence, the new one signs in.
    click(page, u"accountSignOutButton"_s);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.loginPage());
    kiosk->typeCredentials(login, u"Plage2024+soleil"_s);
    kiosk->clickSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->errorLabel()->text(), u"L'identifiant ou le mot de passe est incorrect."_s,
                              serverTimeoutMs);
    QVERIFY(!kiosk->session.isSignedIn());
    QVERIFY(kiosk->signIn(login, u"Maree2026+vent"_s, serverTimeoutMs));
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QCOMPARE(kiosk->greetingLabel()->text(), u"Bonjour Adèle CHANGE"_s);
}

// Mon compte → the recovery address: the code goes to the NEW address, wrong codes use up the tries shown on screen
// until the request is outdated, a new code and the right one make the new address current, and the OLD address
// is warned (ENT protocol §16.4-§16.7).
void TestAccountEndToEnd::recoveryAddressProvenByTheMailedCode()
{
    const QString login = u"adele.mail"_s;
    const OtherDevice elsewhere = signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret);
    QVERIFY(!elsewhere.browser.isEmpty());
    const auto [kiosk, page] = kioskOnAccount(m_url, login, u"Plage2024+soleil"_s);
    QVERIFY(kiosk);
    auto* current = on<QLabel>(page, u"currentMailLabel"_s);
    auto* state = on<QLabel>(page, u"mailStateLabel"_s);
    const auto [mailEdit, codeWidget, codeInfo, codeEdit] = addressChange(page);
    auto* message = on<QLabel>(page, u"mailMessageLabel"_s);
    // On the shared screen the addresses are masked (ENT protocol §16.15): adele.old@… is « a…d@… ».
    QCOMPARE(current->text(), u"Adresse actuelle : a…d@example.org"_s);
    QCOMPARE(state->text(), u"Cette adresse n'est pas encore vérifiée."_s); // imported, never proven
    QVERIFY(!codeWidget->isVisible());

    const auto askForCode = [&] {
        QTest::mouseClick(mailEdit, Qt::LeftButton);
        QTest::keyClicks(mailEdit, u"adele.new@example.org"_s);
        click(page, u"sendMailButton"_s);
    };
    const auto typeCode = [&](const QString& code) {
        QTest::mouseClick(codeEdit, Qt::LeftButton);
        QTest::keyClicks(codeEdit, code);
        click(page, u"submitCodeButton"_s);
    };

    int before = int(m_sink.messages().size());
    askForCode();
    QTRY_VERIFY_WITH_TIMEOUT(codeWidget->isVisible(), serverTimeoutMs);
    QCOMPARE(state->text(), u"En attente de validation : un code a été envoyé à a…w@example.org."_s);
    QVERIFY(codeInfo->text().contains(u"Essais restants : 5."_s));
    QVERIFY(codeInfo->text().contains(QRegularExpression(u"Temps restant : (10:00|9:\\d\\d)\\."_s)));
    QVERIFY(mailEdit->text().isEmpty());
    QCOMPARE(current->text(), u"Adresse actuelle : a…d@example.org"_s); // unchanged until proven

    // The code arrives at the new address, not the old one.
    const RecoveryMail first = RecoveryMail::waitForMailTo(m_sink, before, "adele.new@example.org", mailTimeoutMs);
    QCOMPARE(first.subject(), u"Votre code de vérification d'adresse e-mail - ENT LEO"_s);
    const QString firstCode = mailedCode(first);
    QVERIFY2(!firstCode.isEmpty(), qPrintable(first.body()));
    for (qsizetype i = before; i < m_sink.messages().size(); ++i)
        QVERIFY(RecoveryMail(m_sink.messages().at(i)).header("To") != "adele.old@example.org");

    // Wrong codes: each one costs a try, shown on screen. The tries belong to the account, not to a code or an
    // address (a new code brings no fresh ones), so the right code comes while one try is left; the fifth wrong one
    // outdating the request is the reference server's own test (tst_serveraccount).
    const QString wrong = firstCode == u"000000"_s ? u"111111"_s : u"000000"_s;
    for (int left = 4; left >= 1; --left) {
        typeCode(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(codeInfo->text().contains(u"Essais restants : %1."_s.arg(left)), serverTimeoutMs);
        QCOMPARE(message->text(), u"Ce code n'est pas le bon. Vérifiez-le et réessayez."_s);
        QVERIFY(codeWidget->isVisible());
        QVERIFY(codeEdit->text().isEmpty());
        QCOMPARE(mailState(*m_http, elsewhere.browser).value(u"emailState"_s).toObject().value(u"tries"_s).toInt(),
                 left);
    }
    QJsonObject onServer = mailState(*m_http, elsewhere.browser);
    QCOMPARE(onServer.value(u"email"_s).toString(), u"adele.old@example.org"_s); // unchanged until proven

    // The right code: the new address is the current one.
    const QString code = firstCode;
    before = int(m_sink.messages().size());
    typeCode(code);
    QTRY_VERIFY_WITH_TIMEOUT(!codeWidget->isVisible(), serverTimeoutMs);
    QCOMPARE(message->text(), u"Votre nouvelle adresse est vérifiée et enregistrée."_s);
    QCOMPARE(current->text(), u"Adresse actuelle : a…w@example.org"_s);
    QCOMPARE(state->text(), u"Cette adresse est vérifiée."_s);
    onServer = mailState(*m_http, elsewhere.browser);
    QCOMPARE(onServer.value(u"email"_s).toString(), u"adele.new@example.org"_s);
    QCOMPARE(onServer.value(u"emailState"_s).toObject().value(u"state"_s).toString(), u"valid"_s);

    // The old address is warned of the change.
    const RecoveryMail warning = RecoveryMail::waitForMailTo(m_sink, before, "adele.old@example.org", mailTimeoutMs);
    QCOMPARE(warning.subject(), u"Modification de votre adresse e-mail - ENT LEO"_s);
    QVERIFY(warning.body().contains(u"L'adresse e-mail liée à votre compte ENT LEO a été modifiée."_s));

    // The session the ENT re-created on every POST is the kiosk's now: Mon compte opened again shows the new address.
    click(page, u"backButton"_s);
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QVERIFY(current->text().isEmpty());
    QVERIFY(openAccount(*kiosk));
    QCOMPARE(current->text(), u"Adresse actuelle : a…w@example.org"_s);
    QCOMPARE(state->text(), u"Cette adresse est vérifiée."_s);
    QVERIFY(kiosk->session.isSignedIn());
}

// A code typed after its lifetime: a server whose codes last 3 s (mailstate/code_lifetime_s, a shipped
// configuration key); the kiosk counts down, and the right code, too late, is refused as expired. Then the codes an
// account may ask for run out (mailstate/max_requests), and the kiosk says so in the ENT's words.
void TestAccountEndToEnd::recoveryCodeExpires()
{
    SmtpSink sink;
    QVERIFY2(sink.start(), qPrintable(sink.lastError()));
    ReferenceServer server;
    server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(sink.port()));
    server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    server.setConfig(u"mailstate"_s, u"code_lifetime_s"_s, 3);
    server.setConfig(u"mailstate"_s, u"max_requests"_s, 2);
    QVERIFY2(server.addAccount(pupil(u"adele.expiry"_s, "Plage2024+soleil", u"adele.expiry@example.org"_s)),
             qPrintable(server.lastError()));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);
    const OtherDevice elsewhere = signInElsewhere(http, u"adele.expiry"_s, u"Plage2024+soleil"_s, {});
    QVERIFY(!elsewhere.browser.isEmpty());

    const auto [kiosk, page] = kioskOnAccount(url, u"adele.expiry"_s, u"Plage2024+soleil"_s);
    QVERIFY(kiosk);
    const auto [mailEdit, codeWidget, codeInfo, codeEdit] = addressChange(page);
    QTest::mouseClick(mailEdit, Qt::LeftButton);
    QTest::keyClicks(mailEdit, u"adele.later@example.org"_s);
    QTest::keyClick(mailEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(codeWidget->isVisible(), serverTimeoutMs);
    QVERIFY(sink.waitForMessages(1, mailTimeoutMs));
    const RecoveryMail mail(sink.messages().constFirst());
    QCOMPARE(mail.header("To"), "adele.later@example.org");
    const QString code = mailedCode(mail);
    QVERIFY(!code.isEmpty());

    // The kiosk's countdown runs out, and so does the code on the server.
    QTRY_VERIFY_WITH_TIMEOUT(codeInfo->text().startsWith(u"Le code a expiré : demandez-en un nouveau."_s),
                             serverTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        mailState(http, elsewhere.browser).value(u"emailState"_s).toObject().value(u"ttl"_s).toInt(-1), 0,
        serverTimeoutMs);
    QTest::mouseClick(codeEdit, Qt::LeftButton);
    QTest::keyClicks(codeEdit, code);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!codeWidget->isVisible(), serverTimeoutMs);
    QCOMPARE(on<QLabel>(page, u"mailStateLabel"_s)->text(),
             u"Le code n'est plus valable : il a expiré. Demandez un nouveau code."_s);
    QCOMPARE(on<QLabel>(page, u"currentMailLabel"_s)->text(), u"Adresse actuelle : a…y@example.org"_s);
    const QJsonObject onServer = mailState(http, elsewhere.browser);
    QCOMPARE(onServer.value(u"email"_s).toString(), u"adele.expiry@example.org"_s);
    QCOMPARE(onServer.value(u"emailState"_s).toObject().value(u"state"_s).toString(), u"outdated"_s);
    QCOMPARE(onServer.value(u"emailState"_s).toObject().value(u"tries"_s).toInt(), 5); // no try counted

    // A new code may be asked for, up to mailstate/max_requests (2 here); then the ENT's sentence is shown.
    const auto askForCode = [&] {
        QTest::mouseClick(mailEdit, Qt::LeftButton);
        mailEdit->selectAll();
        QTest::keyClicks(mailEdit, u"adele.later@example.org"_s);
        QTest::keyClick(mailEdit, Qt::Key_Return);
    };
    askForCode();
    QTRY_VERIFY_WITH_TIMEOUT(codeWidget->isVisible(), serverTimeoutMs);
    QVERIFY(sink.waitForMessages(2, mailTimeoutMs));
    QCOMPARE(RecoveryMail(sink.messages().at(1)).header("To"), "adele.later@example.org");
    askForCode();
    auto* message = on<QLabel>(page, u"mailMessageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                              u"Trop de codes ont été demandés pour ce compte : veuillez réessayer dans quelques "
                              "minutes."_s,
                              serverTimeoutMs);
    QCOMPARE(mailEdit->text(), u"adele.later@example.org"_s); // kept, to try again later
    QVERIFY(kiosk->session.isSignedIn());
}

// The ENT forces a new password (users set-flag force-change): the forced page comes first; once changed, every
// session ends (the kiosk's and the other device's), the pupil is told to sign in again, and the new password goes
// straight to the signed-in page.
void TestAccountEndToEnd::forcedPasswordChangeComesFirst()
{
    const QString login = u"adele.forced"_s;
    QVERIFY2(m_server.setFlag(login, u"force-change"_s, true), qPrintable(m_server.lastError()));
    const OtherDevice elsewhere = signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 200); // allowed while the change is forced

    const auto kiosk = signedInKiosk(m_url, login, u"Plage2024+soleil"_s);
    QVERIFY(kiosk);
    ForcedPasswordPage* forced = kiosk->window.forcedPasswordPage();
    QTRY_COMPARE(kiosk->window.currentPage(), forced);
    QVERIFY(!kiosk->greetingLabel()->isVisible());
    QCOMPARE(on<QLabel>(forced, u"titleLabel"_s)->text(), u"Changement de mot de passe obligatoire"_s);
    const HttpTestClient::Headers kioskCookies = kioskSession(*kiosk, m_url);
    QCOMPARE(userInfoStatus(*m_http, kioskCookies), 200);
    // Secured routes other than the allowed few send the kiosk's session to the forced change.
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, kioskCookies).status, 302);

    auto* change = on<QAbstractButton>(forced, u"changePasswordButton"_s);
    typeInto(forced, u"oldPasswordField"_s, u"Plage2024+soleil"_s);
    typeInto(forced, u"newPasswordField"_s, u"Falaise2026+mer"_s);
    QVERIFY(!change->isEnabled());
    typeInto(forced, u"confirmationField"_s, u"Falaise2026+mer"_s);
    QTRY_VERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);

    // Signed out and told to sign in again, the identifier kept.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->window.currentPage(), kiosk->window.loginPage(), serverTimeoutMs);
    QVERIFY(!kiosk->session.isSignedIn());
    QCOMPARE(kiosk->loginLineEdit()->text(), login);
    QVERIFY(kiosk->passwordLineEdit()->text().isEmpty());
    QCOMPARE(kiosk->infoLabel()->text(),
             u"Votre nouveau mot de passe est enregistré. Reconnectez-vous avec celui-ci."_s);
    QVERIFY(kiosk->session.client().cookieJar()->cookiesForUrl(m_url).isEmpty());
    QVERIFY(on<PasswordField>(forced, u"oldPasswordField"_s)->isEmpty());
    QVERIFY(on<PasswordField>(forced, u"newPasswordField"_s)->isEmpty());
    // Every session of the account ended on the server: the kiosk's, the browser's and the phone app's token.
    QCOMPARE(userInfoStatus(*m_http, kioskCookies), 302);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 302);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 302);

    // The old password no longer opens the account; the new one goes straight to the signed-in page.
    QCOMPARE(m_http
                 ->post(u"/auth/login"_s,
                        HttpTestClient::form({{u"email"_s, login}, {u"password"_s, u"Plage2024+soleil"_s}}))
                 .status,
             200);
    QVERIFY(kiosk->signIn(login, u"Falaise2026+mer"_s, serverTimeoutMs));
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QCOMPARE(kiosk->greetingLabel()->text(), u"Bonjour Adèle FORCED"_s);
    QVERIFY(!kiosk->session.requirements().forceChangePassword);
}

// needRevalidateTerms: refusing signs out with the full wipe, on the kiosk and on the server; the terms are still
// to accept at the next sign-in.
void TestAccountEndToEnd::refusingTheTermsSignsOutAndWipes()
{
    const QString login = u"adele.refuse"_s;
    const auto kiosk = kioskOnTheTerms(login);
    QVERIFY(kiosk);
    TermsPage* terms = kiosk->window.termsPage();
    QCOMPARE(on<QLabel>(terms, u"titleLabel"_s)->text(), u"Conditions générales d'utilisation"_s);
    QVERIFY(!kiosk->session.client().cookieJar()->cookiesForUrl(m_url).isEmpty());
    const HttpTestClient::Headers kioskCookies = kioskSession(*kiosk, m_url);
    QCOMPARE(userInfoStatus(*m_http, kioskCookies), 200);

    auto* refuse = on<QAbstractButton>(terms, u"refuseButton"_s);
    QCOMPARE(refuse->text(), u"Je refuse et me déconnecte"_s);
    QTest::mouseClick(refuse, Qt::LeftButton);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.loginPage());
    QVERIFY(!kiosk->session.isSignedIn());
    QVERIFY(kiosk->loginLineEdit()->text().isEmpty());
    QVERIFY(kiosk->passwordLineEdit()->text().isEmpty());
    QVERIFY(kiosk->greetingLabel()->text().isEmpty());
    QVERIFY(kiosk->session.client().cookieJar()->cookiesForUrl(m_url).isEmpty());
    // The session ended on the server too (GET /auth/logout, sent on the way out).
    QTRY_COMPARE_WITH_TIMEOUT(userInfoStatus(*m_http, kioskCookies), 302, serverTimeoutMs);
    // Refusing is not accepting: the terms come again.
    QCOMPARE(m_http
                 ->get(u"/auth/user/requirements"_s,
                       signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret).browser)
                 .json()
                 .value(u"needRevalidateTerms"_s)
                 .toBool(),
             true);
    QVERIFY(kiosk->signIn(login, u"Plage2024+soleil"_s, serverTimeoutMs));
    QTRY_COMPARE(kiosk->window.currentPage(), terms);
}

void TestAccountEndToEnd::acceptingTheTermsGoesOn()
{
    const QString login = u"adele.accept"_s;
    const auto kiosk = kioskOnTheTerms(login);
    QVERIFY(kiosk);
    TermsPage* terms = kiosk->window.termsPage();
    auto* accept = on<QAbstractButton>(terms, u"acceptButton"_s);
    QCOMPARE(accept->text(), u"J'accepte"_s);
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QVERIFY(kiosk->session.isSignedIn());
    QCOMPARE(kiosk->greetingLabel()->text(), u"Bonjour Adèle ACCEPT"_s);
    QCOMPARE(userInfoStatus(*m_http, kioskSession(*kiosk, m_url)), 200);
    // Mon compte works on that session.
    QVERIFY(openAccount(*kiosk));
    QCOMPARE(on<QLabel>(account(*kiosk), u"currentMailLabel"_s)->text(), u"Adresse actuelle : a…t@example.org"_s);
}

// Accepting is recorded by the ENT (PUT /auth/cgu/revalidate): the next sign-in goes straight to the signed-in page.
void TestAccountEndToEnd::acceptingTermsIsRemembered()
{
    const QString login = u"adele.remember"_s;
    const auto kiosk = kioskOnTheTerms(login);
    QVERIFY(kiosk);
    click(kiosk->window.termsPage(), u"acceptButton"_s);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());

    // The ENT no longer asks (seen from another device), and the kiosk does not show the terms again.
    const OtherDevice elsewhere = signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(u"/auth/user/requirements"_s, elsewhere.browser)
                                  .json()
                                  .value(u"needRevalidateTerms"_s)
                                  .toBool(true),
                              false, serverTimeoutMs);
    QTest::mouseClick(kiosk->signOutButton(), Qt::LeftButton);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.loginPage());
    QVERIFY(kiosk->signIn(login, u"Plage2024+soleil"_s, serverTimeoutMs));
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QVERIFY(!kiosk->session.requirements().needRevalidateTerms);
}

// "Se déconnecter de tous mes appareils": nothing happens without the confirmation; confirmed, the other device's
// session and the phone app's token are refused (ENT protocol §3.14). The kiosk's own session is the one ENT Core
// keeps (and the confirmation says "your OTHER devices"): the kiosk stays signed in until Se déconnecter, which
// wipes it back to the login page.
void TestAccountEndToEnd::signOutEverywhereNeedsConfirmation()
{
    const QString login = u"adele.everywhere"_s;
    const OtherDevice elsewhere = signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret);
    QVERIFY(!elsewhere.browser.isEmpty());
    QVERIFY(!elsewhere.phone.isEmpty());
    const auto [kiosk, page] = kioskOnAccount(m_url, login, u"Plage2024+soleil"_s);
    QVERIFY(kiosk);
    auto* everywhere = on<QAbstractButton>(page, u"signOutEverywhereButton"_s);
    auto* confirm = on<QWidget>(page, u"confirmWidget"_s);
    QCOMPARE(everywhere->text(), u"Se déconnecter de tous mes appareils"_s);
    QVERIFY(!confirm->isVisible());

    // Asked, then cancelled: nothing reaches the ENT (the server's request log), every session goes on.
    const auto deletes = [this] { return m_server.log().count(u"DELETE /auth/sessions 200"_s); };
    const qsizetype deletesBefore = deletes();
    QTest::mouseClick(everywhere, Qt::LeftButton);
    QVERIFY(confirm->isVisible());
    QCOMPARE(on<QLabel>(page, u"confirmLabel"_s)->text(),
             u"Vous serez déconnecté de tous vos autres appareils, y compris l'application de votre téléphone. "
             "Continuer ?"_s);
    click(page, u"cancelSignOutEverywhereButton"_s);
    QVERIFY(!confirm->isVisible());
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 200);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 200);
    QCOMPARE(deletes(), deletesBefore);

    // Confirmed.
    QTest::mouseClick(everywhere, Qt::LeftButton);
    click(page, u"confirmSignOutEverywhereButton"_s);
    auto* message = on<QLabel>(page, u"sessionsMessageLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                              u"Vos autres appareils et l'application de votre téléphone sont déconnectés."_s,
                              serverTimeoutMs);
    QVERIFY(!confirm->isVisible());
    QTRY_COMPARE(deletes(), deletesBefore + 1);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 302);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 302);
    const HttpTestClient::Headers kioskCookies = kioskSession(*kiosk, m_url);
    QCOMPARE(userInfoStatus(*m_http, kioskCookies), 200);
    QVERIFY(kiosk->session.isSignedIn());

    // Se déconnecter: the kiosk is wiped back to the login page and its session ends on the server.
    click(page, u"accountSignOutButton"_s);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.loginPage());
    QVERIFY(!kiosk->session.isSignedIn());
    QVERIFY(kiosk->loginLineEdit()->text().isEmpty());
    QVERIFY(kiosk->passwordLineEdit()->text().isEmpty());
    QVERIFY(kiosk->session.client().cookieJar()->cookiesForUrl(m_url).isEmpty());
    QVERIFY(message->text().isEmpty());
    QVERIFY(on<QLabel>(page, u"currentMailLabel"_s)->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(userInfoStatus(*m_http, kioskCookies), 302, serverTimeoutMs);
}

// A kiosk that signs in with the OAuth2 password grant (oauth_client_id, with the directory scope that the recovery
// address needs): Mon compte speaks with its bearer token. The password change ends the other devices' sessions but
// not the kiosk's token (ENT protocol §2.3, §3.13: the one the request used is kept), and the new password is the one
// the grant takes. Signing out everywhere drops every token of the account, this kiosk's included (ENT protocol §2.3,
// §3.14: no token is exempted), so the kiosk is wiped back to the login page.
void TestAccountEndToEnd::monCompteThroughAnOAuthKiosk()
{
    const QString login = u"adele.oauth"_s;
    KioskConfig config;
    config.entUrl = m_url;
    config.oauthClientId = u"kiosk"_s;
    config.oauthClientSecret = m_kioskSecret;
    config.oauthScope = u"userinfo auth directory"_s;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    OtherDevice elsewhere = signInElsewhere(*m_http, login, u"Plage2024+soleil"_s, m_appSecret);
    QVERIFY(!elsewhere.browser.isEmpty());
    QVERIFY(!elsewhere.phone.isEmpty());
    QVERIFY(kiosk.signIn(login, u"Plage2024+soleil"_s, serverTimeoutMs));
    QVERIFY(kiosk.session.client().cookieJar()->cookiesForUrl(m_url).isEmpty()); // a token, no cookie
    QVERIFY(openAccount(kiosk));
    AccountPage* page = account(kiosk);
    QCOMPARE(on<QLabel>(page, u"currentMailLabel"_s)->text(), u"Adresse actuelle : a…h@example.org"_s);

    typeInto(page, u"oldPasswordField"_s, u"Plage2024+soleil"_s);
    typeInto(page, u"newPasswordField"_s, u"Maree2026+vent"_s);
    typeInto(page, u"confirmationField"_s, u"Maree2026+vent"_s);
    QTRY_VERIFY(on<QAbstractButton>(page, u"changePasswordButton"_s)->isEnabled());
    click(page, u"changePasswordButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(on<QLabel>(page, u"passwordMessageLabel"_s)->text(),
                              u"Votre mot de passe a été modifié. Utilisez désormais le nouveau."_s, serverTimeoutMs);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 302);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 302);
    // The kiosk is still signed in: its next secured call (GET /directory/user/mailstate, Mon compte opened again)
    // goes through with the same token.
    QVERIFY(kiosk.session.isSignedIn());
    QCOMPARE(kiosk.window.currentPage(), page);
    const auto mailStates = [this] { return m_server.log().count(u"GET /directory/user/mailstate 200"_s); };
    const qsizetype mailStatesBefore = mailStates();
    click(page, u"backButton"_s);
    QVERIFY(openAccount(kiosk));
    QCOMPARE(on<QLabel>(page, u"currentMailLabel"_s)->text(), u"Adresse actuelle : a…h@example.org"_s);
    QTRY_COMPARE(mailStates(), mailStatesBefore + 1);
    QVERIFY(kiosk.session.isSignedIn());
    QVERIFY(kiosk.session.client().hasSession());

    // The grant takes the new password only.
    click(page, u"accountSignOutButton"_s);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    kiosk.typeCredentials(login, u"Plage2024+soleil"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.errorLabel()->text(), u"L'identifiant ou le mot de passe est incorrect."_s,
                              serverTimeoutMs);
    QVERIFY(kiosk.signIn(login, u"Maree2026+vent"_s, serverTimeoutMs));

    // Sign out everywhere, confirmed: the other devices are refused and so is this kiosk's token; the kiosk wipes.
    elsewhere = signInElsewhere(*m_http, login, u"Maree2026+vent"_s, m_appSecret);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 200);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 200);
    QVERIFY(openAccount(kiosk));
    click(page, u"signOutEverywhereButton"_s);
    click(page, u"confirmSignOutEverywhereButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.loginPage(), serverTimeoutMs);
    QVERIFY(!kiosk.session.isSignedIn());
    QVERIFY(!kiosk.session.client().hasSession());
    QVERIFY(kiosk.loginLineEdit()->text().isEmpty());
    QVERIFY(on<QLabel>(page, u"currentMailLabel"_s)->text().isEmpty());
    QCOMPARE(userInfoStatus(*m_http, elsewhere.browser), 302);
    QCOMPARE(userInfoStatus(*m_http, elsewhere.phone), 302);
    QVERIFY(m_server.log().contains(u"DELETE /auth/sessions 200"_s));
}

QTEST_MAIN(TestAccountEndToEnd)
#include "tst_account_e2e.moc"
