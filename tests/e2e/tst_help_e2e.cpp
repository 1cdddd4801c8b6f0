// The other help journeys as a pupil makes them at the kiosk, against the real reference ENT and a real
// SMTP relay: the lost identifier (one match mailed, the school and first name asked when several accounts share the
// address, nothing told nor sent for an unknown one, a corrected address asked afresh), the renewal code a teacher
// makes from their own ENT session and the pupil types at the kiosk, on the code screen or as her password (refused
// to a pupil and to staff of another school), and the first-time activation (activation code typed as the password,
// the checklist, the terms, signed in, or sent to sign in where the ENT does not; the code is then used up), with a
// form-login kiosk and an OAuth2 one.
#include "core/ent/EntClient.h"
#include "core/secrets/SecretBytes.h"
#include "gui/account/AccountPage.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/AssistancePage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/KioskHarness.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QString julesVerne = u"Lycée Jules Verne"_s;
const QString condorcet = u"Lycée Condorcet"_s;
const QString familyMail = u"famille.martin@example.org"_s;

// The shipped French, written out: a missing or changed translation fails here.
const QString neutralFr = u"Si cette adresse email est valide, un message contenant votre identifiant vous a été "
                          "envoyé. Pensez à vérifier vos spams."_s;
const QString refusedFr = u"L'identifiant ou le mot de passe est incorrect."_s;
const QString adultFr = u"Un enseignant ou le CPE peut générer un code de renouvellement pour vous. Choisissez "
                        "ensuite « J'ai reçu un code » et saisissez-le."_s;
const QString savedFr = u"Votre nouveau mot de passe est enregistré. Vous pouvez vous connecter."_s;

ReferenceServer::Account person(const QString& login,
                                const QString& firstName,
                                const QString& lastName,
                                const QString& profile,
                                const QString& school,
                                const QString& email,
                                const QByteArray& password)
{
    ReferenceServer::Account account;
    account.login = login;
    account.firstName = firstName;
    account.lastName = lastName;
    account.profile = profile;
    account.school = school;
    // One class per school, every account in it: renewal codes are for the adults of the pupil's class (ENT protocol
    // §18.2).
    account.className = u"2nde 3"_s;
    account.email = email;
    account.password = password;
    return account;
}

