#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PasswordField.h"
#include "support/FakeEnt.h"
#include "support/FakeSecretStore.h"
#include "support/FakeTranslator.h"
#include "support/KioskHarness.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;

namespace {


} // namespace

class TestLoginPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifierIsLowerCasedWithoutSpaces();
    void capsLockWarningFollowsTheKeys();
    void rememberMeOnlyWhereAllowed_data();
    void rememberMeOnlyWhereAllowed();
    void rememberedIdentifierFillsTheForm();
    void kioskNeverAsksToBeRemembered();
    void formIsDisabledWhileSigningIn();
    void emptyFieldsAreNotSent();
    void enterSignsIn();
    void helpButtonOpensHelp();
    void resetCodeIsHandedOn();
    void activationCodeIsHandedOn();
    void tabOrderFollowsTheForm_data();
    void tabOrderFollowsTheForm();
    void everyInteractiveWidgetIsNamedAfterItsLabel();
    void touchTargetsAreAtLeast48Pixels();
    void errorIsAnnouncedAsAnAlert();
};

void TestLoginPage::identifierIsLowerCasedWithoutSpaces()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    QLineEdit* login = kiosk.loginLineEdit();

    QTest::keyClicks(login, u"Adele Adams"_s);
    QCOMPARE(login->text(), u"adeleadams"_s);

    // The cursor stays where the pupil put it, whatever is refused or lower-cased.
    login->setCursorPosition(5);
    QTest::keyClick(login, ' ');
    QCOMPARE(login->text(), u"adeleadams"_s);
    QCOMPARE(login->cursorPosition(), 5);
    QTest::keyClick(login, '.');
    QTest::keyClick(login, 'X', Qt::ShiftModifier);
    QCOMPARE(login->text(), u"adele.xadams"_s);
    QCOMPARE(login->cursorPosition(), 7);
    QTest::keyClick(login, Qt::Key_Backspace);

    // A paste with spaces of every kind.
    login->setCursorPosition(login->text().size());
    login->insert(u" JR\u00a0"_s);
    QCOMPARE(login->text(), u"adele.adamsjr"_s);
    QCOMPARE(login->cursorPosition(), login->text().size());
}

void TestLoginPage::capsLockWarningFollowsTheKeys()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    QLabel* warning = kiosk.capsLockLabel();
    QLineEdit* password = kiosk.passwordLineEdit();
    QVERIFY(warning->isHidden());

    QTest::keyClick(password, 'a');
    QVERIFY(warning->isHidden());
    QTest::keyClick(password, 'A', Qt::ShiftModifier);
    QVERIFY(warning->isHidden());
    QTest::keyClick(password, '1');
    QVERIFY(warning->isHidden());

    QTest::keyClick(password, 'A'); // upper case without Shift
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), translated("LoginPage", "Caps Lock is on."));
    QTest::keyClick(password, '2'); // no evidence either way
    QVERIFY(warning->isVisible());
    QTest::keyClick(password, 'a', Qt::ShiftModifier); // lower case with Shift: still on
    QVERIFY(warning->isVisible());
    QTest::keyClick(password, 'b'); // lower case without Shift: off
    QVERIFY(warning->isHidden());

    // The identifier field is watched too; pressing Caps Lock hides the warning until a letter shows it again.
    QTest::keyClick(kiosk.loginLineEdit(), 'Q');
    QVERIFY(warning->isVisible());
    QTest::keyClick(kiosk.loginLineEdit(), Qt::Key_CapsLock);
    QVERIFY(warning->isHidden());
}

void TestLoginPage::rememberMeOnlyWhereAllowed_data()
{
    QTest::addColumn<KioskProfile>("profile");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("shown");
    QTest::newRow("kiosk") << KioskProfile::Kiosk << false << false;
    QTest::newRow("kiosk, allowed by mistake") << KioskProfile::Kiosk << true << false;
    QTest::newRow("desktop") << KioskProfile::Desktop << false << false;
    QTest::newRow("desktop, allowed") << KioskProfile::Desktop << true << true;
}

void TestLoginPage::rememberMeOnlyWhereAllowed()
{
    QFETCH(KioskProfile, profile);
    QFETCH(bool, allowed);
    QFETCH(bool, shown);
    FakeEnt ent;
    KioskConfig config = ent.config(profile);
    config.allowRememberMe = allowed;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    QCOMPARE(kiosk.rememberCheckBox()->isVisible(), shown);
}

