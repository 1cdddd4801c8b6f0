#include "gui/KioskPage.h"
#include "gui/MainWindow.h"
#include "gui/accessibility/AccessibleScrollArea.h"
#include "gui/account/AccountPage.h"
#include "gui/account/HelpPupilPage.h"
#include "gui/account/ForcedPasswordPage.h"
#include "gui/account/TermsPage.h"
#include "gui/admin/AdminMode.h"
#include "gui/admin/AdminPinPage.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/AssistancePage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/help/StillLostPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/shell/IdleLogout.h"
#include "gui/shell/IdleOverlay.h"
#include "gui/signin/SignedInPage.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include <functional>
#include <vector>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Response = FakeHttpServer::Response;

namespace {

// What a screen reader finds wrong with the screen shown in `window`, as tests/atspi's name_problems asks it over
// AT-SPI: every shown widget that can take the focus has an accessible name, and no two share one. `checked`: how
// many widgets were asked.
QStringList nameProblems(const QWidget* window, int* checked = nullptr)
{
    QStringList problems;
    QHash<QString, QStringList> seen;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || !iface->state().focusable || iface->state().invisible)
            continue;
        if (checked)
            ++*checked;
        const QString name = iface->text(QAccessible::Name).trimmed();
        const QString what =
            u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        if (name.isEmpty())
            problems.append(u"no name: "_s + what);
        else
            seen[name].append(what);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value().size() > 1)
            problems.append(u"“%1” names %2"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    return problems;
}

// Shows every hidden part of `page` that holds a text field or a button (the code of Mon compte's mail section, the
// confirmation of "sign out everywhere", the activation's optional fields…), as the page shows them when asked.
void showEveryPart(QWidget* page)
{
    for (QWidget* input : page->findChildren<QWidget*>()) {
        if (!qobject_cast<QLineEdit*>(input) && !qobject_cast<QAbstractButton*>(input))
            continue;
        for (QWidget* part = input->parentWidget(); part && part != page; part = part->parentWidget()) {
            if (part->isHidden())
                part->show();
        }
    }
}

// What assistive technology reads of a text field: its characters, through the text interface (AT-SPI's Text).
QString accessibleText(QLineEdit* field)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(field);
    if (!iface || !iface->textInterface())
        return u"(no text interface)"_s;
    QAccessibleTextInterface* text = iface->textInterface();
    return text->text(0, text->characterCount()) + iface->text(QAccessible::Value);
}

} // namespace

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
    void schoolsComeAndGoUnderTheReader();
    void everyFieldIsEmptyAfterAWipe_data();
    void everyFieldIsEmptyAfterAWipe();
    void signedInScreensNameEachFocusableOnce();

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

    // Signs Adèle in through the login form; false if the signed-in screen did not come.
    bool signIn();
    // Types into every text field of `page`, shown, with its hidden parts shown; the fields typed into.
    QList<QLineEdit*> typeIntoEveryField(KioskPage* page);

    std::unique_ptr<FakeEnt> m_ent;
    std::unique_ptr<KioskHarness> m_kiosk;
};

void TestAccessibleTree::init()
{
    m_ent = std::make_unique<FakeEnt>();
    m_ent->server().on("GET", "/directory/user/mailstate",
                       Response::json(R"({"email":"old@exemple.fr","emailState":{"state":"valid","valid":)"
                                      R"("old@exemple.fr"},"firstName":"Adèle","lastName":"Adams",)"
                                      R"("displayName":"Adèle Adams","waitInSeconds":10})"));
    // Two accounts share the lost identifier's address: the ENT asks for the first name and the school.
    m_ent->server().on("POST", "/auth/forgot-id",
                       Response::json(R"({"structures":[{"structureId":"s1","structureName":"Lycée Jules Verne"},)"
                                      R"({"structureId":"s2","structureName":"Lycée Victor Hugo"}]})"));
    // The idle row of everyFieldIsEmptyAfterAWipe builds its own kiosk, with short idle timings.
    if (QTest::currentTestFunction() != QByteArrayLiteral("everyFieldIsEmptyAfterAWipe")) {
        m_kiosk = std::make_unique<KioskHarness>(m_ent->config());
        QVERIFY(m_kiosk->showActive(QSize(1024, 768)));
    }
}

bool TestAccessibleTree::signIn()
{
    m_kiosk->typeCredentials(u"adele.adams"_s, u"ancien2024"_s);
    m_kiosk->clickSignIn();
    return QTest::qWaitFor([this] { return m_kiosk->window.currentPage() == m_kiosk->window.signedInPage(); });
}

