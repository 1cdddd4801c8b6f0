// virtual_keyboard: Qt Virtual Keyboard's runtime plugin, driven as a pupil does, by clicking its keys,
// under Xvfb. Nothing here links the plugin: its keys are found through the QObject tree of its QQuickWindow and
// their QML properties (text, x, y, width, height, visible, parent).
#include "gui/shell/VirtualKeyboard.h"
#include "gui/signin/LoginPage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QApplication>
#include <QInputMethod>
#include <QLineEdit>
#include <QScreen>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;

namespace {

// A key of the on-screen keyboard: its text and its centre in the keyboard window's coordinates.
struct Key
{
    QString text;
    QPointF centre;
    QObject* item = nullptr;
};

QPointF scenePosition(QObject* item)
{
    QPointF position;
    for (QObject* i = item; i; i = i->property("parent").value<QObject*>())
        position += QPointF(i->property("x").toReal(), i->property("y").toReal());
    return position;
}

bool isShown(QObject* item)
{
    for (QObject* i = item; i; i = i->property("parent").value<QObject*>()) {
        if (!i->property("visible").toBool() || i->property("opacity").toReal() <= 0)
            return false;
    }
    return true;
}

// The keys on show: items of the plugin's QML with a "key" and a "displayText" (BaseKey).
QList<Key> visibleKeys(QWindow* keyboard)
{
    QList<Key> keys;
    const QList<QObject*> objects = keyboard->findChildren<QObject*>();
    for (QObject* object : objects) {
        const QMetaObject* meta = object->metaObject();
        if (meta->indexOfProperty("displayText") < 0 || meta->indexOfProperty("key") < 0 ||
            meta->indexOfProperty("width") < 0)
            continue;
        const qreal width = object->property("width").toReal();
        const qreal height = object->property("height").toReal();
        if (width <= 0 || height <= 0 || !isShown(object))
            continue;
        keys.append(
            {object->property("text").toString(), scenePosition(object) + QPointF(width / 2, height / 2), object});
    }
    return keys;
}

const Key* findKey(const QList<Key>& keys, const QString& text)
{
    for (const Key& key : keys) {
        if (key.text == text)
            return &key;
    }
    return nullptr;
}

// A page whose only field sits at its very bottom, below a block too tall to give way to the keyboard.
class LowFieldPage final : public KioskPage
{
public:
    LowFieldPage()
    {
        auto* layout = new QVBoxLayout(this);
        auto* block = new QWidget(this);
        block->setMinimumHeight(600);
        layout->addWidget(block, 1);
        field = new QLineEdit(this);
        field->setObjectName(u"lowLineEdit"_s);
        field->setAccessibleName(u"Low field"_s);
        field->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
        layout->addWidget(field);
    }
    void resetPage() override {}
    QWidget* initialFocusWidget() const override { return field; }
    QLineEdit* field = nullptr;

protected:
    void retranslate() override {}
};

QRect globalRect(const QWidget* widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

} // namespace

class TestVirtualKeyboard final : public QObject
{
    Q_OBJECT

private:
    // Clicks the field as a pupil touches it: the plugin opens the keyboard on a click, not on a focus change.
    QWindow* openKeyboardFor(QWidget* field)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        if (!QTest::qWaitFor([] { return QGuiApplication::inputMethod()->isVisible(); }, 10000))
            return nullptr;
        QWindow* keyboard = VirtualKeyboard::keyboardWindow();
        if (!keyboard || !QTest::qWaitForWindowExposed(keyboard))
            return nullptr;
        // The panel slides in: wait until it has settled at the bottom of the screen.
        const bool settled = QTest::qWaitFor(
            [] {
                const QRect area = VirtualKeyboard::keyboardArea();
                return !area.isEmpty() && area.bottom() >= QGuiApplication::primaryScreen()->geometry().bottom() - 2;
            },
            5000);
        return settled ? keyboard : nullptr;
    }

