// ent_spki_pins against the real server over TLS: the right pin is accepted (new and pooled connections), a wrong
// one is refused with TlsError before any request is sent, in EntClient and in `leo-kiosk --check-config`.
#include "core/ent/EntClient.h"
#include "core/ent/SpkiPins.h"
#include "support/ReferenceServer.h"

#include <QProcess>
#include <QTest>

#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

QString testData(const QString& name)
{
    return QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/") + name;
}

// The server certificate's key, computed as the documentation tells IT to: openssl x509 -pubkey | openssl pkey
// -pubin -outform der | openssl dgst -sha256 -binary | base64.
const QString serverPin = u"QCKgfsT1XRFS3vCzZ9zUI20zucxvwSyGqc9P5g6PiNE="_s;
const QString otherPin = u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s;

QByteArray pin(const QString& base64)
{
    return SpkiPins::parse(base64).value_or(QByteArray());
}

template <typename R, typename Call> R answerOf(Call call)
{
    std::optional<R> result;
    call([&result](const R& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("no answer");
    return result.value_or(R{});
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run checkConfig(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, u"/nonexistent"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEOKIOSK_BIN), QStringList{u"--check-config"_s} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

} // namespace

class TestSpkiPinning final : public QObject
{
    Q_OBJECT

private:
    ReferenceServer* m_server = nullptr;
    QUrl m_url;

    EntClientSettings settings(const QList<QByteArray>& pins) const
    {
        EntClientSettings settings;
        settings.baseUrl = m_url;
        settings.caBundle = testData(u"selfsigned.pem"_s);
        settings.spkiPins = pins;
        return settings;
    }

    int loginRequestsSeen() const { return int(m_server->log().count(u"/auth/login"_s)); }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(SpkiPins::describe(QSslCertificate::fromPath(testData(u"selfsigned.pem"_s))), serverPin);
        m_server = new ReferenceServer(this);
        m_server->setConfig(u"server"_s, u"tls_cert"_s, testData(u"selfsigned.pem"_s));
        m_server->setConfig(u"server"_s, u"tls_key"_s, testData(u"selfsigned.key"_s));
        m_url = m_server->start();
        QVERIFY2(m_url.scheme() == u"https"_s, qPrintable(m_server->lastError()));
    }

    void theRightPinIsAcceptedOnNewAndPooledConnections()
    {
        EntClient client(settings({pin(otherPin), pin(serverPin)}));
        for (int i = 0; i < 3; ++i) { // the second and third ride the first one's keep-alive connection
            const ContextResult result = answerOf<ContextResult>([&client](auto done) { client.fetchContext(done); });
            QVERIFY2(result.ok(), qPrintable(result.detail));
        }
        const PasswordChannelsResult channels =
            answerOf<PasswordChannelsResult>([&client](auto done) { client.passwordChannels(done); });
        QVERIFY2(channels.ok(), qPrintable(channels.detail));
    }

    void aWrongPinIsRefusedBeforeAnythingIsSent()
    {
        // A client with the right pin has a connection open to the same server: the other client must not ride it.
        EntClient trusted(settings({pin(serverPin)}));
        QVERIFY(answerOf<ContextResult>([&trusted](auto done) { trusted.fetchContext(done); }).ok());

        EntClient client(settings({pin(otherPin)}));
        const ContextResult context = answerOf<ContextResult>([&client](auto done) { client.fetchContext(done); });
        QCOMPARE(context.status, EntStatus::TlsError);
        QVERIFY(SpkiPins::isMismatch(context));
        QVERIFY2(context.detail.contains(serverPin), qPrintable(context.detail)); // says what to pin

        const int before = loginRequestsSeen();
        const LoginResult login = answerOf<LoginResult>([&client](auto done) {
            client.login(u"adele.adams"_s, SecretBytes(u"Canary-Pass-1"_s), done);
        });
        QCOMPARE(login.status, EntStatus::TlsError);
        QVERIFY(SpkiPins::isMismatch(login));
        QVERIFY(!m_server->log().contains(u"Canary-Pass-1"_s));
        QCOMPARE(loginRequestsSeen(), before); // the form never reached the server
    }

    void withoutPinsTheCertificateAloneDecides()
    {
        EntClient client(settings({}));
        QVERIFY(answerOf<ContextResult>([&client](auto done) { client.fetchContext(done); }).ok());
    }

    void checkConfigReportsThePin()
    {
        const QStringList common{u"--ent-url"_s, m_url.toString(), u"--ca-bundle"_s, testData(u"selfsigned.pem"_s)};
        const Run matched = checkConfig(common + QStringList{u"--ent-spki-pins"_s, serverPin});
        QCOMPARE(matched.exitCode, 0);
        QVERIFY2(matched.out.contains(u"certificate verified, pin matched"_s), qPrintable(matched.out));

        const Run mismatch = checkConfig(common + QStringList{u"--ent-spki-pins"_s, otherPin});
        QCOMPARE(mismatch.exitCode, 3);
        QVERIFY2(mismatch.out.contains(u"pin mismatch"_s), qPrintable(mismatch.out));
        QVERIFY2(mismatch.out.contains(serverPin), qPrintable(mismatch.out));
    }
};

QTEST_GUILESS_MAIN(TestSpkiPinning)
#include "tst_spkipinning.moc"
