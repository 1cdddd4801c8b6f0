// Password recovery on the real leo-ent-server (ENT protocol §3.7-§3.12, §4, §8), with every e-mail going through a
// real SMTP relay (SmtpSink: STARTTLS required, AUTH required, the relay's certificate checked): the neutral
// forgot-password answer, the e-mails in French and English, the code completing a reset, the code's limits
// (single use, tries, history, request limits), the login-form and OAuth2 shortcuts, and header injection.
#include "support/HttpTestClient.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QString publicUrl = u"https://ent.leo.test"_s;
const QString invalidArgumentFr = u"Le formulaire contient des erreurs. Veuillez vérifier que le nouveau mot de passe "
                                  "n'a pas déjà été utilisé et que les deux saisies sont identiques."_s;
const QString resetErrorFr = invalidArgumentFr; // ENT Core's two messages are the same sentence in French
const QString banFr = u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand "
                      "nombre de tentatives de connexion. Veuillez réessayer ultérieurement."_s;

ReferenceServer::Account pupil(const QString& login, const QByteArray& password, const QString& email = {})
{
    const QString first = login.section(u'.', 0, 0);
    return {login,
            first,
            login.section(u'.', 1),
            u"Student"_s,
            u"Lycée Jules Verne"_s,
            u"2nde 3"_s,
            email.isNull() ? login + u"@example.org"_s : email,
            {},
            password};
}

} // namespace

class TestServerRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void channelsSayWhetherSmsExists();
    void forgotPasswordChecksItsFields_data();
    void forgotPasswordChecksItsFields();
    void answerIsTheSameForEveryAccount();
    void frenchMailCarriesTheLinkAndTheCode();
    void englishMailFollowsAcceptLanguage();
    void mailedCodeCompletesTheReset();
    void fiveWrongTriesBurnTheCode();
    void formErrorsAreRefused_data();
    void formErrorsAreRefused();
    void badCodesAreRefusedAlike();
    void reusedPasswordIsRefused();
    void requestLimitGivesTheSameAnswerAndSendsNothing();
    void headerInjectionChangesNoHeader();
    void storedAddressCannotCarryAHeader();
    void loginFormSendsACodeToTheResetPage();
    void loginFormShortcutDoesNotBypassTheBan();
    void oauthRefusesACodeWith403();
    void currentPasswordVariant();
    void wrongCurrentPasswordsCountTowardsTheBan();
    void forcedChangeEndsEverySession();
    void resetPageIsSafeAccessibleHtml();
    void resetPageShowsRefusalsAsThePage();

