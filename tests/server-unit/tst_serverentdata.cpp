// The reference server behaving as ENT Core configurations other than the default do (issue #14, ENT protocol §17),
// its pieces called directly: the configuration keys, the mobile number check of activation, the English texts of
// ENT Core (raw keys), an activation that stores exactly what the form carries, federated accounts refused at the
// password check, and the class external ids of userinfo.

#include "common/MobileNumber.h"
#include "common/Translator.h"
#include "config/ServerConfig.h"
#include "domain/AccountActivation.h"
#include "domain/AddressThrottle.h"
#include "domain/CredentialChecker.h"
#include "domain/LoginThrottle.h"
#include "domain/PasswordPolicy.h"
#include "security/PasswordHasher.h"
#include "store/OneTimeCodes.h"
#include "store/Store.h"
#include "store/UserDirectory.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <memory>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestServerEntData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void configurationKeys();
    void configurationRefusesAnUnknownEnglish();
    void mobileNumbers_data();
    void mobileNumbers();
    void englishAsEntCoreAnswersTheMissingKeysRaw();
    void activationStoresExactlyWhatIsPosted();
    void activationWithMandatoryMailAndPhone();
    void activationRefusesTheTermsAloneWithTheRawKey();
    void federatedAccountIsRefusedAtThePasswordCheck();

private:
    QString pendingAccount(const QString& login, const QString& email, const QString& mobile);
    AccountActivation::Result activate(bool mandatoryMail,
                                       bool mandatoryPhone,
                                       const QString& login,
                                       const QString& mail,
                                       const QString& phone,
                                       bool acceptCgu = true);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<OneTimeCodes> m_codes;
    std::unique_ptr<LoginThrottle> m_throttle;
    PasswordPolicy m_policy{u"(?=.*[A-Za-z])(?=.*[0-9]).{8,}"_s, u"règle"_s, u"rule"_s};
    PasswordHasher m_hasher;
    QMap<QString, QString> m_codeOf;
};

void TestServerEntData::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestServerEntData::init()
{
    m_store = std::make_unique<Store>(u":memory:"_s, QByteArray(32, 'k'));
    m_users = std::make_unique<UserDirectory>(*m_store);
    m_codes = std::make_unique<OneTimeCodes>(*m_store, OneTimeCodes::Kind::Activation, 0, 5);
    m_throttle = std::make_unique<LoginThrottle>(*m_store, LoginThrottle::Policy{});
}

void TestServerEntData::cleanup()
{
    m_throttle.reset();
    m_codes.reset();
    m_users.reset();
    m_store.reset();
}

void TestServerEntData::configurationKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"leo-ent.conf"_s);
    // ENT Core's defaults (AuthController, Auth.java): nothing mandatory, no federated check, complete English.
    const ServerConfig defaults = ServerConfig::load(file);
    QVERIFY(!defaults.mandatoryMail);
    QVERIFY(!defaults.mandatoryPhone);
    QVERIFY(!defaults.checkFederatedLogin);
    QVERIFY(!defaults.englishAsEntCore);

    QFile ini(file);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[auth]\nmandatory_mail=true\nmandatory_phone=true\ncheck_federated_login=true\n"
              "[i18n]\nenglish=ent-core\n");
    ini.close();
    const ServerConfig set = ServerConfig::load(file);
    QVERIFY(set.mandatoryMail);
    QVERIFY(set.mandatoryPhone);
    QVERIFY(set.checkFederatedLogin);
    QVERIFY(set.englishAsEntCore);

    // Each key is in the table `config-keys` prints and the template `init` writes.
    const QString keys = ServerConfig::keysText();
    for (const QString& key : {u"mandatory_mail"_s, u"mandatory_phone"_s, u"check_federated_login"_s, u"english"_s})
        QVERIFY2(keys.contains(key), qPrintable(key));
    QVERIFY(ServerConfig::templateText().contains("[i18n]"));
}

void TestServerEntData::configurationRefusesAnUnknownEnglish()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"leo-ent.conf"_s);
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[i18n]\nenglish=partial\n");
    ini.close();
    try {
        ServerConfig::load(file);
        QFAIL("an unknown value was accepted");
    } catch (const std::exception& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(u"i18n/english"_s), error.what());
    }
}

