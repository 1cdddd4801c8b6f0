#include "core/util/QrCode.h"
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
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/QrCodeWidget.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/ClosedPort.h"
#include "support/FakeEnt.h"
#include "support/FakeTranslator.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using Response = FakeHttpServer::Response;

namespace {


QString neutralSentence()
{
    return translated("LostIdentifierPage",
                      "If this e-mail address is valid, a message with your identifier has been sent to it. Remember "
                      "to check your spam folder.");
}

QJsonObject jsonBody(const FakeHttpServer::Request& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// The QR code's modules as the widget paints them, decoded by zbarimg; empty if it could not be read.
QString decodeWithZbar(QWidget* widget)
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"qr.png"_s);
    if (!widget->grab().save(file))
        return QString();
    QProcess zbar;
    zbar.start(zbarimg, {u"--raw"_s, u"-q"_s, file});
    if (!zbar.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

// The ENT finds the address in two schools: it answers with their structures, and the kiosk must ask which.
void answerWithTwoSchools(FakeEnt& ent)
{
    ent.server().on("POST", "/auth/forgot-id",
                    Response::json(QByteArrayLiteral(
                        R"({"structures":[{"structureId":"s1","structureName":"Lycée Jules Verne"},)"
                        R"({"structureId":"s2","structureName":"Lycée Victor Hugo"}]})")));
}

// The schools offered on the lost-identifier screen, in the order they are shown.
QList<QRadioButton*> schools(const QWidget* page)
{
    QList<QRadioButton*> buttons = on<QGroupBox>(page, u"structureGroupBox"_s)->findChildren<QRadioButton*>();
    std::sort(buttons.begin(), buttons.end(), [](QWidget* a, QWidget* b) { return a->y() < b->y(); });
    return buttons;
}

QStringList schoolNames(const QWidget* page)
{
    QStringList names;
    for (QRadioButton* button : schools(page))
        names.append(button->accessibleName());
    return names;
}

// Besoin d'aide ? → Vous avez perdu votre identifiant ?
LostIdentifierPage* openLostIdentifier(KioskHarness& kiosk)
{
    kiosk.openHelpTopic(u"lostIdentifierButton"_s);
    return kiosk.window.lostIdentifierPage();
}

} // namespace

class TestMoreHelp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostIdentifierOneAnswer();
    void lostIdentifierAsksFirstNameAndSchool();
    void lostIdentifierNeutralForEmptyAnswer();
    void lostIdentifierCorrectedAddressAsksAfresh();
    void lostIdentifierUnreachable();
    void lostIdentifierExplainsIdentifiers();
    void qrMatrixIsTheUrl();
    void qrWidgetDecodesToTheHelpUrl();
    void stillLostShowsTheGuide();
    void assistanceLeadsToTheCodeScreen();
    void activationThroughTheGui();
    void activationRefusedClearsThePasswords();
    void activationWithoutSignInLeadsToTheLogin();
    void activationWithoutTheAccountIsNotSent();
    void keyboardWalksEveryHelpScreen();
    void resetWipesLostIdentifier();
    void everyInputIsNamedBigAndInOrder();
};

