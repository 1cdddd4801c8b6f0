// The kiosk against ENT Core configurations and accounts that are not the default one (issue #14, ENT protocol §17),
// each through the real window, the real reference server in that configuration and a real SMTP relay:
// - activation never erases what the ENT holds: the e-mail address and mobile the account had are read the way the
//   ENT's page reads them, shown, sent back and still stored afterwards (read with `users show`), with the web form
//   and with the OAuth2 grant; a mobile the ENT requires (auth/mandatory_phone) is asked and checked as the ENT
//   checks it, and the ENT's own refusal comes in the kiosk's words;
// - userinfo's class external ids ("<structure>$<name>"): the name alone is shown;
// - an ENT whose English texts lack the auth.error.* keys (i18n/english=ent-core): a ban, a blocked account and a
//   blocked profile get the kiosk's English sentence, never the raw key;
// - a federated account under auth/check_federated_login: its password is refused, forgot-password sends nothing,
//   no renewal code is made for it, and the school's EduConnect notice (kiosk keys federated_notice,
//   federated_notice_url) is on the login and lost-password screens, with its QR code; off by default.
#include "core/ent/EntClient.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/FederatedNotice.h"
#include "gui/widgets/QrCodeWidget.h"
#include "support/KioskHarness.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
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

const QString julesVerne = u"Lycée Jules Verne"_s;
const QString refusedFr = u"L'identifiant ou le mot de passe est incorrect."_s;
const QString noticeText = u"Votre lycée utilise ÉduConnect : si vous vous êtes déjà connecté avec ÉduConnect, "
                           "connectez-vous sur le site de l'ENT avec le bouton ÉduConnect."_s;
const QUrl noticeUrl(u"https://educonnect.education.gouv.fr/"_s);

ReferenceServer::Account pupil(const QString& login,
                               const QString& firstName,
                               const QString& email,
                               const QString& mobile,
                               const QByteArray& password,
                               const QString& className = u"2nde 3"_s)
{
    ReferenceServer::Account account;
    account.login = login;
    account.firstName = firstName;
    account.lastName = u"Lambert"_s;
    account.profile = u"Student"_s;
    account.school = julesVerne;
    account.className = className;
    account.email = email;
    account.mobile = mobile;
    account.password = password;
    return account;
}