void TestServerEntData::mobileNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("expected"); // the E.164 form, or the error key
    using V = Common::MobileNumber::Verdict;
    QTest::newRow("national") << u"0612345678"_s << int(V::Valid) << u"+33612345678"_s;
    QTest::newRow("spaced") << u" 06 12 34 56 78 "_s << int(V::Valid) << u"+33612345678"_s;
    QTest::newRow("dotted 07") << u"07.81.23.45.67"_s << int(V::Valid) << u"+33781234567"_s;
    QTest::newRow("international") << u"+33 6 12 34 56 78"_s << int(V::Valid) << u"+33612345678"_s;
    QTest::newRow("00 prefix") << u"0033612345678"_s << int(V::Valid) << u"+33612345678"_s;
    QTest::newRow("(0) kept") << u"+33 (0)6 12 34 56 78"_s << int(V::Valid) << u"+33612345678"_s;
    QTest::newRow("Réunion") << u"+262 692 12 34 56"_s << int(V::Valid) << u"+262692123456"_s;
    QTest::newRow("Martinique") << u"+596 696 12 34 56"_s << int(V::Valid) << u"+596696123456"_s;
    QTest::newRow("landline") << u"01 23 45 67 89"_s << int(V::Invalid) << u"phone.validation.error.not.mobile"_s;
    QTest::newRow("toll free") << u"0800 123 456"_s << int(V::Invalid)
                               << u"phone.validation.error.premium.blocked"_s;
    QTest::newRow("too short") << u"06 12 34"_s << int(V::Invalid) << u"phone.validation.error.invalid.number"_s;
    QTest::newRow("too long") << u"06 12 34 56 78 9"_s << int(V::Invalid)
                              << u"phone.validation.error.invalid.number"_s;
    QTest::newRow("letters") << u"06 AB 34 56 78"_s << int(V::Invalid) << u"phone.validation.error.invalid.format"_s;
    QTest::newRow("empty") << u"  "_s << int(V::Invalid) << u"phone.validation.error.empty"_s;
    QTest::newRow("no trunk 0") << u"612345678"_s << int(V::Invalid) << u"phone.validation.error.invalid.number"_s;
    QTest::newRow("another country") << u"+44 7911 123456"_s << int(V::ForeignCountry) << u"+447911123456"_s;
}

void TestServerEntData::mobileNumbers()
{
    QFETCH(QString, typed);
    QFETCH(int, verdict);
    QFETCH(QString, expected);
    const Common::MobileNumber number = Common::MobileNumber::check(typed);
    QCOMPARE(int(number.verdict), verdict);
    QCOMPARE(number.verdict == Common::MobileNumber::Verdict::Invalid ? number.errorKey : number.e164, expected);
}

void TestServerEntData::englishAsEntCoreAnswersTheMissingKeysRaw()
{
    const Translator complete;
    const Translator entCore(Translator::English::EntCore);
    for (const QString& key : {u"auth.error.ban"_s, u"auth.error.blockedUser"_s, u"auth.error.blockedProfileType"_s,
                               u"auth.error.global"_s, u"auth.error.otpDisabled"_s}) {
        QVERIFY2(complete.text(u"en"_s, key) != key, qPrintable(key));
        QCOMPARE(entCore.text(u"en"_s, key), key);
        QCOMPARE(entCore.text(u"fr"_s, key), complete.text(u"fr"_s, key)); // French is whole in ENT Core
    }
    // What ENT Core's en.json has stays translated.
    QCOMPARE(entCore.text(u"en"_s, u"auth.error.authenticationFailed"_s),
             complete.text(u"en"_s, u"auth.error.authenticationFailed"_s));
    QVERIFY(entCore.text(u"en"_s, u"auth.error.authenticationFailed"_s) != u"auth.error.authenticationFailed"_s);
}

QString TestServerEntData::pendingAccount(const QString& login, const QString& email, const QString& mobile)
{
    UserDirectory::Draft draft;
    draft.login = login;
    draft.firstName = u"Lou"_s;
    draft.lastName = u"Lambert"_s;
    draft.school = u"Lycée Jules Verne"_s;
    draft.email = email;
    draft.mobile = mobile;
    m_users->save(draft);
    const QString code = u"k7m3pr9x"_s;
    if (m_users->setActivationCode(login, code, *m_codes) != UserDirectory::ActivationCode::Issued)
        return {};
    m_codeOf.insert(login, code);
    return code;
}

AccountActivation::Result TestServerEntData::activate(bool mandatoryMail,
                                                      bool mandatoryPhone,
                                                      const QString& login,
                                                      const QString& mail,
                                                      const QString& phone,
                                                      bool acceptCgu)
{
    AccountActivation activation(
        {*m_store, *m_codes, m_policy, m_hasher, *m_throttle, true, mandatoryMail, mandatoryPhone});
    return activation.activate(
        {login, m_codeOf.value(login), "Garonne2026", "Garonne2026", acceptCgu, mail, phone});
}

