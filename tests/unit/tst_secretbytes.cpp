#include "core/secrets/SecretBytes.h"

#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

class TestSecretBytes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromQStringIsUtf8()
    {
        const SecretBytes secret(u"mot de passé"_s);
        QCOMPARE(secret.bytes(), QByteArray("mot de pass\xc3\xa9"));
    }

    void wipeZeroesTheSharedBuffer()
    {
        SecretBytes secret(u"hunter2+secret"_s);
        const QByteArray alias = secret.bytes(); // shares the buffer, as a request body handed to Qt does
        secret.wipe();
        QVERIFY(secret.isEmpty());
        QCOMPARE(alias, QByteArray(14, '\0'));
    }

    void destructionWipes()
    {
        QByteArray alias;
        {
            const SecretBytes secret(u"canary-password"_s);
            alias = secret.bytes();
        }
        QCOMPARE(alias, QByteArray(15, '\0'));
    }

    void moveLeavesSourceEmpty()
    {
        SecretBytes a(u"abc"_s);
        SecretBytes b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
        QCOMPARE(b.bytes(), QByteArray("abc"));

        SecretBytes c(u"old"_s);
        const QByteArray oldAlias = c.bytes();
        c = std::move(b);
        QCOMPARE(c.bytes(), QByteArray("abc"));
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(oldAlias, QByteArray(3, '\0'));
    }

    void fromUtf8TakesTheBuffer()
    {
        QByteArray utf8("code1234");
        const SecretBytes secret = SecretBytes::fromUtf8(std::move(utf8));
        QVERIFY(utf8.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(secret.bytes(), QByteArray("code1234"));
    }

    void appendReservesAhead()
    {
        SecretBytes secret;
        secret.append("a");
        const char* buffer = secret.bytes().constData();
        for (int i = 0; i < 20; ++i)
            secret.append("b");
        QCOMPARE(secret.bytes(), QByteArray("a") + QByteArray(20, 'b'));
        QCOMPARE(secret.bytes().constData(), buffer); // grown in place: no copy left behind

        const QByteArray alias = secret.bytes();
        secret.append(QByteArray(200, 'c')); // must grow: the old buffer is wiped on the way
        QCOMPARE(alias, QByteArray(21, '\0'));
        QCOMPARE(secret.bytes().size(), 221);
    }

    void rawDataIsNotWritten()
    {
        static const char text[] = "static";
        SecretBytes secret = SecretBytes::fromUtf8(QByteArray::fromRawData(text, 6));
        secret.wipe(); // must not write into read-only memory
        QCOMPARE(QByteArray(text), QByteArray("static"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