void TestLoginPage::rememberedIdentifierFillsTheForm()
{
    FakeEnt ent;
    KioskConfig config = ent.config(KioskProfile::Desktop);
    config.allowRememberMe = true;
    FakeSecretStore secrets;
    QSignalSpy stored(&secrets, &FakeSecretStore::changed);
    secrets.write(QString::fromLatin1(KioskSession::rememberedIdentifierKey), "adele.adams", {});
    QVERIFY(stored.wait());

    KioskHarness kiosk(config, &secrets);
    QVERIFY(kiosk.showActive());
    kiosk.window.resetAllPages(); // what the start-up session end does
    QTRY_COMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    QVERIFY(kiosk.rememberCheckBox()->isChecked());
    QCOMPARE(kiosk.window.loginPage()->initialFocusWidget(), kiosk.passwordField());

    // Unticked: signing in forgets the identifier.
    QTest::mouseClick(kiosk.rememberCheckBox(), Qt::LeftButton, {}, QPoint(10, kiosk.rememberCheckBox()->height() / 2));
    QVERIFY(!kiosk.rememberCheckBox()->isChecked());
    QTest::keyClicks(kiosk.passwordLineEdit(), u"s3cret"_s);
    stored.clear();
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QTRY_VERIFY(!stored.isEmpty());
    QVERIFY(!secrets.entries().contains(QString::fromLatin1(KioskSession::rememberedIdentifierKey)));
}

void TestLoginPage::kioskNeverAsksToBeRemembered()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    const QByteArray body = ent.server().lastRequest("/auth/login").body;
    QVERIFY(body.contains("email=adele.adams"));
    QVERIFY(!body.contains("rememberMe"));
    QVERIFY(!body.contains("secureLocation"));
}

void TestLoginPage::formIsDisabledWhileSigningIn()
{
    FakeEnt ent;
    ent.answerLogin(FakeHttpServer::Response::hang());
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    QTest::keyClick(kiosk.passwordLineEdit(), Qt::Key_Return);

    QTRY_VERIFY(kiosk.session.isBusy());
    QCOMPARE(kiosk.signInButton()->text(), translated("LoginPage", "Signing in…"));
    QCOMPARE(kiosk.signInButton()->accessibleName(), kiosk.signInButton()->text());
    for (QWidget* input : std::initializer_list<QWidget*>{kiosk.loginLineEdit(), kiosk.passwordLineEdit(),
                                                          kiosk.showPasswordButton(), kiosk.signInButton()})
        QVERIFY2(!input->isEnabled(), qPrintable(input->objectName()));
    // The focus stays on the page rather than jumping to the language switch.
    QVERIFY(kiosk.window.loginPage()->isAncestorOf(QApplication::focusWidget())
            || QApplication::focusWidget() == kiosk.window.loginPage());

    kiosk.session.end(KioskSession::EndReason::Idle);
    QVERIFY(!kiosk.session.isBusy());
    QVERIFY(kiosk.loginLineEdit()->isEnabled());
    QVERIFY(kiosk.passwordLineEdit()->isEnabled());
    QCOMPARE(kiosk.signInButton()->text(), translated("LoginPage", "SIGN IN"));
}

void TestLoginPage::emptyFieldsAreNotSent()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    kiosk.clickSignIn();
    QCOMPARE(kiosk.errorLabel()->text(), translated("LoginPage", "Enter your identifier."));
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());

    QTest::keyClicks(kiosk.loginLineEdit(), u"adele.adams"_s);
    QTest::keyClick(kiosk.loginLineEdit(), Qt::Key_Return);
    QCOMPARE(kiosk.errorLabel()->text(), translated("LoginPage", "Enter your password."));
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());
    QVERIFY(!kiosk.session.isBusy());
    QCOMPARE(ent.server().count("/auth/login"), 0);
}

void TestLoginPage::enterSignsIn()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    QSignalSpy signedIn(&kiosk.session, &KioskSession::signedIn);
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(signedIn.wait());
    // Signed in: nothing typed stays in the form.
    QVERIFY(kiosk.loginLineEdit()->text().isEmpty());
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
}

void TestLoginPage::helpButtonOpensHelp()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    auto* help = kiosk.find<QAbstractButton>(u"helpButton"_s);
    QVERIFY(help);
    QVERIFY(help->isVisible()); // the window has the help screens

    QSignalSpy requested(kiosk.window.loginPage(), &LoginPage::helpRequested);
    QTest::mouseClick(help, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);

    // A login page on its own, with nowhere to go, does not offer it.
    LoginPage alone(kiosk.session);
    alone.show();
    QVERIFY(!KioskHarness::findIn<QAbstractButton>(&alone, u"helpButton"_s)->isVisible());
}

void TestLoginPage::resetCodeIsHandedOn()
{
    FakeEnt ent;
    ent.answerLogin(FakeHttpServer::Response::redirect("/auth/reset/3zrf6jkz?login=adele.adams"));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    QSignalSpy handedOn(kiosk.window.loginPage(), &LoginPage::resetCodeEntered);
    kiosk.typeCredentials(u"adele.adams"_s, u"3zrf6jkz"_s);
    kiosk.clickSignIn();
    QVERIFY(handedOn.wait());
    QCOMPARE(handedOn.first().at(0).toString(), u"adele.adams"_s);
    QCOMPARE(handedOn.first().at(1).toString(), u"3zrf6jkz"_s);
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
    // The new password screen takes over (tst_helpscreens); nothing waits on this one.
    QVERIFY(kiosk.errorLabel()->isHidden());
}