private:
    HttpTestClient::Reply
    forgot(const QString& login, const QString& service = u"mail"_s, const QByteArray& language = "fr");
    // Asks for a code and returns the mail that brought it.
    RecoveryMail requestCode(const QString& login, const QByteArray& language = "fr");
    HttpTestClient::Reply reset(const HttpTestClient::Fields& fields, const HttpTestClient::Headers& headers = {});
    HttpTestClient::Reply resetWithCode(const QString& login, const QString& code, const QString& password);
    bool matches(const QString& login, const QString& code);
    HttpTestClient::Reply login(const QString& login, const QString& password);
    HttpTestClient::Reply token(const QString& login, const QString& password);
    // The first message since `before` to <login>@example.org, with a code or without (the "changed" one).
    RecoveryMail waitForMail(int before, const QString& login, bool withCode);
    // Queues one more e-mail and waits for it: as the relay receives messages in the order they were queued, every
    // message that any earlier request queued has then arrived.
    QList<RecoveryMail> mailsAfterBarrier(int before);
    QString at(const QString& path) const { return publicUrl + path; }

    SmtpSink m_sink;
    ReferenceServer m_server;
    QString m_clientSecret;
    QString m_formCode;
    int m_barriers = 0; // each barrier account may ask for 3 codes per 15 minutes: one each
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerRecovery::initTestCase()
{
    const QString data = QStringLiteral(LEOKIOSK_TEST_DATA_DIR);
    SmtpSink::Options relay;
    relay.tlsCert = data + u"/selfsigned.pem"_s;
    relay.tlsKey = data + u"/selfsigned.key"_s;
    relay.authUser = u"leo-ent"_s;
    relay.authPassword = u"relay-secret-42"_s;
    QVERIFY2(m_sink.start(relay), qPrintable(m_sink.lastError()));

    QFile passwordFile(m_server.directory() + u"/smtp.password"_s);
    QVERIFY(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write("relay-secret-42\n");
    passwordFile.close();
    QVERIFY(passwordFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    m_server.setConfig(u"server"_s, u"public_url"_s, publicUrl);
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"required"_s);
    m_server.setConfig(u"mail"_s, u"username"_s, relay.authUser);
    m_server.setConfig(u"mail"_s, u"password_file"_s, passwordFile.fileName());
    m_server.setConfig(u"mail"_s, u"ca_file"_s, relay.tlsCert);
    m_server.setConfig(u"mail"_s, u"from"_s, u"noreply@ent.leo.test"_s);
    m_server.setConfig(u"auth"_s, u"ban_base_delay_s"_s, 60);

    QList<ReferenceServer::Account> accounts = {
        pupil(u"adele.adams"_s, "Adele-2024"),
        pupil(u"bob.english"_s, "Bob-2024"),
        pupil(u"uniform.valid"_s, "Uniform-2024"),
        pupil(u"no.mail"_s, "NoMail-2024", u""_s),
        pupil(u"not.activated"_s, {}),
        pupil(u"blocked.pupil"_s, "Blocked-2024"),
        pupil(u"burn.target"_s, "Burn-2024"),
        pupil(u"form.target"_s, "Form-2024"),
        pupil(u"history.target"_s, "History-2024"),
        pupil(u"limit.target"_s, "Limit-2024"),
        pupil(u"shortcut.target"_s, "Shortcut-2024"),
        pupil(u"shortcut.banned"_s, "Banned-2024"),
        pupil(u"oauth.target"_s, "Oauth-2024"),
        pupil(u"change.target"_s, "Change-2024"),
        pupil(u"oldban.target"_s, "Oldban-2024"),
        pupil(u"forced.target"_s, "Forced-2024"),
        pupil(u"page.target"_s, "Page-2024"),
    };
    for (int i = 0; i < 8; ++i)
        accounts.append(pupil(u"barrier.pupil%1"_s.arg(i), "Barrier-2024"));
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setBlocked(u"blocked.pupil"_s, true), qPrintable(m_server.lastError()));
    m_clientSecret = m_server.addClient(u"kiosk"_s, u"userinfo auth"_s);
    QVERIFY2(!m_clientSecret.isEmpty(), qPrintable(m_server.lastError()));
    const QUrl base = m_server.start();
    QVERIFY2(base.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(base);
}

HttpTestClient::Reply
TestServerRecovery::forgot(const QString& login, const QString& service, const QByteArray& language)
{
    return m_http->post(u"/auth/forgot-password"_s,
                        HttpTestClient::json({{u"login"_s, login}, {u"service"_s, service}}),
                        {{"Accept-Language", language}}, "application/json");
}

RecoveryMail TestServerRecovery::requestCode(const QString& login, const QByteArray& language)
{
    const int before = int(m_sink.messages().size());
    if (forgot(login, u"mail"_s, language).status != 200)
        return RecoveryMail({});
    return waitForMail(before, login, true);
}

RecoveryMail TestServerRecovery::waitForMail(int before, const QString& login, bool withCode)
{
    const QByteArray to = login.toLatin1() + "@example.org";
    return RecoveryMail::waitFor(m_sink, before,
                                 [&](const RecoveryMail& mail) {
                                     return mail.header("To") == to && mail.linkCode().isEmpty() != withCode;
                                 })
        .value_or(RecoveryMail({}));
}

HttpTestClient::Reply TestServerRecovery::reset(const HttpTestClient::Fields& fields,
                                                const HttpTestClient::Headers& headers)
{
    return m_http->post(u"/auth/reset"_s, HttpTestClient::form(fields), headers);
}

HttpTestClient::Reply
TestServerRecovery::resetWithCode(const QString& login, const QString& code, const QString& password)
{
    return reset(
        {{u"login"_s, login}, {u"resetCode"_s, code}, {u"password"_s, password}, {u"confirmPassword"_s, password}});
}

bool TestServerRecovery::matches(const QString& login, const QString& code)
{
    const auto reply =
        m_http->post(u"/auth/reset/match"_s, HttpTestClient::json({{u"login"_s, login}, {u"password"_s, code}}), {},
                     "application/json");
    return reply.status == 200 && reply.json().value(u"match"_s).toBool();
}

HttpTestClient::Reply TestServerRecovery::login(const QString& login, const QString& password)
{
    return m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
}

HttpTestClient::Reply TestServerRecovery::token(const QString& login, const QString& password)
{
    return m_http->passwordGrant(u"kiosk"_s, m_clientSecret, login, password, u"userinfo auth"_s);
}

QList<RecoveryMail> TestServerRecovery::mailsAfterBarrier(int before)
{
    const QString barrier = u"barrier.pupil%1"_s.arg(m_barriers++);
    if (forgot(barrier).status != 200)
        return {};
    return RecoveryMail::throughBarrier(m_sink, before, barrier.toLatin1() + "@example.org");
}

void TestServerRecovery::channelsSayWhetherSmsExists()
{
    const auto reply = m_http->get(u"/auth/password-channels"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QCOMPARE(reply.body, R"({"mobile":false})");
}

void TestServerRecovery::forgotPasswordChecksItsFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("answer");
    const QByteArray invalidLogin = R"({"error":"invalid.login"})";
    const QByteArray invalidService = R"({"error":"invalid.service"})";
    QTest::newRow("no login") << QByteArray(R"({"service":"mail"})") << invalidLogin;
    QTest::newRow("blank login") << QByteArray(R"({"login":"  ","service":"mail"})") << invalidLogin;
    QTest::newRow("login not a string") << QByteArray(R"({"login":42,"service":"mail"})") << invalidLogin;
    QTest::newRow("no service") << QByteArray(R"({"login":"adele.adams"})") << invalidLogin;
    QTest::newRow("blank service") << QByteArray(R"({"login":"adele.adams","service":""})") << invalidLogin;
    for (const char* login : {"adele.adams", "nobody.at-all", "not.activated", "blocked.pupil"}) {
        QTest::addRow("sms, %s", login) << QByteArray(R"({"login":")" + QByteArray(login) + R"(","service":"sms"})")
                                        << invalidService;
        QTest::addRow("mobile without gateway, %s", login)
            << QByteArray(R"({"login":")" + QByteArray(login) + R"(","service":"mobile"})") << invalidService;
    }
}

void TestServerRecovery::forgotPasswordChecksItsFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, answer);
    const int before = int(m_sink.messages().size());
    const auto reply = m_http->post(u"/auth/forgot-password"_s, body, {}, "application/json");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, answer);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QCOMPARE(int(m_sink.messages().size()), before);
}