void typeHere(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

// Every "Votre identifiant : <login>" line of a mail: what the pupil learns from it.
QStringList identifiersIn(const RecoveryMail& mail)
{
    static const QRegularExpression line(u"^Votre identifiant : (.*)$"_s, QRegularExpression::MultilineOption);
    QStringList logins;
    auto it = line.globalMatch(mail.body());
    while (it.hasNext())
        logins.append(it.next().captured(1));
    return logins;
}

// An asynchronous EntClient call, waited for (events processed) until its callback ran.
template <typename R, typename Call> std::optional<R> await(Call call)
{
    auto result = std::make_shared<std::optional<R>>();
    call([result](const R& r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        return std::nullopt;
    return *result;
}

// The renewal code `staff` makes for the pupil `login` from their own ENT session; nothing (and why) if refused.
std::optional<QString> renewalCodeFrom(EntClient& staff, const QString& login)
{
    const auto made = await<RenewalCodeResult>([&](auto done) { staff.generateRenewalCode(login, std::move(done)); });
    if (!made || !made->ok()) {
        qWarning("no renewal code for %s: %s", qPrintable(login), made ? qPrintable(made->detail) : "no answer");
        return std::nullopt;
    }
    return made->renewalCode;
}

// A kiosk signing in with the web form of the ENT at `url`.
KioskConfig configFor(const QUrl& url)
{
    KioskConfig config;
    config.entUrl = url;
    return config;
}

// On the code screen: the identifier and the code typed in their fields, then VÉRIFIER.
void typeCode(const ResetCodePage* codePage, const QString& login, const QString& code)
{
    QTest::keyClicks(on<QLineEdit>(codePage, u"loginLineEdit"_s), login);
    QTest::keyClicks(on<QLineEdit>(codePage, u"codeLineEdit"_s), code);
    click(codePage, u"verifyButton"_s);
}

// A new password typed in the first field (which has the focus), Enter, and typed again in the confirmation.
void typeNewPasswordTwice(const QString& password)
{
    typeHere(password);
    press(Qt::Key_Return);
    typeHere(password);
}

// Types an identifier and a password (or a code) on the login screen and clicks CONNEXION: true once `expected` is
// the screen shown.
bool signInLeadsTo(KioskHarness& kiosk, const QString& login, const QString& password, const KioskPage* expected)
{
    kiosk.typeCredentials(login, password);
    kiosk.clickSignIn();
    if (QTest::qWaitFor([&] { return kiosk.window.currentPage() == expected; }, 15000))
        return true;
    qWarning("%s: on %s, not on %s", qPrintable(login), kiosk.window.currentPage()->metaObject()->className(),
             expected->metaObject()->className());
    return false;
}

// The same with a password the ENT refuses: true once the login screen says so, in the shipped French.
bool refusedAtLogin(KioskHarness& kiosk, const QString& login, const QString& password)
{
    kiosk.typeCredentials(login, password);
    kiosk.clickSignIn();
    if (QTest::qWaitFor([&kiosk] { return kiosk.errorLabel()->text() == refusedFr; }, 15000))
        return true;
    qWarning("%s: the login screen says \"%s\"", qPrintable(login), qPrintable(kiosk.errorLabel()->text()));
    return false;
}

// How a pupil sends what she typed: Enter in the field, or the screen's button (CONNEXION, ENVOYER).
enum class Send { Enter, Button };

// Back on the login screen with the identifier kept, the focus comes to the password: typed there and sent, it
// signs in. True once the greeting is `greeting`.
bool signInWithPassword(KioskHarness& kiosk, const QString& password, Send send, const QString& greeting)
{
    if (!QTest::qWaitFor([&kiosk] { return QApplication::focusWidget() == kiosk.passwordLineEdit(); })) {
        qWarning("the focus is on %s, not on the password", qPrintable(focusName()));
        return false;
    }
    typeHere(password);
    if (send == Send::Enter)
        press(Qt::Key_Return);
    else
        kiosk.clickSignIn();
    if (QTest::qWaitFor([&] { return kiosk.greetingLabel()->text() == greeting; }, 15000))
        return true;
    qWarning("greeted with \"%s\", not \"%s\"", qPrintable(kiosk.greetingLabel()->text()), qPrintable(greeting));
    return false;
}

// What the lost identifier screen answers any single address, known or not: the neutral sentence (in the shipped
// French), no school to choose, no error. True once it does.
bool answeredNeutrally(const LostIdentifierPage* page)
{
    auto* result = on<QLabel>(page, u"resultLabel"_s);
    if (!QTest::qWaitFor([result] { return result->isVisible(); }, 15000) || result->text() != neutralFr) {
        qWarning("the answer: \"%s\"", qPrintable(result->isVisible() ? result->text() : u"(none)"_s));
        return false;
    }
    if (on(page, u"structureWidget"_s)->isVisible() || on(page, u"errorLabel"_s)->isVisible()) {
        qWarning("a school to choose or an error came with the answer");
        return false;
    }
    return true;
}

} // namespace

class TestHelpEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lostIdentifierOneMatchIsMailed();
    void lostIdentifierAsksTheSchoolOfSeveral();
    void lostIdentifierUnknownAddressTellsAndSendsNothing();
    void lostIdentifierCorrectedAddressIsAskedAfresh();
    void staffRenewalCodeTypedAtTheKiosk();
    void staffRenewalCodeTypedAsThePassword();
    void renewalCodeIsRefusedToAPupilAndToAnotherSchool();
    void activationThroughTheKiosk();
    void activationThroughAnOAuthKiosk();
    void activationWithoutAutoLoginLeadsToTheLogin();

private:
    struct LostIdentifierKiosk
    {
        std::unique_ptr<KioskHarness> kiosk;
        LostIdentifierPage* page = nullptr;
    };
    // A kiosk on the reference server where a pupil asked for her identifier as she does: Besoin d'aide ? → Vous
    // avez perdu votre identifiant ?, `address` typed in the mail field (which has the focus) and sent. No kiosk if a
    // screen or the focus is not where she expects it.
    LostIdentifierKiosk askForIdentifier(const QString& address, Send send);
    // The mails that arrived since `before`, once the one sent to a fresh control address after them has arrived:
    // the relay gets messages in the order they were queued, so nothing queued earlier is still on its way.
    bool mailsThroughBarrier(qsizetype before, QList<RecoveryMail>& mails);
    bool waitForMailTo(qsizetype before, const QByteArray& to, RecoveryMail& found);
    std::unique_ptr<EntClient> signedInClient(const QString& login, const QString& password, bool bearer);

    SmtpSink m_smtp;
    ReferenceServer m_server;
    QUrl m_url;
    QString m_clientSecret;
    QString m_activationCode;
    QString m_oauthActivationCode;
    int m_barriers = 0;
};

void TestHelpEndToEnd::initTestCase()
{
    QVERIFY2(m_smtp.start(), qPrintable(m_smtp.lastError()));
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_smtp.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    m_server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);

    QList<ReferenceServer::Account> accounts = {
        person(u"adele.adams"_s, u"Adèle"_s, u"Adams"_s, u"Student"_s, julesVerne, u"adele.adams@example.org"_s,
               "Plage2024+soleil"),
        // One address, two accounts of the same first name in two schools (a pupil who changed school, say): only
        // the school tells them apart.
        person(u"lea.martin"_s, u"Léa"_s, u"Martin"_s, u"Student"_s, condorcet, familyMail, "Lea-2024"),
        person(u"lea.martin1"_s, u"Léa"_s, u"Martin"_s, u"Student"_s, julesVerne, familyMail, "Lea-2025"),
        // Staff of each school, a pupil to help.
        person(u"helene.durand"_s, u"Hélène"_s, u"Durand"_s, u"Teacher"_s, julesVerne, {}, "Helene-2024"),
        person(u"yasmine.benali"_s, u"Yasmine"_s, u"Benali"_s, u"Personnel"_s, julesVerne, {}, "Yasmine-2024"),
        person(u"francois.petit"_s, u"François"_s, u"Petit"_s, u"Teacher"_s, condorcet, {}, "Francois-2024"),
        person(u"lina.girard"_s, u"Lina"_s, u"Girard"_s, u"Student"_s, julesVerne, {}, "Oublie-2024"),
        person(u"noah.renaud"_s, u"Noah"_s, u"Renaud"_s, u"Student"_s, julesVerne, u"noah.renaud@example.org"_s,
               "Oublie-2024"),
        // An account waiting for its activation.
        person(u"ines.moreau"_s, u"Inès"_s, u"Moreau"_s, u"Student"_s, julesVerne, {}, {}),
        person(u"zoe.roux"_s, u"Zoé"_s, u"Roux"_s, u"Student"_s, julesVerne, {}, {}),
    };
    for (int i = 0; i < 8; ++i) {
        accounts.append(person(u"barrier.pupil%1"_s.arg(i), u"Barrier"_s, u"Pupil"_s, u"Student"_s, julesVerne,
                               u"barrier.pupil%1@example.org"_s.arg(i), "Barrier-2024"));
    }
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    m_activationCode = m_server.newActivationCode(u"ines.moreau"_s);
    QVERIFY2(QRegularExpression(u"^[a-z0-9]{4}-[a-z0-9]{4}$"_s).match(m_activationCode).hasMatch(),
             qPrintable(m_server.lastError()));
    m_oauthActivationCode = m_server.newActivationCode(u"zoe.roux"_s);
    QVERIFY2(!m_oauthActivationCode.isEmpty(), qPrintable(m_server.lastError()));
    m_clientSecret = m_server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
    QVERIFY2(!m_clientSecret.isEmpty(), qPrintable(m_server.lastError()));
    m_url = m_server.start();
    QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
}