QList<QLineEdit*> TestAccessibleTree::typeIntoEveryField(KioskPage* page)
{
    m_kiosk->window.showPage(page);
    showEveryPart(page);
    QList<QLineEdit*> fields = page->findChildren<QLineEdit*>();
    for (QLineEdit* field : std::as_const(fields)) {
        field->setFocus(Qt::TabFocusReason);
        // Something every field takes: lower-case letters and digits (identifiers, codes, PINs, addresses typed).
        QTest::keyClicks(field, u"ab12cd34"_s);
    }
    return fields;
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
            w.termsPage(),          w.helpPupilPage()};
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

void TestAccessibleTree::schoolsComeAndGoUnderTheReader()
{
    // The lost identifier's schools are built for each answer of the ENT and deleted when the address changes or the
    // page is wiped: a reader that counted them before asks afterwards for children that are gone, and for the
    // buttons themselves. Nothing crashes; what is gone answers nothing.
    MainWindow& window = m_kiosk->window;
    LostIdentifierPage* lost = window.lostIdentifierPage();
    window.showPage(lost);
    auto* mail = on<QLineEdit>(lost, u"mailLineEdit"_s);
    for (int round = 0; round < 3; ++round) {
        QTest::keyClicks(mail, u"famille@example.org"_s);
        click(lost, u"sendButton"_s);
        QTRY_COMPARE(int(lost->findChildren<QRadioButton*>().size()), 2);
        QAccessibleInterface* group = QAccessible::queryAccessibleInterface(on(lost, u"structureGroupBox"_s));
        QVERIFY(group);
        const QAccessible::Id groupId = QAccessible::uniqueId(group);
        QCOMPARE(group->childCount(), 2);
        QCOMPARE(group->child(1)->role(), QAccessible::RadioButton);
        const std::vector<Node> nodes = walk(QAccessible::queryAccessibleInterface(lost));
        std::vector<QAccessible::Id> schools;
        for (int i = 0; i < group->childCount(); ++i)
            schools.push_back(QAccessible::uniqueId(group->child(i)));

        // The address corrected (or the page wiped): the schools go under the reader.
        if (round % 2)
            lost->resetPage();
        else
            QTest::keyClick(mail, Qt::Key_Backspace);
        QVERIFY(lost->findChildren<QRadioButton*>().isEmpty());
        for (QAccessible::Id id : schools)
            QVERIFY(!QAccessible::accessibleInterface(id));
        QAccessibleInterface* after = QAccessible::accessibleInterface(groupId);
        QVERIFY(after);
        QCOMPARE(after->childCount(), 0);
        for (int i = -1; i <= 4; ++i)
            QVERIFY(!after->child(i));
        for (const Node& node : nodes) {
            QAccessibleInterface* iface = QAccessible::accessibleInterface(node.id);
            if (!iface || !iface->isValid())
                continue;
            for (int i = -1; i <= node.childCount + 2; ++i) {
                if (QAccessibleInterface* child = iface->child(i)) {
                    (void)child->text(QAccessible::Name);
                    (void)child->state();
                }
            }
        }
        mail->clear();
    }
}

void TestAccessibleTree::everyFieldIsEmptyAfterAWipe_data()
{
    QTest::addColumn<bool>("idle");
    QTest::newRow("logout") << false;
    QTest::newRow("idle sign-out") << true;
}

