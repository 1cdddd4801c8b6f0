// IdleWatcher with short durations: the countdown, input that cancels it, events that are not input, the absolute
// session limit, and nothing once stopped. Input is sent through the application, as a window would get it.
#include "core/session/IdleWatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace LeoKiosk;

using namespace std::chrono_literals;

namespace {

IdleWatcher::Settings quick(std::chrono::milliseconds idle = 150ms, int countdown = 3,
                            std::chrono::milliseconds sessionMax = 0ms)
{
    IdleWatcher::Settings settings;
    settings.idle = idle;
    settings.countdownSeconds = countdown;
    settings.sessionMax = sessionMax;
    settings.second = 30ms;
    return settings;
}

// An event of `type` delivered to a plain object, through QCoreApplication::notify like any window event.
void deliver(QEvent::Type type)
{
    QObject receiver;
    QEvent event(type);
    QCoreApplication::sendEvent(&receiver, &event);
}

} // namespace

class TestIdleWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsDownThenExpires()
    {
        IdleWatcher watcher(quick());
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy ticks(&watcher, &IdleWatcher::countdownTick);
        QSignalSpy expired(&watcher, &IdleWatcher::expired);
        QElapsedTimer clock;
        clock.start();
        watcher.start();
        QVERIFY(watcher.isRunning());
        QVERIFY(started.wait());
        QVERIFY(clock.elapsed() >= 150);
        QCOMPARE(started.first().first().toInt(), 3);
        QVERIFY(watcher.isCountingDown());
        QVERIFY(expired.wait());
        QVERIFY(clock.elapsed() >= 150 + 3 * 30);
        QCOMPARE(ticks.count(), 2);
        QCOMPARE(ticks.at(0).first().toInt(), 2);
        QCOMPARE(ticks.at(1).first().toInt(), 1);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!watcher.isRunning());
    }

    void inputPostponesTheCountdown()
    {
        IdleWatcher watcher(quick(300ms));
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QElapsedTimer sinceInput;
        QTimer::singleShot(150ms, &watcher, [&sinceInput] {
            deliver(QEvent::KeyPress);
            sinceInput.start();
        });
        watcher.start();
        QVERIFY(started.wait());
        QVERIFY(sinceInput.isValid());
        QVERIFY(sinceInput.elapsed() >= 300);
    }

    void inputDuringTheCountdownResumes_data()
    {
        QTest::addColumn<QEvent::Type>("input");
        QTest::newRow("mouse press") << QEvent::MouseButtonPress;
        QTest::newRow("mouse move") << QEvent::MouseMove;
        QTest::newRow("touch") << QEvent::TouchBegin;
        QTest::newRow("key") << QEvent::KeyPress;
        QTest::newRow("wheel") << QEvent::Wheel;
        QTest::newRow("on-screen keyboard") << QEvent::InputMethod;
    }

    void inputDuringTheCountdownResumes()
    {
        QFETCH(QEvent::Type, input);
        IdleWatcher watcher(quick(100ms, 5));
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy resumed(&watcher, &IdleWatcher::activityResumed);
        QSignalSpy expired(&watcher, &IdleWatcher::expired);
        watcher.start();
        QVERIFY(started.wait());
        QElapsedTimer sinceInput;
        sinceInput.start();
        deliver(input);
        QCOMPARE(resumed.count(), 1);
        QVERIFY(!watcher.isCountingDown());
        QVERIFY(watcher.isRunning());
        QVERIFY(started.wait()); // a full idle time later, counting again
        QVERIFY(sinceInput.elapsed() >= 100);
        QCOMPARE(started.count(), 2);
        QCOMPARE(expired.count(), 0);
    }

    void whatTheScreenDoesIsNoInput()
    {
        IdleWatcher watcher(quick(100ms, 3));
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy resumed(&watcher, &IdleWatcher::activityResumed);
        QSignalSpy expired(&watcher, &IdleWatcher::expired);
        watcher.start();
        QVERIFY(started.wait());
        for (const QEvent::Type type : {QEvent::Paint, QEvent::HoverMove, QEvent::Enter, QEvent::Leave,
                                        QEvent::FocusIn, QEvent::UpdateRequest, QEvent::Timer})
            deliver(type);
        QVERIFY(expired.wait());
        QCOMPARE(resumed.count(), 0);
    }

    void noCountdownExpiresAtOnce()
    {
        IdleWatcher watcher(quick(100ms, 0));
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy expired(&watcher, &IdleWatcher::expired);
        watcher.start();
        QVERIFY(expired.wait());
        QCOMPARE(started.count(), 0);
    }

    void theSessionLimitIgnoresActivity()
    {
        IdleWatcher watcher(quick(10s, 3, 250ms));
        QSignalSpy limit(&watcher, &IdleWatcher::sessionLimitReached);
        QSignalSpy expired(&watcher, &IdleWatcher::expired);
        QTimer busyUser;
        busyUser.setInterval(20ms);
        connect(&busyUser, &QTimer::timeout, this, [] { deliver(QEvent::MouseMove); });
        busyUser.start();
        QElapsedTimer clock;
        clock.start();
        watcher.start();
        QVERIFY(limit.wait());
        QVERIFY(clock.elapsed() >= 250);
        QCOMPARE(expired.count(), 0);
        QVERIFY(!watcher.isRunning());
    }

    void stoppedMeansSilent()
    {
        IdleWatcher watcher(quick(50ms, 1, 80ms));
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy expired(&watcher, &IdleWatcher::expired);
        QSignalSpy limit(&watcher, &IdleWatcher::sessionLimitReached);
        QSignalSpy resumed(&watcher, &IdleWatcher::activityResumed);
        watcher.start();
        watcher.stop();
        deliver(QEvent::KeyPress);
        watcher.reportActivity();
        QVERIFY(!expired.wait(300)); // well past every limit
        QCOMPARE(started.count() + limit.count() + resumed.count(), 0);
    }

    void restartingStartsAfresh()
    {
        IdleWatcher watcher(quick(100ms, 3));
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        watcher.start();
        QVERIFY(started.wait());
        watcher.start(); // a new session while the countdown runs
        QVERIFY(!watcher.isCountingDown());
        QVERIFY(started.wait());
        QCOMPARE(started.count(), 2);
    }

    void settingsFromTheConfiguration()
    {
        KioskConfig config;
        config.idleTimeoutSeconds = 600;
        config.idleCountdownSeconds = 45;
        config.sessionMaxSeconds = 0;
        const IdleWatcher::Settings settings = IdleWatcher::Settings::fromConfig(config);
        QCOMPARE(settings.idle, 600s);
        QCOMPARE(settings.countdownSeconds, 45);
        QCOMPARE(settings.sessionMax, 0ms);
        QCOMPARE(settings.second, 1000ms);
        const IdleWatcher::Settings kiosk = IdleWatcher::Settings::fromConfig(KioskConfig());
        QCOMPARE(kiosk.idle, 120s);
        QCOMPARE(kiosk.countdownSeconds, 30);
        QCOMPARE(kiosk.sessionMax, 900s);
    }
};

QTEST_GUILESS_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