void TestMoreHelp::lostIdentifierOneAnswer()
{
    FakeEnt ent;
    ent.server().on("POST", "/auth/forgot-id", Response::json(QByteArrayLiteral(R"({"status":"ok"})")));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    QCOMPARE(kiosk.window.currentPage(), page);
    QTRY_COMPARE(QApplication::focusWidget(), on(page, u"mailLineEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"adele@example.org"_s);
    press(Qt::Key_Return);
    auto* result = on<QLabel>(page, u"resultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), neutralSentence());
    QVERIFY(!on(page, u"structureWidget"_s)->isVisible());
    const QList<FakeHttpServer::Request> requests = ent.server().requests("/auth/forgot-id");
    QCOMPARE(requests.size(), 1);
    const QJsonObject body = jsonBody(requests.constFirst());
    QCOMPARE(body.value(u"mail"_s).toString(), u"adele@example.org"_s);
    QVERIFY(!body.contains(u"firstName"_s));
    QVERIFY(!body.contains(u"structureId"_s));
}

void TestMoreHelp::lostIdentifierAsksFirstNameAndSchool()
{
    FakeEnt ent;
    answerWithTwoSchools(ent);
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    QTest::keyClicks(on(page, u"mailLineEdit"_s), u"famille@example.org"_s);
    click(page, u"sendButton"_s);
    QTRY_VERIFY(on(page, u"structureWidget"_s)->isVisible());
    QVERIFY(!on<QLabel>(page, u"resultLabel"_s)->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), on(page, u"firstNameLineEdit"_s));
    // One radio button per school, each named by its school, none chosen, in a group named by the question.
    auto* group = on<QGroupBox>(page, u"structureGroupBox"_s);
    QCOMPARE(group->accessibleName(), on<QGroupBox>(page, u"structureGroupBox"_s)->title());
    QVERIFY(!group->accessibleName().isEmpty());
    QCOMPARE(schoolNames(page), QStringList({u"Lycée Jules Verne"_s, u"Lycée Victor Hugo"_s}));
    const QList<QRadioButton*> buttons = schools(page);
    for (QRadioButton* button : buttons) {
        QVERIFY(!button->isChecked());
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(button);
        QCOMPARE(accessible->role(), QAccessible::RadioButton);
        QCOMPARE(accessible->text(QAccessible::Name), button->accessibleName());
        // The group's title labels each school, as a screen reader announces it on entering the list.
        bool labelled = false;
        for (const auto& [other, relation] : accessible->relations(QAccessible::Label))
            labelled = labelled || other->object() == group;
        QVERIFY(labelled);
        QVERIFY2(button->height() >= 48, qPrintable(QString::number(button->height())));
    }

    // ENVOYER with a first name but no school: the ENT's list is required, so the kiosk asks for one.
    QTest::keyClicks(QApplication::focusWidget(), u"Adele"_s);
    click(page, u"sendButton"_s);
    auto* error = on<QLabel>(page, u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), translated("LostIdentifierPage", "Choose your school."));
    QCOMPARE(QApplication::focusWidget(), buttons.at(0));
    QCOMPARE(ent.server().requests("/auth/forgot-id").size(), 1);

    // The keyboard: Tab enters the list once, an arrow moves to the next school and chooses it, Tab leaves.
    on(page, u"firstNameLineEdit"_s)->setFocus();
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), buttons.at(0));
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), buttons.at(1));
    QVERIFY(buttons.at(1)->isChecked());
    QVERIFY(!buttons.at(0)->isChecked());
    press(Qt::Key_Up);
    QVERIFY(buttons.at(0)->isChecked());
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"sendButton"_s);
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), buttons.at(1)); // back into the list on the chosen school
    press(Qt::Key_Backtab);
    QCOMPARE(focusName(), u"firstNameLineEdit"_s);
    const auto checked = [](QRadioButton* button) { return button->isChecked(); };
    QCOMPARE(int(std::count_if(buttons.cbegin(), buttons.cend(), checked)), 1);

    ent.server().on("POST", "/auth/forgot-id", Response::json(QByteArrayLiteral("{}")));
    click(page, u"sendButton"_s);
    auto* result = on<QLabel>(page, u"resultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), neutralSentence());
    const QList<FakeHttpServer::Request> requests = ent.server().requests("/auth/forgot-id");
    QCOMPARE(requests.size(), 2);
    const QJsonObject second = jsonBody(requests.at(1));
    QCOMPARE(second.value(u"mail"_s).toString(), u"famille@example.org"_s);
    QCOMPARE(second.value(u"firstName"_s).toString(), u"Adele"_s);
    QCOMPARE(second.value(u"structureId"_s).toString(), u"s2"_s);
}

