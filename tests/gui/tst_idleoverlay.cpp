#include "gui/shell/IdleOverlay.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;

using namespace Qt::Literals::StringLiterals;

// The idle warning on its own, driven as IdleWatcher will drive it.
class TestIdleOverlay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countdownShownAndDismissed();
};

void TestIdleOverlay::countdownShownAndDismissed()
{
    QWidget window;
    window.resize(800, 600);
    auto* overlay = new IdleOverlay(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!overlay->isVisible());

    overlay->showCountdown(30);
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), window.rect());
    auto* remaining = overlay->findChild<QLabel*>(u"remainingLabel"_s);
    QVERIFY(remaining->text().contains(u"30"_s));
    auto* button = overlay->findChild<QAbstractButton*>(u"stillHereButton"_s);
    QTRY_VERIFY(button->height() >= 96); // the big button
    QCOMPARE(button->accessibleName(), button->text().remove(u'&'));
    QCOMPARE(overlay->findChild<QLabel*>(u"titleLabel"_s)->text(), u"Are you still there?"_s);

    overlay->setRemaining(29);
    QVERIFY(remaining->text().contains(u"29"_s));
    window.resize(1024, 768);
    QTRY_COMPARE(overlay->geometry(), window.rect());

    QSignalSpy stillHere(overlay, &IdleOverlay::stillHere);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(stillHere.size(), 1);
    overlay->dismiss();
    QVERIFY(!overlay->isVisible());
}

QTEST_MAIN(TestIdleOverlay)
#include "tst_idleoverlay.moc"
