// Lost identifier, staff renewal codes and account activation on the real leo-ent-server (ENT protocol §3.2, §3.4,
// ENT protocol §3.9, §3.15, §6, §8), every e-mail going through a real SMTP relay (SmtpSink): the identifier mailed for
// one match, the schools to choose from for several, nothing told or sent otherwise; a renewal code made by a staff
// member of the pupil's school completing a reset, refused to anyone else; the activation code checked, shown as the
// activation page on the login form, refused by the password grant, and completing the activation once.
#include "support/HttpTestClient.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <utility>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QString publicUrl = u"https://ent.leo.test"_s;
const QString julesVerne = u"Lycée Jules Verne"_s;
const QString condorcet = u"Lycée Condorcet"_s;
const QString mismatchFr = u"Les deux mots de passe doivent être identiques."_s;
const QString formatFr = u"Le mot de passe ne respecte pas les contraintes de sécurité."_s;
const QString badCodeFr = u"Le code d'activation est incorrect, ou le compte est déjà activé."_s;

ReferenceServer::Account person(const QString& login,
                                const QString& firstName,
                                const QString& profile,
                                const QString& school,
                                const QString& email,
                                const QByteArray& password,
                                const QString& mobile = {},
                                const QString& classes = {})
{
    return {login, firstName, login.section(u'.', 1), profile, school, classes, email, mobile, password};
}

// Every pupil of these tests is in 2nde 3 of Lycée Jules Verne.
ReferenceServer::Account pupil(const QString& login, const QByteArray& password, const QString& email = {})
{
    return person(login, login.section(u'.', 0, 0), u"Student"_s, julesVerne,
                  email.isEmpty() ? login + u"@example.org"_s : email, password, {}, u"2nde 3"_s);
}

QString errorMessage(const HttpTestClient::Reply& reply)
{
    return reply.json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

QString plain(const QString& groupedCode)
{
    return QString(groupedCode).remove(u'-');
}

} // namespace

class TestServerActivation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forgotIdChecksItsFields_data();
    void forgotIdChecksItsFields();
    void forgotIdMailsTheLoginOfOneMatch();
    void forgotIdAsksForTheSchoolOfSeveral();
    void forgotIdNarrowsWithinOneSchool();
    void forgotIdTellsNothingOtherwise();
    void forgotIdIsLimitedPerAddress();
    void staffRenewalCodeCompletesAReset();
    void staffRenewalCodeByBearerToken();
    void renewalCodeIsRefusedToOthers();
    void classUsersFollowTheResourceRule();
    void activationMatchCountsWrongTries();
    void loginFormAnswersTheActivationPage();
    void passwordGrantRefusesAnActivationCode();
    void activationNamesEveryProblem();
    void activationSignsInOnce();
    void activationWithoutAutoLogin();
    void activationPageWithoutScript();
    void termsAreShownAsPageAndJson();
    void cliActivationCodes();
    void demoHasAPupilToActivateAndStaff();

private:
    HttpTestClient::Reply forgotId(const QString& mail,
                                   const QString& firstName = {},
                                   const QString& structureId = {},
                                   const QByteArray& language = "fr",
                                   const QString& service = u"mail"_s);
    HttpTestClient::Reply signIn(const QString& login, const QString& password);
    HttpTestClient::Reply token(const QString& login, const QString& password);
    HttpTestClient::Reply activate(const HttpTestClient::Fields& fields, const QByteArray& language = "fr");
    bool matches(const char* path, const QString& login, const QString& code);
    // Asks for the identifier of one more address and waits for its e-mail: the relay receives messages in the order
    // they were queued, so every message an earlier request queued has then arrived.
    QList<RecoveryMail> mailsAfterBarrier(int before);
    QString at(const QString& path) const { return publicUrl + path; }

    SmtpSink m_sink;
    ReferenceServer m_server;
    QString m_clientSecret;
    QHash<QString, QString> m_codes; // activation codes, as printed
    int m_barriers = 0;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerActivation::initTestCase()
{
    QVERIFY2(m_sink.start(), qPrintable(m_sink.lastError()));
    m_server.setConfig(u"server"_s, u"public_url"_s, publicUrl);
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    m_server.setConfig(u"mail"_s, u"from"_s, u"noreply@ent.leo.test"_s);

    const QString martins = u"martin.family@example.org"_s;
    const QString duponts = u"dupont.family@example.org"_s;
    QList<ReferenceServer::Account> accounts = {
        pupil(u"adele.adams"_s, "Adele-2024"),
        person(u"lucas.martin"_s, u"Lucas"_s, u"Student"_s, julesVerne, martins, "Lucas-2024"),
        person(u"lea.martin"_s, u"Léa"_s, u"Student"_s, condorcet, martins, "Lea-2024"),
        person(u"jean-noel.dupont"_s, u"Jean-Noël"_s, u"Student"_s, julesVerne, duponts, "JeanNoel-2024"),
        person(u"marie-helene.dupont"_s, u"Marie-Hélène"_s, u"Student"_s, julesVerne, duponts, "Marie-2024"),
        person(u"marie-helene.dupont2"_s, u"Marie Hélène"_s, u"Student"_s, julesVerne, duponts, "Marie-2025"),
        pupil(u"pending.pupil"_s, {}),
        pupil(u"blocked.pupil"_s, "Blocked-2024"),
        pupil(u"no.password"_s, {}),
        pupil(u"limit.pupil"_s, "Limit-2024"),
        person(u"helene.durand"_s, u"Hélène"_s, u"Teacher"_s, julesVerne, {}, "Helene-2024", {}, u"1re 2;2nde 3"_s),
        person(u"yasmine.benali"_s, u"Yasmine"_s, u"Personnel"_s, julesVerne, {}, "Yasmine-2024", {}, u"2nde 3"_s),
        person(u"francois.petit"_s, u"François"_s, u"Teacher"_s, condorcet, {}, "Francois-2024", {}, u"2nde 3"_s),
        person(u"other.teacher"_s, u"Other"_s, u"Teacher"_s, julesVerne, {}, "Other-2024", {}, u"1re 2"_s),
        person(u"no.class"_s, u"No"_s, u"Teacher"_s, julesVerne, {}, "NoClass-2024"),
        person(u"adml.verne"_s, u"Adml"_s, u"Personnel"_s, julesVerne, {}, "Adml-2024"),
        person(u"class.mate"_s, u"Class"_s, u"Student"_s, julesVerne, {}, "Mate-2024", {}, u"1re 2"_s),
        pupil(u"renew.target"_s, "Renew-2024"),
        pupil(u"bearer.target"_s, "Bearer-2024"),
        person(u"ines.bernard"_s, u"Inès"_s, u"Student"_s, condorcet, {}, "Ines-2024"),
        person(u"act.page"_s, u"Act"_s, u"Student"_s, julesVerne, u"act.page@example.org"_s, {}, u"0611223344"_s),
        pupil(u"act.oauth"_s, {}),
        pupil(u"act.form"_s, {}),
        pupil(u"act.burn"_s, {}),
        pupil(u"act.done"_s, {}),
        pupil(u"act.nopage"_s, {}),
    };
    for (int i = 0; i < 6; ++i)
        accounts.append(pupil(u"barrier.pupil%1"_s.arg(i), "Barrier-2024"));
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setBlocked(u"blocked.pupil"_s, true), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setFlag(u"adml.verne"_s, u"admin-local"_s, true), qPrintable(m_server.lastError()));
    for (const QString& login : {u"pending.pupil"_s, u"act.page"_s, u"act.oauth"_s, u"act.form"_s, u"act.burn"_s,
                                 u"act.done"_s, u"act.nopage"_s}) {
        const QString code = m_server.newActivationCode(login);
        QVERIFY2(QRegularExpression(u"^[a-hjkmnprstv-z3-9]{4}-[a-hjkmnprstv-z3-9]{4}$"_s).match(code).hasMatch(),
                 qPrintable(m_server.lastError()));
        m_codes.insert(login, code);
    }
    m_clientSecret = m_server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
    QVERIFY2(!m_clientSecret.isEmpty(), qPrintable(m_server.lastError()));
    const QUrl base = m_server.start();
    QVERIFY2(base.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(base);
}