void TestServerEntData::activationStoresExactlyWhatIsPosted()
{
    // DefaultUserAuthAccount.activateAccount sets email and mobile to what the form carries.
    QVERIFY(!pendingAccount(u"lou.same"_s, u"lou@example.org"_s, u"0612345678"_s).isEmpty());
    QVERIFY(activate(false, false, u"lou.same"_s, u"lou@example.org"_s, u"06 12 34 56 78"_s).errors.isEmpty());
    QCOMPARE(m_users->findByLogin(u"lou.same"_s)->email, u"lou@example.org"_s);
    QCOMPARE(m_users->findByLogin(u"lou.same"_s)->mobile, u"+33612345678"_s); // E.164, as ENT Core stores it

    // A form that leaves them out erases them: that is why the page (and the kiosk) sends them back.
    QVERIFY(!pendingAccount(u"lou.erased"_s, u"lou2@example.org"_s, u"0612345679"_s).isEmpty());
    const AccountActivation::Result erased = activate(false, false, u"lou.erased"_s, {}, {});
    QVERIFY2(erased.errors.isEmpty(), qPrintable(erased.errors.join(u", "_s)));
    QVERIFY(!erased.userId.isEmpty());
    QVERIFY(m_users->findByLogin(u"lou.erased"_s)->email.isEmpty());
    QVERIFY(m_users->findByLogin(u"lou.erased"_s)->mobile.isEmpty());
}

void TestServerEntData::activationWithMandatoryMailAndPhone()
{
    QVERIFY(!pendingAccount(u"max.mandatory"_s, {}, {}).isEmpty());
    AccountActivation::Result missing = activate(true, true, u"max.mandatory"_s, {}, {});
    QCOMPARE(missing.errors,
             (QStringList{u"auth.activation.error.email.mandatory"_s, u"auth.activation.error.phone.mandatory"_s}));
    QVERIFY(missing.userId.isEmpty());

    // Checked as PhoneValidation does, with its keys; the code is not used up by a refused form.
    AccountActivation::Result landline = activate(true, true, u"max.mandatory"_s, u"max@example"_s, u"0123456789"_s);
    QCOMPARE(landline.errors, (QStringList{u"auth.activation.error.email.format"_s,
                                           u"phone.validation.error.not.mobile"_s}));
    // Stricter than ENT Core: a number outside the French plan is refused, not judged.
    QCOMPARE(activate(true, true, u"max.mandatory"_s, u"max@example.org"_s, u"+44 7911 123456"_s).errors,
             QStringList{u"phone.validation.error.invalid.number"_s});

    const AccountActivation::Result done =
        activate(true, true, u"max.mandatory"_s, u"max@example.org"_s, u"07 81 23 45 67"_s);
    QVERIFY2(done.errors.isEmpty(), qPrintable(done.errors.join(u", "_s)));
    QCOMPARE(m_users->findByLogin(u"max.mandatory"_s)->mobile, u"+33781234567"_s);
}

void TestServerEntData::activationRefusesTheTermsAloneWithTheRawKey()
{
    // AuthController.activeAccountSubmit: the terms first, alone, the key untranslated; nothing else is checked.
    QVERIFY(!pendingAccount(u"ana.terms"_s, {}, {}).isEmpty());
    const AccountActivation::Result refused = activate(true, true, u"ana.terms"_s, {}, {}, false);
    QCOMPARE(refused.errors, QStringList{u"invalid.cgu"_s});
    QVERIFY(refused.cguRefused);
    QVERIFY(refused.userId.isEmpty());
}

void TestServerEntData::federatedAccountIsRefusedAtThePasswordCheck()
{
    UserDirectory::Draft draft;
    draft.login = u"theo.federe"_s;
    draft.firstName = u"Théo"_s;
    draft.lastName = u"Lambert"_s;
    draft.school = u"Lycée Jules Verne"_s;
    m_users->save(draft);
    QVERIFY(m_users->setPasswordHash(u"theo.federe"_s, m_hasher.hash("Federe-2024")));
    AddressThrottle addresses({});
    CredentialChecker plain(*m_users, m_hasher, *m_throttle, addresses, false);
    CredentialChecker checking(*m_users, m_hasher, *m_throttle, addresses, true);
    QCOMPARE(checking.check(u"theo.federe"_s, "Federe-2024").outcome, CredentialChecker::Outcome::Accepted);

    QVERIFY(m_users->setFederated(u"theo.federe"_s, true));
    QVERIFY(m_users->findByLogin(u"theo.federe"_s)->federated);
    // check-federated-login: the account is not found, its password is a wrong one.
    QCOMPARE(checking.check(u"theo.federe"_s, "Federe-2024").outcome, CredentialChecker::Outcome::Failed);
    // Without it (ENT Core's code default), the flag changes nothing.
    QCOMPARE(plain.check(u"theo.federe"_s, "Federe-2024").outcome, CredentialChecker::Outcome::Accepted);
    QVERIFY(!m_users->setFederated(u"nobody"_s, true));
}

QTEST_MAIN(TestServerEntData)
#include "tst_serverentdata.moc"
