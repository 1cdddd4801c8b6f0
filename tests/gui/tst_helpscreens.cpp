#include "core/ent/EntStatus.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/signin/LoginPage.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/ClosedPort.h"
#include "support/FakeEnt.h"
#include "support/FakeTranslator.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Response = FakeHttpServer::Response;

namespace {


QString mailSentence()
{
    return translated("ForgotPasswordPage",
                      "If an e-mail address is linked to this account, a message with a link to renew your password "
                      "has been sent to it. Remember to check your spam folder.");
}

QString smsSentence()
{
    return translated("ForgotPasswordPage",
                      "If a phone number is linked to this account, a code has been sent to the mobile phone number "
                      "you gave.");
}

QString wrongCodeMessage()
{
    return translated("ResetCodePage", "This code is not valid or has expired. Check it, or request a new code.");
}

QString tooManyTriesMessage()
{
    return translated("ResetCodePage", "Too many tries: this code can no longer be used. Request a new code.");
}

QString ruleLine(bool met, const QString& rule)
{
    return met ? translated("PasswordChecklist", "✓ %1 — met").arg(rule)
               : translated("PasswordChecklist", "✗ %1 — not met").arg(rule);
}

QJsonObject jsonBody(const FakeHttpServer::Request& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// The app on the help screens, driven as a pupil does.
class HelpKiosk
{
public:
    explicit HelpKiosk(const KioskConfig& config)
        : kiosk(config)
    {
        kiosk.window.forgotPasswordPage()->setCooldown(1s);
    }

    HelpPage* help() const { return kiosk.window.helpPage(); }
    ForgotPasswordPage* forgot() const { return kiosk.window.forgotPasswordPage(); }
    ResetCodePage* resetCode() const { return kiosk.window.resetCodePage(); }
    NewPasswordPage* newPassword() const { return kiosk.window.newPasswordPage(); }

    static void type(const QWidget* page, const QString& name, const QString& text)
    {
        auto* field = on<QLineEdit>(page, name);
        QTest::mouseClick(field, Qt::LeftButton);
        QTest::keyClicks(field, text);
    }

    static void typePassword(const QWidget* page, const QString& fieldName, const QString& text)
    {
        QTest::keyClicks(on<PasswordField>(page, fieldName)->lineEdit(), text);
    }

    void openHelp() { click(kiosk.window.loginPage(), u"helpButton"_s); }

    void openForgotPassword()
    {
        openHelp();
        click(help(), u"lostPasswordButton"_s);
    }

    void openResetCode()
    {
        openHelp();
        click(help(), u"receivedCodeButton"_s);
    }

    // Waits until every request to the ENT has been answered (channels, context…).
    bool settled() { return QTest::qWaitFor([this] { return kiosk.session.client().requestsInFlight() == 0; }); }

    KioskHarness kiosk;
};

} // namespace

class TestHelpScreens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostPasswordWalkthrough();
    void neutralSentenceWhateverTheAnswer_data();
    void neutralSentenceWhateverTheAnswer();
    void unreachableEntKeepsTheIdentifier();
    void smsChoiceOnlyWhereOffered();
    void cooldownCountsDownEachSecond();
    void codeFieldAcceptsLinksAndLooseTyping_data();
    void codeFieldAcceptsLinksAndLooseTyping();
    void malformedCodeIsRefusedLocally_data();
    void malformedCodeIsRefusedLocally();
    void fiveWrongCodesEndTheTries();
    void checklistFollowsTheTyping();
    void checklistLinesAreReadAsTheyChange();
    void refusedPasswordIsTypedAgainWithTheSameCode();
    void unreachableEntKeepsTheNewPassword();
    void resetCodeTypedAtLoginOpensNewPassword();
    void homeButtonForgetsTheHelpScreens();
    void sessionEndWipesEveryHelpScreen();
    void languageSwitchRendersTheHelpScreensAgain();
    void keyboardOnlyForward();
    void keyboardOnlyBack();
    void tabOrderFollowsEachScreen();
    void everyInputIsNamedAfterItsLabel();
    void touchTargetsAreAtLeast48Pixels();
};