void TestServerRecovery::answerIsTheSameForEveryAccount()
{
    const int before = int(m_sink.messages().size());
    QList<HttpTestClient::Reply> replies;
    for (const QString& login : {u"uniform.valid"_s, u"nobody.at-all"_s, u"not.activated"_s, u"blocked.pupil"_s,
                                 u"no.mail"_s, u"UNIFORM.VALID"_s})
        replies.append(forgot(login));
    for (const HttpTestClient::Reply& reply : replies) {
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "{}");
        QCOMPARE(reply.header("Content-Type"), "application/json");
        QCOMPARE(reply.header("Cache-Control"), "no-store");
        QVERIFY(reply.header("Set-Cookie").isEmpty());
        QList<QByteArray> names;
        for (const auto& header : reply.headers)
            names.append(header.first.toLower());
        QList<QByteArray> first;
        for (const auto& header : replies.first().headers)
            first.append(header.first.toLower());
        QCOMPARE(names, first);
    }
    // Only the valid account was sent something; the bad-JSON answer keeps ENT Core's shape.
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 2);
    QCOMPARE(mails.at(0).header("To"), "uniform.valid@example.org");
    QVERIFY(mails.at(1).header("To").startsWith("barrier.pupil"));
    const auto bad = m_http->post(u"/auth/forgot-password"_s, "{not json", {}, "application/json");
    QCOMPARE(bad.status, 400);
    QVERIFY(!bad.json().value(u"error"_s).toString().isEmpty());
}