void TestMoreHelp::lostIdentifierNeutralForEmptyAnswer()
{
    FakeEnt ent;
    ent.server().on("POST", "/auth/forgot-id", Response::json(QByteArrayLiteral("{}")));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    QTest::keyClicks(on(page, u"mailLineEdit"_s), u"nobody@example.org"_s);
    click(page, u"sendButton"_s);
    auto* result = on<QLabel>(page, u"resultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), neutralSentence());
    QVERIFY(!on<QLabel>(page, u"errorLabel"_s)->isVisible());
}

void TestMoreHelp::lostIdentifierCorrectedAddressAsksAfresh()
{
    FakeEnt ent;
    answerWithTwoSchools(ent);
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    auto* mail = on<QLineEdit>(page, u"mailLineEdit"_s);
    QTest::keyClicks(mail, u"famille@example.org"_s);
    click(page, u"sendButton"_s);
    QTRY_VERIFY(on(page, u"structureWidget"_s)->isVisible());
    QTest::keyClicks(on(page, u"firstNameLineEdit"_s), u"Adele"_s);
    QTest::mouseClick(schools(page).at(1), Qt::LeftButton);
    QVERIFY(schools(page).at(1)->isChecked());

    // Another address typed: the question was about the first one, so it goes.
    ent.server().on("POST", "/auth/forgot-id", Response::json(QByteArrayLiteral("{}")));
    QTest::keyClick(mail, Qt::Key_Backspace);
    QTest::keyClicks(mail, u"g"_s);
    QVERIFY(on(page, u"structureWidget"_s)->isHidden());
    QVERIFY(on<QLineEdit>(page, u"firstNameLineEdit"_s)->text().isEmpty());
    QVERIFY(!on<QLineEdit>(page, u"firstNameLineEdit"_s)->isUndoAvailable());
    QVERIFY(schools(page).isEmpty());
    click(page, u"sendButton"_s);
    QTRY_VERIFY(on<QLabel>(page, u"resultLabel"_s)->isVisible());
    const QList<FakeHttpServer::Request> requests = ent.server().requests("/auth/forgot-id");
    QCOMPARE(requests.size(), 2);
    const QJsonObject second = jsonBody(requests.at(1));
    QCOMPARE(second.value(u"mail"_s).toString(), u"famille@example.org"_s.chopped(1) + u'g');
    QVERIFY(!second.contains(u"firstName"_s));
    QVERIFY(!second.contains(u"structureId"_s));

    // Only the address drops the question: asked again, the first name typed keeps it.
    ent.server().on("POST", "/auth/forgot-id",
                    Response::json(QByteArrayLiteral(
                        R"({"structures":[{"structureId":"s1","structureName":"Lycée Jules Verne"}]})")));
    click(page, u"homeButton"_s);
    kiosk.openHelpTopic(u"lostIdentifierButton"_s);
    QTest::keyClicks(mail, u"famille@example.org"_s);
    click(page, u"sendButton"_s);
    QTRY_VERIFY(on(page, u"structureWidget"_s)->isVisible());
    QTest::keyClicks(on(page, u"firstNameLineEdit"_s), u"Adele"_s);
    QVERIFY(on(page, u"structureWidget"_s)->isVisible()); // typing the first name keeps the question
}

void TestMoreHelp::lostIdentifierUnreachable()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.entUrl = closedLocalUrl();
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    QTest::keyClicks(on(page, u"mailLineEdit"_s), u"adele@example.org"_s);
    click(page, u"sendButton"_s);
    auto* error = on<QLabel>(page, u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!on<QLabel>(page, u"resultLabel"_s)->isVisible());
    QCOMPARE(on<QLineEdit>(page, u"mailLineEdit"_s)->text(), u"adele@example.org"_s); // kept for a retry
}

void TestMoreHelp::lostIdentifierExplainsIdentifiers()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    auto* explanation = on<QLabel>(page, u"howBuiltLabel"_s);
    QVERIFY(!explanation->isVisible());
    QVERIFY(tabTo(u"howBuiltButton"_s));
    press(Qt::Key_Space);
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(u"paul.petit1"_s));
    press(Qt::Key_Space);
    QVERIFY(!explanation->isVisible());
}

void TestMoreHelp::qrMatrixIsTheUrl()
{
    const QrCode code("https://ent.example.org/aide");
    QVERIFY(!code.isNull());
    QCOMPARE(code.size() % 4, 1); // 21, 25, 29…: a QR code's sides
    QVERIFY(code.size() >= 21);
    // The three finder patterns: dark 7×7 rings in three corners.
    for (const auto& [x0, y0] : {std::pair{0, 0}, std::pair{code.size() - 7, 0}, std::pair{0, code.size() - 7}}) {
        QVERIFY(code.isDark(x0, y0));
        QVERIFY(code.isDark(x0 + 6, y0 + 6));
        QVERIFY(!code.isDark(x0 + 1, y0 + 1));
        QVERIFY(code.isDark(x0 + 3, y0 + 3));
    }
    QCOMPARE(code.text(), QByteArrayLiteral("https://ent.example.org/aide"));
    QVERIFY(QrCode(QByteArray()).isNull());
}