void TestHelpScreens::lostPasswordWalkthrough()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(kiosk.showActive());

    // Login → Besoin d'aide ? → Vous avez perdu votre mot de passe ?
    app.openHelp();
    QCOMPARE(kiosk.window.currentPage(), app.help());
    QTRY_COMPARE(QApplication::focusWidget(), on(app.help(), u"lostPasswordButton"_s));
    click(app.help(), u"lostPasswordButton"_s);
    QCOMPARE(kiosk.window.currentPage(), app.forgot());
    auto* login = on<QLineEdit>(app.forgot(), u"loginLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), login);

    // ENVOYER: the identifier as the ENT matches it, by e-mail; then the neutral sentence.
    QTest::keyClicks(login, u"Adele.Adams"_s);
    QCOMPARE(login->text(), u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);
    auto* result = on<QLabel>(app.forgot(), u"resultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), mailSentence());
    const QJsonObject sent = jsonBody(ent.server().lastRequest("/auth/forgot-password"));
    QCOMPARE(sent.value(u"login"_s).toString(), u"adele.adams"_s);
    QCOMPARE(sent.value(u"service"_s).toString(), u"mail"_s);

    // The cool-down: visible, ENVOYER disabled, then enabled again.
    auto* send = on<QAbstractButton>(app.forgot(), u"sendButton"_s);
    auto* cooldown = on<QLabel>(app.forgot(), u"cooldownLabel"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(cooldown->isVisible());
    QCOMPARE(cooldown->text(), translated("ForgotPasswordPage", "You can send a new code in %n s", 1));
    QTRY_VERIFY(send->isEnabled());
    QVERIFY(cooldown->isHidden());
    QCOMPARE(result->text(), mailSentence()); // the sentence stays for the pupil to read

    // "J'ai reçu mon code" carries the identifier over.
    auto* codeReceived = on<QAbstractButton>(app.forgot(), u"codeReceivedButton"_s);
    QVERIFY(codeReceived->isVisible());
    QTest::mouseClick(codeReceived, Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), app.resetCode());
    QCOMPARE(on<QLineEdit>(app.resetCode(), u"loginLineEdit"_s)->text(), u"adele.adams"_s);
    auto* code = on<QLineEdit>(app.resetCode(), u"codeLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), code);

    // VÉRIFIER LE CODE → the ENT says it matches → Nouveau mot de passe.
    QTest::keyClicks(code, u"3zrf6jkz"_s);
    click(app.resetCode(), u"verifyButton"_s);
    QTRY_COMPARE(kiosk.window.currentPage(), app.newPassword());
    const QJsonObject match = jsonBody(ent.server().lastRequest("/auth/reset/match"));
    QCOMPARE(match.value(u"login"_s).toString(), u"adele.adams"_s);
    QCOMPARE(match.value(u"password"_s).toString(), u"3zrf6jkz"_s);
    QCOMPARE(on<QLabel>(app.newPassword(), u"loginLabel"_s)->text(), u"adele.adams"_s);
    auto* newPassword = on<PasswordField>(app.newPassword(), u"newPasswordField"_s);
    auto* confirmation = on<PasswordField>(app.newPassword(), u"confirmationField"_s);
    auto* reset = on<QAbstractButton>(app.newPassword(), u"resetButton"_s);
    QTRY_COMPARE(QApplication::focusWidget(), newPassword->lineEdit());
    QVERIFY(!reset->isEnabled());

    // A refusal (200 JSON): the ENT's message, both fields empty, the code kept for the next try.
    ent.refuseReset(FakeEnt::resetRefusedMessage);
    QTest::keyClicks(newPassword->lineEdit(), u"soleil2024"_s);
    QTest::keyClicks(confirmation->lineEdit(), u"soleil2024"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* error = on<QLabel>(app.newPassword(), u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), FakeEnt::resetRefusedMessage);
    QVERIFY(newPassword->isEmpty());
    QVERIFY(confirmation->isEmpty());
    QVERIFY(!reset->isEnabled());
    QCOMPARE(kiosk.window.currentPage(), app.newPassword());
    QTRY_COMPARE(QApplication::focusWidget(), newPassword->lineEdit());

    // 302: back on the login screen with the identifier, a success message, and the focus in the password field.
    ent.answerReset(Response::redirect("/auth/login"));
    QTest::keyClicks(newPassword->lineEdit(), u"soleil2025"_s);
    QTest::keyClicks(confirmation->lineEdit(), u"soleil2025"_s);
    QTest::keyClick(confirmation->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    const QList<FakeHttpServer::Request> resets = ent.server().requests("/auth/reset");
    QCOMPARE(resets.size(), 2);
    for (const FakeHttpServer::Request& request : resets) {
        QVERIFY(request.body.contains("login=adele.adams"));
        QVERIFY(request.body.contains("resetCode=3zrf6jkz"));
    }
    QVERIFY(resets.last().body.contains("password=soleil2025"));
    QVERIFY(resets.last().body.contains("confirmPassword=soleil2025"));
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);
    QVERIFY(kiosk.infoLabel()->isVisible());
    QCOMPARE(kiosk.infoLabel()->text(),
             translated("NewPasswordPage", "Your new password is saved. You can sign in."));
    QVERIFY(kiosk.errorLabel()->isHidden());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());
    // Nothing of the flow is left behind.
    QVERIFY(newPassword->isEmpty());
    QVERIFY(on<QLineEdit>(app.resetCode(), u"codeLineEdit"_s)->text().isEmpty());
}

void TestHelpScreens::neutralSentenceWhateverTheAnswer_data()
{
    QTest::addColumn<Response>("answer");
    QTest::newRow("{} (unknown login, no e-mail…)") << Response::json("{}");
    QTest::newRow("{status: ok}") << Response::json(R"({"status":"ok"})");
    QTest::newRow("400 invalid.login") << Response::json(R"({"error":"invalid.login"})", 400);
    QTest::newRow("400 no.match (before 4.12.16)") << Response::json(R"({"error":"no.match"})", 400);
}

void TestHelpScreens::neutralSentenceWhateverTheAnswer()
{
    QFETCH(Response, answer);
    FakeEnt ent;
    ent.answerForgotPassword(answer);
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.openForgotPassword();
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);

    auto* result = on<QLabel>(app.forgot(), u"resultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), mailSentence());
    QVERIFY(on(app.forgot(), u"errorLabel"_s)->isHidden());
    QVERIFY(on(app.forgot(), u"codeReceivedButton"_s)->isVisible());
    QVERIFY(app.forgot()->isCoolingDown());
}

void TestHelpScreens::unreachableEntKeepsTheIdentifier()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.entUrl = closedLocalUrl();
    HelpKiosk app(config);
    QVERIFY(app.kiosk.showActive());
    app.openForgotPassword();
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);

    auto* error = on<QLabel>(app.forgot(), u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    EntResult unreachable;
    unreachable.status = EntStatus::Unreachable;
    QCOMPARE(error->text(), EntMessages::text(unreachable));
    QCOMPARE(on<QLineEdit>(app.forgot(), u"loginLineEdit"_s)->text(), u"adele.adams"_s);
    // Nothing was sent: no neutral sentence, no code to wait for, and ENVOYER at once.
    QVERIFY(on(app.forgot(), u"resultLabel"_s)->isHidden());
    QVERIFY(on(app.forgot(), u"codeReceivedButton"_s)->isHidden());
    QVERIFY(!app.forgot()->isCoolingDown());
    QVERIFY(on(app.forgot(), u"sendButton"_s)->isEnabled());
    QVERIFY(on(app.forgot(), u"loginLineEdit"_s)->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), on(app.forgot(), u"sendButton"_s));
}