HttpTestClient::Reply TestServerActivation::forgotId(const QString& mail,
                                                     const QString& firstName,
                                                     const QString& structureId,
                                                     const QByteArray& language,
                                                     const QString& service)
{
    QJsonObject body{{u"mail"_s, mail}, {u"service"_s, service}};
    if (!firstName.isEmpty())
        body.insert(u"firstName"_s, firstName);
    if (!structureId.isEmpty())
        body.insert(u"structureId"_s, structureId);
    return m_http->post(u"/auth/forgot-id"_s, HttpTestClient::json(body), {{"Accept-Language", language}},
                        "application/json");
}

HttpTestClient::Reply TestServerActivation::signIn(const QString& login, const QString& password)
{
    return m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
}

HttpTestClient::Reply TestServerActivation::token(const QString& login, const QString& password)
{
    return m_http->passwordGrant(u"kiosk"_s, m_clientSecret, login, password, u"userinfo auth"_s);
}

HttpTestClient::Reply TestServerActivation::activate(const HttpTestClient::Fields& fields, const QByteArray& language)
{
    return m_http->post(u"/auth/activation"_s, HttpTestClient::form(fields), {{"Accept-Language", language}});
}

bool TestServerActivation::matches(const char* path, const QString& login, const QString& code)
{
    const auto reply =
        m_http->post(QString::fromLatin1(path), HttpTestClient::json({{u"login"_s, login}, {u"password"_s, code}}), {},
                     "application/json");
    return reply.status == 200 && reply.json().value(u"match"_s).toBool();
}

QList<RecoveryMail> TestServerActivation::mailsAfterBarrier(int before)
{
    const QString barrier = u"barrier.pupil%1@example.org"_s.arg(m_barriers++);
    if (forgotId(barrier).status != 200)
        return {};
    return RecoveryMail::throughBarrier(m_sink, before, barrier.toLatin1());
}

void TestServerActivation::forgotIdChecksItsFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("no mail") << QByteArray(R"({"service":"mail"})") << QByteArray();
    QTest::newRow("blank mail") << QByteArray(R"({"mail":"  ","service":"mail"})") << QByteArray();
    QTest::newRow("mail not a string") << QByteArray(R"({"mail":42,"service":"mail"})") << QByteArray();
    for (const char* mail : {"adele.adams@example.org", "nobody@example.org"}) {
        QTest::addRow("no service, %s", mail)
            << QByteArray(R"({"mail":")" + QByteArray(mail) + R"("})") << QByteArray();
        QTest::addRow("sms, %s", mail) << QByteArray(R"({"mail":")" + QByteArray(mail) + R"(","service":"sms"})")
                                       << QByteArray();
        QTest::addRow("mobile without gateway, %s", mail)
            << QByteArray(R"({"mail":")" + QByteArray(mail) + R"(","service":"mobile"})") << QByteArray();
    }
}

void TestServerActivation::forgotIdChecksItsFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, answer);
    const int before = int(m_sink.messages().size());
    const auto reply = m_http->post(u"/auth/forgot-id"_s, body, {}, "application/json");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, answer);
    QVERIFY(reply.header("Content-Type").isEmpty());
    const auto bad = m_http->post(u"/auth/forgot-id"_s, "{not json", {}, "application/json");
    QCOMPARE(bad.status, 400);
    QVERIFY(!bad.json().value(u"error"_s).toString().isEmpty());
    QCOMPARE(int(m_sink.messages().size()), before);
}