void TestAccessibleTree::everyFieldIsEmptyAfterAWipe()
{
    // Every screen with a text field, each typed into, then one wipe: the pupil's logout, or the idle sign-out's
    // countdown run out. Afterwards no field of any page holds a character, to the eye or to assistive technology
    // (not even a length), and nothing can be undone back into it.
    QFETCH(bool, idle);
    App::KioskApplication::Parts parts;
    if (idle) {
        IdleWatcher::Settings settings;
        settings.idle = 2s; // long enough to type everything in between, even on a loaded machine
        settings.countdownSeconds = 2;
        settings.second = 250ms;
        settings.sessionMax = 0ms;
        parts.idle = settings;
    }
    m_kiosk = std::make_unique<KioskHarness>(m_ent->config(), std::move(parts));
    QVERIFY(m_kiosk->showActive(QSize(1024, 768)));
    MainWindow& window = m_kiosk->window;
    QVERIFY(signIn());

    QHash<QLineEdit*, QString> typed; // each field and the page it is on
    const auto fill = [&](KioskPage* page) {
        for (QLineEdit* field : typeIntoEveryField(page))
            typed.insert(field, QString::fromLatin1(page->metaObject()->className()) + u'.' + field->objectName());
    };
    fill(window.loginPage());
    window.forgotPasswordPage()->open(QString());
    fill(window.forgotPasswordPage());
    window.resetCodePage()->open(QString());
    fill(window.resetCodePage());
    window.newPasswordPage()->open(u"adele.adams"_s, u"ABCD1234"_s);
    fill(window.newPasswordPage());
    window.activationPage()->open(u"ines.moreau"_s, u"ABCD1234"_s);
    fill(window.activationPage());
    window.forcedPasswordPage()->open();
    fill(window.forcedPasswordPage());
    fill(window.accountPage());
    fill(m_kiosk->app().adminMode().pinPage());

    // The lost identifier as a pupil fills it: the address, ENVOYER, then a first name and a school.
    LostIdentifierPage* lost = window.lostIdentifierPage();
    window.showPage(lost);
    auto* mail = on<QLineEdit>(lost, u"mailLineEdit"_s);
    QTest::keyClicks(mail, u"famille@example.org"_s);
    click(lost, u"sendButton"_s);
    QTRY_COMPARE(int(lost->findChildren<QRadioButton*>().size()), 2);
    auto* firstName = on<QLineEdit>(lost, u"firstNameLineEdit"_s);
    QTest::keyClicks(firstName, u"Adele"_s);
    QTest::mouseClick(lost->findChildren<QRadioButton*>().constLast(), Qt::LeftButton);
    typed.insert(mail, u"LostIdentifierPage.mailLineEdit"_s);
    typed.insert(firstName, u"LostIdentifierPage.firstNameLineEdit"_s);

    // Every field took what was typed (or the wipe below would prove nothing), and the screen reader reads it.
    QVERIFY2(typed.size() >= 20, qPrintable(QString::number(typed.size())));
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        QVERIFY2(!it.key()->text().isEmpty(), qPrintable(it.value()));
        QVERIFY2(!accessibleText(it.key()).isEmpty(), qPrintable(it.value()));
    }

    window.showPage(window.signedInPage());
    if (idle) {
        // Nobody touches anything: the countdown, then the wipe.
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->app().idleLogout().overlay()
                                     && m_kiosk->app().idleLogout().overlay()->isVisible(),
                                 10000);
    } else {
        QTest::mouseClick(m_kiosk->signOutButton(), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->session.isSignedIn(), 10000);
    QTRY_COMPARE(window.currentPage(), window.loginPage());

    // Every text field of every page built, those typed into and any other.
    const QList<QLineEdit*> fields = window.findChildren<QLineEdit*>();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        QVERIFY2(fields.contains(it.key()), qPrintable(it.value()));
    for (QLineEdit* field : fields) {
        const QString where = typed.value(field, field->objectName());
        QVERIFY2(field->text().isEmpty(), qPrintable(where));
        QVERIFY2(field->displayText().isEmpty(), qPrintable(where));
        QVERIFY2(!field->isUndoAvailable(), qPrintable(where));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(field);
        QVERIFY2(iface && iface->textInterface(), qPrintable(where));
        QVERIFY2(iface->textInterface()->characterCount() == 0, qPrintable(where));
        QVERIFY2(accessibleText(field).isEmpty(), qPrintable(where));
    }
    // Nor is the lost identifier's school choice left.
    QVERIFY(lost->findChildren<QRadioButton*>().isEmpty());
}

void TestAccessibleTree::signedInScreensNameEachFocusableOnce()
{
    // The screens after sign-in, as a screen reader meets them (tests/atspi checks the help screens and the login
    // over AT-SPI): every focusable widget shown has a name, no two the same.
    MainWindow& window = m_kiosk->window;
    QVERIFY(signIn());
    QTRY_VERIFY(!m_kiosk->greetingLabel()->text().isEmpty());
    QStringList problems;
    const auto screen = [&problems, &window](const QString& name) {
        int checked = 0;
        for (const QString& problem : nameProblems(&window, &checked))
            problems.append(name + u": "_s + problem);
        // The language buttons and the screen's own: a screen with less was not shown.
        if (checked < 4)
            problems.append(u"%1: only %2 focusable widgets"_s.arg(name).arg(checked));
    };
    screen(u"signed in"_s);

    // Mon compte, then with every part shown (the mail code, the "sign out everywhere" confirmation).
    auto* account = KioskHarness::findIn<QAbstractButton>(window.signedInPage(), u"accountButton"_s);
    QVERIFY(account);
    QTest::mouseClick(account, Qt::LeftButton);
    QTRY_COMPARE(window.currentPage(), window.accountPage());
    screen(u"Mon compte"_s);
    showEveryPart(window.accountPage());
    screen(u"Mon compte, every part shown"_s);

    // The idle countdown over the signed-in screen.
    window.showPage(window.signedInPage());
    IdleOverlay* overlay = m_kiosk->app().idleLogout().overlay();
    QVERIFY(overlay);
    overlay->showCountdown(30);
    screen(u"the idle countdown"_s);
    overlay->dismiss();

    // The steps the ENT may require after sign-in.
    window.forcedPasswordPage()->open();
    window.showPage(window.forcedPasswordPage());
    screen(u"forced password change"_s);
    window.showPage(window.termsPage());
    screen(u"terms"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibleTree)
#include "tst_accessibletree.moc"