TestHelpEndToEnd::LostIdentifierKiosk TestHelpEndToEnd::askForIdentifier(const QString& address, Send send)
{
    auto kiosk = std::make_unique<KioskHarness>(configFor(m_url));
    if (!kiosk->showActive())
        return {};
    click(kiosk->window.loginPage(), u"helpButton"_s);
    if (kiosk->window.currentPage() != kiosk->window.helpPage())
        return {};
    click(kiosk->window.helpPage(), u"lostIdentifierButton"_s);
    LostIdentifierPage* page = kiosk->window.lostIdentifierPage();
    if (kiosk->window.currentPage() != page)
        return {};
    auto* mailField = on<QLineEdit>(page, u"mailLineEdit"_s);
    if (!QTest::qWaitFor([mailField] { return QApplication::focusWidget() == mailField; })) {
        qWarning("the focus is on %s, not on the mail field", qPrintable(focusName()));
        return {};
    }
    typeHere(address);
    if (send == Send::Enter)
        press(Qt::Key_Return);
    else
        click(page, u"sendButton"_s);
    return {std::move(kiosk), page};
}

bool TestHelpEndToEnd::waitForMailTo(qsizetype before, const QByteArray& to, RecoveryMail& found)
{
    found = RecoveryMail::waitForMailTo(m_smtp, before, to, 30000);
    return !found.headers().isEmpty();
}

bool TestHelpEndToEnd::mailsThroughBarrier(qsizetype before, QList<RecoveryMail>& mails)
{
    const QString barrier = u"barrier.pupil%1@example.org"_s.arg(m_barriers++);
    EntClientSettings settings;
    settings.baseUrl = m_url;
    EntClient client(settings);
    const auto asked = await<ForgotIdResult>(
        [&](auto done) { client.forgotId(barrier, RecoveryService::Mail, {}, {}, std::move(done)); });
    if (!asked || !asked->ok() || !asked->structures.isEmpty())
        return false;
    const QList<RecoveryMail> through = RecoveryMail::throughBarrier(m_smtp, before, barrier.toLatin1(), 30000);
    if (through.isEmpty())
        return false;
    mails.clear();
    for (const RecoveryMail& mail : through) {
        if (mail.header("To") != barrier.toLatin1())
            mails.append(mail);
    }
    return true;
}

