#include "gui/KioskPage.h"
#include "gui/MainWindow.h"
#include "gui/accessibility/AccessibleScrollArea.h"
#include "gui/account/AccountPage.h"
#include "gui/account/ForcedPasswordPage.h"
#include "gui/account/TermsPage.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/AssistancePage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/help/StillLostPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAccessible>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include <functional>
#include <vector>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;
using namespace Qt::Literals::StringLiterals;

// The accessible tree as a screen reader walks it (the AT-SPI bridge holds interface ids, counts children, then asks
// for them one by one, while the kiosk changes screens under it): nothing it asks may crash the kiosk.
class TestAccessibleTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyScrollAreaAnswersThroughTheKiosk();
    void staleIndexAfterAScrollBarHides();
    void walkWhileScreensChange();

private:
    // Every screen of the window, each built through its getter.
    std::vector<KioskPage*> screens() const;
    struct Node
    {
        QAccessible::Id id;
        int childCount;
    };
    // Every node under the window, breadth first (at most 5000: a bound, not an expectation).
    static std::vector<Node> walk(QAccessibleInterface* root);

    std::unique_ptr<FakeEnt> m_ent;
    std::unique_ptr<KioskHarness> m_kiosk;
};

void TestAccessibleTree::init()
{
    m_ent = std::make_unique<FakeEnt>();
    m_kiosk = std::make_unique<KioskHarness>(m_ent->config());
    QVERIFY(m_kiosk->showActive(QSize(1024, 768)));
}

void TestAccessibleTree::cleanup()
{
    m_kiosk.reset();
    m_ent.reset();
}

std::vector<KioskPage*> TestAccessibleTree::screens() const
{
    MainWindow& w = m_kiosk->window;
    return {w.loginPage(),          w.helpPage(),           w.forgotPasswordPage(), w.resetCodePage(),
            w.newPasswordPage(),    w.lostIdentifierPage(), w.stillLostPage(),      w.assistancePage(),
            w.activationPage(),     w.signedInPage(),       w.accountPage(),        w.forcedPasswordPage(),
            w.termsPage()};
}

std::vector<TestAccessibleTree::Node> TestAccessibleTree::walk(QAccessibleInterface* root)
{
    std::vector<Node> nodes;
    std::vector<QAccessibleInterface*> queue{root};
    for (std::size_t next = 0; next < queue.size() && nodes.size() < 5000; ++next) {
        QAccessibleInterface* node = queue[next];
        const int count = node->childCount();
        nodes.push_back({QAccessible::uniqueId(node), count});
        for (int i = 0; i < count; ++i) {
            if (QAccessibleInterface* child = node->child(i); child && child->isValid())
                queue.push_back(child);
        }
    }
    return nodes;
}

void TestAccessibleTree::everyScrollAreaAnswersThroughTheKiosk()
{
    // Qt's own interface (QAccessibleAbstractScrollArea) reads past its child list; the kiosk's must stay in place
    // after a Qt upgrade too.
    const auto pages = screens();
    int seen = 0;
    for (const auto* area : m_kiosk->window.findChildren<QScrollArea*>()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(const_cast<QScrollArea*>(area));
        QVERIFY(iface);
        QVERIFY2(dynamic_cast<AccessibleScrollArea*>(iface), qPrintable(area->objectName()));
        QCOMPARE(iface->role(), QAccessible::Client);
        QCOMPARE(iface->child(0)->object(), area->viewport());
        ++seen;
    }
    QVERIFY2(seen >= 2, "Mon compte and the guide of \"Vous êtes toujours perdu ?\" scroll");
}

void TestAccessibleTree::staleIndexAfterAScrollBarHides()
{
    // The crash a screen reader caused on Mon compte: ChildCount while the scroll bar shows, then GetChildAtIndex of
    // the last child once it has hidden itself.
    AccountPage* account = m_kiosk->window.accountPage();
    m_kiosk->window.showPage(account);
    auto* area = account->findChild<QScrollArea*>();
    QVERIFY(area);
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    QTRY_VERIFY(area->verticalScrollBar()->isVisible());
    const QAccessible::Id id = QAccessible::uniqueId(QAccessible::queryAccessibleInterface(area));
    const int count = QAccessible::accessibleInterface(id)->childCount();
    QCOMPARE(count, 2); // the viewport and the scroll bar's container

    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QTRY_VERIFY(!area->verticalScrollBar()->isVisible());
    QAccessibleInterface* iface = QAccessible::accessibleInterface(id);
    QVERIFY(iface);
    QCOMPARE(iface->childCount(), 1);
    for (int i = count - 1; i <= count + 2; ++i)
        QCOMPARE(iface->child(i), nullptr);
    QCOMPARE(iface->child(-1), nullptr);
    QCOMPARE(iface->child(0)->object(), area->viewport());
    QCOMPARE(iface->indexOfChild(iface->child(0)), 0);
}

void TestAccessibleTree::walkWhileScreensChange()
{
    // For every screen: count every node's children, change the screen and the window's size under the reader
    // (scroll bars come and go), then ask each node still alive for every index from -1 to its old count + 2 and read
    // what comes back. Then the kiosk must still answer the keyboard.
    MainWindow& window = m_kiosk->window;
    const auto pages = screens();
    const QList<QSize> sizes{QSize(1024, 768), QSize(800, 480), QSize(1920, 1080)};
    int asked = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        window.showPage(pages[p]);
        for (auto* area : window.findChildren<QScrollArea*>())
            area->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        window.resize(sizes.at(int(p) % sizes.size()));
        QCoreApplication::processEvents();
        const std::vector<Node> nodes = walk(QAccessible::queryAccessibleInterface(&window));
        QVERIFY(nodes.size() > 5);

        window.showPage(pages[(p + 1) % pages.size()]);
        window.resize(sizes.at(int(p + 1) % sizes.size()));
        for (auto* area : window.findChildren<QScrollArea*>())
            area->setVerticalScrollBarPolicy(p % 2 ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
        QCoreApplication::processEvents();

        for (const Node& node : nodes) {
            QAccessibleInterface* iface = QAccessible::accessibleInterface(node.id);
            if (!iface || !iface->isValid())
                continue;
            const int now = iface->childCount();
            for (int i = -1; i <= node.childCount + 2; ++i) {
                QAccessibleInterface* child = iface->child(i);
                if (i < 0 || i >= now) {
                    QVERIFY2(!child, qPrintable(u"%1: child %2 of %3"_s.arg(iface->text(QAccessible::Name)).arg(i).arg(now)));
                    continue;
                }
                if (!child)
                    continue;
                ++asked;
                (void)child->role();
                (void)child->text(QAccessible::Name);
                (void)child->rect();
                (void)child->state();
                (void)child->parent();
            }
        }
    }
    QVERIFY(asked > 100);

    // Still answering: back to the login screen, a typed identifier lands in its field.
    window.resize(1024, 768);
    window.showPage(window.loginPage());
    m_kiosk->loginLineEdit()->setFocus();
    QTest::keyClicks(m_kiosk->loginLineEdit(), u"adele.adams"_s);
    QCOMPARE(m_kiosk->loginLineEdit()->text(), u"adele.adams"_s);
}

QTEST_MAIN(TestAccessibleTree)
#include "tst_accessibletree.moc"
