// The server's ENT Core variants that are pure functions (ENT protocol §17): where a secured route sends a caller
// without a session (web-utils UserAuthFilter.redirectLogin: loginUri, callbackParam, the port-8009 rewrite), which
// paths ENT Core's MFA check stops (MandatoryUserValidationFilter.checkMfa), and the configuration keys that set them.

#include "common/SafeRedirect.h"
#include "config/ServerConfig.h"
#include "http/AuthFilter.h"
#include "http/LoginRedirect.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <stdexcept>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestServerEntVariants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginRedirect_data();
    void loginRedirect();
    void mfaStops_data();
    void mfaStops();
    void variantKeysAreRead();
    void variantKeysDefaultToEntCoresDefaults();
    void unknownMfaTypeIsRefused();
};

void TestServerEntVariants::loginRedirect_data()
{
    QTest::addColumn<QString>("loginUri");
    QTest::addColumn<QString>("callbackParam");
    QTest::addColumn<bool>("rewrite");
    QTest::addColumn<bool>("forwardedFor");
    QTest::addColumn<QString>("location");

    const QString callback = u"http%3A%2F%2Fent.example.fr%2Fauth%2FchangePassword%3Fa%3D1"_s;
    QTest::newRow("default") << QString() << QString() << false << false
                             << u"http://ent.example.fr/auth/login?callback="_s + callback;
    QTest::newRow("default, rewrite asked but X-Forwarded-For")
        << QString() << QString() << true << true << u"http://ent.example.fr/auth/login?callback="_s + callback;
    // location.split(":")[0] + ":8009": the scheme, then the port; the host is lost.
    QTest::newRow("default, rewritten") << QString() << QString() << true << false
                                        << u"http:8009/auth/login?callback="_s + callback;
    QTest::newRow("path elsewhere, rewritten")
        << u"/cas/login"_s << u"service"_s << true << false << u"http:8009/cas/login?service="_s + callback;
    QTest::newRow("path elsewhere") << u"/cas/login?renew=true"_s << u"service"_s << false << false
                                    << u"http://ent.example.fr/cas/login?renew=true&service="_s + callback;
    QTest::newRow("absolute, no callback") << u"https://portail.example.org/connexion"_s << QString() << true << false
                                           << u"https://portail.example.org/connexion"_s;
}

void TestServerEntVariants::loginRedirect()
{
    QFETCH(QString, loginUri);
    QFETCH(QString, callbackParam);
    QFETCH(bool, rewrite);
    QFETCH(bool, forwardedFor);
    QFETCH(QString, location);
    const SafeRedirect origin(QUrl(u"http://ent.example.fr"_s));
    const LoginRedirect redirect({loginUri, callbackParam, rewrite}, origin);
    QCOMPARE(redirect.location("/auth/changePassword?a=1", forwardedFor), location);
}

void TestServerEntVariants::mfaStops_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("stops");

    QTest::newRow("mail state") << QByteArray("GET") << u"/directory/user/mailstate"_s << true;
    QTest::newRow("mail state, PUT") << QByteArray("PUT") << u"/directory/user/mailstate"_s << true;
    QTest::newRow("/auth/ always passes") << QByteArray("POST") << u"/auth/changePassword"_s << false;
    QTest::newRow("renewal code") << QByteArray("POST") << u"/auth/generatePasswordRenewalCode"_s << false;
    QTest::newRow("/userbook/ GET passes") << QByteArray("GET") << u"/userbook/api/person"_s << false;
    QTest::newRow("/userbook/ PUT") << QByteArray("PUT") << u"/userbook/api/person"_s << false; // not protected
    QTest::newRow("mon-compte is not let through") << QByteArray("GET") << u"/userbook/mon-compte/directory/x"_s
                                                   << true;
    QTest::newRow("not protected") << QByteArray("GET") << u"/timeline/lastNotifications"_s << false;
}

void TestServerEntVariants::mfaStops()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, stops);
    QCOMPARE(AuthFilter::mfaStops(method, path, {u"/directory/"_s, u"/admin/"_s}), stops);
    QVERIFY(!AuthFilter::mfaStops(method, path, {}));
}

namespace {

ServerConfig loadWith(const QTemporaryDir& dir, const QByteArray& auth)
{
    const QString path = dir.filePath(u"server.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write the configuration");
    file.write("[store]\nkey_env=LEO_TEST_KEY\n[auth]\n" + auth);
    file.close();
    return ServerConfig::load(path);
}

} // namespace

void TestServerEntVariants::variantKeysAreRead()
{
    QTemporaryDir dir;
    const ServerConfig config = loadWith(dir, "login_uri=/cas/login\ncallback_param=service\n"
                                              "login_redirect_port_8009=true\nxsrf_on_auth=false\n"
                                              "requirements_route=false\nmfa_types=sms totp\n"
                                              "mfa_protected_urls=/directory/ /admin/\n");
    QCOMPARE(config.loginUri, u"/cas/login"_s);
    QCOMPARE(config.callbackParam, u"service"_s);
    QVERIFY(config.loginRedirectPort8009);
    QVERIFY(!config.xsrfOnAuth);
    QVERIFY(!config.requirementsRoute);
    QCOMPARE(config.mfaTypes, (QStringList{u"sms"_s, u"totp"_s}));
    QCOMPARE(config.mfaProtectedUrls, (QStringList{u"/directory/"_s, u"/admin/"_s}));
}

void TestServerEntVariants::variantKeysDefaultToEntCoresDefaults()
{
    QTemporaryDir dir;
    const ServerConfig config = loadWith(dir, {});
    QVERIFY(config.loginUri.isEmpty());
    QVERIFY(!config.loginRedirectPort8009);
    QVERIFY(config.xsrfOnAuth);
    QVERIFY(config.requirementsRoute);
    QVERIFY(config.mfaTypes.isEmpty());
}

void TestServerEntVariants::unknownMfaTypeIsRefused()
{
    QTemporaryDir dir;
    try {
        loadWith(dir, "mfa_types=sms fido\n");
        QFAIL("a type ENT Core does not know was accepted");
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(u"auth/mfa_types"_s), error.what());
    }
}

QTEST_GUILESS_MAIN(TestServerEntVariants)
#include "tst_serverentvariants.moc"