std::unique_ptr<EntClient> TestHelpEndToEnd::signedInClient(const QString& login, const QString& password, bool bearer)
{
    // What the staff member's own ENT session is: the web form's cookies (with the XSRF token), or an OAuth2 token.
    EntClientSettings settings;
    settings.baseUrl = m_url;
    if (bearer) {
        settings.oauthClientId = u"kiosk"_s;
        settings.oauthClientSecret = m_clientSecret;
        settings.oauthScope = u"userinfo auth"_s;
    }
    auto client = std::make_unique<EntClient>(settings);
    client->setLanguage(u"fr"_s);
    const auto signedIn =
        await<LoginResult>([&](auto done) { client->login(login, SecretBytes(password), std::move(done)); });
    if (!signedIn || !signedIn->ok()) {
        qWarning("%s could not sign in: %s", qPrintable(login), signedIn ? qPrintable(signedIn->detail) : "no answer");
        return nullptr;
    }
    return client;
}

void TestHelpEndToEnd::lostIdentifierOneMatchIsMailed()
{
    const qsizetype before = m_smtp.messages().size();
    const auto [kiosk, page] = askForIdentifier(u"adele.adams@example.org"_s, Send::Button); // ENVOYER
    QVERIFY(kiosk);
    QVERIFY(answeredNeutrally(page));

    // The mail with her identifier reaches her address through the relay, and tells that login and no other.
    RecoveryMail mail({});
    QVERIFY(waitForMailTo(before, "adele.adams@example.org", mail));
    QCOMPARE(mail.subject(), u"Rappel de votre identifiant de connexion - ENT LEO"_s);
    QVERIFY(mail.body().contains(u"Vous avez demandé un rappel de votre identifiant de connexion"_s));
    QCOMPARE(identifiersIn(mail), QStringList{u"adele.adams"_s});
    QVERIFY(mail.link().isEmpty());

    // Leaving the screen keeps nothing of what was typed.
    click(page, u"homeButton"_s);
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.loginPage());
    QVERIFY(on<QLineEdit>(page, u"mailLineEdit"_s)->text().isEmpty());
}

void TestHelpEndToEnd::lostIdentifierAsksTheSchoolOfSeveral()
{
    const qsizetype before = m_smtp.messages().size();
    const auto [kiosk, page] = askForIdentifier(familyMail, Send::Enter);
    QVERIFY(kiosk);

    // Two accounts: the kiosk asks the first name and the school, from the ENT's list, before anything is sent.
    QTRY_VERIFY_WITH_TIMEOUT(on(page, u"structureWidget"_s)->isVisible(), 15000);
    QVERIFY(!on(page, u"resultLabel"_s)->isVisible());
    // The schools are radio buttons named by the ENT's structureName, in the order of their names, none chosen.
    QList<QRadioButton*> schools = on(page, u"structureGroupBox"_s)->findChildren<QRadioButton*>();
    std::sort(schools.begin(), schools.end(), [](QWidget* a, QWidget* b) { return a->y() < b->y(); });
    QStringList names;
    for (QRadioButton* school : std::as_const(schools)) {
        names.append(school->accessibleName());
        QVERIFY(!school->isChecked());
    }
    QCOMPARE(names, (QStringList{condorcet, julesVerne}));

    // She types her first name without its accent, as on a French keyboard in a hurry, and picks her school with the
    // arrow keys: Tab enters the list, Down reaches and chooses Jules Verne, Tab leaves it.
    QTRY_COMPARE(focusName(), u"firstNameLineEdit"_s);
    typeHere(u"lea"_s);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), schools.at(0));
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), schools.at(1));
    QVERIFY(schools.at(1)->isChecked());
    QVERIFY(!schools.at(0)->isChecked());
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"sendButton"_s);
    press(Qt::Key_Space);

    auto* result = on<QLabel>(page, u"resultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 15000);
    QCOMPARE(result->text(), neutralFr);

    // One mail came for that address (none for the first, ambiguous, ask), with her Jules Verne login only.
    QList<RecoveryMail> mails;
    QVERIFY(mailsThroughBarrier(before, mails));
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.constFirst().header("To"), familyMail.toLatin1());
    QCOMPARE(identifiersIn(mails.constFirst()), QStringList{u"lea.martin1"_s});
    QVERIFY(!mails.constFirst().body().contains(u"lea.martin\n"_s));
}