void TestMoreHelp::qrWidgetDecodesToTheHelpUrl()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    const QString url = u"https://ent.example.org/aide/mot-de-passe"_s;
    config.helpUrl = QUrl(url); // help_url
    config.supportContacts = {{u"CDI"_s, u"Bâtiment B"_s, QString(), QString(), u"cdi@example.org"_s}};
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());
    auto* widget = on<QrCodeWidget>(kiosk.window.stillLostPage(), u"qrCodeWidget"_s);
    QCOMPARE(widget->text(), url);
    QCOMPARE(widget->code().text(), url.toUtf8());
    QVERIFY(widget->accessibleDescription().contains(url));
    QVERIFY(!widget->accessibleName().isEmpty());
    // support_contacts reach the assistance screen as configured.
    const QString contacts = on<QLabel>(kiosk.window.assistancePage(), u"contactsLabel"_s)->text();
    QVERIFY(contacts.contains(u"CDI"_s));
    QVERIFY(contacts.contains(u"cdi@example.org"_s));
    QCOMPARE(on<QrCodeWidget>(kiosk.window.assistancePage(), u"qrCodeWidget"_s)->text(), url);
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed: the picture is not decoded");
    QrCodeWidget standalone;
    standalone.setText(url);
    standalone.resize(standalone.sizeHint());
    QCOMPARE(decodeWithZbar(&standalone), url);
    auto* assistance = on<QrCodeWidget>(kiosk.window.assistancePage(), u"qrCodeWidget"_s);
    assistance->resize(assistance->sizeHint());
    QCOMPARE(decodeWithZbar(assistance), url);
}

void TestMoreHelp::stillLostShowsTheGuide()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.openHelpTopic(u"stillLostButton"_s);
    StillLostPage* page = kiosk.window.stillLostPage();
    QCOMPARE(kiosk.window.currentPage(), page);
    const QString guide = on<QLabel>(page, u"guideLabel"_s)->text();
    QVERIFY(guide.contains(translated("StillLostPage", "Change your password from time to time.")));
    QVERIFY(guide.contains(
        translated("StillLostPage", "On a shared computer, always sign out and never tick \"Remember me\".")
            .toHtmlEscaped()));
    // No help_url configured: no QR code, and nothing else (the ENT's address, a session…) put in its place.
    QVERIFY(!on(page, u"qrCodeWidget"_s)->isVisible());
    QVERIFY(on<QrCodeWidget>(page, u"qrCodeWidget"_s)->text().isEmpty());

    KioskConfig config = ent.config();
    config.helpUrl = QUrl(u"https://ent.example.org/aide"_s);
    KioskHarness withHelp(config);
    QVERIFY(withHelp.showActive());
    withHelp.openHelpTopic(u"stillLostButton"_s);
    QVERIFY(on(withHelp.window.stillLostPage(), u"qrCodeWidget"_s)->isVisible());
    QCOMPARE(on<QrCodeWidget>(withHelp.window.stillLostPage(), u"qrCodeWidget"_s)->text(),
             u"https://ent.example.org/aide"_s);
}

void TestMoreHelp::assistanceLeadsToTheCodeScreen()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.openHelpTopic(u"assistanceButton"_s);
    AssistancePage* page = kiosk.window.assistancePage();
    QCOMPARE(kiosk.window.currentPage(), page);
    QVERIFY(on<QLabel>(page, u"adultLabel"_s)->isVisible());
    QTRY_COMPARE(focusName(), u"receivedCodeButton"_s);
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.resetCodePage());

    AssistancePage contacts;
    contacts.setContacts({{u"Vie scolaire"_s, u"Bâtiment A"_s, u"8h–17h"_s, u"01 23 45 67 89"_s,
                           u"vie.scolaire@example.org"_s}},
                         QString());
    QCOMPARE(on<QrCodeWidget>(&contacts, u"qrCodeWidget"_s)->text(), u"mailto:vie.scolaire@example.org"_s);
    QVERIFY(on<QLabel>(&contacts, u"contactsLabel"_s)->text().contains(u"01 23 45 67 89"_s));
}