void TestServerRecovery::frenchMailCarriesTheLinkAndTheCode()
{
    // The link comes from public_url, whatever Host the request named.
    const int before = int(m_sink.messages().size());
    const auto reply = m_http->post(
        u"/auth/forgot-password"_s, HttpTestClient::json({{u"login"_s, u"adele.adams"_s}, {u"service"_s, u"mail"_s}}),
        {{"Accept-Language", "fr-FR,fr;q=0.9"}, {"Host", "evil.example"}, {"X-Forwarded-Host", "evil.example"}},
        "application/json");
    QCOMPARE(reply.status, 200);
    const RecoveryMail mail = waitForMail(before, u"adele.adams"_s, true);

    QCOMPARE(mail.headerNames(), (QList<QByteArray>{"From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                                    "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted"}));
    QCOMPARE(mail.header("From"), "=?UTF-8?B?RU5UIExFTw==?= <noreply@ent.leo.test>");
    QCOMPARE(mail.header("To"), "adele.adams@example.org");
    QCOMPARE(mail.subject(), u"Réinitialisation mot de passe - ENT LEO"_s);
    QVERIFY(mail.header("Subject").startsWith("=?UTF-8?B?"));
    QVERIFY(QRegularExpression(u"^[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000$"_s)
                .match(QString::fromLatin1(mail.header("Date")))
                .hasMatch());
    QVERIFY(QRegularExpression(u"^<[0-9a-f-]{36}@ent\\.leo\\.test>$"_s)
                .match(QString::fromLatin1(mail.header("Message-ID")))
                .hasMatch());
    QCOMPARE(mail.header("MIME-Version"), "1.0");
    QCOMPARE(mail.header("Content-Type"), "text/plain; charset=UTF-8");
    QCOMPARE(mail.header("Content-Transfer-Encoding"), "quoted-printable");

    const QString body = mail.body();
    QVERIFY(body.startsWith(u"Bonjour,\n\n"_s));
    QVERIFY(body.contains(u"Pour procéder à cette réinitialisation, veuillez cliquer sur le lien ci-dessous :\n"_s));
    QVERIFY(body.contains(u"Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet email."_s));
    QVERIFY(body.contains(u"À la borne du CDI, saisissez votre identifiant et ce code : "_s));
    QVERIFY2(QRegularExpression(u"^https://ent\\.leo\\.test/auth/reset/[a-hjkmnprstv-z3-9]{8}$"_s)
                 .match(mail.link())
                 .hasMatch(),
             qPrintable(mail.link()));
    QCOMPARE(mail.typedCode(), mail.linkCode());
    QVERIFY(matches(u"adele.adams"_s, mail.linkCode()));
    // A new request replaces the code: only the newest one is valid.
    const RecoveryMail newer = requestCode(u"adele.adams"_s);
    QVERIFY(newer.linkCode() != mail.linkCode());
    QVERIFY(matches(u"adele.adams"_s, newer.linkCode()));
    QVERIFY(!matches(u"adele.adams"_s, mail.linkCode()));
}

void TestServerRecovery::englishMailFollowsAcceptLanguage()
{
    const RecoveryMail mail = requestCode(u"bob.english"_s, "en-GB,en;q=0.8");
    QCOMPARE(mail.subject(), u"Password reset - ENT LEO"_s);
    const QString body = mail.body();
    QVERIFY(body.startsWith(u"Hello,\n\n"_s));
    QVERIFY(body.contains(u"If you did not make this request, you can ignore this email."_s));
    QVERIFY(body.contains(u"type your login and this code: "_s));
    QVERIFY(mail.link().startsWith(at(u"/auth/reset/"_s)));
    QCOMPARE(mail.typedCode(), mail.linkCode());
    QVERIFY(matches(u"bob.english"_s, mail.typedCode()));
}

void TestServerRecovery::mailedCodeCompletesTheReset()
{
    // Adèle is signed in elsewhere (a browser session and an OAuth2 token) before she resets her password.
    const auto signedIn = login(u"adele.adams"_s, u"Adele-2024"_s);
    QCOMPARE(signedIn.status, 302);
    const HttpTestClient::Headers session = {{"Cookie", "oneSessionId=" + signedIn.cookieValue("oneSessionId")}};
    const auto issued = token(u"adele.adams"_s, u"Adele-2024"_s);
    QCOMPARE(issued.status, 200);
    const HttpTestClient::Headers bearer = {
        {"Authorization", "Bearer " + issued.json().value(u"access_token"_s).toString().toLatin1()}};
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, session).status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer).status, 200);

    const RecoveryMail mail = requestCode(u"adele.adams"_s);
    const QString code = mail.typedCode();
    QVERIFY(matches(u"adele.adams"_s, code));
    const int before = int(m_sink.messages().size());
    const auto done = resetWithCode(u"adele.adams"_s, code, u"Nouveau-2025"_s);
    QCOMPARE(done.status, 302);
    QCOMPARE(QString::fromUtf8(done.header("Location")), at(u"/auth/login"_s));
    QVERIFY(done.setCookie("oneSessionId").startsWith("oneSessionId=; Max-Age=0; "));
    QVERIFY(done.setCookie("authenticated").startsWith("authenticated=; Max-Age=0; "));

    QCOMPARE(login(u"adele.adams"_s, u"Nouveau-2025"_s).status, 302);
    QCOMPARE(login(u"adele.adams"_s, u"Adele-2024"_s).status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, session).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer).status, 302);
    const auto refreshed =
        m_http->post(u"/auth/oauth2/token"_s,
                     HttpTestClient::form({{u"grant_type"_s, u"refresh_token"_s},
                                           {u"client_id"_s, u"kiosk"_s},
                                           {u"client_secret"_s, m_clientSecret},
                                           {u"refresh_token"_s, issued.json().value(u"refresh_token"_s).toString()}}));
    QCOMPARE(refreshed.status, 401);

    const RecoveryMail changed = waitForMail(before, u"adele.adams"_s, false);
    QCOMPARE(changed.header("To"), "adele.adams@example.org");
    QCOMPARE(changed.subject(), u"Mot de passe modifié - ENT LEO"_s);
    QVERIFY(changed.body().contains(u"vient d'être modifié"_s));

    // Single use.
    QVERIFY(!matches(u"adele.adams"_s, code));
    const auto again = resetWithCode(u"adele.adams"_s, code, u"Encore-2026"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"error"_s).toObject().value(u"message"_s).toString(), resetErrorFr);
}