void TestServerActivation::forgotIdMailsTheLoginOfOneMatch()
{
    int before = int(m_sink.messages().size());
    // The address is compared lower-cased and trimmed.
    const auto reply = forgotId(u" Adele.ADAMS@example.org "_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, "{}");
    QCOMPARE(reply.header("Content-Type"), "application/json");
    const RecoveryMail mail = RecoveryMail::waitForMailTo(m_sink, before, "adele.adams@example.org");
    QCOMPARE(mail.header("From"), "=?UTF-8?B?RU5UIExFTw==?= <noreply@ent.leo.test>");
    QCOMPARE(mail.subject(), u"Rappel de votre identifiant de connexion - ENT LEO"_s);
    const QString body = mail.body();
    QVERIFY(body.startsWith(u"Bonjour,\n\n"_s));
    QVERIFY(body.contains(u"Vous avez demandé un rappel de votre identifiant de connexion"_s));
    QVERIFY(body.contains(u"Votre identifiant : adele.adams\n"_s));
    QVERIFY(mail.link().isEmpty()); // no link, no code: only the identifier

    before = int(m_sink.messages().size());
    QCOMPARE(forgotId(u"adele.adams@example.org"_s, {}, {}, "en-GB").status, 200);
    const RecoveryMail english = RecoveryMail::waitForMailTo(m_sink, before, "adele.adams@example.org");
    QCOMPARE(english.subject(), u"Your login reminder - ENT LEO"_s);
    QVERIFY(english.body().contains(u"Your login: adele.adams\n"_s));
}

void TestServerActivation::forgotIdAsksForTheSchoolOfSeveral()
{
    const int before = int(m_sink.messages().size());
    const auto ambiguous = forgotId(u"martin.family@example.org"_s);
    QCOMPARE(ambiguous.status, 200);
    const QJsonObject answer = ambiguous.json();
    QCOMPARE(answer.keys(), QStringList{u"structures"_s});
    const QJsonArray structures = answer.value(u"structures"_s).toArray();
    QCOMPARE(structures.size(), 2);
    QStringList names;
    QString condorcetId;
    for (const QJsonValue& value : structures) {
        const QJsonObject structure = value.toObject();
        QCOMPARE(structure.keys(), (QStringList{u"structureId"_s, u"structureName"_s}));
        QVERIFY(
            QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(structure.value(u"structureId"_s).toString()).hasMatch());
        names.append(structure.value(u"structureName"_s).toString());
        if (names.last() == condorcet)
            condorcetId = structure.value(u"structureId"_s).toString();
    }
    QCOMPARE(names, (QStringList{condorcet, julesVerne}));
    for (const char* leak : {"lucas.martin", "lea.martin", "login", "loginAlias", "activationCode", "mobile"})
        QVERIFY2(!ambiguous.body.contains(leak), leak);

    // The pupil gives her first name (as typed at a kiosk) and picks her school: her identifier is mailed.
    const auto answered = forgotId(u"martin.family@example.org"_s, u"lea"_s, condorcetId);
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.body, "{}");
    // A first name alone that leaves one account is enough, as in ENT Core.
    QCOMPARE(forgotId(u"martin.family@example.org"_s, u"Lucas"_s).body, "{}");
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 3);
    QCOMPARE(mails.at(0).header("To"), "martin.family@example.org");
    QVERIFY(mails.at(0).body().contains(u"Votre identifiant : lea.martin\n"_s));
    QVERIFY(!mails.at(0).body().contains(u"lucas.martin"_s));
    QCOMPARE(mails.at(1).header("To"), "martin.family@example.org");
    QVERIFY(mails.at(1).body().contains(u"Votre identifiant : lucas.martin\n"_s));
}

void TestServerActivation::forgotIdNarrowsWithinOneSchool()
{
    const int before = int(m_sink.messages().size());
    // Three accounts, one school: the school to choose from is the only one.
    const QJsonArray structures = forgotId(u"dupont.family@example.org"_s).json().value(u"structures"_s).toArray();
    QCOMPARE(structures.size(), 1);
    const QString school = structures.at(0).toObject().value(u"structureId"_s).toString();
    // Accents, spaces, hyphens, apostrophes and case do not matter in the first name.
    QCOMPARE(forgotId(u"dupont.family@example.org"_s, u"JEAN noel"_s, school).body, "{}");
    // Two Marie-Hélène in that school: still ambiguous, so nothing is told and nothing sent.
    QCOMPARE(forgotId(u"dupont.family@example.org"_s, u"marie'helene"_s, school).body, "{}");
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 2);
    QVERIFY(mails.at(0).body().contains(u"Votre identifiant : jean-noel.dupont\n"_s));
}

void TestServerActivation::forgotIdTellsNothingOtherwise()
{
    const int before = int(m_sink.messages().size());
    QList<HttpTestClient::Reply> replies;
    for (const QString& mail :
         {u"nobody.at-all@example.org"_s, u"pending.pupil@example.org"_s, u"blocked.pupil@example.org"_s,
          u"no.password@example.org"_s, u"adele.adams@example.org"_s})
        replies.append(forgotId(mail, mail.startsWith(u"adele"_s) ? u"Nobody"_s : QString()));
    for (const HttpTestClient::Reply& reply : replies) {
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "{}");
        QCOMPARE(reply.header("Content-Type"), "application/json");
        QVERIFY(reply.header("Set-Cookie").isEmpty());
    }
    // Nor does forgot-password tell anything for an account waiting for its activation.
    QCOMPARE(m_http
                 ->post(u"/auth/forgot-password"_s,
                        HttpTestClient::json({{u"login"_s, u"pending.pupil"_s}, {u"service"_s, u"mail"_s}}), {},
                        "application/json")
                 .body,
             "{}");
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 1);
    QVERIFY(mails.at(0).header("To").startsWith("barrier.pupil"));
}