void TestHelpEndToEnd::lostIdentifierUnknownAddressTellsAndSendsNothing()
{
    const qsizetype before = m_smtp.messages().size();
    const auto [kiosk, page] = askForIdentifier(u"personne.inconnue@example.org"_s, Send::Enter);
    QVERIFY(kiosk);
    // Word for word what a known address gets: nothing on screen tells whether the address exists.
    QVERIFY(answeredNeutrally(page));

    // Nothing was delivered: a known address asked after it gets its mail, and it is the only one since.
    QList<RecoveryMail> mails;
    QVERIFY(mailsThroughBarrier(before, mails));
    QVERIFY2(mails.isEmpty(), mails.isEmpty() ? "" : mails.constFirst().header("To").constData());
}

void TestHelpEndToEnd::lostIdentifierCorrectedAddressIsAskedAfresh()
{
    const qsizetype before = m_smtp.messages().size();
    const auto [kiosk, page] = askForIdentifier(familyMail, Send::Enter);
    QVERIFY(kiosk);
    QTRY_VERIFY_WITH_TIMEOUT(on(page, u"structureWidget"_s)->isVisible(), 15000);
    QTRY_COMPARE(focusName(), u"firstNameLineEdit"_s);
    typeHere(u"Noah"_s);

    // Not his family's address after all: he goes back to the field and types his own. The first name and the
    // schools were for the other address; they go, and his address is asked on its own.
    auto* mailField = on<QLineEdit>(page, u"mailLineEdit"_s);
    QTest::mouseClick(mailField, Qt::LeftButton);
    QTest::keyClick(mailField, Qt::Key_A, Qt::ControlModifier);
    typeHere(u"noah.renaud@example.org"_s);
    QVERIFY(!on(page, u"structureWidget"_s)->isVisible());
    QVERIFY(on<QLineEdit>(page, u"firstNameLineEdit"_s)->text().isEmpty());
    QVERIFY(on(page, u"structureGroupBox"_s)->findChildren<QRadioButton*>().isEmpty());
    press(Qt::Key_Return);

    auto* result = on<QLabel>(page, u"resultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 15000);
    QCOMPARE(result->text(), neutralFr);
    QVERIFY(!on(page, u"errorLabel"_s)->isVisible());
    QList<RecoveryMail> mails;
    QVERIFY(mailsThroughBarrier(before, mails));
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.constFirst().header("To"), "noah.renaud@example.org");
    QCOMPARE(identifiersIn(mails.constFirst()), QStringList{u"noah.renaud"_s});
}

void TestHelpEndToEnd::staffRenewalCodeTypedAtTheKiosk()
{
    // The teacher, in their own ENT session (web form: cookie and XSRF token), makes a code for a pupil of the school.
    const auto teacher = signedInClient(u"helene.durand"_s, u"Helene-2024"_s, false);
    QVERIFY(teacher);
    const std::optional<QString> made = renewalCodeFrom(*teacher, u"noah.renaud"_s);
    QVERIFY(made);
    const QString code = *made;
    QVERIFY2(QRegularExpression(u"^[a-z0-9]{8}$"_s).match(code).hasMatch(), qPrintable(code));

    KioskHarness kiosk(configFor(m_url));
    QVERIFY(kiosk.showActive());

    // Besoin d'aide ? → Vous souhaitez contacter l'assistance ? → « Demander à un adulte » → J'ai reçu un code.
    kiosk.openHelpTopic(u"assistanceButton"_s);
    AssistancePage* assistance = kiosk.window.assistancePage();
    QCOMPARE(kiosk.window.currentPage(), assistance);
    QCOMPARE(on<QLabel>(assistance, u"adultLabel"_s)->text(), adultFr);
    QCOMPARE(withoutMnemonic(on<QAbstractButton>(assistance, u"receivedCodeButton"_s)->text()), u"J'ai reçu un code"_s);
    click(assistance, u"receivedCodeButton"_s);

    ResetCodePage* codePage = kiosk.window.resetCodePage();
    QCOMPARE(kiosk.window.currentPage(), codePage);
    typeCode(codePage, u"noah.renaud"_s, code.toUpper()); // read out by the teacher and typed in capitals

    NewPasswordPage* newPasswordPage = kiosk.window.newPasswordPage();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), newPasswordPage, 15000);
    QCOMPARE(on<QLabel>(newPasswordPage, u"loginLabel"_s)->text(), u"noah.renaud"_s);
    const QString newPassword = u"Retrouve2026+"_s;
    auto* reset = on<QAbstractButton>(newPasswordPage, u"resetButton"_s);
    QTest::keyClicks(on<PasswordField>(newPasswordPage, u"newPasswordField"_s)->lineEdit(), newPassword);
    QVERIFY(!reset->isEnabled());
    QTest::keyClicks(on<PasswordField>(newPasswordPage, u"confirmationField"_s)->lineEdit(), newPassword);
    QTRY_VERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);

    // Back on the login screen with the identifier; the new password signs him in.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.loginPage(), 15000);
    QCOMPARE(kiosk.loginLineEdit()->text(), u"noah.renaud"_s);
    QCOMPARE(kiosk.infoLabel()->text(), savedFr);
    QVERIFY(signInWithPassword(kiosk, newPassword, Send::Button, u"Bonjour Noah Renaud"_s));
    // He has no verified personal e-mail: once the ENT has said so, Mon compte offers to add one (issue #16); Retour
    // skips it.
    AccountPage* account = kiosk.window.accountPage();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), static_cast<KioskPage*>(account), 15000);
    click(account, u"backButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QVERIFY(kiosk.signOut());

    // The old password is refused, and the code was used up.
    QVERIFY(refusedAtLogin(kiosk, u"noah.renaud"_s, u"Oublie-2024"_s));
    const auto again =
        await<CodeMatchResult>([&](auto done) { teacher->matchResetCode(u"noah.renaud"_s, code, std::move(done)); });
    QVERIFY(again && again->ok());
    QVERIFY(!again->match);
}

