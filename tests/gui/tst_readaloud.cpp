// « Écouter » (issue #17): what each screen sends to the speech engine — its title and the message shown, never what
// was typed there, nor an identifier, a code or an e-mail address — and a real espeak-ng voice speaking it, through
// the private speech-dispatcher that tests/support/with-speech.sh starts (SPEECHD_ADDRESS). With SPEECHD_ADDRESS
// pointing nowhere the button is absent.
#include "core/speech/ReadAloud.h"
#include "gui/account/AccountPage.h"
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
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/ReadAloudButton.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using Response = FakeHttpServer::Response;

namespace {

constexpr int voiceTimeoutMs = 15000; // speech-dispatcher starts its espeak-ng module on the first connection

const QString identifier = u"adele.adams"_s;
const QString password = u"Soleil-2024x"_s;
const QString resetCode = u"k3m9x7pt"_s;
const QString newPassword = u"Tournesol!2024"_s;
const QString mailAddress = u"adele+ent@example.org"_s;

bool speechConfigured()
{
    return qEnvironmentVariable("SPEECHD_ADDRESS").startsWith(u"unix_socket:"_s) &&
           !qEnvironmentVariable("SPEECHD_ADDRESS").contains(u"no-speech-dispatcher"_s);
}

// The kiosk with its engine started, as KioskApplication::start does after the first frame.
class Reader
{
public:
    explicit Reader(const KioskConfig& config) : kiosk(config) {}

    bool start()
    {
        if (!kiosk.showActive())
            return false;
        kiosk.window.readAloud().start();
        return QTest::qWaitFor([this] { return button()->isVisible(); }, voiceTimeoutMs);
    }

    ReadAloud& engine() { return kiosk.window.readAloud(); }
    ReadAloudButton* button() const { return kiosk.find<ReadAloudButton>(u"readAloudButton"_s); }

    // « Écouter » pressed: what was given to the engine (empty if nothing within the timeout), once it has spoken.
    QString listen()
    {
        QSignalSpy sent(&engine(), &ReadAloud::textSent);
        QSignalSpy speaking(&engine(), &ReadAloud::speakingChanged);
        QTest::mouseClick(button(), Qt::LeftButton);
        if (!sent.wait(voiceTimeoutMs) && sent.isEmpty())
            return {};
        const bool spoke = QTest::qWaitFor(
            [&speaking] {
                for (const QList<QVariant>& change : std::as_const(speaking)) {
                    if (change.constFirst().toBool())
                        return true;
                }
                return false;
            },
            voiceTimeoutMs);
        if (!spoke)
            return {};
        // Silent again before the next screen (the null sound device plays faster than real time).
        static_cast<void>(QTest::qWaitFor([this] { return !engine().isSpeaking(); }, voiceTimeoutMs));
        const QString spoken = sent.constFirst().constFirst().toString();
        qInfo().noquote() << "read aloud:" << spoken;
        return spoken;
    }

    static void type(QWidget* field, const QString& text)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        QTest::keyClicks(field, text);
    }

    KioskHarness kiosk;
};

QString shown(const QLabel* label)
{
    return label->text().simplified();
}

// The text read contains the page's title and what `message` shows, and none of `never`.
void checkSpoken(const QString& spoken, const QList<const QLabel*>& shownLabels, const QStringList& never)
{
    QVERIFY2(!spoken.isEmpty(), "nothing was sent to the engine");
    for (const QLabel* label : shownLabels) {
        QVERIFY2(label->isVisible(), qPrintable(label->objectName()));
        QVERIFY2(!shown(label).isEmpty(), qPrintable(label->objectName()));
        QVERIFY2(spoken.contains(shown(label)), qPrintable(label->objectName() + u" not in: "_s + spoken));
    }
    for (const QString& secret : never)
        QVERIFY2(!spoken.contains(secret, Qt::CaseInsensitive), qPrintable(secret + u" read in: "_s + spoken));
    QVERIFY2(!spoken.contains(u'@'), qPrintable(u"an address read in: "_s + spoken));
}

} // namespace

class TestReadAloud final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpScreensAreReadWithoutWhatWasTyped();
    void signInAndAccountAreReadWithoutTheUser();
    void activationIsReadWithoutTheAccount();
    void aRealVoiceSpeaksFrenchArabicAndUkrainian();
    void stopsOnPageChangeLanguageAndWipe();
    void redactionRemovesSecretsAddressesAndCodes();
    void absentWithoutSpeechDispatcher();
};