void TestServerActivation::forgotIdIsLimitedPerAddress()
{
    // login_max_requests (3 per 15 minutes) applies per typed address, as per typed login on forgot-password.
    const int before = int(m_sink.messages().size());
    for (int i = 0; i < 5; ++i) {
        const auto reply = forgotId(i % 2 ? u"LIMIT.pupil@example.org"_s : u"limit.pupil@example.org"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "{}");
    }
    const QList<RecoveryMail> mails = mailsAfterBarrier(before);
    QCOMPARE(mails.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(mails.at(i).header("To"), "limit.pupil@example.org");
}

void TestServerActivation::staffRenewalCodeCompletesAReset()
{
    // A code the pupil asked for by e-mail is replaced by the one the teacher makes.
    int before = int(m_sink.messages().size());
    QCOMPARE(m_http
                 ->post(u"/auth/forgot-password"_s,
                        HttpTestClient::json({{u"login"_s, u"renew.target"_s}, {u"service"_s, u"mail"_s}}), {},
                        "application/json")
                 .status,
             200);
    const QString mailed = RecoveryMail::waitForMailTo(m_sink, before, "renew.target@example.org").typedCode();
    QVERIFY(matches("/auth/reset/match", u"renew.target"_s, mailed));

    const auto teacher = signIn(u"helene.durand"_s, u"Helene-2024"_s);
    QCOMPARE(teacher.status, 302);
    const auto made =
        m_http->post(u"/auth/generatePasswordRenewalCode"_s, HttpTestClient::form({{u"login"_s, u"renew.target"_s}}),
                     HttpTestClient::session(teacher));
    QCOMPARE(made.status, 200);
    QCOMPARE(made.header("Content-Type"), "application/json");
    QCOMPARE(made.json().keys(), QStringList{u"renewalCode"_s});
    const QString code = made.json().value(u"renewalCode"_s).toString();
    QVERIFY2(QRegularExpression(u"^[a-hjkmnprstv-z3-9]{8}$"_s).match(code).hasMatch(), qPrintable(code));
    QVERIFY(!matches("/auth/reset/match", u"renew.target"_s, mailed));
    QVERIFY(matches("/auth/reset/match", u"renew.target"_s, code));

    // The pupil types it at the kiosk with her login: a reset code in every way.
    before = int(m_sink.messages().size());
    const auto reset =
        m_http->post(u"/auth/reset"_s, HttpTestClient::form({{u"login"_s, u"renew.target"_s},
                                                             {u"resetCode"_s, code},
                                                             {u"password"_s, u"Renewed-2025"_s},
                                                             {u"confirmPassword"_s, u"Renewed-2025"_s}}));
    QCOMPARE(reset.status, 302);
    QCOMPARE(QString::fromUtf8(reset.header("Location")), at(u"/auth/login"_s));
    QCOMPARE(signIn(u"renew.target"_s, u"Renewed-2025"_s).status, 302);
    QCOMPARE(RecoveryMail::waitForMailTo(m_sink, before, "renew.target@example.org").subject(),
             u"Mot de passe modifié - ENT LEO"_s);
    QVERIFY(!matches("/auth/reset/match", u"renew.target"_s, code)); // single use
}

void TestServerActivation::staffRenewalCodeByBearerToken()
{
    const auto issued = token(u"yasmine.benali"_s, u"Yasmine-2024"_s);
    QCOMPARE(issued.status, 200);
    const HttpTestClient::Headers bearer = {
        {"Authorization", "Bearer " + issued.json().value(u"access_token"_s).toString().toLatin1()}};
    const auto made = m_http->post(u"/auth/generatePasswordRenewalCode"_s,
                                   HttpTestClient::form({{u"login"_s, u"bearer.target"_s}}), bearer);
    QCOMPARE(made.status, 200);
    QVERIFY(matches("/auth/reset/match", u"bearer.target"_s, made.json().value(u"renewalCode"_s).toString()));
    QCOMPARE(signIn(u"bearer.target"_s, u"Bearer-2024"_s).status, 302); // the password is unchanged meanwhile
}

void TestServerActivation::renewalCodeIsRefusedToOthers()
{
    const auto ask = [&](const HttpTestClient::Headers& headers, const QString& login) {
        return m_http->post(u"/auth/generatePasswordRenewalCode"_s, HttpTestClient::form({{u"login"_s, login}}),
                            headers);
    };
    const auto pupilSession = HttpTestClient::session(signIn(u"adele.adams"_s, u"Adele-2024"_s));
    const auto otherSchool = HttpTestClient::session(signIn(u"francois.petit"_s, u"Francois-2024"_s));
    const auto teacher = signIn(u"other.teacher"_s, u"Other-2024"_s);
    const auto staff = HttpTestClient::session(teacher);
    const auto noClass = HttpTestClient::session(signIn(u"no.class"_s, u"NoClass-2024"_s));
    const auto adml = HttpTestClient::session(signIn(u"adml.verne"_s, u"Adml-2024"_s));

    // ENT Core's "authenticated but not authorised" (AuthResourcesProvider.isClassTeacherByUserLogin): 401 with no
    // body, for a pupil, for a teacher of the same school but another class, for a teacher without a class, and for
    // a teacher of a class of the same name in another school.
    for (const auto& [headers, login] :
         QList<std::pair<HttpTestClient::Headers, QString>>{{pupilSession, u"renew.target"_s},
                                                            {pupilSession, u"adele.adams"_s},
                                                            {otherSchool, u"renew.target"_s},
                                                            {staff, u"renew.target"_s},   // 2nde 3: not their class
                                                            {noClass, u"renew.target"_s}, // in no class
                                                            {staff, u"ines.bernard"_s},   // a pupil of another school
                                                            {staff, u"yasmine.benali"_s}, // an adult of another class
                                                            {adml, u"ines.bernard"_s},    // another school's pupil
                                                            {staff, u"adml.verne"_s},     // an ADML's account
                                                            {staff, u"nobody.at-all"_s}}) // unknown: the same answer
    {
        const auto refused = ask(headers, login);
        QVERIFY2(refused.status == 401, qPrintable(login));
        QVERIFY(refused.body.isEmpty());
    }
    // The class rule lets any adult of the class ask, for any member of it.
    QCOMPARE(ask(staff, u"class.mate"_s).status, 200);
    // The ADML of the school: any pupil of it, in any class.
    QCOMPARE(ask(adml, u"class.mate"_s).status, 200);
    QCOMPARE(ask(adml, u"renew.target"_s).status, 200);

    // Only a super admin is told "login required": anyone else is refused first.
    const auto noLogin = ask(staff, {});
    QCOMPARE(noLogin.status, 401);
    const auto yasmine = HttpTestClient::session(signIn(u"yasmine.benali"_s, u"Yasmine-2024"_s));
    const auto pending = ask(yasmine, u"pending.pupil"_s);
    QCOMPARE(pending.status, 400);
    QVERIFY(pending.json().value(u"error"_s).toString().contains(u"pas encore activé"_s));
    const auto blocked = ask(yasmine, u"blocked.pupil"_s);
    QCOMPARE(blocked.status, 400);

    const auto noXsrf = ask(HttpTestClient::session(teacher, false), u"renew.target"_s);
    QCOMPARE(noXsrf.status, 403);
    QCOMPARE(noXsrf.body, R"({"error":"invalid.xsrf.token"})");
    const auto anonymous = ask({}, u"renew.target"_s);
    QCOMPARE(anonymous.status, 302);
    QVERIFY(anonymous.header("Location").startsWith(at(u"/auth/login?callback="_s).toUtf8()));
}

// ENT Core's GET /directory/class/:classId/users (ENT protocol §18.3): the class ids come from userinfo `classes`; the
// members with the real route's fields, by profile then last name; the same resource rule as the renewal code.
void TestServerActivation::classUsersFollowTheResourceRule()
{
    const auto teacher = HttpTestClient::session(signIn(u"helene.durand"_s, u"Helene-2024"_s));
    const auto info = m_http->get(u"/auth/oauth2/userinfo"_s, teacher);
    QCOMPARE(info.status, 200);
    const QJsonArray classes = info.json().value(u"classes"_s).toArray();
    QCOMPARE(classes.size(), 2); // a teacher of two classes
    QCOMPARE(info.json().value(u"classNames"_s).toArray().size(), 2);
    const QJsonArray names = info.json().value(u"classNames"_s).toArray();
    QString secondeId;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).toString().endsWith(u"$2nde 3"_s))
            secondeId = classes.at(i).toString();
    }
    QVERIFY(!secondeId.isEmpty());

    const QString route = u"/directory/class/"_s + secondeId + u"/users"_s;
    const auto list = m_http->get(route, teacher);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.header("Content-Type"), "application/json");
    const QJsonArray members = QJsonDocument::fromJson(list.body).array();
    QStringList logins;
    for (const QJsonValue& member : members)
        logins.append(member[u"originalLogin"_s].toString());
    QVERIFY(logins.contains(u"renew.target"_s));
    QVERIFY(logins.contains(u"helene.durand"_s));
    QVERIFY(!logins.contains(u"class.mate"_s)); // 1re 2
    QVERIFY(!logins.contains(u"ines.bernard"_s));
    const QJsonObject target = members.at(logins.indexOf(u"renew.target"_s)).toObject();
    QCOMPARE(target.keys(), (QStringList{u"activationCode"_s, u"birthDate"_s, u"blocked"_s, u"displayName"_s,
                                         u"firstName"_s, u"hasEmail"_s, u"id"_s, u"lastLogin"_s, u"lastName"_s,
                                         u"login"_s, u"originalLogin"_s, u"relativeList"_s, u"source"_s, u"type"_s}));
    QCOMPARE(target.value(u"type"_s).toString(), u"Student"_s);
    QCOMPARE(target.value(u"hasEmail"_s).toBool(), true);
    QVERIFY(target.value(u"activationCode"_s).isNull());
    QVERIFY(!members.at(logins.indexOf(u"pending.pupil"_s)).toObject().value(u"activationCode"_s).isNull());
    // Students only; the profiles come first in ENT Core's order, then last names.
    const QJsonArray pupils = QJsonDocument::fromJson(m_http->get(route + u"?type=Student"_s, teacher).body).array();
    QCOMPARE(pupils.size(), logins.size() - 2); // not helene.durand and yasmine.benali
    for (const QJsonValue& member : pupils)
        QCOMPARE(member[u"type"_s].toString(), u"Student"_s);

    // The ADML of the school reads it; a teacher of another class, a pupil of it and anyone of another school do not.
    QCOMPARE(m_http->get(route, HttpTestClient::session(signIn(u"adml.verne"_s, u"Adml-2024"_s))).status, 200);
    for (const auto& [login, password] : QList<std::pair<QString, QString>>{{u"other.teacher"_s, u"Other-2024"_s},
                                                                            {u"adele.adams"_s, u"Adele-2024"_s},
                                                                            {u"francois.petit"_s, u"Francois-2024"_s}}) {
        const auto refused = m_http->get(route, HttpTestClient::session(signIn(login, password)));
        QVERIFY2(refused.status == 401, qPrintable(login));
    }
    QCOMPARE(m_http->get(u"/directory/class/no-such-class/users"_s, teacher).status, 401);

    // With OAuth2, the scope `directory` is needed.
    const auto bearer = [&](const QString& scope) {
        const auto issued =
            m_http->passwordGrant(u"kiosk"_s, m_clientSecret, u"yasmine.benali"_s, u"Yasmine-2024"_s, scope);
        return HttpTestClient::Headers{
            {"Authorization", "Bearer " + issued.json().value(u"access_token"_s).toString().toLatin1()}};
    };
    QCOMPARE(m_http->get(route, bearer(u"userinfo auth directory"_s)).status, 200);
    QCOMPARE(m_http->get(route, bearer(u"userinfo auth"_s)).status, 302);
}

