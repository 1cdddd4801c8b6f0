// SpkiPins: the digest of a certificate's public key read from its DER, as `openssl ... | base64` gives it.
#include "core/ent/SpkiPins.h"

#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

class TestSpkiPins final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestMatchesOpenssl()
    {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/selfsigned.pem"));
        QCOMPARE(chain.size(), 1);
        // openssl x509 -in selfsigned.pem -pubkey -noout | openssl pkey -pubin -outform der |
        //     openssl dgst -sha256 -binary | base64
        QCOMPARE(SpkiPins::digest(chain.first()).toBase64(), QByteArray("QCKgfsT1XRFS3vCzZ9zUI20zucxvwSyGqc9P5g6PiNE="));
        QVERIFY(SpkiPins::digest(QSslCertificate()).isEmpty());
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("base64") << u"QCKgfsT1XRFS3vCzZ9zUI20zucxvwSyGqc9P5g6PiNE="_s << true;
        QTest::newRow("hpkp prefix") << u" sha256/QCKgfsT1XRFS3vCzZ9zUI20zucxvwSyGqc9P5g6PiNE= "_s << true;
        QTest::newRow("sha1 length") << u"2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s << false;
        QTest::newRow("hex") << u"4022a07ec4f55d1152def0b367dcd4236d33b9cc6fc12c86a9cf4fe60e8f88d1"_s << false;
        QTest::newRow("garbage") << u"not*base64!"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(SpkiPins::parse(text).has_value(), valid);
    }

    void matchesAnyCertificateOfTheChain()
    {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/selfsigned.pem"));
        const QByteArray right = *SpkiPins::parse(u"QCKgfsT1XRFS3vCzZ9zUI20zucxvwSyGqc9P5g6PiNE="_s);
        const QByteArray other = *SpkiPins::parse(u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s);
        QVERIFY(SpkiPins::matches({other, right}, chain));
        QVERIFY(!SpkiPins::matches({other}, chain));
        QVERIFY(!SpkiPins::matches({right}, {}));
        EntResult refused;
        refused.status = EntStatus::TlsError;
        refused.detail = SpkiPins::mismatchDetail(chain);
        QVERIFY(SpkiPins::isMismatch(refused));
        refused.detail = u"certificate rejected"_s;
        QVERIFY(!SpkiPins::isMismatch(refused));
    }
};

QTEST_GUILESS_MAIN(TestSpkiPins)
#include "tst_spkipins.moc"
