#include "core/config/ConfigLoader.h"
#include "core/secrets/AdminPin.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

class TestConfigLoader final : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a test file");
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void schemaListsEveryKey()
    {
        const QStringList required{
            u"ent_url"_s,     u"profile"_s,           u"oauth_client_id"_s, u"oauth_client_secret"_s,
            u"oauth_scope"_s, u"allow_remember_me"_s, u"request_timeout"_s, u"site_name"_s,
            u"languages"_s,   u"default_language"_s,  u"ca_bundle"_s};
        QStringList names;
        for (const ConfigKey& key : ConfigLoader::schema()) {
            QVERIFY2(!key.type.isEmpty() && !key.description.isEmpty(), qPrintable(key.name));
            names.append(key.name);
        }
        for (const QString& name : required)
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void defaults()
    {
        const ConfigLoadResult result = ConfigLoader::load({}, QString(), QString());
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        const KioskConfig defaults;
        QCOMPARE(result.config.entUrl, defaults.entUrl);
        QCOMPARE(result.config.profile, KioskProfile::Kiosk);
        QCOMPARE(result.config.oauthScope, u"userinfo auth directory"_s);
        QCOMPARE(result.config.allowRememberMe, false);
        QCOMPARE(result.config.requestTimeoutMs, 10000);
        QCOMPARE(result.config.languages,
                 (QStringList{u"fr"_s, u"en"_s, u"ar"_s, u"uk"_s, u"pt"_s, u"tr"_s, u"ro"_s, u"es"_s}));
        QCOMPARE(result.config.defaultLanguage, u"fr"_s);
        QVERIFY(result.config.caBundle.isEmpty());
        QVERIFY(!result.config.usesOAuth());
        for (const ConfigKey& key : ConfigLoader::schema())
            QCOMPARE(result.sourceOf.value(key.name), u"default"_s);
    }

    void precedenceAndSources()
    {
        const QString user =
            writeFile(u"user.conf"_s, "site_name=Lycée Utilisateur\nrequest_timeout=2000\nprofile=desktop\n"
                                      "languages=fr,en\n");
        const QString system =
            writeFile(u"system.conf"_s, "site_name=Lycée Système\nprofile=desktop\nent_url=https://ent.example.fr\n");
        const QMap<QString, QString> commandLine{{u"profile"_s, u"kiosk"_s}};

        const ConfigLoadResult result = ConfigLoader::load(commandLine, system, user);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.config.siteName, u"Lycée Système"_s);
        QCOMPARE(result.sourceOf.value(u"site_name"_s), u"system:"_s + system);
        QCOMPARE(result.config.requestTimeoutMs, 2000);
        QCOMPARE(result.sourceOf.value(u"request_timeout"_s), u"user"_s);
        QCOMPARE(result.config.profile, KioskProfile::Kiosk);
        QCOMPARE(result.sourceOf.value(u"profile"_s), u"command line"_s);
        QCOMPARE(result.config.entUrl, QUrl(u"https://ent.example.fr"_s));
        QCOMPARE(result.config.languages, (QStringList{u"fr"_s, u"en"_s}));
        QCOMPARE(result.sourceOf.value(u"languages"_s), u"user"_s);
        QCOMPARE(result.sourceOf.value(u"oauth_scope"_s), u"default"_s);
    }

    void missingFilesAreSkipped()
    {
        const ConfigLoadResult result =
            ConfigLoader::load({}, m_dir.filePath(u"absent.conf"_s), m_dir.filePath(u"absent-too.conf"_s));
        QVERIFY(result.ok());
    }

    void invalidValuesNameTheKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("namedKey");
        const auto row = [](const char* name, const QString& key, const QString& value, const QString& named = {}) {
            QTest::newRow(name) << key << value << (named.isEmpty() ? key : named);
        };
        row("url not a url", u"ent_url"_s, u"not a url"_s);
        row("url ftp", u"ent_url"_s, u"ftp://ent.example.fr"_s);
        row("url plain http", u"ent_url"_s, u"http://ent.example.fr"_s);
        row("url http private address", u"ent_url"_s, u"http://192.168.1.10"_s);
        row("url with path", u"ent_url"_s, u"https://ent.example.fr/portail"_s);
        row("url with query", u"ent_url"_s, u"https://ent.example.fr/?a=b"_s);
        row("url with user", u"ent_url"_s, u"https://admin@ent.example.fr"_s);
        row("profile", u"profile"_s, u"school"_s);
        row("bool", u"allow_remember_me"_s, u"maybe"_s);
        row("int text", u"request_timeout"_s, u"ten"_s);
        row("int too small", u"request_timeout"_s, u"10"_s);
        row("int too large", u"request_timeout"_s, u"999999"_s);
        row("languages", u"languages"_s, u"fr,english"_s);
        row("languages empty item", u"languages"_s, u"fr,,en"_s);
        row("default language code", u"default_language"_s, u"français"_s);
        row("default language not offered", u"default_language"_s, u"de"_s);
        row("ca bundle missing", u"ca_bundle"_s, u"/nonexistent/ca.pem"_s);
        row("client id without secret", u"oauth_client_id"_s, u"kiosk"_s, u"oauth_client_secret"_s);
        row("secret without client id", u"oauth_client_secret"_s, u"s3cret"_s, u"oauth_client_id"_s);
        row("retention zero", u"journal_retention_days"_s, u"0"_s);
        row("idle too short", u"idle_timeout"_s, u"5"_s);
        row("idle text", u"idle_timeout"_s, u"two minutes"_s);
        row("countdown negative", u"idle_countdown"_s, u"-1"_s);
        row("session max too short", u"session_max"_s, u"30"_s);
        row("session max too long", u"session_max"_s, u"100000"_s);
        row("restart bool", u"restart_on_logout"_s, u"sometimes"_s);
        row("pin hash not argon2id", u"admin_pin_hash"_s, u"$2y$10$abcdefghijklmnopqrstuv"_s);
        row("pin hash argon2i", u"admin_pin_hash"_s,
            u"$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA"_s);
        row("pin hash too costly", u"admin_pin_hash"_s,
            u"$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA"_s);
        row("gesture one modifier", u"admin_gesture"_s, u"Ctrl+A"_s);
        row("gesture shift only", u"admin_gesture"_s, u"Shift+Shift+A"_s);
        row("gesture no ctrl alt meta", u"admin_gesture"_s, u"Shift+Meta2+A"_s);
        row("gesture word key", u"admin_gesture"_s, u"Ctrl+Alt+Delete"_s);
        row("gesture unknown", u"admin_gesture"_s, u"triple-tap"_s);
        row("cursor bool", u"hide_cursor"_s, u"auto"_s);
        row("keyboard bool", u"virtual_keyboard"_s, u"maybe"_s);
        row("attract bool", u"attract_screen"_s, u"2"_s);
        row("help url http", u"help_url"_s, u"http://aide.example.fr"_s);
        row("help url not a url", u"help_url"_s, u"aide"_s);
        row("federated notice url http", u"federated_notice_url"_s, u"http://ent.example.fr/educonnect"_s);
        row("federated notice too long", u"federated_notice"_s, QString(401, u'x'));
        row("federated notice url alone", u"federated_notice_url"_s, u"https://ent.example.fr/educonnect"_s);
        row("contacts no who", u"support_contacts"_s, u"|CDI|||cdi@lycee.fr"_s);
        row("contacts unreachable", u"support_contacts"_s, u"Vie scolaire||8 h-17 h||"_s);
        row("contacts bad mail", u"support_contacts"_s, u"CDI||||cdi-at-lycee"_s);
        row("contacts bad phone", u"support_contacts"_s, u"CDI|||appelez-nous|"_s);
        row("contacts six fields", u"support_contacts"_s, u"CDI|a|b|0102030405|cdi@lycee.fr|extra"_s);
        row("pins not base64", u"ent_spki_pins"_s, u"not-a-pin"_s);
        row("pins sha1", u"ent_spki_pins"_s, u"2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s);
    }

    void invalidValuesNameTheKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, namedKey);
        const ConfigLoadResult result = ConfigLoader::load({{key, value}}, QString(), QString());
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(namedKey + u": "_s), qPrintable(result.errors.first()));
    }

    void caBundleWithoutCertificate()
    {
        const QString path = writeFile(u"empty.pem"_s, "not a certificate\n");
        const ConfigLoadResult result = ConfigLoader::load({{u"ca_bundle"_s, path}}, QString(), QString());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().startsWith(u"ca_bundle: "_s));
    }

    void oauthScopeMustAllowUserinfo()
    {
        const ConfigLoadResult result = ConfigLoader::load(
            {{u"oauth_client_id"_s, u"kiosk"_s}, {u"oauth_client_secret"_s, u"s"_s}, {u"oauth_scope"_s, u"auth"_s}},
            QString(), QString());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().startsWith(u"oauth_scope: must include userinfo"_s));
    }

    // ENT protocol §17 item 10: without the whole word auth the ENT refuses the token on requirements, terms and the
    // password change; without directory only Mon compte's recovery address is lost.
    void oauthScopeMustAllowAuth()
    {
        const QMap<QString, QString> client{{u"oauth_client_id"_s, u"kiosk"_s}, {u"oauth_client_secret"_s, u"s"_s}};
        QMap<QString, QString> withoutAuth = client;
        withoutAuth.insert(u"oauth_scope"_s, u"userinfo authentication directory"_s);
        const ConfigLoadResult refused = ConfigLoader::load(withoutAuth, QString(), QString());
        QCOMPARE(refused.errors.size(), 1);
        QVERIFY(refused.errors.first().startsWith(u"oauth_scope: must include auth"_s));
        QMap<QString, QString> withoutDirectory = client;
        withoutDirectory.insert(u"oauth_scope"_s, u"userinfo auth"_s);
        const ConfigLoadResult warned = ConfigLoader::load(withoutDirectory, QString(), QString());
        QVERIFY(warned.ok());
        QVERIFY(warned.warnings.join(u'\n').contains(u"oauth_scope: without directory"_s));
    }

    void everyInvalidValueIsReported()
    {
        const QString system = writeFile(u"bad.conf"_s, "profile=school\nrequest_timeout=soon\nallow_remember_me=2\n");
        const ConfigLoadResult result =
            ConfigLoader::load({{u"ent_url"_s, u"http://ent.example.fr"_s}}, system, QString());
        QCOMPARE(result.errors.size(), 4);
        const QString all = result.errors.join(u'\n');
        for (const QString& key : {u"profile"_s, u"request_timeout"_s, u"allow_remember_me"_s, u"ent_url"_s})
            QVERIFY2(all.contains(key + u": "_s), qPrintable(all));
        QVERIFY(all.contains(u"from system:"_s + system));
        QVERIFY(all.contains(u"from command line"_s));
        // a refused value does not replace the one below it
        QCOMPARE(result.config.profile, KioskProfile::Kiosk);
        QCOMPARE(result.sourceOf.value(u"profile"_s), u"default"_s);
    }

    void httpRefusalSaysWhy()
    {
        const ConfigLoadResult result =
            ConfigLoader::load({{u"ent_url"_s, u"http://ent.example.fr"_s}}, QString(), QString());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().contains(u"https://"_s));
        QVERIFY(result.errors.first().contains(u"127.0.0.1"_s));
    }

    void loopbackHttpIsAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8090"_s;
        QTest::newRow("127/8") << u"http://127.12.0.3"_s;
        QTest::newRow("::1") << u"http://[::1]:8080/"_s;
        QTest::newRow("localhost") << u"http://localhost:1234"_s;
        QTest::newRow("LOCALHOST") << u"HTTP://LOCALHOST"_s;
        QTest::newRow("https anywhere") << u"https://ent.example.fr/"_s;
    }

    void loopbackHttpIsAccepted()
    {
        QFETCH(QString, url);
        const ConfigLoadResult result = ConfigLoader::load({{u"ent_url"_s, url}}, QString(), QString());
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.config.entUrl.path().isEmpty());
    }

    void kioskNeverRemembers()
    {
        ConfigLoadResult result =
            ConfigLoader::load({{u"profile"_s, u"kiosk"_s}, {u"allow_remember_me"_s, u"true"_s}}, QString(), QString());
        QVERIFY(result.ok());
        QVERIFY(result.config.allowRememberMe);
        QVERIFY(!result.config.rememberMeAvailable());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().startsWith(u"allow_remember_me: "_s));

        result = ConfigLoader::load({{u"profile"_s, u"desktop"_s}, {u"allow_remember_me"_s, u"yes"_s}}, QString(),
                                    QString());
        QVERIFY(result.config.rememberMeAvailable());
        result = ConfigLoader::load({{u"profile"_s, u"desktop"_s}}, QString(), QString());
        QVERIFY(!result.config.rememberMeAvailable());
    }

    void unknownKeysAreWarnings()
    {
        const QString user = writeFile(u"unknown.conf"_s, "site_nmae=typo\n");
        const ConfigLoadResult result = ConfigLoader::load({}, QString(), user);
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().startsWith(u"site_nmae: "_s));
    }

    void effectiveValueHidesTheSecret()
    {
        const ConfigLoadResult result = ConfigLoader::load(
            {{u"oauth_client_id"_s, u"kiosk"_s}, {u"oauth_client_secret"_s, u"s3cret-value"_s}}, QString(), QString());
        QVERIFY(result.ok());
        QCOMPARE(ConfigLoader::effectiveValue(result.config, u"oauth_client_id"_s), u"kiosk"_s);
        QVERIFY(!ConfigLoader::effectiveValue(result.config, u"oauth_client_secret"_s).contains(u"s3cret"_s));
        QCOMPARE(ConfigLoader::effectiveValue(result.config, u"request_timeout"_s), u"10000"_s);
        QCOMPARE(ConfigLoader::effectiveValue(result.config, u"languages"_s), u"fr,en,ar,uk,pt,tr,ro,es"_s);
    }

    void kioskShellDefaultsFollowTheProfile()
    {
        const ConfigLoadResult kiosk = ConfigLoader::load({}, QString(), QString());
        QVERIFY(kiosk.ok());
        QVERIFY2(kiosk.warnings.isEmpty(), qPrintable(kiosk.warnings.join(u'\n')));
        QCOMPARE(kiosk.config.idleTimeoutSeconds, 120);
        QCOMPARE(kiosk.config.idleCountdownSeconds, 30);
        QCOMPARE(kiosk.config.sessionMaxSeconds, 900);
        QCOMPARE(kiosk.config.journalRetentionDays, 7);
        QCOMPARE(kiosk.config.adminPinLockoutSeconds, 300);
        QVERIFY(!kiosk.config.restartOnLogout && !kiosk.config.hideCursor && !kiosk.config.virtualKeyboard &&
                !kiosk.config.attractScreen);
        QVERIFY(kiosk.config.adminGestureIsCornerTaps());
        QVERIFY(kiosk.config.adminPinHash.isEmpty() && kiosk.config.helpUrl.isEmpty() &&
                kiosk.config.supportContacts.isEmpty() && kiosk.config.entSpkiPins.isEmpty());

        const ConfigLoadResult desktop = ConfigLoader::load({{u"profile"_s, u"desktop"_s}}, QString(), QString());
        QVERIFY(desktop.ok());
        QCOMPARE(desktop.config.idleTimeoutSeconds, 600);
        QCOMPARE(desktop.config.sessionMaxSeconds, 0);
        QCOMPARE(desktop.config.idleCountdownSeconds, 30);
        QCOMPARE(desktop.sourceOf.value(u"idle_timeout"_s), u"default"_s);
        QCOMPARE(ConfigLoader::effectiveValue(desktop.config, u"idle_timeout"_s), u"600"_s);

        // A value IT set wins over the profile's default, from any source and in any order.
        const QString system = writeFile(u"desktop.conf"_s, "profile=desktop\nsession_max=3600\n");
        const ConfigLoadResult set = ConfigLoader::load({{u"idle_timeout"_s, u"300"_s}}, system, QString());
        QVERIFY(set.ok());
        QCOMPARE(set.config.idleTimeoutSeconds, 300);
        QCOMPARE(set.config.sessionMaxSeconds, 3600);
        bool found = false;
        for (const ConfigKey& key : ConfigLoader::schema()) {
            if (key.name == u"idle_timeout"_s) {
                QCOMPARE(key.defaultValue, u"120"_s);
                QCOMPARE(key.desktopDefault, u"600"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void adminGestureIsNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("corner taps") << u" Corner-Taps "_s << u"corner-taps"_s;
        QTest::newRow("as documented") << u"Ctrl+Alt+Shift+A"_s << u"Ctrl+Alt+Shift+A"_s;
        QTest::newRow("any order and case") << u"shift + alt+control+k"_s << u"Ctrl+Alt+Shift+K"_s;
        QTest::newRow("function key") << u"Ctrl+Meta+f12"_s << u"Ctrl+Meta+F12"_s;
        QTest::newRow("digit") << u"Alt+Shift+7"_s << u"Alt+Shift+7"_s;
    }

    void adminGestureIsNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalised);
        const ConfigLoadResult result = ConfigLoader::load({{u"admin_gesture"_s, typed}}, QString(), QString());
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.config.adminGesture, normalised);
    }

    void adminPinHashIsCheckedAndHidden()
    {
        const std::optional<QString> hash = AdminPin::hash(SecretBytes(u"482916"_s));
        QVERIFY(hash.has_value());
        const ConfigLoadResult result = ConfigLoader::load({{u"admin_pin_hash"_s, *hash}}, QString(), QString());
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.config.adminPinHash, *hash);
        QCOMPARE(ConfigLoader::effectiveValue(result.config, u"admin_pin_hash"_s), u"(set, not shown)"_s);
    }

    void supportContactsFromAnIniFile()
    {
        // Quoted as one value with ';' between entries, or as a list of quoted entries: both read the same.
        const QString single = writeFile(
            u"contacts.conf"_s,
            u"support_contacts=\"Vie scolaire|Bâtiment A, rez-de-chaussée|lundi-vendredi 8 h-17 h|03 22 00 00 01|"
            u"vie.scolaire@lycee.example.fr; CDI|Premier étage||| cdi@lycee.example.fr\"\n"_s.toUtf8());
        const QString list = writeFile(
            u"contacts-list.conf"_s,
            u"support_contacts=\"Vie scolaire|Bâtiment A, rez-de-chaussée|lundi-vendredi 8 h-17 h|03 22 00 00 01|"
            u"vie.scolaire@lycee.example.fr\", \"CDI|Premier étage|||cdi@lycee.example.fr\"\n"_s.toUtf8());
        const QList<AssistanceContact> expected{
            {u"Vie scolaire"_s, u"Bâtiment A, rez-de-chaussée"_s, u"lundi-vendredi 8 h-17 h"_s, u"03 22 00 00 01"_s,
             u"vie.scolaire@lycee.example.fr"_s},
            {u"CDI"_s, u"Premier étage"_s, QString(), QString(), u"cdi@lycee.example.fr"_s}};
        for (const QString& file : {single, list}) {
            const ConfigLoadResult result = ConfigLoader::load({}, file, QString());
            QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
            QCOMPARE(result.config.supportContacts, expected);
        }
        const ConfigLoadResult shown = ConfigLoader::load({}, single, QString());
        const QString text = ConfigLoader::effectiveValue(shown.config, u"support_contacts"_s);
        QString error;
        QCOMPARE(AssistanceContact::parseList(text, error), std::optional(expected)); // shown as it is written
    }

    void spkiPinsAreParsedAndShown()
    {
        const QString pin = u"QCKgfsT1XRFS3vCzZ9zUI20zucxvwSyGqc9P5g6PiNE="_s;
        const ConfigLoadResult result = ConfigLoader::load(
            {{u"ent_url"_s, u"https://ent.example.fr"_s},
             {u"ent_spki_pins"_s, u"sha256/"_s + pin + u", "_s + pin + u" 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s}},
            QString(), QString());
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.config.entSpkiPins.size(), 2); // the repeated pin counts once
        QCOMPARE(ConfigLoader::effectiveValue(result.config, u"ent_spki_pins"_s),
                 pin + u", 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s);
        QVERIFY(result.warnings.isEmpty());

        const ConfigLoadResult plain = ConfigLoader::load({{u"ent_spki_pins"_s, pin}}, QString(), QString());
        QVERIFY(plain.ok());
        QCOMPARE(plain.warnings.size(), 1); // an http ENT has no certificate to pin
        QVERIFY(plain.warnings.first().startsWith(u"ent_spki_pins: "_s));
    }

    void userAgent()
    {
        KioskConfig config;
        QCOMPARE(config.userAgent(), QByteArray("leo-kiosk/" LEOKIOSK_VERSION));
        config.siteName = u"Lycée Jean (Moulin)\tAmiens"_s;
        QCOMPARE(config.userAgent(), QByteArray("leo-kiosk/" LEOKIOSK_VERSION " (Lycee Jean Moulin Amiens)"));
    }

    void federatedNotice()
    {
        // Off by default (issue #14): no text, no QR code.
        const ConfigLoadResult defaults = ConfigLoader::load({}, QString(), QString());
        QVERIFY(defaults.config.federatedNotice.isEmpty());
        QVERIFY(defaults.config.federatedNoticeUrl.isEmpty());
        const ConfigLoadResult set = ConfigLoader::load(
            {{u"federated_notice"_s, u"  Votre lycée utilise\n ÉduConnect : connectez-vous sur le site de l'ENT. "_s},
             {u"federated_notice_url"_s, u"https://ent.example.fr/educonnect"_s}},
            QString(), QString());
        QVERIFY2(set.ok(), qPrintable(set.errors.join(u'\n')));
        QCOMPARE(set.config.federatedNotice, u"Votre lycée utilise ÉduConnect : connectez-vous sur le site de l'ENT."_s);
        QCOMPARE(set.config.federatedNoticeUrl, QUrl(u"https://ent.example.fr/educonnect"_s));
        // Listed with the others (--diagnostics shows the effective value of every key of the schema).
        QCOMPARE(ConfigLoader::effectiveValue(set.config, u"federated_notice_url"_s),
                 u"https://ent.example.fr/educonnect"_s);
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