void TestHelpScreens::smsChoiceOnlyWhereOffered()
{
    for (const bool offered : {false, true}) {
        FakeEnt ent;
        ent.offerSms(offered);
        HelpKiosk app(ent.config());
        QVERIFY(app.kiosk.showActive());
        app.openForgotPassword();
        QTRY_COMPARE(ent.server().count("/auth/password-channels"), 1);
        QVERIFY(app.settled());
        auto* channels = on(app.forgot(), u"channelWidget"_s);
        QCOMPARE(channels->isVisible(), offered);
        if (!offered)
            continue;

        auto* mail = on<QRadioButton>(app.forgot(), u"mailRadioButton"_s);
        auto* sms = on<QRadioButton>(app.forgot(), u"smsRadioButton"_s);
        QVERIFY(mail->isChecked());
        QTest::mouseClick(sms, Qt::LeftButton);
        QVERIFY(sms->isChecked());
        QVERIFY(!mail->isChecked());
        HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
        click(app.forgot(), u"sendButton"_s);
        auto* result = on<QLabel>(app.forgot(), u"resultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        QCOMPARE(result->text(), smsSentence());
        QCOMPARE(jsonBody(ent.server().lastRequest("/auth/forgot-password")).value(u"service"_s).toString(),
                 u"mobile"_s);
    }
}

void TestHelpScreens::cooldownCountsDownEachSecond()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    app.forgot()->setCooldown(2s);
    QVERIFY(app.kiosk.showActive());
    app.openForgotPassword();
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    auto* cooldown = on<QLabel>(app.forgot(), u"cooldownLabel"_s);
    auto* send = on<QAbstractButton>(app.forgot(), u"sendButton"_s);
    QTRY_VERIFY(cooldown->isVisible());
    QCOMPARE(cooldown->text(), translated("ForgotPasswordPage", "You can send a new code in %n s", 2));
    QTRY_COMPARE(cooldown->text(), translated("ForgotPasswordPage", "You can send a new code in %n s", 1));
    QVERIFY(!send->isEnabled());
    // Enter in the field during the cool-down sends nothing.
    QTest::keyClick(on(app.forgot(), u"loginLineEdit"_s), Qt::Key_Return);
    QCOMPARE(ent.server().count("/auth/forgot-password"), 1);
    QTRY_VERIFY(send->isEnabled());
    QVERIFY(cooldown->isHidden());
    QVERIFY(!app.forgot()->isCoolingDown());

    click(app.forgot(), u"sendButton"_s);
    QTRY_COMPARE(ent.server().count("/auth/forgot-password"), 2);
}

void TestHelpScreens::codeFieldAcceptsLinksAndLooseTyping_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedLogin");
    const QString adele = u"adele.adams"_s;
    QTest::newRow("bare code") << adele << u"3zrf6jkz"_s << adele;
    QTest::newRow("capitals and a space") << adele << u"3ZRF 6JKZ"_s << adele;
    QTest::newRow("dashes") << adele << u"3zrf-6jkz"_s << adele;
    QTest::newRow("everything") << adele << u" 3Z-RF 6j-KZ "_s << adele;
    QTest::newRow("the e-mailed link") << adele << u"https://ent.picardie.fr/auth/reset/3zrf6jkz"_s << adele;
    QTest::newRow("link without scheme") << adele << u"ent.picardie.fr/auth/reset/3ZRF6JKZ"_s << adele;
    QTest::newRow("link with login, identifier empty")
        << QString() << u"https://ent.picardie.fr/auth/reset/3zrf6jkz?login=adele.adams"_s << adele;
    QTest::newRow("link with login, identifier typed")
        << u"adele.adams2"_s << u"https://ent.picardie.fr/auth/reset/3zrf6jkz?login=adele.adams"_s
        << u"adele.adams2"_s;
}

void TestHelpScreens::codeFieldAcceptsLinksAndLooseTyping()
{
    QFETCH(QString, login);
    QFETCH(QString, typed);
    QFETCH(QString, expectedLogin);
    FakeEnt ent;
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.openResetCode();
    QCOMPARE(app.kiosk.window.currentPage(), app.resetCode());
    if (!login.isEmpty())
        HelpKiosk::type(app.resetCode(), u"loginLineEdit"_s, login);
    HelpKiosk::type(app.resetCode(), u"codeLineEdit"_s, typed);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_COMPARE(app.kiosk.window.currentPage(), app.newPassword());
    const QJsonObject match = jsonBody(ent.server().lastRequest("/auth/reset/match"));
    QCOMPARE(match.value(u"login"_s).toString(), expectedLogin);
    QCOMPARE(match.value(u"password"_s).toString(), u"3zrf6jkz"_s);
    QCOMPARE(on<QLabel>(app.newPassword(), u"loginLabel"_s)->text(), expectedLogin);
}

void TestHelpScreens::malformedCodeIsRefusedLocally_data()
{
    // The message is translated in the test itself: the catalogue is only loaded with the window.
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("focus");
    const QByteArray notACode = "This is not a reset code. The code has 8 characters (letters and digits); you can "
                                "also type the whole link from the e-mail.";
    const QByteArray noCode = "Enter the code you received.";
    const QString adele = u"adele.adams"_s;
    QTest::newRow("nothing") << adele << QString() << noCode << u"codeLineEdit"_s;
    QTest::newRow("spaces only") << adele << u"   "_s << noCode << u"codeLineEdit"_s;
    QTest::newRow("7 characters") << adele << u"3zrf6jk"_s << notACode << u"codeLineEdit"_s;
    QTest::newRow("9 characters") << adele << u"3zrf6jkzz"_s << notACode << u"codeLineEdit"_s;
    QTest::newRow("l is not in the alphabet") << adele << u"3zrf6jkl"_s << notACode << u"codeLineEdit"_s;
    QTest::newRow("another page of the ENT") << adele << u"https://ent.picardie.fr/auth/login"_s << notACode
                                             << u"codeLineEdit"_s;
    QTest::newRow("no identifier") << QString() << u"3zrf6jkz"_s << QByteArray("Enter your identifier.")
                                   << u"loginLineEdit"_s;
}