void TestMoreHelp::activationThroughTheGui()
{
    FakeEnt ent;
    // ENT Core's activation.html: the account's address and mobile in the body's ng-init (ENT protocol §3.2).
    ent.answerLogin(Response::html(
        R"(<html><body ng-init='user.login="adele.adams";user.activationCode="AB12CD";)"
        R"(user.email="adele&#x2B;ent@example.org";user.phone="06 12 34 56 78"'>)"
        R"(<form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    ent.server().on("POST", "/auth/activation",
                    Response::redirect(ent.url().toEncoded() + '/')
                        .header("Set-Cookie", "oneSessionId=abc:sig; Path=/; HttpOnly")
                        .header("Set-Cookie", "authenticated=true; Path=/")
                        .header("Set-Cookie", "XSRF-TOKEN=0b5c6a1e-xsrf; Path=/"));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"AB12CD"_s);
    kiosk.clickSignIn();
    ActivationPage* page = kiosk.window.activationPage();
    QTRY_COMPARE(kiosk.window.currentPage(), page);
    QCOMPARE(on<QLabel>(page, u"loginLabel"_s)->text(), u"adele.adams"_s);
    QTRY_COMPARE(on<QLineEdit>(page, u"mailLineEdit"_s)->text(), u"adele+ent@example.org"_s);
    QCOMPARE(on<QLineEdit>(page, u"phoneLineEdit"_s)->text(), u"06 12 34 56 78"_s);
    QTRY_VERIFY(kiosk.session.authContext().isKnown());
    QTRY_VERIFY(on(page, u"cguWidget"_s)->isVisible());
    auto* activate = on<QAbstractButton>(page, u"activateButton"_s);
    QVERIFY(!activate->isEnabled());

    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"soleil2024"_s);
    press(Qt::Key_Return);
    QCOMPARE(focusName(), u"confirmationField.secretLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"soleil2024"_s);
    QVERIFY(!activate->isEnabled()); // the terms are not accepted yet
    QVERIFY(tabTo(u"cguCheckBox"_s));
    press(Qt::Key_Space);
    QVERIFY(activate->isEnabled());
    QVERIFY(tabTo(u"activateButton"_s));
    press(Qt::Key_Space);

    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    const QList<FakeHttpServer::Request> requests = ent.server().requests("/auth/activation");
    QCOMPARE(requests.size(), 1);
    const QUrlQuery form(QString::fromUtf8(requests.constFirst().body));
    QCOMPARE(form.queryItemValue(u"login"_s), u"adele.adams"_s);
    QCOMPARE(form.queryItemValue(u"activationCode"_s), u"AB12CD"_s);
    QCOMPARE(form.queryItemValue(u"acceptCGU"_s), u"true"_s);
    // What the ENT held went back as it was: activation stores exactly what it is sent (ENT protocol §3.16).
    QCOMPARE(form.queryItemValue(u"mail"_s, QUrl::FullyDecoded), u"adele+ent@example.org"_s);
    QCOMPARE(form.queryItemValue(u"phone"_s, QUrl::FullyDecoded), u"06 12 34 56 78"_s);
    // Nothing typed stays on the activation screen.
    QVERIFY(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit()->text().isEmpty());
}

void TestMoreHelp::activationRefusedClearsThePasswords()
{
    FakeEnt ent;
    ent.answerLogin(Response::html(
        R"(<html><body ng-init='user.login="adele.adams";user.activationCode="AB12CD";user.email="";user.phone=""'>)"
        R"(<form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    const QString message = u"Le mot de passe ne respecte pas les règles."_s;
    const QJsonObject refusal{{u"error"_s, QJsonObject{{u"message"_s, message}}},
                              {u"activationCode"_s, u"AB12CD"_s},
                              {u"login"_s, u"adele.adams"_s},
                              {u"cgu"_s, true}};
    ent.server().on("POST", "/auth/activation",
                    Response::json(QJsonDocument(refusal).toJson(QJsonDocument::Compact)));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"AB12CD"_s);
    kiosk.clickSignIn();
    ActivationPage* page = kiosk.window.activationPage();
    QTRY_COMPARE(kiosk.window.currentPage(), page);
    auto* first = on<PasswordField>(page, u"newPasswordField"_s);
    auto* second = on<PasswordField>(page, u"confirmationField"_s);
    QTest::keyClicks(first->lineEdit(), u"soleil2024"_s);
    QTest::keyClicks(second->lineEdit(), u"soleil2024"_s);
    on<QCheckBox>(page, u"cguCheckBox"_s)->setChecked(true);
    click(page, u"activateButton"_s);
    auto* error = on<QLabel>(page, u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"règles"_s));
    QVERIFY(first->lineEdit()->text().isEmpty());
    QVERIFY(second->lineEdit()->text().isEmpty());
    QCOMPARE(kiosk.window.currentPage(), page);
    QCOMPARE(kiosk.session.pendingActivationLogin(), u"adele.adams"_s);
}

