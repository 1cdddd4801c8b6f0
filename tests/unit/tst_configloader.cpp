#include "ConfigLoader.h"

#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(result.config.oauthScope, u"userinfo auth"_s);
        QCOMPARE(result.config.allowRememberMe, false);
        QCOMPARE(result.config.requestTimeoutMs, 10000);
        QCOMPARE(result.config.languages, (QStringList{u"fr"_s, u"en"_s}));
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
        QVERIFY(result.errors.first().startsWith(u"oauth_scope: "_s));
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
        QCOMPARE(ConfigLoader::effectiveValue(result.config, u"languages"_s), u"fr,en"_s);
    }

    void userAgent()
    {
        KioskConfig config;
        QCOMPARE(config.userAgent(), QByteArray("leo-kiosk/" LEOKIOSK_VERSION));
        config.siteName = u"Lycée Jean (Moulin)\tAmiens"_s;
        QCOMPARE(config.userAgent(), QByteArray("leo-kiosk/" LEOKIOSK_VERSION " (Lycee Jean Moulin Amiens)"));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