void TestHelpEndToEnd::staffRenewalCodeTypedAsThePassword()
{
    // The teacher tells the pupil to type the code as her password: the login screen recognises a reset code.
    const auto teacher = signedInClient(u"helene.durand"_s, u"Helene-2024"_s, false);
    QVERIFY(teacher);
    const std::optional<QString> code = renewalCodeFrom(*teacher, u"lina.girard"_s);
    QVERIFY(code);

    KioskHarness kiosk(configFor(m_url));
    QVERIFY(kiosk.showActive());
    NewPasswordPage* newPasswordPage = kiosk.window.newPasswordPage();
    QVERIFY(signInLeadsTo(kiosk, u"lina.girard"_s, *code, newPasswordPage));
    QCOMPARE(on<QLabel>(newPasswordPage, u"loginLabel"_s)->text(), u"lina.girard"_s);
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeNewPasswordTwice(u"Colline2026"_s);
    press(Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.loginPage(), 15000);
    QCOMPARE(kiosk.loginLineEdit()->text(), u"lina.girard"_s);
    QCOMPARE(kiosk.infoLabel()->text(), savedFr);
    QVERIFY(signInWithPassword(kiosk, u"Colline2026"_s, Send::Enter, u"Bonjour Lina Girard"_s));
    QVERIFY(kiosk.signOut());

    // Used once: typed again, the code is a wrong password.
    QVERIFY(refusedAtLogin(kiosk, u"lina.girard"_s, *code));
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
}