void TestMoreHelp::activationWithoutSignInLeadsToTheLogin()
{
    FakeEnt ent;
    ent.answerLogin(Response::html(
        R"(<html><body ng-init='user.login="adele.adams";user.activationCode="AB12CD";user.email="";user.phone=""'>)"
        R"(<form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    // activationAutoLogin off: the ENT sends the pupil to its login page, with no session.
    ent.server().on("POST", "/auth/activation", Response::redirect(ent.url().toEncoded() + "/auth/login"));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"AB12CD"_s);
    kiosk.clickSignIn();
    ActivationPage* page = kiosk.window.activationPage();
    QTRY_COMPARE(kiosk.window.currentPage(), page);
    QTest::keyClicks(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit(), u"soleil2024"_s);
    QTest::keyClicks(on<PasswordField>(page, u"confirmationField"_s)->lineEdit(), u"soleil2024"_s);
    QTest::keyClicks(on(page, u"mailLineEdit"_s), u"adele@example.org"_s);
    on<QCheckBox>(page, u"cguCheckBox"_s)->setChecked(true);
    click(page, u"activateButton"_s);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    QTRY_VERIFY(kiosk.infoLabel()->isVisible());
    QCOMPARE(kiosk.infoLabel()->text(), translated("ActivationPage",
                                                   "Your account is activated. Sign in with your new password."));
    const QUrlQuery form(QString::fromUtf8(ent.server().requests("/auth/activation").constFirst().body));
    QCOMPARE(form.queryItemValue(u"mail"_s, QUrl::FullyDecoded), u"adele@example.org"_s);
    // The activation screen kept nothing.
    QVERIFY(on<QLineEdit>(page, u"mailLineEdit"_s)->text().isEmpty());
    QVERIFY(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit()->text().isEmpty());
}

void TestMoreHelp::activationWithoutTheAccountIsNotSent()
{
    // A page that does not carry what the ENT holds (a theme's own view): activating would erase the pupil's e-mail
    // address and mobile (ENT protocol §3.16), so the kiosk sends nothing and says where to go.
    FakeEnt ent;
    ent.answerLogin(Response::html(
        R"(<html><body><form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    ent.server().on("POST", "/auth/activation", Response::redirect(ent.url().toEncoded() + "/auth/login"));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"AB12CD"_s);
    kiosk.clickSignIn();
    ActivationPage* page = kiosk.window.activationPage();
    QTRY_COMPARE(kiosk.window.currentPage(), page);
    auto* error = on<QLabel>(page, u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), translated("LeoKiosk::Gui::ActivationPage",
                                       "The kiosk could not read your account on the ENT, so it cannot activate it "
                                       "here without losing your e-mail address and mobile number. Activate your "
                                       "account on the ENT website."));
    QTRY_VERIFY(kiosk.session.authContext().isKnown());
    QTest::keyClicks(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit(), u"soleil2024"_s);
    QTest::keyClicks(on<PasswordField>(page, u"confirmationField"_s)->lineEdit(), u"soleil2024"_s);
    on<QCheckBox>(page, u"cguCheckBox"_s)->setChecked(true);
    QVERIFY(!on<QAbstractButton>(page, u"activateButton"_s)->isEnabled());
    press(Qt::Key_Return);
    QCOMPARE(kiosk.window.currentPage(), page);
    QVERIFY(ent.server().requests("/auth/activation").isEmpty());
}

void TestMoreHelp::keyboardWalksEveryHelpScreen()
{
    // Every help screen reached and left with the keyboard only: help, lost password, code, new password, lost
    // identifier, still lost, assistance and activation, each forward (into the screen, through what it asks) and
    // back (the home button).
    FakeEnt ent;
    ent.server().on("POST", "/auth/forgot-id", Response::json(QByteArrayLiteral("{}")));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    const auto openHelp = [&] {
        QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());
        QVERIFY(tabTo(u"helpButton"_s));
        press(Qt::Key_Return);
        QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.helpPage());
        QTRY_COMPARE(focusName(), u"lostPasswordButton"_s); // the first topic
    };
    const auto openTopic = [&](const QString& topic, KioskPage* expected) {
        openHelp();
        QVERIFY(tabTo(topic));
        press(Qt::Key_Space);
        QCOMPARE(kiosk.window.currentPage(), expected);
    };
    const auto backHome = [&](Qt::Key key) {
        QVERIFY(tabTo(u"homeButton"_s));
        press(key);
        QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
        QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());
    };