void TestServerRecovery::fiveWrongTriesBurnTheCode()
{
    const QString code = requestCode(u"burn.target"_s).typedCode();
    QVERIFY(!code.isEmpty());
    QVERIFY(!matches(u"burn.target"_s, u"aaaaaaaa"_s));                                    // 1
    QVERIFY(!matches(u"burn.target"_s, u"bbbbbbbb"_s));                                    // 2
    QVERIFY(matches(u"burn.target"_s, code));                                              // right: not a wrong try
    QCOMPARE(resetWithCode(u"burn.target"_s, u"cccccccc"_s, u"Burnt-2025"_s).status, 200); // 3
    QCOMPARE(resetWithCode(u"burn.target"_s, u"dddddddd"_s, u"Burnt-2025"_s).status, 200); // 4
    QVERIFY(!matches(u"burn.target"_s, u"eeeeeeee"_s));                                    // 5: burnt
    QVERIFY(!matches(u"burn.target"_s, code));
    const auto late = resetWithCode(u"burn.target"_s, code, u"Burnt-2025"_s);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.json().value(u"error"_s).toObject().value(u"message"_s).toString(), resetErrorFr);
    QCOMPARE(login(u"burn.target"_s, u"Burn-2024"_s).status, 302); // the password did not change
}

void TestServerRecovery::formErrorsAreRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<bool>("withLogin");
    QTest::newRow("mismatch") << u"Nouveau-2025"_s << u"Nouveau-2026"_s << true;
    QTest::newRow("too short") << u"abc123"_s << u"abc123"_s << true;
    QTest::newRow("no digit") << u"seulementdeslettres"_s << u"seulementdeslettres"_s << true;
    QTest::newRow("no letter") << u"1234567890"_s << u"1234567890"_s << true;
    QTest::newRow("blank") << u"          "_s << u"          "_s << true;
    QTest::newRow("no login") << u"Nouveau-2025"_s << u"Nouveau-2025"_s << false;
}

void TestServerRecovery::formErrorsAreRefused()
{
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(bool, withLogin);
    if (m_formCode.isEmpty())
        m_formCode = requestCode(u"form.target"_s).typedCode();
    const QString code = m_formCode;
    HttpTestClient::Fields fields = {
        {u"resetCode"_s, code}, {u"password"_s, password}, {u"confirmPassword"_s, confirmation}};
    if (withLogin)
        fields.append({u"login"_s, u"form.target"_s});
    const auto refused = reset(fields);
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.header("Content-Type"), "application/json");
    QCOMPARE(refused.body, QByteArray(R"({"error":{"message":")" + invalidArgumentFr.toUtf8() + R"("},"resetCode":")" +
                                      code.toUtf8() + R"("})"));
    const auto english = reset(fields, {{"Accept-Language", "en"}});
    QCOMPARE(english.json().value(u"error"_s).toObject().value(u"message"_s).toString(), u"Form errors"_s);
    QVERIFY(matches(u"form.target"_s, code)); // not consumed, and no try counted
}