void TestServerActivation::activationMatchCountsWrongTries()
{
    const QString code = m_codes.value(u"act.burn"_s);
    QVERIFY(matches("/auth/activation/match", u"act.burn"_s, code));                  // as printed, with its dash
    QVERIFY(matches("/auth/activation/match", u"act.burn"_s, plain(code).toUpper())); // as typed in capitals
    QVERIFY(!matches("/auth/activation/match", u"nobody.at-all"_s, code));
    QVERIFY(!matches("/auth/reset/match", u"act.burn"_s, code)); // not a reset code
    for (int i = 1; i <= 4; ++i)
        QVERIFY(!matches("/auth/activation/match", u"act.burn"_s, u"aaaaaaa%1"_s.arg(i + 2)));
    QVERIFY(matches("/auth/activation/match", u"act.burn"_s, code));  // a right code is not a wrong try
    QCOMPARE(signIn(u"act.burn"_s, u"bbbbbbbb"_s).status, 200);       // 5: the login form counts too
    QVERIFY(!matches("/auth/activation/match", u"act.burn"_s, code)); // burnt
    const auto bad = m_http->post(u"/auth/activation/match"_s, "[1,", {}, "application/json");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().contains(u"error"_s));
    // The administrator gives a new one.
    const QString fresh = m_server.newActivationCode(u"act.burn"_s);
    QVERIFY(matches("/auth/activation/match", u"act.burn"_s, fresh));
}