// tst_readaloud runs through with-speech.sh; tst_readaloud_novoice runs the same binary with SPEECHD_ADDRESS pointing
// at no socket, where only the redaction and the absent button are tested.
#define REQUIRE_SPEECH()                                                                                               \
    if (!speechConfigured())                                                                                           \
    QSKIP("needs the speech-dispatcher of tests/support/with-speech.sh (tst_readaloud)")

void TestReadAloud::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SPEECHD_ADDRESS"), "never the user's own speech-dispatcher");
}

void TestReadAloud::absentWithoutSpeechDispatcher()
{
    if (speechConfigured())
        QSKIP("with a speech-dispatcher (tst_readaloud_novoice runs without)");
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());
    ReadAloud& engine = kiosk.window.readAloud();
    QSignalSpy voices(&engine, &ReadAloud::voicesChanged);
    engine.start();
    QVERIFY(voices.wait(voiceTimeoutMs));
    for (const QString& language : kiosk.languages.available())
        QVERIFY2(!engine.hasVoice(language), qPrintable(language));
    auto* button = kiosk.find<ReadAloudButton>(u"readAloudButton"_s);
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QVERIFY(!tabStops(&kiosk.window).contains(button));
    // Nothing is sent to an engine that is not there.
    QSignalSpy sent(&engine, &ReadAloud::textSent);
    engine.say(u"Bonjour"_s, u"fr"_s);
    QVERIFY(!sent.wait(1000));
}

