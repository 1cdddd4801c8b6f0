// SafeRedirect: redirect targets built from public_url only, never from the request (ENT protocol §1.3, §3.11).

#include "common/SafeRedirect.h"

#include <QTest>
#include <QUrl>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestSafeRedirect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absoluteIsOnOurOrigin();
    void location_data();
    void location();
    void afterReset_data();
    void afterReset();
    void rootKeepsThePublicPath();
    void defaultPortIsTheSameOrigin();
};

namespace {

const QUrl publicUrl(u"https://ent.example.fr"_s);

} // namespace

void TestSafeRedirect::absoluteIsOnOurOrigin()
{
    const SafeRedirect redirect(publicUrl);
    QCOMPARE(redirect.absolute("/auth/reset/k7m3pq9x?login=zoe.roux"),
             u"https://ent.example.fr/auth/reset/k7m3pq9x?login=zoe.roux"_s);
    const SafeRedirect withUser(QUrl(u"https://user:pw@ent.example.fr:8443/base/?q#f"_s));
    QCOMPARE(withUser.absolute("/x"), u"https://ent.example.fr:8443/x"_s);
}

namespace {

// A callback and where location() sends the browser; nullptr: the root of public_url, the answer to anything refused.
struct Callback
{
    const char* callback;
    const char* location;
};

const Callback callbacks[] = {
    {"", nullptr},
    {"/timeline/timeline", "https://ent.example.fr/timeline/timeline"},
    {"%2Fwelcome%3Fa%3D1", "https://ent.example.fr/welcome?a=1"}, // decoded once more, as ENT Core does
    {"/caf%C3%A9", "https://ent.example.fr/caf%C3%A9"},
    {"https://ent.example.fr/conversation", "https://ent.example.fr/conversation"},
    {"https://ent.example.fr", nullptr}, // our origin, but no path
    {"https://evil.example/x", nullptr},
    {"https://ent.example.fr:8443/x", nullptr},
    {"http://ent.example.fr/x", nullptr},
    {"https://me@ent.example.fr/x", nullptr},
    {"//evil.example/x", nullptr},
    {"%2F%2Fevil.example", nullptr},
    {"/\\evil.example", nullptr},
    {"/a b", nullptr},
    {"/a%0Ab", nullptr},
    {"javascript:alert(1)", nullptr},
    {"timeline", nullptr},
    {"/auth/login?callBack=%2F", nullptr}, // a loop
};

} // namespace

void TestSafeRedirect::location_data()
{
    QTest::addColumn<QString>("callback");
    QTest::addColumn<QString>("expected");
    for (const Callback& row : callbacks) {
        QTest::addRow("[%s]", row.callback)
            << QString::fromUtf8(row.callback)
            << QString::fromUtf8(row.location ? row.location : "https://ent.example.fr/");
    }
}

void TestSafeRedirect::location()
{
    QFETCH(QString, callback);
    QFETCH(QString, expected);
    QCOMPARE(SafeRedirect(publicUrl).location(callback), expected);
}

void TestSafeRedirect::afterReset_data()
{
    QTest::addColumn<QString>("callback");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QString() << u"https://ent.example.fr/auth/login"_s;
    QTest::newRow("the login page is allowed")
        << u"/auth/login?passwordChanged=1"_s << u"https://ent.example.fr/auth/login?passwordChanged=1"_s;
    QTest::newRow("a path") << u"/timeline"_s << u"https://ent.example.fr/timeline"_s;
    QTest::newRow("refused") << u"https://evil.example/"_s << u"https://ent.example.fr/auth/login"_s;
}

void TestSafeRedirect::afterReset()
{
    QFETCH(QString, callback);
    QFETCH(QString, expected);
    QCOMPARE(SafeRedirect(publicUrl).afterReset(callback), expected);
}

void TestSafeRedirect::rootKeepsThePublicPath()
{
    const SafeRedirect redirect(QUrl(u"https://ent.example.fr/ent/"_s));
    QCOMPARE(redirect.location(QString()), u"https://ent.example.fr/ent/"_s);
    QCOMPARE(redirect.location(u"/other"_s), u"https://ent.example.fr/other"_s);
}

void TestSafeRedirect::defaultPortIsTheSameOrigin()
{
    QCOMPARE(SafeRedirect(publicUrl).location(u"https://ent.example.fr:443/x"_s), u"https://ent.example.fr/x"_s);
    const SafeRedirect local(QUrl(u"http://127.0.0.1:8090"_s));
    QCOMPARE(local.location(u"http://127.0.0.1:8090/x"_s), u"http://127.0.0.1:8090/x"_s);
    QCOMPARE(local.location(u"http://127.0.0.1/x"_s), u"http://127.0.0.1:8090/"_s);
}

QTEST_APPLESS_MAIN(TestSafeRedirect)
#include "tst_serversaferedirect.moc"