void typeHere(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

// `users show LOGIN`, field by field ("email" -> "…").
QMap<QString, QString> stored(ReferenceServer& server, const QString& login)
{
    QMap<QString, QString> fields;
    const ReferenceServer::Result shown = server.run({u"users"_s, u"show"_s, login});
    if (!shown.ok()) {
        qWarning("users show %s: %s", qPrintable(login), shown.err.constData());
        return fields;
    }
    for (const QString& line : QString::fromUtf8(shown.out).split(u'\n', Qt::SkipEmptyParts))
        fields.insert(line.section(u": "_s, 0, 0), line.section(u": "_s, 1));
    return fields;
}

template <typename R, typename Call> std::optional<R> await(Call call)
{
    auto result = std::make_shared<std::optional<R>>();
    call([result](const R& r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        return std::nullopt;
    return *result;
}

bool signInLeadsTo(KioskHarness& kiosk, const QString& login, const QString& password, const QWidget* expected)
{
    kiosk.typeCredentials(login, password);
    kiosk.clickSignIn();
    if (QTest::qWaitFor([&] { return kiosk.window.currentPage() == expected; }, 15000))
        return true;
    qWarning("%s: on %s (\"%s\")", qPrintable(login), kiosk.window.currentPage()->metaObject()->className(),
             qPrintable(kiosk.errorLabel()->text()));
    return false;
}

// Signs in with the password and clicks CONNEXION: the sentence the login screen shows (empty on a timeout).
QString refusal(KioskHarness& kiosk, const QString& login, const QString& password)
{
    kiosk.errorLabel()->clear();
    kiosk.loginLineEdit()->clear(); // a refused identifier stays in its field
    kiosk.typeCredentials(login, password);
    kiosk.clickSignIn();
    if (!QTest::qWaitFor([&kiosk] { return !kiosk.errorLabel()->text().isEmpty(); }, 15000))
        qWarning("%s: no message on the login screen", qPrintable(login));
    return kiosk.errorLabel()->text();
}

} // namespace

class TestEntDataEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void activationSendsBackWhatTheEntHolds_data();
    void activationSendsBackWhatTheEntHolds();
    void mandatoryPhoneIsAskedAndCheckedAsTheEntDoes();
    void classExternalIdsShowTheNameOnly_data();
    void classExternalIdsShowTheNameOnly();
    void englishRawKeysGetTheKiosksSentences_data();
    void englishRawKeysGetTheKiosksSentences();
    void federatedAccountIsToldWhereToGo();
    void noNoticeByDefault();

private:
    KioskConfig configFor(const QUrl& url, bool oauth) const;

    SmtpSink m_smtp;
    ReferenceServer m_server; // ENT Core with mandatory.phone and check-federated-login, as a region may set it
    QUrl m_url;
    QString m_clientSecret;
};

void TestEntDataEndToEnd::initTestCase()
{
    QVERIFY2(m_smtp.start(), qPrintable(m_smtp.lastError()));
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_smtp.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    m_server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);
    m_server.setConfig(u"auth"_s, u"mandatory_phone"_s, true);
    m_server.setConfig(u"auth"_s, u"check_federated_login"_s, true);
    QVERIFY2(m_server.addAccounts({
                 // Waiting for activation, with the address and mobile the school's import gave the ENT.
                 pupil(u"lou.form"_s, u"Lou"_s, u"lou.lambert@example.org"_s, u"06 12 34 56 78"_s, {}),
                 pupil(u"lou.oauth"_s, u"Louise"_s, u"louise.lambert@example.org"_s, u"0781234567"_s, {}),
                 // Waiting for activation, no mobile known: the ENT requires one.
                 pupil(u"max.nophone"_s, u"Max"_s, {}, {}, {}),
                 pupil(u"eva.classes"_s, u"Éva"_s, {}, {}, "Classe-2024", u"1ERE S2"_s),
                 pupil(u"theo.federe"_s, u"Théo"_s, u"theo.lambert@example.org"_s, {}, "Federe-2024"),
                 pupil(u"ana.barrier"_s, u"Ana"_s, u"ana.lambert@example.org"_s, {}, "Barrier-2024"),
             }),
             qPrintable(m_server.lastError()));
    ReferenceServer::Account teacher = pupil(u"helene.durand"_s, u"Hélène"_s, {}, {}, "Helene-2024");
    teacher.profile = u"Teacher"_s; // of 2nde 3, the pupils' class: renewal codes are for the adults of the class (§18.2)
    QVERIFY2(m_server.addAccount(teacher), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.run({u"users"_s, u"set-federated"_s, u"theo.federe"_s, u"on"_s}).ok(),
             qPrintable(m_server.lastError()));
    m_clientSecret = m_server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
    QVERIFY2(!m_clientSecret.isEmpty(), qPrintable(m_server.lastError()));
    m_url = m_server.start();
    QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
}

KioskConfig TestEntDataEndToEnd::configFor(const QUrl& url, bool oauth) const
{
    KioskConfig config;
    config.entUrl = url;
    if (oauth) {
        config.oauthClientId = u"kiosk"_s;
        config.oauthClientSecret = m_clientSecret;
    }
    return config;
}

void TestEntDataEndToEnd::activationSendsBackWhatTheEntHolds_data()
{
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("storedMobile");
    QTest::newRow("web form") << false << u"lou.form"_s << u"lou.lambert@example.org"_s << u"06 12 34 56 78"_s
                              << u"+33612345678"_s;
    QTest::newRow("OAuth2 grant") << true << u"lou.oauth"_s << u"louise.lambert@example.org"_s << u"0781234567"_s
                                  << u"+33781234567"_s;
}

