#include "core/ent/FormEncoder.h"

#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

class TestFormEncoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved") << u"Az09-._~"_s << QByteArray("Az09-._~");
        QTest::newRow("plus") << u"abc+1234"_s << QByteArray("abc%2B1234");
        QTest::newRow("ampersand") << u"a&b"_s << QByteArray("a%26b");
        QTest::newRow("equals") << u"a=b"_s << QByteArray("a%3Db");
        QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
        QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
        QTest::newRow("accents") << u"éà"_s << QByteArray("%C3%A9%C3%A0");
        QTest::newRow("newline") << u"a\nb\r"_s << QByteArray("a%0Ab%0D");
        QTest::newRow("slash and query") << u"/?#"_s << QByteArray("%2F%3F%23");
        QTest::newRow("emoji") << u"\U0001F600"_s << QByteArray("%F0%9F%98%80");
        QTest::newRow("long") << QString(100, u'+') << QByteArray("%2B").repeated(100);
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void encode()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(FormEncoder::encode(value.toUtf8()), encoded);
        // the server side decodes it back to the very same text
        QCOMPARE(QUrl::fromPercentEncoding(encoded), value);
    }

    void body()
    {
        FormEncoder form;
        form.add(u"email"_s, u"jean.dupont"_s)
            .add(u"password"_s, SecretBytes(u"p@ss+w=rd&x é"_s))
            .add(u"callBack"_s, u"/"_s);
        const SecretBytes body = form.take();
        QCOMPARE(body.bytes(), QByteArray("email=jean.dupont&password=p%40ss%2Bw%3Drd%26x%20%C3%A9&callBack=%2F"));
        QVERIFY(form.take().isEmpty()); // the encoder is empty afterwards
    }

    void keysAreEncodedToo()
    {
        FormEncoder form;
        form.add(u"a b"_s, u"c"_s);
        QCOMPARE(form.take().bytes(), QByteArray("a%20b=c"));
    }
};

QTEST_GUILESS_MAIN(TestFormEncoder)
#include "tst_formencoder.moc"