void TestServerRecovery::badCodesAreRefusedAlike()
{
    // Unknown login, wrong code, malformed code: one answer, byte for byte.
    const auto unknown = resetWithCode(u"nobody.at-all"_s, u"k7m3pq9x"_s, u"Nouveau-2025"_s);
    const auto wrong = resetWithCode(u"page.target"_s, u"k7m3pq9x"_s, u"Nouveau-2025"_s);
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.body, wrong.body);
    QCOMPARE(unknown.json().value(u"resetCode"_s).toString(), u"k7m3pq9x"_s);
    const auto missing = reset({{u"login"_s, u"page.target"_s},
                                {u"password"_s, u"Nouveau-2025"_s},
                                {u"confirmPassword"_s, u"Nouveau-2025"_s}});
    QCOMPARE(missing.body, QByteArray(R"({"error":{"message":")" + invalidArgumentFr.toUtf8() + R"("}})"));
    const auto badJson = m_http->post(u"/auth/reset/match"_s, "[1,2", {}, "application/json");
    QCOMPARE(badJson.status, 400);
    QVERIFY(badJson.json().contains(u"error"_s));
    QVERIFY(!matches(u"nobody.at-all"_s, u"k7m3pq9x"_s));
}

void TestServerRecovery::reusedPasswordIsRefused()
{
    QString code = requestCode(u"history.target"_s).typedCode();
    const auto current = resetWithCode(u"history.target"_s, code, u"History-2024"_s);
    QCOMPARE(current.status, 200);
    QCOMPARE(current.json().value(u"error"_s).toObject().value(u"message"_s).toString(), resetErrorFr);
    QCOMPARE(resetWithCode(u"history.target"_s, code, u"History-2025"_s).status, 302);

    code = requestCode(u"history.target"_s).typedCode();
    QCOMPARE(resetWithCode(u"history.target"_s, code, u"History-2024"_s).status, 200); // an older one
    QCOMPARE(resetWithCode(u"history.target"_s, code, u"History-2025"_s).status, 200); // the current one
    QCOMPARE(resetWithCode(u"history.target"_s, code, u"History-2026"_s).status, 302);
    QCOMPARE(login(u"history.target"_s, u"History-2026"_s).status, 302);
}

void TestServerRecovery::requestLimitGivesTheSameAnswerAndSendsNothing()
{
    // login_max_requests is 3 per 15 minutes (the default).
    const int before = int(m_sink.messages().size());
    QList<QByteArray> bodies;
    for (int i = 0; i < 5; ++i) {
        const auto reply = forgot(u"limit.target"_s);
        QCOMPARE(reply.status, 200);
        bodies.append(reply.body);
    }
    QCOMPARE(bodies, QList<QByteArray>(5, "{}"));
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(mails.at(i).header("To"), "limit.target@example.org");
    QVERIFY(mails.at(3).header("To").startsWith("barrier.pupil"));
}

void TestServerRecovery::headerInjectionChangesNoHeader()
{
    const int before = int(m_sink.messages().size());
    const QStringList logins = {u"page.target\r\nBcc: evil@example.org"_s, u"page.target\nBcc: evil@example.org"_s,
                                u"page.target%0d%0aBcc:%20evil@example.org"_s, u"page.target\r\n\r\nbody"_s,
                                QString(8000, u'x') + u"\r\nBcc: evil@example.org"_s};
    for (const QString& login : logins) {
        const auto reply = forgot(login);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "{}");
        QCOMPARE(resetWithCode(login, u"k7m3pq9x"_s, u"Nouveau-2025"_s).status, 200);
    }
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 1);
    const QList<QByteArray> expected = {"From",          "To",           "Subject",      "Date",
                                        "Message-ID",    "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
                                        "Auto-Submitted"};
    for (const QByteArray& raw : m_sink.messages()) {
        const RecoveryMail mail(raw);
        QCOMPARE(mail.headerNames(), expected);
        QVERIFY(!raw.contains("evil@example.org"));
    }
}