#define WALK(step)                                                                                                     \
    step;                                                                                                              \
    if (QTest::currentTestFailed())                                                                                    \
        return;

    // Help itself.
    WALK(openHelp())
    WALK(backHome(Qt::Key_Space))

    // Lost password → code → new password, forward with Enter and Space only, and home from the last one.
    WALK(openHelp())
    press(Qt::Key_Return);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.forgotPasswordPage());
    QTRY_COMPARE(focusName(), u"loginLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"adele.adams"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), u"codeReceivedButton"_s);
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.resetCodePage());
    QTRY_COMPARE(focusName(), u"codeLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"3zrf6jkz"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.newPasswordPage());
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    WALK(backHome(Qt::Key_Return))

    // Home from the lost password screen and from the code screen.
    WALK(openTopic(u"lostPasswordButton"_s, kiosk.window.forgotPasswordPage()))
    QTRY_COMPARE(focusName(), u"loginLineEdit"_s);
    WALK(backHome(Qt::Key_Space))
    WALK(openTopic(u"receivedCodeButton"_s, kiosk.window.resetCodePage()))
    QTRY_COMPARE(focusName(), u"loginLineEdit"_s); // no identifier came along
    WALK(backHome(Qt::Key_Return))

    // Lost identifier: the address, Enter, the neutral sentence; the focus waits on the way home.
    WALK(openTopic(u"lostIdentifierButton"_s, kiosk.window.lostIdentifierPage()))
    QTRY_COMPARE(focusName(), u"mailLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"adele@example.org"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(on(kiosk.window.lostIdentifierPage(), u"resultLabel"_s)->isVisible());
    QTRY_COMPARE(focusName(), u"homeButton"_s);
    WALK(backHome(Qt::Key_Space))

    WALK(openTopic(u"stillLostButton"_s, kiosk.window.stillLostPage()))
    QTRY_COMPARE(focusName(), u"guideScrollArea"_s);
    press(Qt::Key_PageDown); // the guide scrolls with the keyboard
    WALK(backHome(Qt::Key_Return))

    // Assistance: home, and on to the code screen with "J'ai reçu un code".
    WALK(openTopic(u"assistanceButton"_s, kiosk.window.assistancePage()))
    QTRY_COMPARE(focusName(), u"receivedCodeButton"_s);
    WALK(backHome(Qt::Key_Space))
    WALK(openTopic(u"assistanceButton"_s, kiosk.window.assistancePage()))
    QTRY_COMPARE(focusName(), u"receivedCodeButton"_s);
    press(Qt::Key_Return);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.resetCodePage());
    WALK(backHome(Qt::Key_Space))

    // Activation: the code typed as the password on the login screen, Enter; home from there.
    ent.answerLogin(Response::html(
        R"(<html><body ng-init='user.login="adele.adams";user.activationCode="AB12CD";user.email="";user.phone=""'>)"
        R"(<form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    QTest::keyClicks(QApplication::focusWidget(), u"adele.adams"_s);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"AB12CD"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.activationPage());
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    QVERIFY(tabTo(u"homeButton"_s));
    press(Qt::Key_Return);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    // Her identifier stays on the login screen (the code does not), so the focus waits in the password field.
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());
    QVERIFY(on<QLabel>(kiosk.window.activationPage(), u"loginLabel"_s)->text().isEmpty()); // nothing kept there
#undef WALK
}

void TestMoreHelp::resetWipesLostIdentifier()
{
    FakeEnt ent;
    ent.server().on("POST", "/auth/forgot-id",
                    Response::json(QByteArrayLiteral(
                        R"({"structures":[{"structureId":"s1","structureName":"Lycée Jules Verne"}]})")));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    LostIdentifierPage* page = openLostIdentifier(kiosk);
    auto* mail = on<QLineEdit>(page, u"mailLineEdit"_s);
    QTest::keyClicks(mail, u"adele@example.org"_s);
    click(page, u"sendButton"_s);
    QTRY_VERIFY(on(page, u"structureWidget"_s)->isVisible());
    QTest::keyClicks(on(page, u"firstNameLineEdit"_s), u"Adele"_s);
    QTest::mouseClick(schools(page).at(0), Qt::LeftButton);
    QVERIFY(schools(page).at(0)->isChecked());
    kiosk.session.end();
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(mail->text().isEmpty());
    QVERIFY(!mail->isUndoAvailable());
    QVERIFY(on<QLineEdit>(page, u"firstNameLineEdit"_s)->text().isEmpty());
    QVERIFY(schools(page).isEmpty());
    QVERIFY(on(page, u"structureWidget"_s)->isHidden());
}

void TestMoreHelp::everyInputIsNamedBigAndInOrder()
{
    FakeEnt ent;
    ent.server().on("POST", "/auth/forgot-id",
                    Response::json(QByteArrayLiteral(
                        R"({"structures":[{"structureId":"s1","structureName":"Lycée Jules Verne"}]})")));
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    const auto check = [](KioskPage* page, const QStringList& order) {
        QStringList names;
        for (QWidget* widget : tabStops(page)) {
            const QString label = visibleName(page, widget);
            QVERIFY2(!label.isEmpty(), qPrintable(widget->objectName()));
            QCOMPARE(widget->accessibleName(), label);
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QCOMPARE(accessible->text(QAccessible::Name), label);
            QVERIFY2(widget->height() >= 48,
                     qPrintable(u"%1 is %2 px high"_s.arg(widget->objectName()).arg(widget->height())));
        }
        // Tab goes through the page in reading order (the language switch follows, outside the page).
        page->initialFocusWidget()->setFocus();
        QStringList visited{focusName()};
        for (qsizetype i = 1; i < order.size(); ++i) {
            press(Qt::Key_Tab);
            visited.append(focusName());
        }
        QCOMPARE(visited, order);
    };

    kiosk.openHelpTopic(u"lostIdentifierButton"_s);
    LostIdentifierPage* lost = kiosk.window.lostIdentifierPage();
    QTest::keyClicks(on(lost, u"mailLineEdit"_s), u"adele@example.org"_s);
    click(lost, u"sendButton"_s);
    QTRY_VERIFY(on(lost, u"structureWidget"_s)->isVisible());
    check(lost, {u"mailLineEdit"_s, u"firstNameLineEdit"_s, u"structureRadioButton"_s, u"sendButton"_s,
                 u"howBuiltButton"_s, u"homeButton"_s});
    click(lost, u"homeButton"_s);

    kiosk.openHelpTopic(u"stillLostButton"_s);
    check(kiosk.window.stillLostPage(), {u"guideScrollArea"_s, u"homeButton"_s});
    click(kiosk.window.stillLostPage(), u"homeButton"_s);

    kiosk.openHelpTopic(u"assistanceButton"_s);
    check(kiosk.window.assistancePage(), {u"receivedCodeButton"_s, u"homeButton"_s});
    click(kiosk.window.assistancePage(), u"homeButton"_s);

    kiosk.window.loginPage()->activationCodeEntered(u"adele.adams"_s, u"AB12CD"_s);
    QTRY_VERIFY(on(kiosk.window.activationPage(), u"cguCheckBox"_s)->isVisible());
    check(kiosk.window.activationPage(),
          {u"newPasswordField.secretLineEdit"_s, u"newPasswordField.showPasswordButton"_s,
           u"confirmationField.secretLineEdit"_s, u"confirmationField.showPasswordButton"_s, u"mailLineEdit"_s,
           u"phoneLineEdit"_s, u"cguCheckBox"_s, u"homeButton"_s}); // ACTIVER MON COMPTE waits for the rule and the terms
}

QTEST_MAIN(TestMoreHelp)
#include "tst_morehelp.moc"