void TestServerActivation::loginFormAnswersTheActivationPage()
{
    const QString code = m_codes.value(u"act.page"_s);
    const auto page = signIn(u"act.page"_s, code);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), "text/html; charset=utf-8");
    QVERIFY(page.header("Set-Cookie").isEmpty());
    QVERIFY(page.header("Content-Security-Policy").startsWith("default-src 'none'"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<form method=\"post\" action=\"/auth/activation\">"_s));
    QVERIFY(html.contains(u"name=\"login\" value=\"act.page\""_s));
    QVERIFY(html.contains(u"name=\"activationCode\" value=\""_s + plain(code) + u'"'));
    QVERIFY(html.contains(u"<label for=\"password\">Nouveau mot de passe</label>"_s));
    QVERIFY(html.contains(u"name=\"acceptCGU\" value=\"true\""_s));
    QVERIFY(html.contains(u"<a href=\"/auth/cgu\">"_s));
    QVERIFY(!html.contains(u"ng-init='error"_s)); // no error for a client that reads ENT Core's login page
    // As ENT Core's activation.html (handleMatchActivationCode): the account's address and mobile, in the body's
    // ng-init and in the fields, so that the form sends back what the account holds (activation stores what comes).
    QVERIFY2(html.contains(u"ng-init='user.login=\"act.page\";user.activationCode=\""_s + plain(code) +
                           u"\";user.email=\"act.page@example.org\";user.phone=\"0611223344\"'"_s),
             qPrintable(html));
    QVERIFY(html.contains(u"name=\"mail\" value=\"act.page@example.org\""_s));
    QVERIFY(html.contains(u"name=\"phone\" value=\"0611223344\""_s));
    QVERIFY(!html.contains(u"<script"_s));

    // A wrong code is an ordinary refusal.
    const auto wrong = signIn(u"act.page"_s, u"k7m3pq9x"_s);
    QCOMPARE(wrong.status, 200);
    QVERIFY(QString::fromUtf8(wrong.body).contains(u"ng-init='error = \"L&#39;identifiant"_s));
}

void TestServerActivation::passwordGrantRefusesAnActivationCode()
{
    const auto refused = token(u"act.oauth"_s, m_codes.value(u"act.oauth"_s));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body, R"({"error":"access_denied","error_description":"auth.error.activation.code"})");
    const auto wrong = token(u"act.oauth"_s, u"k7m3pq9x"_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json().value(u"error_description"_s).toString(), u"auth.error.authenticationFailed"_s);
}

void TestServerActivation::activationNamesEveryProblem()
{
    const QString code = m_codes.value(u"act.form"_s);
    // No terms: that alone, the key untranslated, as ENT Core's activeAccountSubmit answers it.
    const auto noTerms = activate({{u"login"_s, u"act.form"_s},
                                   {u"activationCode"_s, code},
                                   {u"password"_s, u"court"_s},
                                   {u"confirmPassword"_s, u"autre"_s}});
    QCOMPARE(noTerms.status, 200);
    QCOMPARE(noTerms.header("Content-Type"), "application/json");
    QVERIFY(noTerms.header("Set-Cookie").isEmpty());
    QCOMPARE(noTerms.body, QByteArray(R"({"error":{"message":"invalid.cgu"},"activationCode":")" + code.toUtf8() +
                                      R"(","login":"act.form","cgu":true})"));
    // Passwords that differ and break the rule: every problem, in one answer.
    const auto several = activate({{u"login"_s, u"act.form"_s},
                                   {u"activationCode"_s, code},
                                   {u"password"_s, u"court"_s},
                                   {u"confirmPassword"_s, u"autre"_s},
                                   {u"acceptCGU"_s, u"true"_s}});
    QCOMPARE(several.body, QByteArray(R"({"error":{"message":")" + mismatchFr.toUtf8() + "<br />" +
                                      formatFr.toUtf8() + R"("},"activationCode":")" + code.toUtf8() +
                                      R"(","login":"act.form","cgu":true})"));

    const auto english = activate({{u"activationCode"_s, code}, {u"acceptCGU"_s, u"true"_s}}, "en");
    QCOMPARE(errorMessage(english), u"The login is required.<br />The password is required."_s);
    QCOMPARE(english.json().keys(), (QStringList{u"activationCode"_s, u"cgu"_s, u"error"_s}));

    const auto badMail = activate({{u"login"_s, u"act.form"_s},
                                   {u"activationCode"_s, code},
                                   {u"password"_s, u"Activee-2025"_s},
                                   {u"confirmPassword"_s, u"Activee-2025"_s},
                                   {u"acceptCGU"_s, u"true"_s},
                                   {u"mail"_s, u"not an address"_s},
                                   {u"phone"_s, u"call me"_s}});
    QCOMPARE(errorMessage(badMail),
             u"L'adresse e-mail n'est pas valide.<br />Le format du numéro de téléphone est invalide."_s);
    // ENT Core's PhoneValidation keys: a landline is not a mobile.
    const auto landline = activate({{u"login"_s, u"act.form"_s},
                                    {u"activationCode"_s, code},
                                    {u"password"_s, u"Activee-2025"_s},
                                    {u"confirmPassword"_s, u"Activee-2025"_s},
                                    {u"acceptCGU"_s, u"true"_s},
                                    {u"phone"_s, u"01 23 45 67 89"_s}});
    QCOMPARE(errorMessage(landline), u"Ce numéro n'est pas un numéro de mobile."_s);

    // A complete form with a wrong code: that one message.
    const auto wrongCode = activate({{u"login"_s, u"act.form"_s},
                                     {u"activationCode"_s, u"k7m3pq9x"_s},
                                     {u"password"_s, u"Activee-2025"_s},
                                     {u"confirmPassword"_s, u"Activee-2025"_s},
                                     {u"acceptCGU"_s, u"true"_s}});
    QCOMPARE(errorMessage(wrongCode), badCodeFr);
    QCOMPARE(wrongCode.json().value(u"activationCode"_s).toString(), u"k7m3pq9x"_s);
    // Forms refused for their fields are not tries: the code still works (one wrong try so far).
    QVERIFY(matches("/auth/activation/match", u"act.form"_s, code));
    QCOMPARE(signIn(u"act.form"_s, u"Activee-2025"_s).status, 200); // nothing was activated
}