void TestLoginPage::activationCodeIsHandedOn()
{
    FakeEnt ent;
    // ENT protocol §3.2: the ENT answers a pending activation code with its activation page.
    ent.answerLogin(FakeHttpServer::Response::html(
        R"(<html><body><form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    QSignalSpy handedOn(kiosk.window.loginPage(), &LoginPage::activationCodeEntered);
    kiosk.typeCredentials(u"adele.adams"_s, u"AB12CD"_s);
    kiosk.clickSignIn();
    QVERIFY(handedOn.wait());
    QCOMPARE(handedOn.first().at(0).toString(), u"adele.adams"_s);
    QCOMPARE(handedOn.first().at(1).toString(), u"AB12CD"_s); // for the activation screen
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
    // The activation screen takes over: no message is left here for when the pupil comes back.
    QVERIFY(kiosk.errorLabel()->text().isEmpty());
}

void TestLoginPage::tabOrderFollowsTheForm_data()
{
    QTest::addColumn<KioskProfile>("profile");
    QTest::addColumn<QStringList>("order");
    // After the form, the language buttons in the order offered (issue #17), then round to the first field.
    QStringList languages;
    for (const QString& language : KioskConfig().languages)
        languages.append(language + u"LanguageButton"_s);
    QTest::newRow("kiosk") << KioskProfile::Kiosk
                           << QStringList{u"loginLineEdit"_s, u"secretLineEdit"_s, u"showPasswordButton"_s,
                                          u"helpButton"_s, u"signInButton"_s} +
                                  languages + QStringList{u"loginLineEdit"_s};
    QTest::newRow("desktop") << KioskProfile::Desktop
                             << QStringList{u"loginLineEdit"_s, u"secretLineEdit"_s, u"showPasswordButton"_s,
                                            u"rememberCheckBox"_s, u"helpButton"_s, u"signInButton"_s} +
                                    languages + QStringList{u"loginLineEdit"_s};
}

void TestLoginPage::tabOrderFollowsTheForm()
{
    QFETCH(KioskProfile, profile);
    QFETCH(QStringList, order);
    FakeEnt ent;
    KioskConfig config = ent.config(profile);
    config.allowRememberMe = true;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());

    QStringList visited{QApplication::focusWidget()->objectName()};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited, order);

    // And back.
    QStringList reversed = order;
    std::reverse(reversed.begin(), reversed.end());
    visited = QStringList{QApplication::focusWidget()->objectName()};
    for (qsizetype i = 1; i < reversed.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited, reversed);
}

void TestLoginPage::everyInteractiveWidgetIsNamedAfterItsLabel()
{
    FakeEnt ent;
    KioskConfig config = ent.config(KioskProfile::Desktop);
    config.allowRememberMe = true;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());

    int checked = 0;
    for (QWidget* widget : tabStops(&kiosk.window)) {
        if (!qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QLineEdit*>(widget))
            QFAIL(qPrintable(u"unexpected interactive widget "_s + widget->objectName()));
        const QString label = visibleName(&kiosk.window, widget);
        QVERIFY2(!label.isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(widget->accessibleName(), label);
        // What a screen reader gets.
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), label);
        ++checked;
    }
    // identifier, password, show/hide, remember, help, CONNEXION, then one button per language offered
    QCOMPARE(checked, 6 + int(KioskConfig().languages.size()));
}

void TestLoginPage::touchTargetsAreAtLeast48Pixels()
{
    FakeEnt ent;
    KioskConfig config = ent.config(KioskProfile::Desktop);
    config.allowRememberMe = true;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    for (QWidget* widget : tabStops(&kiosk.window))
        QVERIFY2(widget->height() >= 48, qPrintable(u"%1 is %2 px high"_s.arg(widget->objectName()).arg(widget->height())));
}

void TestLoginPage::errorIsAnnouncedAsAnAlert()
{
    FakeEnt ent;
    ent.refuseLogin(FakeEnt::wrongPasswordMessage);
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    // Without a platform accessibility bridge (offscreen, Xvfb without AT-SPI) QAccessible drops every event, so the
    // label's own notice that it sent the alert is what can be checked here.
    auto* error = qobject_cast<MessageLabel*>(kiosk.errorLabel());
    QVERIFY(error);
    QSignalSpy announced(error, &MessageLabel::announced);
    kiosk.typeCredentials(u"adele.adams"_s, u"wrong"_s);
    kiosk.clickSignIn();
    QVERIFY(announced.wait());
    QCOMPARE(announced.first().first().toString(), error->text());
    // Assistive technology is told what it is, then what it says: an alert named "Erreur : <the sentence>".
    const QString named = translated("MessageLabel", "%1: %2").arg(translated("MessageLabel", "Error"), error->text());
    QCOMPARE(error->accessibleName(), named);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(error);
    QCOMPARE(accessible->role(), QAccessible::AlertMessage);
    QCOMPARE(accessible->text(QAccessible::Name), named);
    // A language switch renders the message again without announcing it again.
    QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QTest::mouseClick(kiosk.languageButton(u"fr"_s), Qt::LeftButton);
    QCOMPARE(announced.size(), 1);
}

QTEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