    // The "&123" key: the page with digits and symbols (and back).
    bool switchToSymbols(QWindow* keyboard)
    {
        const QList<Key> keys = visibleKeys(keyboard);
        for (const Key& key : keys) {
            if (key.item->property("key").toInt() == Qt::Key_Context1) {
                QTest::mouseClick(keyboard, Qt::LeftButton, {}, key.centre.toPoint());
                return QTest::qWaitFor([keyboard] { return findKey(visibleKeys(keyboard), u"1"_s) != nullptr; });
            }
        }
        return false;
    }

    void type(QWindow* keyboard, QLineEdit* field, const QString& text)
    {
        for (const QChar c : text) {
            const QList<Key> keys = visibleKeys(keyboard);
            const Key* key = findKey(keys, QString(c));
            QVERIFY2(key, qPrintable(u"no key '%1' among %2"_s.arg(c).arg(keys.size())));
            const int before = field->text().size();
            QTest::mouseClick(keyboard, Qt::LeftButton, {}, key->centre.toPoint());
            QTRY_COMPARE(field->text().size(), before + 1);
        }
    }

private Q_SLOTS:
    void initTestCase();
    void typingAnIdentifierFillsTheField();
    void layoutIsFrenchAzerty();
    void focusedFieldStaysAboveTheKeyboard();
    void aFieldLowOnThePageIsLiftedAboveTheKeyboard();
    void noMagnifiedKeysOnSecretFields();
};

void TestVirtualKeyboard::initTestCase()
{
    if (QGuiApplication::platformName() != u"xcb"_s)
        QSKIP("The on-screen keyboard's window needs a display server: this test runs under Xvfb");
    QVERIFY(VirtualKeyboard::isRequested());
}

void TestVirtualKeyboard::typingAnIdentifierFillsTheField()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive(QGuiApplication::primaryScreen()->size()));
    QWindow* keyboard = openKeyboardFor(kiosk.loginLineEdit());
    QVERIFY(keyboard);

    type(keyboard, kiosk.loginLineEdit(), u"adele.adams"_s);
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    // Homonyms get a number.
    QVERIFY(switchToSymbols(keyboard));
    type(keyboard, kiosk.loginLineEdit(), u"2"_s);
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams2"_s);
}

void TestVirtualKeyboard::layoutIsFrenchAzerty()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive(QGuiApplication::primaryScreen()->size()));
    // The language switch changes the texts, not the keyboard.
    QVERIFY(kiosk.languages.setLanguage(u"en"_s));
    QCOMPARE(QLocale().language(), QLocale::English);
    QWindow* keyboard = openKeyboardFor(kiosk.loginLineEdit());
    QVERIFY(keyboard);

    QList<Key> keys = visibleKeys(keyboard);
    // The top row of letters, left to right.
    const Key* a = findKey(keys, u"a"_s);
    QVERIFY(a);
    QList<Key> row;
    for (const Key& key : keys) {
        if (qAbs(key.centre.y() - a->centre.y()) < 2)
            row.append(key);
    }
    std::sort(row.begin(), row.end(), [](const Key& l, const Key& r) { return l.centre.x() < r.centre.x(); });
    QStringList texts;
    for (const Key& key : row)
        texts.append(key.text);
    QVERIFY2(texts.join(QString()).startsWith(u"azertyuiop"_s), qPrintable(texts.join(u' ')));
    QVERIFY(findKey(keys, u"."_s));
    // French accents on a long press, as on a phone.
    QVERIFY(findKey(keys, u"e"_s)->item->property("alternativeKeys").toString().contains(u"é"_s));
    QVERIFY(findKey(keys, u"e"_s)->item->property("alternativeKeys").toString().contains(u"è"_s));
    QVERIFY(findKey(keys, u"a"_s)->item->property("alternativeKeys").toString().contains(u"à"_s));
    QVERIFY(findKey(keys, u"c"_s)->item->property("alternativeKeys").toString().contains(u"ç"_s));

    // Digits, '-' and '@' on the symbol page.
    QVERIFY(switchToSymbols(keyboard));
    keys = visibleKeys(keyboard);
    for (const QString& text : {u"-"_s, u"@"_s, u"0"_s, u"1"_s, u"9"_s})
        QVERIFY2(findKey(keys, text), qPrintable(text));
}