void TestEntDataEndToEnd::activationSendsBackWhatTheEntHolds()
{
    QFETCH(bool, oauth);
    QFETCH(QString, login);
    QFETCH(QString, email);
    QFETCH(QString, mobile);
    QFETCH(QString, storedMobile);
    const QString code = m_server.newActivationCode(login);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.lastError()));
    QCOMPARE(stored(m_server, login).value(u"email"_s), email);

    KioskHarness kiosk(configFor(m_url, oauth));
    QVERIFY(kiosk.showActive(QSize(1366, 768)));
    ActivationPage* page = kiosk.window.activationPage();
    QVERIFY(signInLeadsTo(kiosk, login, code, page));
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.session.authContext().isKnown(), 15000);
    // What the ENT holds, read as its own activation page reads it, fills both fields; the ENT requires the mobile.
    auto* mail = on<QLineEdit>(page, u"mailLineEdit"_s);
    auto* phone = on<QLineEdit>(page, u"phoneLineEdit"_s);
    QTRY_COMPARE_WITH_TIMEOUT(mail->text(), email, 15000);
    QCOMPARE(phone->text(), mobile);
    QCOMPARE(on<QLabel>(page, u"phoneLabel"_s)->text(), u"Numéro de téléphone mobile"_s);
    QCOMPARE(on<QLabel>(page, u"mailLabel"_s)->text(), u"Adresse e-mail personnelle (facultatif)"_s);
    QCOMPARE(phone->accessibleName(), u"Numéro de téléphone mobile"_s);

    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeHere(u"Garonne2026"_s);
    press(Qt::Key_Return);
    typeHere(u"Garonne2026"_s);
    QVERIFY(tabTo(u"cguCheckBox"_s));
    press(Qt::Key_Space);
    auto* activate = on<QAbstractButton>(page, u"activateButton"_s);
    QTRY_VERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.signedInPage(), 15000);
    QVERIFY(kiosk.signOut());

    // Nothing the ENT held was erased: the same address, the same mobile (stored in E.164, as ENT Core stores it).
    const QMap<QString, QString> after = stored(m_server, login);
    QCOMPARE(after.value(u"password"_s), u"yes"_s);
    QCOMPARE(after.value(u"email"_s), email);
    QCOMPARE(after.value(u"mobile"_s), storedMobile);
}

void TestEntDataEndToEnd::mandatoryPhoneIsAskedAndCheckedAsTheEntDoes()
{
    const QString code = m_server.newActivationCode(u"max.nophone"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.lastError()));
    KioskHarness kiosk(configFor(m_url, false));
    QVERIFY(kiosk.showActive(QSize(1366, 768)));
    ActivationPage* page = kiosk.window.activationPage();
    QVERIFY(signInLeadsTo(kiosk, u"max.nophone"_s, code, page));
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.session.authContext().isKnown(), 15000);
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeHere(u"Dordogne2026"_s);
    press(Qt::Key_Return);
    typeHere(u"Dordogne2026"_s);
    QVERIFY(tabTo(u"cguCheckBox"_s));
    press(Qt::Key_Space);
    auto* activate = on<QAbstractButton>(page, u"activateButton"_s);
    auto* phone = on<QLineEdit>(page, u"phoneLineEdit"_s);
    auto* error = on<QLabel>(page, u"errorLabel"_s);
    QVERIFY(phone->text().isEmpty());
    QVERIFY(!activate->isEnabled()); // the ENT requires a mobile: nothing to send without one

    // A landline is not a mobile: said before anything is sent, in the words of the kiosk.
    QVERIFY(tabTo(u"phoneLineEdit"_s));
    typeHere(u"01 23 45 67 89"_s);
    QTRY_VERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE(error->text(),
                 u"Ce numéro n'est pas un numéro de mobile. Saisissez un numéro qui commence par 06 ou 07."_s);
    QCOMPARE(focusName(), u"phoneLineEdit"_s);
    QCOMPARE(kiosk.window.currentPage(), page);

    // A number of another country is the ENT's to judge; this one refuses it, and its message is translated.
    phone->clear();
    typeHere(u"+44 20 7946 0000"_s);
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        error->text(),
        u"Ce numéro de téléphone n'est pas valide. Saisissez un numéro de mobile, par exemple 06 12 34 56 78."_s,
        15000);
    QCOMPARE(kiosk.window.currentPage(), page);
    QVERIFY(stored(m_server, u"max.nophone"_s).value(u"mobile"_s).isEmpty());

    // The refusal asks for the new password again; with a French mobile the account is activated.
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeHere(u"Dordogne2026"_s);
    press(Qt::Key_Return);
    typeHere(u"Dordogne2026"_s);
    phone->clear();
    QTest::keyClicks(phone, u"06.98.76.54.32"_s);
    QTRY_VERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.signedInPage(), 15000);
    QVERIFY(kiosk.signOut());
    QCOMPARE(stored(m_server, u"max.nophone"_s).value(u"mobile"_s), u"+33698765432"_s);
}