void TestHelpScreens::malformedCodeIsRefusedLocally()
{
    QFETCH(QString, login);
    QFETCH(QString, typed);
    QFETCH(QByteArray, message);
    QFETCH(QString, focus);
    FakeEnt ent;
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.openResetCode();
    if (!login.isEmpty())
        HelpKiosk::type(app.resetCode(), u"loginLineEdit"_s, login);
    if (!typed.isEmpty())
        HelpKiosk::type(app.resetCode(), u"codeLineEdit"_s, typed);
    click(app.resetCode(), u"verifyButton"_s);

    auto* error = on<QLabel>(app.resetCode(), u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), translated("ResetCodePage", message.constData()));
    QTRY_COMPARE(QApplication::focusWidget(), on(app.resetCode(), focus));
    QVERIFY(app.settled());
    QCOMPARE(ent.server().count("/auth/reset/match"), 0);
    QCOMPARE(app.kiosk.window.currentPage(), app.resetCode());
}

void TestHelpScreens::fiveWrongCodesEndTheTries()
{
    FakeEnt ent;
    ent.answerResetMatch(false);
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.openResetCode();
    HelpKiosk::type(app.resetCode(), u"loginLineEdit"_s, u"adele.adams"_s);
    HelpKiosk::type(app.resetCode(), u"codeLineEdit"_s, u"3zrf6jkz"_s);
    auto* error = on<QLabel>(app.resetCode(), u"errorLabel"_s);
    auto* newCode = on<QAbstractButton>(app.resetCode(), u"newCodeButton"_s);
    QVERIFY(newCode->isHidden());

    for (int tries = 1; tries < ResetCodePage::maxWrongTries; ++tries) {
        click(app.resetCode(), u"verifyButton"_s);
        QTRY_COMPARE(ent.server().count("/auth/reset/match"), tries);
        QTRY_COMPARE(error->text(), wrongCodeMessage());
        QVERIFY(error->isVisible());
        QVERIFY(newCode->isVisible());
        QCOMPARE(app.kiosk.window.currentPage(), app.resetCode());
        // The code stays, to be corrected.
        QCOMPARE(on<QLineEdit>(app.resetCode(), u"codeLineEdit"_s)->text(), u"3zrf6jkz"_s);
        QTRY_COMPARE(QApplication::focusWidget(), on(app.resetCode(), u"codeLineEdit"_s));
        error->clear(); // so that the next QTRY sees the next answer
    }
    click(app.resetCode(), u"verifyButton"_s);
    QTRY_COMPARE(error->text(), tooManyTriesMessage());
    QVERIFY(newCode->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), newCode);

    // The same identifier is not checked again…
    HelpKiosk::type(app.resetCode(), u"codeLineEdit"_s, u"4zrf6jkz"_s);
    click(app.resetCode(), u"verifyButton"_s);
    QVERIFY(app.settled());
    QCOMPARE(ent.server().count("/auth/reset/match"), ResetCodePage::maxWrongTries);
    QCOMPARE(error->text(), tooManyTriesMessage());

    // …and "Demander un nouveau code" leads to the lost-password screen with it.
    QTest::mouseClick(newCode, Qt::LeftButton);
    QCOMPARE(app.kiosk.window.currentPage(), app.forgot());
    QCOMPARE(on<QLineEdit>(app.forgot(), u"loginLineEdit"_s)->text(), u"adele.adams"_s);
}

void TestHelpScreens::checklistFollowsTheTyping()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    QCOMPARE(app.kiosk.window.currentPage(), app.newPassword());
    QVERIFY(app.settled()); // the ENT's rule, from /auth/context

    const QString length = translated("PasswordPolicy", "At least %n characters", 8);
    const QString letter = translated("PasswordPolicy", "At least one letter");
    const QString digit = translated("PasswordPolicy", "At least one digit");
    const QString identical = translated("PasswordPolicy", "The two entries are identical");
    const auto line = [&app](const QString& name) { return on<QLabel>(app.newPassword(), name)->text(); };
    auto* reset = on<QAbstractButton>(app.newPassword(), u"resetButton"_s);
    auto* newPassword = on<PasswordField>(app.newPassword(), u"newPasswordField"_s)->lineEdit();
    auto* confirmation = on<PasswordField>(app.newPassword(), u"confirmationField"_s)->lineEdit();

    struct Step
    {
        QString newPassword;
        QString confirmation;
        bool length, letter, digit, identical;
    };
    const QList<Step> steps{
        {QString(), QString(), false, false, false, false},
        {u"soleil"_s, QString(), false, true, false, false},         // too short, no digit
        {u"soleilsoleil"_s, QString(), true, true, false, false},    // no digit
        {u"soleil2024"_s, QString(), true, true, true, false},       // nothing confirmed
        {u"soleil2024"_s, u"soleil202"_s, true, true, true, false},  // mismatch
        {u"soleil2024"_s, u"soleil2024"_s, true, true, true, true},  // all good
        {u"2024"_s, u"2024"_s, false, false, true, true},            // identical but too short, no letter
    };
    for (const Step& step : steps) {
        newPassword->setText(step.newPassword);
        confirmation->setText(step.confirmation);
        QCOMPARE(line(u"minLengthRuleLabel"_s), ruleLine(step.length, length));
        QCOMPARE(line(u"letterRuleLabel"_s), ruleLine(step.letter, letter));
        QCOMPARE(line(u"digitRuleLabel"_s), ruleLine(step.digit, digit));
        QCOMPARE(line(u"identicalRuleLabel"_s), ruleLine(step.identical, identical));
        QCOMPARE(reset->isEnabled(), step.length && step.letter && step.digit && step.identical);
    }

    // Typed key by key as well, and Enter does nothing until every line holds.
    newPassword->setText(QString());
    confirmation->setText(QString());
    QTest::keyClicks(newPassword, u"soleil2024"_s);
    QTest::keyClicks(confirmation, u"soleil202"_s);
    QVERIFY(!reset->isEnabled());
    QTest::keyClick(confirmation, Qt::Key_Return);
    QVERIFY(app.settled());
    QCOMPARE(ent.server().count("/auth/reset"), 0);
    QTest::keyClick(confirmation, '4');
    QVERIFY(reset->isEnabled());
}