void TestVirtualKeyboard::focusedFieldStaysAboveTheKeyboard()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive(QGuiApplication::primaryScreen()->size()));
    for (QWidget* field :
         {static_cast<QWidget*>(kiosk.loginLineEdit()), static_cast<QWidget*>(kiosk.passwordLineEdit())}) {
        QVERIFY(openKeyboardFor(field));
        const QRect keyboard = VirtualKeyboard::keyboardArea();
        QVERIFY(!keyboard.isEmpty());
        QTRY_VERIFY2(globalRect(field).bottom() < keyboard.top(),
                     qPrintable(u"%1 ends at %2, the keyboard starts at %3"_s.arg(field->objectName())
                                    .arg(globalRect(field).bottom())
                                    .arg(keyboard.top())));
        QVERIFY(field->isVisible());
    }
}

void TestVirtualKeyboard::aFieldLowOnThePageIsLiftedAboveTheKeyboard()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    auto* page = new LowFieldPage;
    kiosk.window.addPage(page);
    QVERIFY(kiosk.showActive(QGuiApplication::primaryScreen()->size()));
    kiosk.window.showPage(page);
    const QRect before = globalRect(page->field);

    QWindow* keyboard = openKeyboardFor(page->field);
    QVERIFY(keyboard);
    const QRect area = VirtualKeyboard::keyboardArea();
    QVERIFY2(before.bottom() >= area.top(), "the field would not be covered: nothing is tested");
    QTRY_VERIFY2(globalRect(page->field).bottom() + VirtualKeyboard::fieldClearance <= area.top(),
                 qPrintable(u"the field ends at %1, the keyboard starts at %2"_s.arg(globalRect(page->field).bottom())
                                .arg(area.top())));
    QVERIFY(globalRect(page->field).top() >= 0);

    // Typed text lands in the lifted field.
    type(keyboard, page->field, u"ok"_s);
    QCOMPARE(page->field->text(), u"ok"_s);

    // Keyboard gone: the page is as it was.
    QGuiApplication::inputMethod()->hide();
    QTRY_COMPARE(page->contentsMargins(), QMargins());
    QTRY_COMPARE(globalRect(page->field), before);
}

void TestVirtualKeyboard::noMagnifiedKeysOnSecretFields()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive(QGuiApplication::primaryScreen()->size()));
    const auto hints = kiosk.passwordLineEdit()->inputMethodHints();
    QVERIFY(hints.testFlag(Qt::ImhHiddenText));
    QVERIFY(hints.testFlag(Qt::ImhSensitiveData));
    QVERIFY(hints.testFlag(Qt::ImhNoPredictiveText));

    QWindow* keyboard = openKeyboardFor(kiosk.passwordLineEdit());
    QVERIFY(keyboard);
    QObject* bubble = keyboard->findChild<QObject*>(u"characterPreviewBubble"_s);
    QVERIFY(bubble);
    QTRY_COMPARE(bubble->property("opacity").toReal(), 0.0);
    type(keyboard, kiosk.passwordLineEdit(), u"secret"_s);
    QCOMPARE(kiosk.passwordLineEdit()->text(), u"secret"_s);

    QVERIFY(openKeyboardFor(kiosk.loginLineEdit()));
    QTRY_COMPARE(bubble->property("opacity").toReal(), 1.0);
}

int main(int argc, char* argv[])
{
    // As main() does with virtual_keyboard = true: before the application exists.
    KioskConfig config;
    config.virtualKeyboard = true;
    VirtualKeyboard::prepareEnvironment(config);
    QApplication app(argc, argv);
    TestVirtualKeyboard test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    // The plugin destroys its keyboard window on QCoreApplication::aboutToQuit, which only exec() emits (the kiosk
    // runs it); left to ~QGuiApplication, the window's QML items abort the process ("QPixmap: Must construct a
    // QGuiApplication before a QPixmap").
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    app.exec();
    return failures;
}

#include "tst_virtualkeyboard.moc"
