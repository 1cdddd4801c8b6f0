#include "core/secrets/SecretBytes.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeTranslator.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestPasswordField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hidesTheTextByDefault();
    void showButtonRevealsAndHides();
    void rehidesAfterTheDelay();
    void keepsSensitiveHintsWhenRevealed();
    void refusesContextMenuDragAndCopy();
    void selectsNothingWhileRevealed();
    void wipeLeavesNoTextNoUndoNothingRevealed();
    void secretIsTheTypedText();
    void labelBecomesTheAccessibleNameOfTheLineEdit();
    void tabGoesFromTheTextToTheButton();

private:
    static QString showText() { return translated("PasswordField", "Show the password"); }
    static QString hideText() { return translated("PasswordField", "Hide the password"); }
    // The button's accessible name says which field it acts on (a screen may hold three of them).
    static QString showName(const QString& field = u"Password"_s)
    {
        return translated("PasswordField", "Show the text of “%1”").arg(field);
    }
    static QString hideName() { return translated("PasswordField", "Hide the text of “%1”").arg(u"Password"_s); }

    std::unique_ptr<QWidget> m_window;
    PasswordField* m_field = nullptr;
};

void TestPasswordField::init()
{
    m_window = std::make_unique<QWidget>();
    m_field = new PasswordField(m_window.get());
    m_field->setFieldName(u"Password"_s);
    m_window->show();
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPasswordField::cleanup()
{
    m_window.reset();
    m_field = nullptr;
}

void TestPasswordField::hidesTheTextByDefault()
{
    QTest::keyClicks(m_field->lineEdit(), u"s3cret"_s);
    QCOMPARE(m_field->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!m_field->isRevealed());
    QVERIFY(!m_field->showPasswordButton()->isChecked());
    QCOMPARE(m_field->showPasswordButton()->accessibleName(), showName());
    QCOMPARE(m_field->showPasswordButton()->toolTip(), showText());
}

void TestPasswordField::showButtonRevealsAndHides()
{
    QSignalSpy revealed(m_field, &PasswordField::revealedChanged);
    QTest::keyClicks(m_field->lineEdit(), u"s3cret"_s);

    QTest::mouseClick(m_field->showPasswordButton(), Qt::LeftButton);
    QVERIFY(m_field->isRevealed());
    QCOMPARE(m_field->lineEdit()->echoMode(), QLineEdit::Normal);
    QVERIFY(m_field->showPasswordButton()->isChecked());
    QCOMPARE(m_field->showPasswordButton()->accessibleName(), hideName());

    m_field->showPasswordButton()->setFocus();
    QTest::keyClick(m_field->showPasswordButton(), Qt::Key_Space);
    QVERIFY(!m_field->isRevealed());
    QCOMPARE(m_field->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(m_field->showPasswordButton()->accessibleName(), showName());
    QCOMPARE(revealed.size(), 2);
    QCOMPARE(m_field->lineEdit()->text(), u"s3cret"_s);
}

void TestPasswordField::rehidesAfterTheDelay()
{
    QCOMPARE(m_field->property("fieldName").toString(), u"Password"_s);
    m_field->setRehideDelay(100ms);
    QTest::keyClicks(m_field->lineEdit(), u"s3cret"_s);
    QTest::mouseClick(m_field->showPasswordButton(), Qt::LeftButton);
    QVERIFY(m_field->isRevealed());
    QTRY_VERIFY(!m_field->isRevealed());
    QCOMPARE(m_field->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!m_field->showPasswordButton()->isChecked());
    QCOMPARE(m_field->showPasswordButton()->accessibleName(), showName());
}

void TestPasswordField::keepsSensitiveHintsWhenRevealed()
{
    const Qt::InputMethodHints expected =
        Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhHiddenText;
    QCOMPARE(m_field->lineEdit()->inputMethodHints() & expected, expected);
    m_field->setRevealed(true);
    QCOMPARE(m_field->lineEdit()->inputMethodHints() & expected, expected);
    m_field->setRevealed(false);
    QCOMPARE(m_field->lineEdit()->inputMethodHints() & expected, expected);
}

void TestPasswordField::refusesContextMenuDragAndCopy()
{
    QLineEdit* edit = m_field->lineEdit();
    QCOMPARE(edit->contextMenuPolicy(), Qt::NoContextMenu);
    QVERIFY(!edit->dragEnabled());
    QVERIFY(!edit->acceptDrops());

    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"before"_s);
    QTest::keyClicks(edit, u"s3cret"_s);
    for (const bool revealed : {false, true}) {
        m_field->setRevealed(revealed);
        edit->setFocus();
        edit->selectAll(); // only possible while hidden; the shortcuts must do nothing either way
        QTest::keySequence(edit, QKeySequence::Copy);
        QTest::keySequence(edit, QKeySequence::Cut);
        QCOMPARE(clipboard->text(), u"before"_s);
        QCOMPARE(edit->text(), u"s3cret"_s);
    }
    clipboard->clear();
}

void TestPasswordField::selectsNothingWhileRevealed()
{
    QLineEdit* edit = m_field->lineEdit();
    QTest::keyClicks(edit, u"s3cret"_s);
    edit->selectAll();
    QVERIFY(edit->hasSelectedText());
    m_field->setRevealed(true);
    QVERIFY(!edit->hasSelectedText());
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::SelectAll);
    QVERIFY(!edit->hasSelectedText());
    QTest::keyClick(edit, Qt::Key_Home, Qt::ShiftModifier);
    QVERIFY(!edit->hasSelectedText());
    QTest::mouseDClick(edit, Qt::LeftButton);
    QVERIFY(!edit->hasSelectedText());
    // On X11 a selection becomes the PRIMARY clipboard.
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection())
        QVERIFY(!clipboard->text(QClipboard::Selection).contains(u"s3cret"_s));
}