void TestEntDataEndToEnd::classExternalIdsShowTheNameOnly_data()
{
    QTest::addColumn<bool>("oauth");
    QTest::newRow("web form") << false;
    QTest::newRow("OAuth2 grant") << true;
}

void TestEntDataEndToEnd::classExternalIdsShowTheNameOnly()
{
    QFETCH(bool, oauth);
    KioskHarness kiosk(configFor(m_url, oauth));
    QVERIFY(kiosk.showActive());
    QVERIFY(signInLeadsTo(kiosk, u"eva.classes"_s, u"Classe-2024"_s, kiosk.window.signedInPage()));
    // userinfo says "<school id>$1ERE S2", as ENT Core does; the pupil reads her class.
    QCOMPARE(kiosk.session.user().classes, QStringList{u"1ERE S2"_s});
    QCOMPARE(kiosk.find<QLabel>(u"classLabel"_s)->text(), u"1ERE S2"_s);
    QVERIFY(kiosk.signOut());
}

void TestEntDataEndToEnd::englishRawKeysGetTheKiosksSentences_data()
{
    QTest::addColumn<bool>("oauth");
    QTest::newRow("web form") << false;
    QTest::newRow("OAuth2 grant") << true;
}

void TestEntDataEndToEnd::englishRawKeysGetTheKiosksSentences()
{
    QFETCH(bool, oauth);
    // ENT Core's English texts, which lack auth.error.ban, blockedUser…: the ENT answers the key itself.
    ReferenceServer server;
    server.setConfig(u"i18n"_s, u"english"_s, u"ent-core"_s);
    server.setConfig(u"auth"_s, u"max_retry"_s, 2); // a blocked account's tries count too: two here
    QVERIFY2(server.addAccounts({pupil(u"nils.ban"_s, u"Nils"_s, {}, {}, "Bonne-2024"),
                                 pupil(u"ugo.bloque"_s, u"Ugo"_s, {}, {}, "Bonne-2024")}),
             qPrintable(server.lastError()));
    QVERIFY(server.setBlocked(u"ugo.bloque"_s, true));
    const QString secret = server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
    QVERIFY2(!secret.isEmpty(), qPrintable(server.lastError()));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    // What the kiosk meets: the ENT itself answers the key, raw.
    {
        EntClientSettings settings;
        settings.baseUrl = url;
        EntClient client(settings);
        client.setLanguage(u"en"_s);
        const auto blocked = await<LoginResult>(
            [&](auto done) { client.login(u"ugo.bloque"_s, SecretBytes(u"Bonne-2024"_s), std::move(done)); });
        QVERIFY(blocked);
        QCOMPARE(blocked->serverMessage, u"auth.error.blockedUser"_s);
    }

    KioskConfig config = configFor(url, oauth);
    if (oauth)
        config.oauthClientSecret = secret;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QTRY_COMPARE(kiosk.signInButton()->text(), u"SIGN IN"_s);

    const QString blockedEn = u"Your school's administrator has blocked your access to your educational network. "
                              "Please contact them."_s;
    QCOMPARE(refusal(kiosk, u"ugo.bloque"_s, u"Bonne-2024"_s), blockedEn);
    QVERIFY(!kiosk.errorLabel()->text().contains(u"auth.error"_s));

    // Two wrong passwords, then the ban (max_retry 2) even with the right one.
    for (int i = 0; i < 2; ++i)
        QVERIFY(!refusal(kiosk, u"nils.ban"_s, u"Mauvais-2024"_s).contains(u"auth.error"_s));
    const QString bannedEn = u"For security reasons, your account is temporarily blocked after too many sign-in "
                             "attempts. Please try again later."_s;
    QCOMPARE(refusal(kiosk, u"nils.ban"_s, u"Bonne-2024"_s), bannedEn);
    QCOMPARE(kiosk.languages.current(), u"en"_s);
}