void TestServerRecovery::storedAddressCannotCarryAHeader()
{
    const auto result =
        m_server.run({u"users"_s, u"set-email"_s, u"page.target"_s, u"x@example.org\r\nBcc: y@z.org"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("not valid"));
}

void TestServerRecovery::loginFormSendsACodeToTheResetPage()
{
    const QString code = requestCode(u"shortcut.target"_s).typedCode();
    const auto shortcut = login(u"shortcut.target"_s, code);
    QCOMPARE(shortcut.status, 302);
    QCOMPARE(QString::fromUtf8(shortcut.header("Location")),
             at(u"/auth/reset/"_s + code + u"?login=shortcut.target"_s));
    QVERIFY(shortcut.header("Set-Cookie").isEmpty());
    // As typed from the e-mail: grouped, in capitals.
    const QString typed = (code.left(4) + u'-' + code.mid(4)).toUpper();
    QCOMPARE(QString::fromUtf8(login(u"shortcut.target"_s, typed).header("Location")),
             at(u"/auth/reset/"_s + code + u"?login=shortcut.target"_s));
    // Not a code: the ordinary refusal.
    QCOMPARE(login(u"shortcut.target"_s, u"k7m3pq9x"_s).status, 200);
}

void TestServerRecovery::loginFormShortcutDoesNotBypassTheBan()
{
    const QString code = requestCode(u"shortcut.banned"_s).typedCode();
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(login(u"shortcut.banned"_s, u"wrong-guess-%1"_s.arg(i)).status, 200);
    const auto banned = login(u"shortcut.banned"_s, code);
    QCOMPARE(banned.status, 200);
    QVERIFY(QString::fromUtf8(banned.body).contains(banFr));
    QCOMPARE(token(u"shortcut.banned"_s, code).status, 401);
    QVERIFY(matches(u"shortcut.banned"_s, code)); // the code itself is still there for the reset page
}

void TestServerRecovery::oauthRefusesACodeWith403()
{
    const QString code = requestCode(u"oauth.target"_s).typedCode();
    const auto refused = token(u"oauth.target"_s, code);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body, R"({"error":"access_denied","error_description":"auth.error.password.reset"})");
    const auto wrong = token(u"oauth.target"_s, u"k7m3pq9x"_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json().value(u"error_description"_s).toString(), u"auth.error.authenticationFailed"_s);
    QCOMPARE(token(u"oauth.target"_s, u"Oauth-2024"_s).status, 200);
}

void TestServerRecovery::currentPasswordVariant()
{
    const auto same = reset({{u"login"_s, u"change.target"_s},
                             {u"oldPassword"_s, u"Change-2024"_s},
                             {u"password"_s, u"Change-2024"_s},
                             {u"confirmPassword"_s, u"Change-2024"_s}});
    QCOMPARE(same.json().value(u"error"_s).toObject().value(u"message"_s).toString(), invalidArgumentFr);
    QVERIFY(!same.json().contains(u"resetCode"_s));
    const auto wrong = reset({{u"login"_s, u"change.target"_s},
                              {u"oldPassword"_s, u"Not-it-2024"_s},
                              {u"password"_s, u"Change-2025"_s},
                              {u"confirmPassword"_s, u"Change-2025"_s}});
    QCOMPARE(wrong.json().value(u"error"_s).toObject().value(u"message"_s).toString(), resetErrorFr);
    const int before = int(m_sink.messages().size());
    const auto done = reset({{u"login"_s, u"change.target"_s},
                             {u"oldPassword"_s, u"Change-2024"_s},
                             {u"password"_s, u"Change-2025"_s},
                             {u"confirmPassword"_s, u"Change-2025"_s},
                             {u"callback"_s, u"/userbook/mon-compte"_s}});
    QCOMPARE(done.status, 302);
    QCOMPARE(QString::fromUtf8(done.header("Location")), at(u"/userbook/mon-compte"_s));
    QCOMPARE(login(u"change.target"_s, u"Change-2025"_s).status, 302);
    QCOMPARE(waitForMail(before, u"change.target"_s, false).subject(), u"Mot de passe modifié - ENT LEO"_s);
}

void TestServerRecovery::wrongCurrentPasswordsCountTowardsTheBan()
{
    for (int i = 1; i <= 5; ++i) {
        const auto wrong = reset({{u"login"_s, u"oldban.target"_s},
                                  {u"oldPassword"_s, u"Guess-%1-2024"_s.arg(i)},
                                  {u"password"_s, u"Oldban-2025"_s},
                                  {u"confirmPassword"_s, u"Oldban-2025"_s}});
        QCOMPARE(wrong.json().value(u"error"_s).toObject().value(u"message"_s).toString(), resetErrorFr);
    }
    const auto banned = reset({{u"login"_s, u"oldban.target"_s},
                               {u"oldPassword"_s, u"Oldban-2024"_s},
                               {u"password"_s, u"Oldban-2025"_s},
                               {u"confirmPassword"_s, u"Oldban-2025"_s}});
    QCOMPARE(banned.json().value(u"error"_s).toObject().value(u"message"_s).toString(), banFr);
    QVERIFY(QString::fromUtf8(login(u"oldban.target"_s, u"Oldban-2024"_s).body).contains(banFr));
}