void TestHelpScreens::checklistLinesAreReadAsTheyChange()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    QVERIFY(app.settled());
    auto* length = on<QLabel>(app.newPassword(), u"minLengthRuleLabel"_s);
    auto* letter = on<QLabel>(app.newPassword(), u"letterRuleLabel"_s);
    auto* newPassword = on<PasswordField>(app.newPassword(), u"newPasswordField"_s)->lineEdit();

    // Each rule line's accessible name gives its state first, in words ("Règle non respectée : …"); setting it sends
    // NameChanged to assistive technology (without a platform bridge, offscreen or Xvfb without AT-SPI, Qt drops the
    // event before anyone can see it). The title is read as it is.
    const QList<QLabel*> lines = on(app.newPassword(), u"passwordChecklist"_s)->findChildren<QLabel*>();
    QCOMPARE(lines.size(), 5); // the title, then length, letter, digit, identical
    for (QLabel* line : lines) {
        QCOMPARE(QAccessible::queryAccessibleInterface(line)->text(QAccessible::Name),
                 line->accessibleName().isEmpty() ? line->text() : line->accessibleName());
        QCOMPARE(line->textFormat(), Qt::PlainText);
    }
    const QString lengthRule = translated("PasswordPolicy", "At least %n characters", 8);
    const QString letterRule = translated("PasswordPolicy", "At least one letter");
    const auto heard = [](bool met, const QString& rule) {
        return translated("PasswordChecklist", met ? "Rule met: %1" : "Rule not met: %1").arg(rule);
    };
    QCOMPARE(length->accessibleName(), heard(false, lengthRule));
    QCOMPARE(length->text(), ruleLine(false, lengthRule));
    QCOMPARE(letter->text(), ruleLine(false, letterRule));
    QTest::keyClick(newPassword, 'a');
    QCOMPARE(length->text(), ruleLine(false, lengthRule));
    QCOMPARE(letter->text(), ruleLine(true, letterRule));
    QCOMPARE(letter->accessibleName(), heard(true, letterRule));
    QCOMPARE(length->accessibleName(), heard(false, lengthRule));
    QCOMPARE(QAccessible::queryAccessibleInterface(letter)->text(QAccessible::Name), heard(true, letterRule));
    // The state is in the words, not in the colour alone.
    QVERIFY(ruleLine(true, letterRule) != ruleLine(false, letterRule));
}

void TestHelpScreens::refusedPasswordIsTypedAgainWithTheSameCode()
{
    FakeEnt ent;
    ent.refuseReset(FakeEnt::resetRefusedMessage);
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    auto* error = on<MessageLabel>(app.newPassword(), u"errorLabel"_s);
    QSignalSpy announced(error, &MessageLabel::announced);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        HelpKiosk::typePassword(app.newPassword(), u"newPasswordField"_s, u"soleil2024"_s);
        HelpKiosk::typePassword(app.newPassword(), u"confirmationField"_s, u"soleil2024"_s);
        click(app.newPassword(), u"resetButton"_s);
        QTRY_COMPARE(announced.size(), attempt);
        QCOMPARE(error->text(), FakeEnt::resetRefusedMessage);
        QVERIFY(on<PasswordField>(app.newPassword(), u"newPasswordField"_s)->isEmpty());
        QVERIFY(on<PasswordField>(app.newPassword(), u"confirmationField"_s)->isEmpty());
        QVERIFY(ent.server().lastRequest("/auth/reset").body.contains("resetCode=3zrf6jkz"));
    }
    QCOMPARE(app.kiosk.window.currentPage(), app.newPassword());
}

void TestHelpScreens::unreachableEntKeepsTheNewPassword()
{
    FakeEnt ent;
    ent.answerReset(Response::hang());
    KioskConfig config = ent.config();
    config.requestTimeoutMs = 300;
    HelpKiosk app(config);
    QVERIFY(app.kiosk.showActive());
    app.kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    HelpKiosk::typePassword(app.newPassword(), u"newPasswordField"_s, u"soleil2024"_s);
    HelpKiosk::typePassword(app.newPassword(), u"confirmationField"_s, u"soleil2024"_s);
    click(app.newPassword(), u"resetButton"_s);

    // While the ENT is asked, nothing can be typed or sent twice.
    auto* reset = on<QAbstractButton>(app.newPassword(), u"resetButton"_s);
    QVERIFY(!reset->isEnabled());
    QVERIFY(!on(app.newPassword(), u"newPasswordField"_s)->isEnabled());
    QCOMPARE(reset->text(), translated("NewPasswordPage", "Saving…"));

    auto* error = on<QLabel>(app.newPassword(), u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    EntResult timeout;
    timeout.status = EntStatus::Timeout;
    QCOMPARE(error->text(), EntMessages::text(timeout));
    QCOMPARE(on<PasswordField>(app.newPassword(), u"newPasswordField"_s)->lineEdit()->text(),
             u"soleil2024"_s);
    QCOMPARE(on<PasswordField>(app.newPassword(), u"confirmationField"_s)->lineEdit()->text(),
             u"soleil2024"_s);
    QVERIFY(reset->isEnabled());
    QCOMPARE(reset->text(), translated("NewPasswordPage", "RESET"));
}

void TestHelpScreens::resetCodeTypedAtLoginOpensNewPassword()
{
    FakeEnt ent;
    // ENT protocol §3.2: a valid reset code typed as the password.
    ent.answerLogin(Response::redirect("/auth/reset/3zrf6jkz?login=adele.adams"));
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.kiosk.typeCredentials(u"adele.adams"_s, u"3zrf6jkz"_s);
    app.kiosk.clickSignIn();

    QTRY_COMPARE(app.kiosk.window.currentPage(), app.newPassword());
    QCOMPARE(on<QLabel>(app.newPassword(), u"loginLabel"_s)->text(), u"adele.adams"_s);
    auto* newPassword = on<PasswordField>(app.newPassword(), u"newPasswordField"_s);
    QTRY_COMPARE(QApplication::focusWidget(), newPassword->lineEdit());
    QVERIFY(app.kiosk.passwordLineEdit()->text().isEmpty()); // the code does not stay on the login screen

    QTest::keyClicks(newPassword->lineEdit(), u"soleil2024"_s);
    HelpKiosk::typePassword(app.newPassword(), u"confirmationField"_s, u"soleil2024"_s);
    click(app.newPassword(), u"resetButton"_s);
    QTRY_COMPARE(app.kiosk.window.currentPage(), app.kiosk.window.loginPage());
    const QByteArray body = ent.server().lastRequest("/auth/reset").body;
    QVERIFY(body.contains("login=adele.adams"));
    QVERIFY(body.contains("resetCode=3zrf6jkz"));
    QCOMPARE(ent.server().count("/auth/reset/match"), 0); // the ENT matched it already
    QCOMPARE(app.kiosk.loginLineEdit()->text(), u"adele.adams"_s);
}

void TestHelpScreens::homeButtonForgetsTheHelpScreens()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    app.openForgotPassword();
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"homeButton"_s);
    QCOMPARE(app.kiosk.window.currentPage(), app.kiosk.window.loginPage());
    QTRY_COMPARE(QApplication::focusWidget(), app.kiosk.loginLineEdit());

    // The next pupil who asks for help finds nothing of the previous one.
    app.openForgotPassword();
    QVERIFY(on<QLineEdit>(app.forgot(), u"loginLineEdit"_s)->text().isEmpty());
    QVERIFY(!on<QLineEdit>(app.forgot(), u"loginLineEdit"_s)->isUndoAvailable());
}