void TestHelpEndToEnd::renewalCodeIsRefusedToAPupilAndToAnotherSchool()
{
    // A code made by staff of the school (here through an OAuth2 bearer token: the ENT's mobile app, say)…
    const auto staff = signedInClient(u"yasmine.benali"_s, u"Yasmine-2024"_s, true);
    QVERIFY(staff);
    const std::optional<QString> code = renewalCodeFrom(*staff, u"adele.adams"_s);
    QVERIFY(code);

    // …is not something a pupil, nor a teacher of another school, can make.
    const auto pupil = signedInClient(u"lea.martin1"_s, u"Lea-2025"_s, false);
    QVERIFY(pupil);
    const auto otherSchool = signedInClient(u"francois.petit"_s, u"Francois-2024"_s, false);
    QVERIFY(otherSchool);
    for (EntClient* client : {pupil.get(), otherSchool.get()}) {
        const auto refused = await<RenewalCodeResult>(
            [&](auto done) { client->generateRenewalCode(u"adele.adams"_s, std::move(done)); });
        QVERIFY(refused);
        QCOMPARE(refused->status, EntStatus::ServerMessage);
        QCOMPARE(refused->httpStatus, 401);
        QVERIFY(refused->renewalCode.isEmpty());
    }
    // Had either refusal made a code, it would have replaced the staff's one.
    const auto stillValid =
        await<CodeMatchResult>([&](auto done) { pupil->matchResetCode(u"adele.adams"_s, *code, std::move(done)); });
    QVERIFY(stillValid && stillValid->ok());
    QVERIFY(stillValid->match);

    // A refused code at the kiosk: typed by a pupil who made one up, it is refused on the code screen.
    KioskHarness kiosk(configFor(m_url));
    QVERIFY(kiosk.showActive());
    kiosk.openHelpTopic(u"receivedCodeButton"_s);
    ResetCodePage* codePage = kiosk.window.resetCodePage();
    QCOMPARE(kiosk.window.currentPage(), codePage);
    typeCode(codePage, u"lea.martin1"_s, *code);
    auto* error = on<QLabel>(codePage, u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QCOMPARE(error->text(), u"Ce code n'est pas valable ou a expiré. Vérifiez-le, ou demandez un nouveau code."_s);
    QCOMPARE(kiosk.window.currentPage(), codePage); // another pupil's code opens nothing
}

void TestHelpEndToEnd::activationThroughTheKiosk()
{
    KioskHarness kiosk(configFor(m_url));
    QVERIFY(kiosk.showActive());

    // The letter from the school gives her login and an activation code; she types them as her password.
    ActivationPage* page = kiosk.window.activationPage();
    QVERIFY(signInLeadsTo(kiosk, u"ines.moreau"_s, m_activationCode, page));
    QCOMPARE(on<QLabel>(page, u"loginLabel"_s)->text(), u"ines.moreau"_s);
    QVERIFY(kiosk.passwordLineEdit()->text().isEmpty()); // the code does not wait on the login screen
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.session.authContext().isKnown(), 15000);
    // The server asks the terms (cgu=true) and gives its rule: eight characters, a letter, a digit.
    QTRY_VERIFY(on(page, u"cguWidget"_s)->isVisible());
    auto* activate = on<QAbstractButton>(page, u"activateButton"_s);
    const auto state = [page](const char* line) {
        return on<QLabel>(page, QString::fromLatin1(line))->property("ruleState").toString();
    };

    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeHere(u"soleil"_s);
    QCOMPARE(state("minLengthRuleLabel"), u"unmet"_s);
    QCOMPARE(state("letterRuleLabel"), u"met"_s);
    QCOMPARE(state("digitRuleLabel"), u"unmet"_s);
    QVERIFY(on<QLabel>(page, u"digitRuleLabel"_s)->text().startsWith(u"✗"_s));
    typeHere(u"2026"_s);
    QCOMPARE(state("minLengthRuleLabel"), u"met"_s);
    QCOMPARE(state("digitRuleLabel"), u"met"_s);
    QCOMPARE(state("identicalRuleLabel"), u"unmet"_s);
    press(Qt::Key_Return);
    QCOMPARE(focusName(), u"confirmationField.secretLineEdit"_s);
    typeHere(u"soleil2026"_s);
    QCOMPARE(state("identicalRuleLabel"), u"met"_s);
    QVERIFY(on<QLabel>(page, u"identicalRuleLabel"_s)->text().startsWith(u"✓"_s));
    QVERIFY(!activate->isEnabled()); // the terms are not accepted yet
    // Her personal address, for when she forgets her identifier or password.
    QVERIFY(tabTo(u"mailLineEdit"_s));
    typeHere(u"ines.moreau@example.org"_s);
    QVERIFY(tabTo(u"cguCheckBox"_s));
    press(Qt::Key_Space);
    QVERIFY(on<QCheckBox>(page, u"cguCheckBox"_s)->isChecked());
    QVERIFY(activate->isEnabled());
    QVERIFY(tabTo(u"activateButton"_s));
    press(Qt::Key_Space);

    // The reference server signs the account in on activation (activationAutoLogin): she is in.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.signedInPage(), 15000);
    QCOMPARE(kiosk.greetingLabel()->text(), u"Bonjour Inès Moreau"_s);
    QVERIFY(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit()->text().isEmpty());
    QVERIFY(kiosk.session.pendingActivationLogin().isEmpty());
    QVERIFY(kiosk.signOut());

    // The activation code is used up: typed again it is an ordinary wrong password…
    QVERIFY(refusedAtLogin(kiosk, u"ines.moreau"_s, m_activationCode));
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QCOMPARE(kiosk.loginLineEdit()->text(), u"ines.moreau"_s);
    // …and the ENT no longer matches it.
    EntClientSettings settings;
    settings.baseUrl = m_url;
    EntClient client(settings);
    const auto match = await<CodeMatchResult>(
        [&](auto done) { client.matchActivationCode(u"ines.moreau"_s, m_activationCode, std::move(done)); });
    QVERIFY(match && match->ok());
    QVERIFY(!match->match);

    // Her new password is the one that works (the identifier stayed after the refusal, the focus is on the password).
    QVERIFY(signInWithPassword(kiosk, u"soleil2026"_s, Send::Button, u"Bonjour Inès Moreau"_s));
    QVERIFY(kiosk.signOut());

    // The address typed at activation reached the ENT: her identifier can be mailed to it.
    const qsizetype before = m_smtp.messages().size();
    kiosk.openHelpTopic(u"lostIdentifierButton"_s);
    LostIdentifierPage* lost = kiosk.window.lostIdentifierPage();
    QTRY_COMPARE(focusName(), u"mailLineEdit"_s);
    typeHere(u"ines.moreau@example.org"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(on(lost, u"resultLabel"_s)->isVisible(), 15000);
    RecoveryMail mail({});
    QVERIFY(waitForMailTo(before, "ines.moreau@example.org", mail));
    QCOMPARE(identifiersIn(mail), QStringList{u"ines.moreau"_s});
}

void TestHelpEndToEnd::activationThroughAnOAuthKiosk()
{
    // A kiosk that signs in with the OAuth2 password grant: the ENT refuses an activation code there (403
    // auth.error.activation.code), and the activation itself goes through the ENT's form all the same.
    KioskConfig config = configFor(m_url);
    config.oauthClientId = u"kiosk"_s;
    config.oauthClientSecret = m_clientSecret;
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive());

    ActivationPage* page = kiosk.window.activationPage();
    QVERIFY(signInLeadsTo(kiosk, u"zoe.roux"_s, m_oauthActivationCode.toUpper(), page)); // as printed, in capitals
    QCOMPARE(on<QLabel>(page, u"loginLabel"_s)->text(), u"zoe.roux"_s);
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.session.authContext().isKnown(), 15000);
    // What the ENT holds of her is read as its own page reads it (the grant does not say): the form waits for it.
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.session.pendingActivationAccount().found, 15000);
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeNewPasswordTwice(u"Riviere2026"_s);
    QVERIFY(tabTo(u"cguCheckBox"_s));
    press(Qt::Key_Space);
    QVERIFY(tabTo(u"activateButton"_s));
    press(Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.signedInPage(), 15000);
    QCOMPARE(kiosk.greetingLabel()->text(), u"Bonjour Zoé Roux"_s);
    QVERIFY(kiosk.signOut());

    // Through the grant now: the new password signs her in, the code no longer opens the activation screen.
    QVERIFY(refusedAtLogin(kiosk, u"zoe.roux"_s, m_oauthActivationCode));
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(signInWithPassword(kiosk, u"Riviere2026"_s, Send::Button, u"Bonjour Zoé Roux"_s));
    QVERIFY(kiosk.signOut());
}