void TestPasswordField::wipeLeavesNoTextNoUndoNothingRevealed()
{
    QTest::keyClicks(m_field->lineEdit(), u"s3cret"_s);
    QVERIFY(m_field->lineEdit()->isUndoAvailable());
    m_field->setRevealed(true);

    m_field->wipe();
    QVERIFY(m_field->isEmpty());
    QVERIFY(m_field->lineEdit()->text().isEmpty());
    QVERIFY(!m_field->lineEdit()->isUndoAvailable());
    QVERIFY(!m_field->lineEdit()->isRedoAvailable());
    QVERIFY(!m_field->isRevealed());
    QTest::keySequence(m_field->lineEdit(), QKeySequence::Undo);
    QVERIFY(m_field->lineEdit()->text().isEmpty());
}

void TestPasswordField::secretIsTheTypedText()
{
    QTest::keyClicks(m_field->lineEdit(), u"p+1 2"_s);
    for (const QString& accented : {u"â"_s, u"é"_s}) // keyClicks() only types ASCII
        QTest::sendKeyEvent(QTest::Click, m_field->lineEdit(), Qt::Key_unknown, accented, Qt::NoModifier);
    QCOMPARE(m_field->lineEdit()->text(), u"p+1 2âé"_s);
    QCOMPARE(m_field->secret().bytes(), u"p+1 2âé"_s.toUtf8());
    QSignalSpy returned(m_field, &PasswordField::returnPressed);
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Return);
    QCOMPARE(returned.size(), 1);
}

void TestPasswordField::labelBecomesTheAccessibleNameOfTheLineEdit()
{
    QCOMPARE(m_field->lineEdit()->accessibleName(), u"Password"_s);
    m_field->setFieldName(u"New password"_s);
    QCOMPARE(m_field->lineEdit()->accessibleName(), u"New password"_s);
    QCOMPARE(m_field->showPasswordButton()->accessibleName(), showName(u"New password"_s));
    QCOMPARE(m_field->showPasswordButton()->toolTip(), showText());
}

void TestPasswordField::tabGoesFromTheTextToTheButton()
{
    m_field->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_field->lineEdit());
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), m_field->showPasswordButton());
}

QTEST_MAIN(TestPasswordField)
#include "tst_passwordfield.moc"