void TestEntDataEndToEnd::federatedAccountIsToldWhereToGo()
{
    KioskConfig config = configFor(m_url, false);
    config.federatedNotice = noticeText;
    config.federatedNoticeUrl = noticeUrl;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive(QSize(1366, 768)));

    // The school's notice, under the sign-in form, with its QR code and the address in words.
    auto* loginNotice = kiosk.window.loginPage()->findChild<FederatedNotice*>();
    QVERIFY(loginNotice);
    QVERIFY(loginNotice->isVisible());
    QCOMPARE(on<QLabel>(loginNotice, u"federatedNoticeLabel"_s)->text(), noticeText);
    QCOMPARE(on<QrCodeWidget>(loginNotice, u"federatedNoticeQrCode"_s)->text(), noticeUrl.toString());
    QVERIFY(on<QLabel>(loginNotice, u"federatedNoticeCaptionLabel"_s)->text().contains(noticeUrl.toString()));
    QVERIFY(!loginNotice->accessibleName().isEmpty());

    // Théo once signed in with EduConnect: the ENT refuses his ENT password as a wrong one…
    QCOMPARE(refusal(kiosk, u"theo.federe"_s, u"Federe-2024"_s), refusedFr);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(loginNotice->isVisible());

    // …sends him no reset message (the screen says the same neutral sentence as for anyone)…
    const qsizetype before = m_smtp.messages().size();
    kiosk.openHelpTopic(u"lostPasswordButton"_s);
    auto* forgot = kiosk.window.findChild<ForgotPasswordPage*>();
    QTRY_VERIFY(forgot && forgot->isVisible());
    auto* forgotNotice = forgot->findChild<FederatedNotice*>();
    QVERIFY(forgotNotice);
    QVERIFY(forgotNotice->isVisible());
    QCOMPARE(on<QrCodeWidget>(forgotNotice, u"federatedNoticeQrCode"_s)->text(), noticeUrl.toString());
    auto* login = on<QLineEdit>(forgot, u"loginLineEdit"_s);
    login->clear();
    QTest::keyClicks(login, u"theo.federe"_s);
    click(forgot, u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(on<QLabel>(forgot, u"resultLabel"_s)->isVisible(), 15000);
    QVERIFY(on<QLabel>(forgot, u"resultLabel"_s)->text().contains(u"Pensez à vérifier vos spams"_s));
    // A reset asked afterwards for an ordinary account arrives alone: nothing was queued for Théo before it.
    EntClientSettings settings;
    settings.baseUrl = m_url;
    EntClient client(settings);
    const auto asked = await<EntResult>([&](auto done) {
        client.forgotPassword(u"ana.barrier"_s, RecoveryService::Mail, std::move(done));
    });
    QVERIFY(asked && asked->ok());
    QVERIFY(m_smtp.waitForMessages(int(before) + 1, 30000));
    const QList<RecoveryMail> mails = RecoveryMail::since(m_smtp, before);
    QCOMPARE(mails.size(), 1);
    QVERIFY(mails.first().header("To").contains("ana.lambert@example.org"));

    // …and no teacher can make him a renewal code.
    EntClient staff(settings);
    const auto signedIn = await<LoginResult>(
        [&](auto done) { staff.login(u"helene.durand"_s, SecretBytes(u"Helene-2024"_s), std::move(done)); });
    QVERIFY(signedIn && signedIn->ok());
    const auto renewal = await<RenewalCodeResult>(
        [&](auto done) { staff.generateRenewalCode(u"theo.federe"_s, std::move(done)); });
    QVERIFY(renewal);
    QVERIFY(!renewal->ok());
    QVERIFY(renewal->renewalCode.isEmpty());
    // The same teacher gets one for a pupil who is not federated.
    const auto ordinary = await<RenewalCodeResult>(
        [&](auto done) { staff.generateRenewalCode(u"ana.barrier"_s, std::move(done)); });
    QVERIFY(ordinary && ordinary->ok());
}

void TestEntDataEndToEnd::noNoticeByDefault()
{
    KioskHarness kiosk(configFor(m_url, false));
    QVERIFY(kiosk.showActive());
    auto* notice = kiosk.window.loginPage()->findChild<FederatedNotice*>();
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    QVERIFY(!notice->findChild<QrCodeWidget*>());
}

QTEST_MAIN(TestEntDataEndToEnd)
#include "tst_entdata_e2e.moc"