void TestHelpScreens::sessionEndWipesEveryHelpScreen()
{
    FakeEnt ent;
    ent.refuseReset(FakeEnt::resetRefusedMessage);
    ent.offerSms(true);
    HelpKiosk app(ent.config());
    app.forgot()->setCooldown(60s);
    QVERIFY(app.kiosk.showActive());

    // A pupil walks away half-way through each screen: a message sent (cool-down running, SMS chosen), a code
    // typed and refused, a new password typed, shown and refused.
    app.openForgotPassword();
    QTRY_VERIFY(on(app.forgot(), u"channelWidget"_s)->isVisible());
    click(app.forgot(), u"smsRadioButton"_s);
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);
    QTRY_VERIFY(app.forgot()->isCoolingDown());
    click(app.forgot(), u"codeReceivedButton"_s);
    ent.answerResetMatch(false);
    HelpKiosk::type(app.resetCode(), u"codeLineEdit"_s, u"3zrf6jkz"_s);
    click(app.resetCode(), u"verifyButton"_s);
    QTRY_VERIFY(on(app.resetCode(), u"newCodeButton"_s)->isVisible());
    ent.answerResetMatch(true);
    click(app.resetCode(), u"verifyButton"_s);
    QTRY_COMPARE(app.kiosk.window.currentPage(), app.newPassword());
    HelpKiosk::typePassword(app.newPassword(), u"newPasswordField"_s, u"soleil2024"_s);
    HelpKiosk::typePassword(app.newPassword(), u"confirmationField"_s, u"soleil2024"_s);
    click(app.newPassword(), u"resetButton"_s);
    QTRY_VERIFY(on(app.newPassword(), u"errorLabel"_s)->isVisible());
    HelpKiosk::typePassword(app.newPassword(), u"newPasswordField"_s, u"lune"_s);
    on<PasswordField>(app.newPassword(), u"newPasswordField"_s)->setRevealed(true);
    QVERIFY(on<QLineEdit>(app.forgot(), u"loginLineEdit"_s)->isUndoAvailable());
    QVERIFY(on<QLineEdit>(app.resetCode(), u"codeLineEdit"_s)->isUndoAvailable());
    QVERIFY(on<PasswordField>(app.newPassword(), u"newPasswordField"_s)->lineEdit()->isUndoAvailable());
    const QList<QWidget*> helpPages{app.help(), app.forgot(), app.resetCode(), app.newPassword()};

    app.kiosk.session.end(KioskSession::EndReason::Idle);

    QCOMPARE(app.kiosk.window.currentPage(), app.kiosk.window.loginPage());
    for (QWidget* page : helpPages) {
        for (QLineEdit* field : page->findChildren<QLineEdit*>()) {
            QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
            QVERIFY2(!field->isUndoAvailable(), qPrintable(field->objectName()));
            QVERIFY2(!field->isRedoAvailable(), qPrintable(field->objectName()));
        }
        for (MessageLabel* message : page->findChildren<MessageLabel*>()) {
            QVERIFY2(message->text().isEmpty(), qPrintable(message->objectName()));
            QVERIFY2(message->isHidden(), qPrintable(message->objectName()));
        }
        for (PasswordField* field : page->findChildren<PasswordField*>())
            QVERIFY2(!field->isRevealed(), qPrintable(field->objectName()));
    }
    // The cool-down stopped: ENVOYER at once for the next pupil.
    QVERIFY(!app.forgot()->isCoolingDown());
    QVERIFY(on(app.forgot(), u"cooldownLabel"_s)->isHidden());
    QVERIFY(on(app.forgot(), u"sendButton"_s)->isEnabled());
    QVERIFY(on(app.forgot(), u"codeReceivedButton"_s)->isHidden());
    QVERIFY(on<QRadioButton>(app.forgot(), u"mailRadioButton"_s)->isChecked());
    QVERIFY(on(app.resetCode(), u"newCodeButton"_s)->isHidden());
    QVERIFY(on<QLabel>(app.newPassword(), u"loginLabel"_s)->text().isEmpty());
    QVERIFY(!on(app.newPassword(), u"resetButton"_s)->isEnabled());
}