void TestHelpEndToEnd::activationWithoutAutoLoginLeadsToTheLogin()
{
    // An ENT whose activation does not sign in (activationAutoLogin false: 302 to /auth/login, no session) and has
    // no terms of use to accept (cgu false).
    ReferenceServer server;
    server.setConfig(u"auth"_s, u"activation_auto_login"_s, false);
    server.setConfig(u"auth"_s, u"cgu"_s, false);
    QVERIFY2(server.addAccount(person(u"malo.leroy"_s, u"Malo"_s, u"Leroy"_s, u"Student"_s, julesVerne, {}, {})),
             qPrintable(server.lastError()));
    const QString code = server.newActivationCode(u"malo.leroy"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(server.lastError()));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));

    KioskHarness kiosk(configFor(url));
    QVERIFY(kiosk.showActive());
    ActivationPage* page = kiosk.window.activationPage();
    QVERIFY(signInLeadsTo(kiosk, u"malo.leroy"_s, code, page));
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.session.authContext().isKnown(), 15000);
    QTRY_VERIFY(on(page, u"cguWidget"_s)->isHidden());
    QTRY_COMPARE(focusName(), u"newPasswordField.secretLineEdit"_s);
    typeNewPasswordTwice(u"Falaise2026"_s);
    QVERIFY(on<QAbstractButton>(page, u"activateButton"_s)->isEnabled()); // no box to tick
    press(Qt::Key_Return);                                                // Enter in the confirmation activates

    // Told to sign in, his identifier ready; not signed in meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), kiosk.window.loginPage(), 15000);
    QCOMPARE(kiosk.loginLineEdit()->text(), u"malo.leroy"_s);
    QCOMPARE(kiosk.infoLabel()->text(), u"Votre compte est activé. Connectez-vous avec votre nouveau mot de passe."_s);
    QVERIFY(kiosk.session.pendingActivationLogin().isEmpty());
    QVERIFY(on<PasswordField>(page, u"newPasswordField"_s)->lineEdit()->text().isEmpty());
    QVERIFY(signInWithPassword(kiosk, u"Falaise2026"_s, Send::Enter, u"Bonjour Malo Leroy"_s));
    QVERIFY(kiosk.signOut());

    // The code is used up here too.
    QVERIFY(refusedAtLogin(kiosk, u"malo.leroy"_s, code));
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
}

QTEST_MAIN(TestHelpEndToEnd)
#include "tst_help_e2e.moc"