void TestReadAloud::helpScreensAreReadWithoutWhatWasTyped()
{
    REQUIRE_SPEECH();
    FakeEnt ent;
    ent.refuseLogin(FakeEnt::wrongPasswordMessage);
    KioskConfig config = ent.config();
    config.helpUrl = QUrl(u"https://aide.example.org/leo"_s);
    config.supportContacts = {AssistanceContact{u"CPE"_s, {}, {}, u"01 23 45 67 89"_s, u"cpe@lycee.example.org"_s}};
    Reader reader(config);
    QVERIFY(reader.start());
    MainWindow& window = reader.kiosk.window;

    // Sign-in: a refused password.
    LoginPage* login = window.loginPage();
    reader.kiosk.typeCredentials(identifier, password);
    reader.kiosk.clickSignIn();
    auto* loginError = on<MessageLabel>(login, u"errorLabel"_s);
    QTRY_VERIFY(loginError->isVisible());
    checkSpoken(reader.listen(), {on<QLabel>(login, u"titleLabel"_s), loginError}, {identifier, password});

    // Besoin d'aide ?
    click(login, u"helpButton"_s);
    HelpPage* help = window.helpPage();
    QTRY_COMPARE(window.currentPage(), help);
    checkSpoken(reader.listen(), {on<QLabel>(help, u"titleLabel"_s), on<QLabel>(help, u"introLabel"_s)}, {identifier});

    // Mot de passe oublié: the neutral sentence after sending.
    click(help, u"lostPasswordButton"_s);
    ForgotPasswordPage* forgot = window.forgotPasswordPage();
    QTRY_COMPARE(window.currentPage(), forgot);
    auto* forgotLogin = on<QLineEdit>(forgot, u"loginLineEdit"_s);
    forgotLogin->clear();
    Reader::type(forgotLogin, identifier);
    auto* send = on<QAbstractButton>(forgot, u"sendButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto* forgotResult = on<MessageLabel>(forgot, u"resultLabel"_s);
    QTRY_VERIFY(forgotResult->isVisible());
    checkSpoken(reader.listen(), {on<QLabel>(forgot, u"titleLabel"_s), forgotResult}, {identifier});

    // J'ai reçu un code: a code the ENT does not match.
    ent.answerResetMatch(false);
    window.openHelpTopic(HelpPage::Topic::ReceivedCode);
    ResetCodePage* resetCode = window.resetCodePage();
    QTRY_COMPARE(window.currentPage(), resetCode);
    Reader::type(on<QLineEdit>(resetCode, u"loginLineEdit"_s), identifier);
    Reader::type(on<QLineEdit>(resetCode, u"codeLineEdit"_s), ::resetCode);
    click(resetCode, u"verifyButton"_s);
    auto* codeError = on<MessageLabel>(resetCode, u"errorLabel"_s);
    QTRY_VERIFY(codeError->isVisible());
    QVERIFY(!on<QLineEdit>(resetCode, u"loginLineEdit"_s)->text().isEmpty());
    checkSpoken(reader.listen(), {on<QLabel>(resetCode, u"titleLabel"_s), codeError}, {identifier, ::resetCode});

    // The code matched: the new password, refused by the ENT; the identifier is shown on the screen.
    ent.answerResetMatch(true);
    ent.refuseReset(FakeEnt::resetRefusedMessage);
    auto* codeField = on<QLineEdit>(resetCode, u"codeLineEdit"_s);
    codeField->clear();
    Reader::type(codeField, ::resetCode);
    click(resetCode, u"verifyButton"_s);
    NewPasswordPage* newPasswordPage = window.newPasswordPage();
    QTRY_COMPARE(window.currentPage(), newPasswordPage);
    QCOMPARE(on<QLabel>(newPasswordPage, u"loginLabel"_s)->text(), identifier);
    QTRY_VERIFY(reader.kiosk.session.authContext().isKnown());
    QTest::keyClicks(on<PasswordField>(newPasswordPage, u"newPasswordField"_s)->lineEdit(), newPassword);
    QTest::keyClicks(on<PasswordField>(newPasswordPage, u"confirmationField"_s)->lineEdit(), newPassword);
    auto* reset = on<QAbstractButton>(newPasswordPage, u"resetButton"_s);
    QTRY_VERIFY(reset->isEnabled());
    QTest::keyClicks(on<PasswordField>(newPasswordPage, u"newPasswordField"_s)->lineEdit(), u"x"_s); // typed, unsent
    checkSpoken(reader.listen(), {on<QLabel>(newPasswordPage, u"titleLabel"_s)}, {identifier, newPassword, ::resetCode});
    QTest::keyClick(on<PasswordField>(newPasswordPage, u"newPasswordField"_s)->lineEdit(), Qt::Key_Backspace);
    QTRY_VERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* resetError = on<MessageLabel>(newPasswordPage, u"errorLabel"_s);
    QTRY_VERIFY(resetError->isVisible());
    checkSpoken(reader.listen(), {on<QLabel>(newPasswordPage, u"titleLabel"_s), resetError},
                {identifier, newPassword, ::resetCode});

    // Identifiant oublié: the address typed, whatever the ENT says.
    window.openHelpTopic(HelpPage::Topic::LostIdentifier);
    LostIdentifierPage* lostIdentifier = window.lostIdentifierPage();
    QTRY_COMPARE(window.currentPage(), lostIdentifier);
    Reader::type(on<QLineEdit>(lostIdentifier, u"mailLineEdit"_s), mailAddress);
    click(lostIdentifier, u"sendButton"_s);
    auto* lostError = on<MessageLabel>(lostIdentifier, u"errorLabel"_s);
    auto* lostResult = on<MessageLabel>(lostIdentifier, u"resultLabel"_s);
    QTRY_VERIFY(lostError->isVisible() || lostResult->isVisible());
    checkSpoken(reader.listen(),
                {on<QLabel>(lostIdentifier, u"titleLabel"_s), lostError->isVisible() ? lostError : lostResult},
                {mailAddress, u"adele+ent"_s});

    // Toujours perdu ?
    window.openHelpTopic(HelpPage::Topic::StillLost);
    StillLostPage* stillLost = window.stillLostPage();
    QTRY_COMPARE(window.currentPage(), stillLost);
    checkSpoken(reader.listen(), {on<QLabel>(stillLost, u"titleLabel"_s)}, {});

    // Assistance: the school's address is not read either.
    window.openHelpTopic(HelpPage::Topic::Assistance);
    AssistancePage* assistance = window.assistancePage();
    QTRY_COMPARE(window.currentPage(), assistance);
    checkSpoken(reader.listen(), {on<QLabel>(assistance, u"titleLabel"_s)}, {u"cpe@lycee.example.org"_s});
}

void TestReadAloud::signInAndAccountAreReadWithoutTheUser()
{
    REQUIRE_SPEECH();
    FakeEnt ent;
    ent.acceptLogin();
    ent.server().on("GET", "/directory/user/mailstate",
                    Response::json(R"({"email":"old@exemple.fr","emailState":{"state":"valid","valid":"old@exemple.fr"},)"
                                   R"("firstName":"Adèle","lastName":"Adams","displayName":"Adèle Adams",)"
                                   R"("waitInSeconds":10})"));
    Reader reader(ent.config());
    QVERIFY(reader.start());
    MainWindow& window = reader.kiosk.window;
    QVERIFY(reader.kiosk.signIn(identifier, password, 10000));
    SignedInPage* signedIn = window.signedInPage();
    QTRY_COMPARE(window.currentPage(), signedIn);
    const QString signedInText = reader.listen();
    checkSpoken(signedInText, {on<QLabel>(signedIn, u"schoolLabel"_s)},
                {identifier, password, u"Adèle"_s, u"Adams"_s});
    QVERIFY2(signedInText.startsWith(u"Bonjour"_s), qPrintable(signedInText));

    // Mon compte: the current address is not read; a refused new address is said without it.
    click(signedIn, u"accountButton"_s);
    AccountPage* account = window.accountPage();
    QTRY_COMPARE(window.currentPage(), account);
    QTRY_VERIFY(on<QLabel>(account, u"currentMailLabel"_s)->text().contains(u'@'));
    const QString notAnAddress = u"adele.adams@maison"_s;
    Reader::type(on<QLineEdit>(account, u"newMailLineEdit"_s), notAnAddress);
    auto* sendMail = on<QAbstractButton>(account, u"sendMailButton"_s);
    QTRY_VERIFY(sendMail->isEnabled());
    QTest::mouseClick(sendMail, Qt::LeftButton);
    auto* mailMessage = on<MessageLabel>(account, u"mailMessageLabel"_s);
    QTRY_VERIFY(mailMessage->isVisible());
    checkSpoken(reader.listen(), {on<QLabel>(account, u"titleLabel"_s), mailMessage},
                {identifier, password, notAnAddress, u"old@"_s, u"exemple.fr"_s, u"Adèle"_s});
}

void TestReadAloud::activationIsReadWithoutTheAccount()
{
    REQUIRE_SPEECH();
    FakeEnt ent;
    // ENT Core's activation.html: the account's address and mobile in the body's ng-init (ENT protocol §3.2).
    ent.answerLogin(Response::html(
        R"(<html><body ng-init='user.login="adele.adams";user.activationCode="AB12CD";)"
        R"(user.email="adele&#x2B;ent@example.org";user.phone="06 12 34 56 78"'>)"
        R"(<form action="/auth/activation" method="post"><input name="login" value="adele.adams">)"
        R"(<input name="activationCode" value="AB12CD"></form></body></html>)"));
    Reader reader(ent.config());
    QVERIFY(reader.start());
    reader.kiosk.typeCredentials(identifier, u"AB12CD"_s);
    reader.kiosk.clickSignIn();
    ActivationPage* page = reader.kiosk.window.activationPage();
    QTRY_COMPARE(reader.kiosk.window.currentPage(), page);
    QTRY_COMPARE(on<QLineEdit>(page, u"mailLineEdit"_s)->text(), mailAddress);
    QCOMPARE(on<QLabel>(page, u"loginLabel"_s)->text(), identifier);
    QTRY_VERIFY(reader.kiosk.session.authContext().isKnown());
    QTest::keyClicks(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit(), newPassword);
    checkSpoken(reader.listen(), {on<QLabel>(page, u"titleLabel"_s), on<QLabel>(page, u"introLabel"_s)},
                {identifier, u"AB12CD"_s, mailAddress, u"06 12 34 56 78"_s, u"0612345678"_s, newPassword});
}

void TestReadAloud::aRealVoiceSpeaksFrenchArabicAndUkrainian()
{
    REQUIRE_SPEECH();
    FakeEnt ent;
    Reader reader(ent.config());
    QVERIFY(reader.start());
    ReadAloud& engine = reader.engine();
    // Through the window in French; then each language's voice, chosen through the language switch where the kiosk
    // offers it, and asked of the engine directly.
    QVERIFY(!reader.listen().isEmpty());
    QVERIFY(!engine.voiceName().isEmpty());
    QCOMPARE(engine.voiceLocale().language(), QLocale::French);
    for (const QString& language : {u"ar"_s, u"uk"_s}) {
        QVERIFY2(engine.hasVoice(language), qPrintable(language));
        QAbstractButton* choose = reader.kiosk.languageButton(language);
        auto* title = on<QLabel>(reader.kiosk.window.loginPage(), u"titleLabel"_s);
        const QString before = title->text();
        if (choose)
            QTest::mouseClick(choose, Qt::LeftButton);
        if (choose && QTest::qWaitFor([&] { return reader.kiosk.languages.current() == language; }, 3000)) {
            QTRY_VERIFY(reader.button()->isVisible());
            QTRY_VERIFY(title->text() != before); // the page retranslated (LanguageChange is posted)
            const QString spoken = reader.listen();
            QVERIFY2(spoken.contains(title->text()), qPrintable(spoken));
        } else { // the language's catalogue is not there yet
            QSignalSpy speaking(&engine, &ReadAloud::speakingChanged);
            engine.say(language == u"ar"_s ? u"مرحبا"_s : u"Привіт"_s, language);
            QTRY_VERIFY_WITH_TIMEOUT(!speaking.isEmpty() && speaking.constFirst().constFirst().toBool(),
                                     voiceTimeoutMs);
        }
        QVERIFY(!engine.voiceName().isEmpty());
        QCOMPARE(engine.voiceLocale().language(), QLocale(language).language());
    }
    // A language with no voice at all: no button.
    QVERIFY(!engine.hasVoice(u"tlh"_s));
}

void TestReadAloud::stopsOnPageChangeLanguageAndWipe()
{
    REQUIRE_SPEECH();
    FakeEnt ent;
    Reader reader(ent.config());
    QVERIFY(reader.start());
    MainWindow& window = reader.kiosk.window;
    ReadAloud& engine = reader.engine();

    QSignalSpy stops(&engine, &ReadAloud::stopSent);
    QVERIFY(!reader.listen().isEmpty());
    QCOMPARE(stops.count(), 0);
    click(window.loginPage(), u"helpButton"_s);
    QTRY_COMPARE(window.currentPage(), window.helpPage());
    QTRY_COMPARE(stops.count(), 1);

    QVERIFY(!reader.listen().isEmpty());
    stops.clear();
    window.resetAllPages(); // the wipe (KioskSession::ended)
    QTRY_VERIFY(!stops.isEmpty());
    QCOMPARE(window.currentPage(), window.loginPage());

    // Another language.
    QVERIFY(!reader.listen().isEmpty());
    stops.clear();
    QTest::mouseClick(reader.kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QTRY_COMPARE(reader.kiosk.languages.current(), u"en"_s);
    QTRY_VERIFY(!stops.isEmpty());

    // Pressed while reading: it stops, and says so.
    QSignalSpy sent(&engine, &ReadAloud::textSent);
    QSignalSpy speaking(&engine, &ReadAloud::speakingChanged);
    stops.clear();
    reader.button()->setSpeaking(true); // the engine may have finished already: the button as while it reads
    QTest::mouseClick(reader.button(), Qt::LeftButton);
    QTRY_COMPARE(stops.count(), 1);
    QCOMPARE(sent.count(), 0);
}

void TestReadAloud::redactionRemovesSecretsAddressesAndCodes()
{
    const QString text = u"Code pour adele.adams : k3m9-x7pt. Écrivez à cpe@lycee.fr ou au 0123456789. Code 483920. "
                         "Mot de passe Soleil-2024x. Au moins 12 caractères."_s;
    const QString spoken = ReadAloud::redacted(text, {u"adele.adams"_s, u"Soleil-2024x"_s, u"ab"_s});
    for (const QString& secret :
         {u"adele.adams"_s, u"k3m9-x7pt"_s, u"cpe@lycee.fr"_s, u"0123456789"_s, u"483920"_s, u"Soleil-2024x"_s})
        QVERIFY2(!spoken.contains(secret), qPrintable(spoken));
    QVERIFY2(spoken.contains(u"Au moins 12 caractères."_s), qPrintable(spoken));
    QVERIFY2(spoken.contains(u"Code pour"_s), qPrintable(spoken));
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