void TestServerActivation::activationSignsInOnce()
{
    const QString code = m_codes.value(u"act.done"_s);
    const HttpTestClient::Fields fields = {
        {u"login"_s, u"act.done"_s},        {u"activationCode"_s, code},
        {u"password"_s, u"Activee-2025"_s}, {u"confirmPassword"_s, u"Activee-2025"_s},
        {u"acceptCGU"_s, u"true"_s},        {u"mail"_s, u"act.done.new@example.org"_s},
        {u"phone"_s, u"06 12 34 56 78"_s}};
    const auto done = activate(fields);
    QCOMPARE(done.status, 302);
    QCOMPARE(QString::fromUtf8(done.header("Location")), at(u"/"_s));
    QVERIFY(done.setCookie("oneSessionId").contains("; HttpOnly"));
    QCOMPARE(done.cookieValue("authenticated"), "true");
    QVERIFY(!done.cookieValue("XSRF-TOKEN").isEmpty());

    // Signed in: the session works, with the address and phone given at activation.
    const auto me = m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(done));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"login"_s).toString(), u"act.done"_s);
    QCOMPARE(me.json().value(u"email"_s).toString(), u"act.done.new@example.org"_s);
    QCOMPARE(me.json().value(u"mobile"_s).toString(), u"+33612345678"_s); // E.164, as ENT Core stores it
    QCOMPARE(me.json().value(u"hasPw"_s).toBool(), true);

    // Single use: the code is gone, the password works, the account is now an ordinary one.
    QVERIFY(!matches("/auth/activation/match", u"act.done"_s, code));
    QCOMPARE(errorMessage(activate(fields)), badCodeFr);
    QCOMPARE(signIn(u"act.done"_s, code).status, 200);
    QCOMPARE(signIn(u"act.done"_s, u"Activee-2025"_s).status, 302);
    const int before = int(m_sink.messages().size());
    QCOMPARE(forgotId(u"act.done.new@example.org"_s).body, "{}");
    QVERIFY(RecoveryMail::waitForMailTo(m_sink, before, "act.done.new@example.org")
                .body()
                .contains(u"Votre identifiant : act.done\n"_s));
    QVERIFY(QString::fromUtf8(m_server.run({u"users"_s, u"list"_s}).out)
                .contains(u"act.done\tact done\tELEVE\tLycée Jules Verne\t2nde 3\tact.done.new@example.org\tyes\tno\t\n"_s));
}

void TestServerActivation::activationWithoutAutoLogin()
{
    // [auth] activation_auto_login=false, ENT Core's activationAutoLogin off: the account is activated, not signed in.
    ReferenceServer server;
    server.setConfig(u"server"_s, u"public_url"_s, publicUrl);
    server.setConfig(u"auth"_s, u"activation_auto_login"_s, false);
    QVERIFY2(server.addAccount(pupil(u"act.nologin"_s, {})), qPrintable(server.lastError()));
    const QString code = server.newActivationCode(u"act.nologin"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(server.lastError()));
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(base);
    const auto done = http.post(u"/auth/activation"_s,
                                HttpTestClient::form({{u"login"_s, u"act.nologin"_s},
                                                      {u"activationCode"_s, code},
                                                      {u"password"_s, u"Activee-2025"_s},
                                                      {u"confirmPassword"_s, u"Activee-2025"_s},
                                                      {u"acceptCGU"_s, u"true"_s}}));
    QCOMPARE(done.status, 302);
    QCOMPARE(QString::fromUtf8(done.header("Location")), at(u"/auth/login"_s));
    QVERIFY(done.header("Set-Cookie").isEmpty());
    // Activated all the same: the code is used up, the password signs in.
    const auto match = http.post(u"/auth/activation/match"_s,
                                 HttpTestClient::json({{u"login"_s, u"act.nologin"_s}, {u"password"_s, code}}), {},
                                 "application/json");
    QCOMPARE(match.body, R"({"match":false})");
    const auto signedIn = http.post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"act.nologin"_s},
                                                                           {u"password"_s, u"Activee-2025"_s}}));
    QCOMPARE(signedIn.status, 302);
    QVERIFY(!signedIn.cookieValue("oneSessionId").isEmpty());
}