void TestServerRecovery::forcedChangeEndsEverySession()
{
    const auto signedIn = login(u"forced.target"_s, u"Forced-2024"_s);
    QCOMPARE(signedIn.status, 302);
    const HttpTestClient::Headers session = {{"Cookie", "oneSessionId=" + signedIn.cookieValue("oneSessionId")}};
    const auto done = reset({{u"login"_s, u"forced.target"_s},
                             {u"oldPassword"_s, u"Forced-2024"_s},
                             {u"password"_s, u"Forced-2025"_s},
                             {u"confirmPassword"_s, u"Forced-2025"_s},
                             {u"forceChange"_s, u"force"_s},
                             {u"callback"_s, u"/timeline"_s}},
                            session);
    QCOMPARE(done.status, 302);
    QCOMPARE(QString::fromUtf8(done.header("Location")), at(u"/auth/login"_s));
    QVERIFY(done.setCookie("oneSessionId").startsWith("oneSessionId=; Max-Age=0; "));
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, session).status, 302);
}

void TestServerRecovery::resetPageIsSafeAccessibleHtml()
{
    const auto page = m_http->get(u"/auth/reset/k7m3pq9x?login=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22"_s);
    QCOMPARE(page.status, 200); // the code is not checked by GET, as in ENT Core
    QCOMPARE(page.header("Content-Type"), "text/html; charset=utf-8");
    QCOMPARE(page.header("Cache-Control"), "no-store");
    QCOMPARE(page.header("Referrer-Policy"), "no-referrer");
    QVERIFY(page.header("Content-Security-Policy").startsWith("default-src 'none'; style-src 'sha256-"));
    QVERIFY(page.header("Content-Security-Policy").contains("form-action 'self'"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<html lang=\"fr\">"_s));
    QVERIFY(html.contains(u"<label for=\"login\">Identifiant</label>"_s));
    QVERIFY(html.contains(u"<label for=\"password\">Nouveau mot de passe</label>"_s));
    QVERIFY(html.contains(u"<label for=\"confirmPassword\">Confirmation</label>"_s));
    QVERIFY(html.contains(u"<button type=\"submit\">RÉINITIALISER</button>"_s));
    QVERIFY(html.contains(u"au moins 8 caractères, dont au moins une lettre et un chiffre"_s));
    QVERIFY(html.contains(u"<form method=\"post\" action=\"/auth/reset\">"_s));
    QVERIFY(html.contains(u"name=\"resetCode\" value=\"k7m3pq9x\""_s));
    QVERIFY(html.contains(u"value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\""_s));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"src="_s));
    QVERIFY(!html.contains(u"http"_s));

    const auto hostile = m_http->get(u"/auth/reset/%22%3E%3Cimg%20src%3Dx%3E"_s, {{"Accept-Language", "en"}});
    const QString english = QString::fromUtf8(hostile.body);
    QVERIFY(!english.contains(u"<img"_s));
    QVERIFY(english.contains(u"value=\"&quot;&gt;&lt;img src&#61;x&gt;\""_s));
    QVERIFY(english.contains(u"<label for=\"password\">New password</label>"_s));
    QVERIFY(english.contains(u">RESET</button>"_s));

    const auto current = m_http->get(u"/auth/reset/forceChangePassword"_s);
    QVERIFY(QString::fromUtf8(current.body).contains(u"name=\"oldPassword\""_s));
    QVERIFY(QString::fromUtf8(current.body).contains(u"name=\"forceChange\" value=\"force\""_s));

    const auto notice = m_http->get(u"/auth/login?passwordChanged=1"_s);
    QVERIFY(QString::fromUtf8(notice.body).contains(u"<p role=\"status\">Votre mot de passe a été modifié."_s));
}

void TestServerRecovery::resetPageShowsRefusalsAsThePage()
{
    const auto refused = reset({{u"login"_s, u"page.target"_s},
                                {u"resetCode"_s, u"k7m3pq9x"_s},
                                {u"password"_s, u"Nouveau-2025"_s},
                                {u"confirmPassword"_s, u"Autre-2025"_s},
                                {u"view"_s, u"page"_s}});
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.header("Content-Type"), "text/html; charset=utf-8");
    const QString html = QString::fromUtf8(refused.body);
    QVERIFY(html.contains(u"<p role=\"alert\" id=\"error\">Le formulaire contient des erreurs."_s));
    QVERIFY(html.contains(u"aria-describedby=\"error rule\""_s));
    QVERIFY(html.contains(u"name=\"login\" value=\"page.target\""_s));
}

QTEST_GUILESS_MAIN(TestServerRecovery)
#include "tst_serverrecovery.moc"
