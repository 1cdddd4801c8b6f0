// The e-mailed reset link opened in a real browser (Debian's headless Chromium): the server's page renders its
// form, a person fills it in and clicks RÉINITIALISER, and lands on the login page saying the password changed.
// Chromium is driven through the DevTools protocol: the fields are typed and the button clicked in the page.
#include "support/HeadlessChromium.h"
#include "support/HttpTestClient.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

class TestServerResetBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailedLinkCompletesAResetInABrowser();
};

void TestServerResetBrowser::mailedLinkCompletesAResetInABrowser()
{
    if (HeadlessChromium::executable().isEmpty())
        QSKIP("Chromium is not installed (apt-get install chromium)");

    ReferenceServer server; // no relay: the e-mail is read from the outbox folder
    QVERIFY2(server.addAccount({u"browser.pupil"_s,
                                u"Bérénice"_s,
                                u"Pupil"_s,
                                u"Student"_s,
                                u"Lycée Jules Verne"_s,
                                {},
                                u"browser.pupil@example.org"_s,
                                {},
                                "Browser-2024"}),
             qPrintable(server.lastError()));
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(base);
    QCOMPARE(
        http.post(u"/auth/forgot-password"_s, R"({"login":"browser.pupil","service":"mail"})", {}, "application/json")
            .status,
        200);
    const QDir outbox(server.directory() + u"/outbox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entryList({u"*.eml"_s}, QDir::Files).size(), 1, 15000);
    QFile eml(outbox.filePath(outbox.entryList({u"*.eml"_s}, QDir::Files).first()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QString link = RecoveryMail(eml.readAll()).link();
    QVERIFY2(link.startsWith(base.toString() + u"/auth/reset/"_s), qPrintable(link));

    HeadlessChromium browser;
    QVERIFY2(browser.open(QUrl(link), u"fr-FR"_s), qPrintable(browser.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(
        browser.evaluate(u"document.readyState + ' ' + (document.querySelector('form') !== null)"_s).toString(),
        u"complete true"_s, 30000);
    // What a person sees: labelled fields (each label names its field), the rule, the button.
    QCOMPARE(browser
                 .evaluate(u"[...document.querySelectorAll('label')].map(l => l.textContent + '=' + "
                           "(document.getElementById(l.htmlFor) ? l.htmlFor : '?')).join('|')"_s)
                 .toString(),
             u"Identifiant=login|Nouveau mot de passe=password|Confirmation=confirmPassword"_s);
    QVERIFY(browser.evaluate(u"document.getElementById('rule').textContent"_s).toString().contains(u"8 caractères"_s));
    QCOMPARE(browser.evaluate(u"document.querySelector('button[type=submit]').textContent"_s).toString(),
             u"RÉINITIALISER"_s);
    QCOMPARE(browser.evaluate(u"document.scripts.length"_s).toInt(-1), 0);

    QCOMPARE(browser
                 .evaluate(u"(() => { const type = (id, text) => { const f = document.getElementById(id); f.focus(); "
                           "f.value = text; f.dispatchEvent(new Event('input', {bubbles: true})); };"
                           "type('login', 'browser.pupil'); type('password', 'Navigateur-2025');"
                           "type('confirmPassword', 'Navigateur-2025');"
                           "document.querySelector('button[type=submit]').click(); return 'clicked'; })()"_s)
                 .toString(),
             u"clicked"_s);
    QTRY_COMPARE_WITH_TIMEOUT(browser.evaluate(u"location.pathname + location.search"_s).toString(),
                              u"/auth/login?passwordChanged=1"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(browser.evaluate(u"document.readyState"_s).toString() == u"complete"_s, 30000);
    QVERIFY(browser.evaluate(u"document.querySelector('[role=status]').textContent"_s)
                .toString()
                .startsWith(u"Votre mot de passe a été modifié."_s));

    const auto signedIn =
        http.post(u"/auth/login"_s,
                  HttpTestClient::form({{u"email"_s, u"browser.pupil"_s}, {u"password"_s, u"Navigateur-2025"_s}}));
    QCOMPARE(signedIn.status, 302);
    QVERIFY(!signedIn.cookieValue("oneSessionId").isEmpty());
}

QTEST_GUILESS_MAIN(TestServerResetBrowser)
#include "tst_serverresetbrowser.moc"