void TestServerActivation::activationPageWithoutScript()
{
    // GET /auth/activation pre-fills from the query; a refusal posted from the page comes back as the page.
    const auto page = m_http->get(u"/auth/activation?login=act.nopage&activationCode=%22%3E%3Cb%3E"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(u"value=\"&quot;&gt;&lt;b&gt;\""_s));
    const auto refused = activate({{u"login"_s, u"act.nopage"_s},
                                   {u"activationCode"_s, m_codes.value(u"act.nopage"_s)},
                                   {u"password"_s, u"Nopage-2025"_s},
                                   {u"confirmPassword"_s, u"Nopage-2026"_s},
                                   {u"view"_s, u"page"_s}});
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.header("Content-Type"), "text/html; charset=utf-8");
    const QString html = QString::fromUtf8(refused.body);
    QVERIFY(html.contains(u"<p role=\"alert\" id=\"error\">Vous devez accepter les conditions générales "
                          "d&#39;utilisation</p>"_s));
    QVERIFY(html.contains(u"name=\"login\" value=\"act.nopage\""_s));
}

void TestServerActivation::termsAreShownAsPageAndJson()
{
    const auto context = m_http->get(u"/auth/context"_s);
    QCOMPARE(context.json().value(u"cgu"_s).toBool(), true);
    QVERIFY(context.json()
                .value(u"passwordRegexI18nActivation"_s)
                .toObject()
                .value(u"fr"_s)
                .toString()
                .contains(u"au moins 8 caractères"_s));

    const auto page = m_http->get(u"/auth/cgu"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), "text/html; charset=utf-8");
    QVERIFY(QString::fromUtf8(page.body).contains(u"<h1>Conditions générales d&#39;utilisation</h1>"_s));
    const auto terms = m_http->get(u"/auth/cgu"_s, {{"Accept", "application/json"}, {"Accept-Language", "en"}});
    QCOMPARE(terms.status, 200);
    QCOMPARE(terms.json().keys(), (QStringList{u"language"_s, u"text"_s, u"title"_s}));
    QCOMPARE(terms.json().value(u"title"_s).toString(), u"Terms of use"_s);
    QVERIFY(terms.json().value(u"text"_s).toString().contains(u"keep your password secret"_s));
}

void TestServerActivation::cliActivationCodes()
{
    const auto activated = m_server.run({u"users"_s, u"set-activation-code"_s, u"adele.adams"_s});
    QCOMPARE(activated.exitCode, 1);
    QVERIFY(activated.err.contains("already has a password"));
    QCOMPARE(m_server.run({u"users"_s, u"set-activation-code"_s, u"nobody.at-all"_s}).exitCode, 1);

    const QString csv = m_server.directory() + u"/activation.csv"_s;
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("login,first_name,last_name,profile,school,class,email,mobile,activation_code\n"
               "csv.pending,Csv,Pending,ELEVE,Lycée Jules Verne,2nde 3,,,K7M3-PR9X\n"
               "csv.badcode,Csv,Badcode,ELEVE,Lycée Jules Verne,2nde 3,,,k7m3pr9o\n"
               "adele.adams,Adèle,Adams,ELEVE,Lycée Jules Verne,,adele.adams@example.org,,k7m3pr9x\n"
               "csv.plain,Csv,Plain,ELEVE,Lycée Jules Verne,2nde 3,,,\n");
    file.close();
    const auto imported = m_server.run({u"users"_s, u"import"_s, csv});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("activation.csv:3: the activation code must be"), imported.err.constData());
    QVERIFY2(imported.err.contains("activation.csv:4: the account already has a password"), imported.err.constData());
    QCOMPARE(imported.out, "users: 2 created, 0 updated, 2 rejected\n");
    QVERIFY(matches("/auth/activation/match", u"csv.pending"_s, u"k7m3pr9x"_s));
    const QString list = QString::fromUtf8(m_server.run({u"users"_s, u"list"_s}).out);
    QVERIFY(list.contains(u"\tactivation pending\tno\t"_s));
    QVERIFY(!list.contains(u"k7m3"_s));
    QCOMPARE(signIn(u"adele.adams"_s, u"Adele-2024"_s).status, 302); // untouched
}

void TestServerActivation::demoHasAPupilToActivateAndStaff()
{
    ReferenceServer demo;
    QVERIFY2(demo.init(), qPrintable(demo.lastError()));
    const auto created = demo.run({u"demo"_s, u"create"_s});
    QVERIFY2(created.ok(), created.err.constData());
    const QString out = QString::fromUtf8(created.out);
    const QRegularExpressionMatch zoe =
        QRegularExpression(u"^zoe\\.roux +Zoé Roux +ELEVE +Lycée Jules Verne +2nde 3 +- +([a-z0-9]{4}-[a-z0-9]{4})$"_s,
                           QRegularExpression::MultilineOption)
            .match(out);
    QVERIFY2(zoe.hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(u"Adults who can make a renewal code (\"Aider un élève\" at the kiosk) for the pupils of "
                          "their classes: helene.durand (2nde 3, 1re 2), yasmine.benali (2nde 3), francois.petit "
                          "(Terminale 1), marc.lambert (ADML, every pupil of Lycée Jules Verne)."_s),
             qPrintable(out));
    QVERIFY(out.contains(u"noe.lefevre"_s));
    const QUrl base = demo.start();
    QVERIFY2(base.isValid(), qPrintable(demo.lastError()));
    HttpTestClient http(base);
    const auto page = http.post(u"/auth/login"_s,
                                HttpTestClient::form({{u"email"_s, u"zoe.roux"_s}, {u"password"_s, zoe.captured(1)}}));
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(u"action=\"/auth/activation\""_s));
}

QTEST_GUILESS_MAIN(TestServerActivation)
#include "tst_serveractivation.moc"
