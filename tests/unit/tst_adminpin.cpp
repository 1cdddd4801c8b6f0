// AdminPin: argon2id hashes, checks off the caller's thread, and the lockout after five wrong PINs (fake clock).
#include "core/secrets/AdminPin.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Verdict = AdminPin::Verdict;

class TestAdminPin final : public QObject
{
    Q_OBJECT

private:
    QString m_hash;
    std::chrono::steady_clock::time_point m_now{std::chrono::hours(1000)};

    AdminPin::Clock clock()
    {
        return [this] { return m_now; };
    }

    static Verdict verify(AdminPin& pin, const QString& typed)
    {
        std::optional<Verdict> verdict;
        pin.verify(SecretBytes(typed), [&verdict](Verdict v) { verdict = v; });
        if (verdict) // never answers before returning
            return Verdict::Busy;
        if (!QTest::qWaitFor([&verdict] { return verdict.has_value(); }, 20000))
            qWarning("no verdict");
        return verdict.value_or(Verdict::Busy);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::optional<QString> hash = AdminPin::hash(SecretBytes(u"482916"_s));
        QVERIFY(hash.has_value());
        m_hash = *hash;
    }

    void hashesAreArgon2idStrings()
    {
        QVERIFY2(m_hash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(m_hash));
        QVERIFY(AdminPin::hashProblem(m_hash).isEmpty());
        QVERIFY(!m_hash.contains(u"482916"_s));
        QVERIFY(AdminPin::hash(SecretBytes(u"482916"_s)) != m_hash); // salted
        QVERIFY(!AdminPin::hash(SecretBytes(u"12345"_s)).has_value()); // too short
        QVERIFY(!AdminPin::hash(SecretBytes(QString(65, u'7'))).has_value());
        QVERIFY(!AdminPin::hashProblem(u"482916"_s).isEmpty());
        QVERIFY(!AdminPin::hashProblem(QString(m_hash).replace(u"argon2id"_s, u"argon2i"_s)).isEmpty());
    }

    void theRightPinIsAcceptedOffTheCallersThread()
    {
        AdminPin pin(m_hash, 300s, clock());
        QThread* answeredOn = nullptr;
        std::optional<Verdict> verdict;
        pin.verify(SecretBytes(u"482916"_s), [&](Verdict v) {
            verdict = v;
            answeredOn = QThread::currentThread();
        });
        QVERIFY(!verdict.has_value());
        QVERIFY(QTest::qWaitFor([&verdict] { return verdict.has_value(); }, 20000));
        QCOMPARE(*verdict, Verdict::Accepted);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(pin.failuresLeft(), AdminPin::maxFailures);
    }

    void oneCheckAtATime()
    {
        AdminPin pin(m_hash, 300s, clock());
        std::optional<Verdict> first;
        std::optional<Verdict> second;
        pin.verify(SecretBytes(u"000000"_s), [&first](Verdict v) { first = v; });
        pin.verify(SecretBytes(u"482916"_s), [&second](Verdict v) { second = v; });
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 20000));
        QCOMPARE(*second, Verdict::Busy);
        QCOMPARE(*first, Verdict::Refused);
        QCOMPARE(pin.failuresLeft(), AdminPin::maxFailures - 1); // the busy answer cost nothing
    }

    void fiveWrongPinsLockThePromptForTheConfiguredTime()
    {
        AdminPin pin(m_hash, 300s, clock());
        QSignalSpy lockedOut(&pin, &AdminPin::lockedOut);
        for (int i = 1; i < AdminPin::maxFailures; ++i) {
            QCOMPARE(verify(pin, u"11111%1"_s.arg(i)), Verdict::Refused);
            QCOMPARE(pin.failuresLeft(), AdminPin::maxFailures - i);
        }
        QCOMPARE(verify(pin, u"999999"_s), Verdict::LockedOut);
        QCOMPARE(lockedOut.count(), 1);
        QCOMPARE(lockedOut.first().first().value<std::chrono::seconds>(), 300s);
        QVERIFY(pin.isLockedOut());
        QCOMPARE(pin.lockoutRemaining(), 300s);

        QCOMPARE(verify(pin, u"482916"_s), Verdict::LockedOut); // even the right PIN, unchecked
        m_now += 299s;
        QCOMPARE(pin.lockoutRemaining(), 1s);
        QCOMPARE(verify(pin, u"482916"_s), Verdict::LockedOut);
        m_now += 1s;
        QVERIFY(!pin.isLockedOut());
        QCOMPARE(verify(pin, u"123123"_s), Verdict::Refused); // a fresh series
        QCOMPARE(pin.failuresLeft(), AdminPin::maxFailures - 1);
        QCOMPARE(verify(pin, u"482916"_s), Verdict::Accepted);
        QCOMPARE(pin.failuresLeft(), AdminPin::maxFailures);
    }

    void withoutAHashNothingIsAccepted()
    {
        AdminPin none(QString(), 300s, clock());
        QCOMPARE(verify(none, u"482916"_s), Verdict::NotConfigured);
        AdminPin broken(u"$argon2id$v=19$garbage"_s, 300s, clock());
        QCOMPARE(verify(broken, u"482916"_s), Verdict::NotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