void TestHelpScreens::languageSwitchRendersTheHelpScreensAgain()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    KioskHarness& kiosk = app.kiosk;
    FakeTranslator french({
        {u"HelpPage|Have you lost your password?"_s, u"Vous avez perdu votre mot de passe ?"_s},
        {u"HomeButton|BACK TO THE HOME SCREEN"_s, u"RETOUR À L'ÉCRAN D'ACCUEIL"_s},
        {u"ForgotPasswordPage|You can send a new code in %n s"_s, u"Vous pourrez renvoyer un code dans %n s"_s},
        {u"ForgotPasswordPage|"_s + mailSentence(),
         u"Si une adresse email est associée à ce compte, un message contenant un lien de renouvellement de mot de "
         u"passe vous a été envoyé. Pensez à vérifier vos spams."_s},
        {u"PasswordChecklist|✓ %1 — met"_s, u"✓ %1 — respecté"_s},
        {u"PasswordChecklist|✗ %1 — not met"_s, u"✗ %1 — non respecté"_s},
        {u"PasswordPolicy|At least one digit"_s, u"Au moins un chiffre"_s},
    });
    french.follow(kiosk.languages, u"fr"_s);
    app.forgot()->setCooldown(60s);
    QVERIFY(kiosk.showActive());

    app.openHelp();
    auto* topic = on<QAbstractButton>(app.help(), u"lostPasswordButton"_s);
    auto* home = on<QAbstractButton>(app.help(), u"homeButton"_s);
    QTRY_COMPARE(topic->text(), u"Vous avez perdu votre mot de passe ?"_s);
    QCOMPARE(topic->accessibleName(), topic->text());
    QCOMPARE(home->text(), u"RETOUR À L'ÉCRAN D'ACCUEIL"_s);
    QCOMPARE(home->accessibleName(), home->text());

    QTest::mouseClick(topic, Qt::LeftButton);
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);
    auto* result = on<QLabel>(app.forgot(), u"resultLabel"_s);
    auto* cooldown = on<QLabel>(app.forgot(), u"cooldownLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QVERIFY(result->text().startsWith(u"Si une adresse email"_s));
    QVERIFY(cooldown->text().startsWith(u"Vous pourrez renvoyer un code dans "_s));

    QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QTRY_COMPARE(result->text(), mailSentence());
    QVERIFY(cooldown->text().startsWith(u"You can send a new code in "_s));
    QCOMPARE(on<QAbstractButton>(app.forgot(), u"homeButton"_s)->text(), u"BACK TO THE HOME SCREEN"_s);
    QCOMPARE(topic->text(), u"Have you lost your password?"_s);

    // The checklist too, in the middle of the typing.
    kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    QVERIFY(app.settled());
    HelpKiosk::typePassword(app.newPassword(), u"newPasswordField"_s, u"soleil"_s);
    auto* digit = on<QLabel>(app.newPassword(), u"digitRuleLabel"_s);
    auto* letter = on<QLabel>(app.newPassword(), u"letterRuleLabel"_s);
    QCOMPARE(digit->text(), u"✗ At least one digit — not met"_s);
    QCOMPARE(letter->text(), u"✓ At least one letter — met"_s);
    QTest::mouseClick(kiosk.languageButton(u"fr"_s), Qt::LeftButton);
    QTRY_COMPARE(digit->text(), u"✗ Au moins un chiffre — non respecté"_s);
    QVERIFY(letter->text().endsWith(u" — respecté"_s));
    // The same labels, so that assistive technology follows them across the switch.
    QCOMPARE(on<QLabel>(app.newPassword(), u"digitRuleLabel"_s), digit);

    QCoreApplication::removeTranslator(&french);
}

void TestHelpScreens::keyboardOnlyForward()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(kiosk.showActive());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());
    const auto press = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };
    const auto typeHere = [](const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); };
    const auto tabTo = [&press](const QString& name) {
        for (int i = 0; i < 20 && focusName() != name; ++i)
            press(Qt::Key_Tab);
        return focusName() == name;
    };

    // Login: Tab to "Besoin d'aide ?", Space.
    QVERIFY(tabTo(u"helpButton"_s));
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), app.help());
    // Help: the first topic has the focus; Enter.
    QTRY_COMPARE(focusName(), u"lostPasswordButton"_s);
    press(Qt::Key_Return);
    QCOMPARE(kiosk.window.currentPage(), app.forgot());
    // Lost password: the identifier, Enter sends; the focus goes on to "J'ai reçu mon code".
    QTRY_COMPARE(focusName(), u"loginLineEdit"_s);
    typeHere(u"adele.adams"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), u"codeReceivedButton"_s);
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), app.resetCode());
    // Code: the identifier came along, so the focus is in the code field; Enter checks it.
    QTRY_COMPARE(focusName(), u"codeLineEdit"_s);
    typeHere(u"3zrf6jkz"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(kiosk.window.currentPage(), app.newPassword());
    // New password: type, Enter goes on to the confirmation, type, Tab to RÉINITIALISER, Space.
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeHere(u"soleil2024"_s);
    press(Qt::Key_Return);
    QCOMPARE(focusName(), u"confirmationField.secretLineEdit"_s);
    typeHere(u"soleil2024"_s);
    QVERIFY(tabTo(u"resetButton"_s));
    press(Qt::Key_Space);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.passwordLineEdit());
}

void TestHelpScreens::keyboardOnlyBack()
{
    FakeEnt ent;
    HelpKiosk app(ent.config());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(kiosk.showActive());
    const auto press = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };
    const auto tabTo = [&press](const QString& name) {
        for (int i = 0; i < 20 && focusName() != name; ++i)
            press(Qt::Key_Tab);
        return focusName() == name;
    };
    const auto backHome = [&](Qt::Key key) {
        QVERIFY(tabTo(u"homeButton"_s));
        press(key);
        QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
        QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());
    };
    const auto openHelp = [&] {
        QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());
        QVERIFY(tabTo(u"helpButton"_s));
        press(Qt::Key_Return);
        QTRY_COMPARE(kiosk.window.currentPage(), app.help());
    };

    openHelp();
    backHome(Qt::Key_Space);

    openHelp();
    QVERIFY(tabTo(u"lostPasswordButton"_s));
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), app.forgot());
    backHome(Qt::Key_Return);

    openHelp();
    QVERIFY(tabTo(u"receivedCodeButton"_s));
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), app.resetCode());
    backHome(Qt::Key_Space);

    kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    QCOMPARE(kiosk.window.currentPage(), app.newPassword());
    backHome(Qt::Key_Return);
}

void TestHelpScreens::tabOrderFollowsEachScreen()
{
    FakeEnt ent;
    ent.offerSms(true);
    HelpKiosk app(ent.config());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(kiosk.showActive());
    const auto walk = [](const QStringList& order) {
        QStringList visited{focusName()};
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(focusName());
        }
        QCOMPARE(visited, order);
        QStringList reversed = order;
        std::reverse(reversed.begin(), reversed.end());
        visited = QStringList{focusName()};
        for (qsizetype i = 1; i < reversed.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            visited.append(focusName());
        }
        QCOMPARE(visited, reversed);
    };
    QStringList languages; // one button per language offered (issue #17), in order
    for (const QString& language : KioskConfig().languages)
        languages.append(language + u"LanguageButton"_s);

    app.openHelp();
    QTRY_COMPARE(focusName(), u"lostPasswordButton"_s);
    walk(QStringList{u"lostPasswordButton"_s, u"receivedCodeButton"_s, u"lostIdentifierButton"_s,
                     u"stillLostButton"_s, u"assistanceButton"_s, u"homeButton"_s}
         + languages
         + QStringList{u"easyReadSwitch"_s, u"lostPasswordButton"_s});

    click(app.help(), u"lostPasswordButton"_s);
    QTRY_VERIFY(on(app.forgot(), u"channelWidget"_s)->isVisible());
    on(app.forgot(), u"loginLineEdit"_s)->setFocus();
    // One stop for the e-mail/SMS choice, as for any group of radio buttons: the arrows choose within it.
    walk(QStringList{u"loginLineEdit"_s, u"mailRadioButton"_s, u"sendButton"_s, u"homeButton"_s} + languages
         + QStringList{u"easyReadSwitch"_s, u"loginLineEdit"_s});
    on(app.forgot(), u"mailRadioButton"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QVERIFY(on<QRadioButton>(app.forgot(), u"smsRadioButton"_s)->isChecked());
    on(app.forgot(), u"loginLineEdit"_s)->setFocus();
    walk(QStringList{u"loginLineEdit"_s, u"smsRadioButton"_s, u"sendButton"_s});

    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);
    QTRY_COMPARE(focusName(), u"codeReceivedButton"_s);
    // During the cool-down ENVOYER is not a stop.
    walk(QStringList{u"codeReceivedButton"_s, u"homeButton"_s} + languages
         + QStringList{u"easyReadSwitch"_s, u"loginLineEdit"_s, u"smsRadioButton"_s, u"codeReceivedButton"_s});

    click(app.forgot(), u"codeReceivedButton"_s);
    QTRY_COMPARE(focusName(), u"codeLineEdit"_s);
    on(app.resetCode(), u"loginLineEdit"_s)->setFocus();
    walk(QStringList{u"loginLineEdit"_s, u"codeLineEdit"_s, u"verifyButton"_s, u"homeButton"_s} + languages
         + QStringList{u"easyReadSwitch"_s, u"loginLineEdit"_s});

    kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    HelpKiosk::typePassword(app.newPassword(), u"newPasswordField"_s, u"soleil2024"_s);
    HelpKiosk::typePassword(app.newPassword(), u"confirmationField"_s, u"soleil2024"_s);
    walk(QStringList{u"newPasswordField.secretLineEdit"_s, u"newPasswordField.showPasswordButton"_s,
                     u"confirmationField.secretLineEdit"_s, u"confirmationField.showPasswordButton"_s,
                     u"resetButton"_s, u"homeButton"_s, u"easyReadSwitch"_s}
         + languages + QStringList{u"newPasswordField.secretLineEdit"_s});
}

void TestHelpScreens::everyInputIsNamedAfterItsLabel()
{
    FakeEnt ent;
    ent.offerSms(true);
    ent.answerResetMatch(false);
    HelpKiosk app(ent.config());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(kiosk.showActive());

    const auto check = [](KioskPage* page, int expected) {
        int checked = 0;
        for (QWidget* widget : tabStops(page)) {
            const QString label = visibleName(page, widget);
            QVERIFY2(!label.isEmpty(), qPrintable(widget->objectName()));
            QCOMPARE(widget->accessibleName(), label);
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QCOMPARE(accessible->text(QAccessible::Name), label);
            ++checked;
        }
        QCOMPARE(checked, expected);
    };

    app.openHelp();
    check(app.help(), 7); // Facile à lire, five topics, home
    click(app.help(), u"lostPasswordButton"_s);
    QTRY_VERIFY(on(app.forgot(), u"channelWidget"_s)->isVisible());
    HelpKiosk::type(app.forgot(), u"loginLineEdit"_s, u"adele.adams"_s);
    click(app.forgot(), u"sendButton"_s);
    QTRY_VERIFY(on(app.forgot(), u"codeReceivedButton"_s)->isVisible());
    check(app.forgot(), 7); // Facile à lire, identifier, e-mail, SMS, ENVOYER, J'ai reçu mon code, home
    click(app.forgot(), u"codeReceivedButton"_s);
    HelpKiosk::type(app.resetCode(), u"codeLineEdit"_s, u"3zrf6jkz"_s);
    click(app.resetCode(), u"verifyButton"_s);
    QTRY_VERIFY(on(app.resetCode(), u"newCodeButton"_s)->isVisible());
    check(app.resetCode(), 6); // Facile à lire, identifier, code, VÉRIFIER, new code, home
    kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    check(app.newPassword(), 7); // Facile à lire, two fields with their show buttons, RÉINITIALISER, home
}

void TestHelpScreens::touchTargetsAreAtLeast48Pixels()
{
    FakeEnt ent;
    ent.offerSms(true);
    HelpKiosk app(ent.config());
    QVERIFY(app.kiosk.showActive());
    const auto check = [](KioskPage* page) {
        for (QWidget* widget : tabStops(page))
            QVERIFY2(widget->height() >= 48,
                     qPrintable(u"%1 is %2 px high"_s.arg(widget->objectName()).arg(widget->height())));
    };
    app.openHelp();
    check(app.help());
    click(app.help(), u"lostPasswordButton"_s);
    QTRY_VERIFY(on(app.forgot(), u"channelWidget"_s)->isVisible());
    check(app.forgot());
    app.kiosk.window.loginPage()->resetCodeEntered(u"adele.adams"_s, u"3zrf6jkz"_s);
    check(app.newPassword());
}

QTEST_MAIN(TestHelpScreens)
#include "tst_helpscreens.moc"
