// "Aider un élève" (issue #16) as it is used at the kiosk: the real window in French against the real reference ENT
// (ENT protocol §18): a teacher of the class makes a renewal code and hands over, the pupil types it and chooses a new
// password; a teacher of another class is refused with the ENT's reason; the school's ADML may; a pupil never sees the
// entry; nothing of the adult's session remains after the hand-over; an account without a verified personal address is
// offered to add one after its reset, one with a verified address is not.
#include "core/storage/Journal.h"
#include "gui/account/AccountPage.h"
#include "gui/account/HelpPupilPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/HttpTestClient.h"
#include "support/KioskHarness.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookieJar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int serverTimeoutMs = 15000;
const QString julesVerne = u"Lycée Jules Verne"_s;

ReferenceServer::Account account(const QString& login,
                                 const QString& firstName,
                                 const QString& lastName,
                                 const QString& profile,
                                 const QString& classes,
                                 const QString& email,
                                 const QByteArray& password)
{
    ReferenceServer::Account a;
    a.login = login;
    a.firstName = firstName;
    a.lastName = lastName;
    a.profile = profile;
    a.school = julesVerne;
    a.className = classes;
    a.email = email;
    a.password = password;
    return a;
}

QList<QRadioButton*> radiosIn(const QWidget* page, const QString& group)
{
    return on<QGroupBox>(page, group)->findChildren<QRadioButton*>();
}

QRadioButton* radioNamed(const QWidget* page, const QString& group, const QString& text)
{
    for (QRadioButton* radio : radiosIn(page, group)) {
        if (radio->text() == text)
            return radio;
    }
    return nullptr;
}

} // namespace

class TestStaffCodeEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void teacherOfTheClassHandsOver();
    void teacherOfAnotherClassIsRefused();
    void admlOfTheSchoolMayMakeACode();
    void pupilNeverSeesTheEntry();
    void blockedAccountIsSaid();
    void noOfferForAVerifiedAddress();

private:
    std::unique_ptr<KioskHarness> signedInKiosk(const QString& login, const QString& password);
    static HelpPupilPage* openHelpPupil(KioskHarness& kiosk);
    // On the help page, the pupil chosen (from the class list, or the identifier typed), confirmed, the code made:
    // the code shown, or an empty string.
    static QString makeCode(HelpPupilPage* page);
    // Hand over, type the code, choose `password`, back on the login screen.
    static bool handOverAndReset(KioskHarness& kiosk, const QString& login, const QString& code, const QString& password);
    static int cookiesHeld(KioskHarness& kiosk, const QUrl& url);

    SmtpSink m_sink;
    ReferenceServer m_server;
    QUrl m_url;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestStaffCodeEndToEnd::initTestCase()
{
    QVERIFY2(m_sink.start(), qPrintable(m_sink.lastError()));
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    m_server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);
    const QList<ReferenceServer::Account> accounts = {
        account(u"helene.durand"_s, u"Hélène"_s, u"Durand"_s, u"Teacher"_s, u"2nde 3;1re 2"_s,
                u"helene.durand@example.org"_s, "Helene-2024"),
        account(u"other.teacher"_s, u"Paul"_s, u"Autre"_s, u"Teacher"_s, u"Terminale 1"_s, {}, "Other-2024"),
        account(u"marc.lambert"_s, u"Marc"_s, u"Lambert"_s, u"Personnel"_s, {}, {}, "Marc-2024"),
        account(u"noe.lefevre"_s, u"Noe"_s, u"Lefevre"_s, u"Student"_s, u"2nde 3"_s, {}, "Ancien-2024"),
        account(u"lucas.martin"_s, u"Lucas"_s, u"Martin"_s, u"Student"_s, u"2nde 3"_s, {}, "Lucas-2024"),
        account(u"lucas.martin2"_s, u"Lucas"_s, u"Martin"_s, u"Student"_s, u"2nde 3"_s, {}, "Lucas-2025"),
        account(u"ines.verified"_s, u"Ines"_s, u"Verifiee"_s, u"Student"_s, u"1re 2"_s, u"ines.old@example.org"_s,
                "Ines-2024"),
        account(u"lea.bloquee"_s, u"Lea"_s, u"Bloquee"_s, u"Student"_s, u"2nde 3"_s, {}, "Lea-2024"),
        account(u"tom.adml"_s, u"Tom"_s, u"Adml"_s, u"Student"_s, u"Terminale 1"_s, {}, "Tom-2024"),
    };
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setFlag(u"marc.lambert"_s, u"admin-local"_s, true), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setBlocked(u"lea.bloquee"_s, true), qPrintable(m_server.lastError()));
    m_url = m_server.start();
    QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(m_url);
}

std::unique_ptr<KioskHarness> TestStaffCodeEndToEnd::signedInKiosk(const QString& login, const QString& password)
{
    KioskConfig config;
    config.entUrl = m_url;
    auto kiosk = std::make_unique<KioskHarness>(config);
    if (!kiosk->showActive(QSize(1366, 768)) || !kiosk->signIn(login, password, serverTimeoutMs))
        return nullptr;
    return kiosk;
}

HelpPupilPage* TestStaffCodeEndToEnd::openHelpPupil(KioskHarness& kiosk)
{
    auto* button = on<QAbstractButton>(kiosk.window.signedInPage(), u"helpPupilButton"_s);
    if (!QTest::qWaitFor([&] { return kiosk.window.currentPage() == kiosk.window.signedInPage(); }) ||
        !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    HelpPupilPage* page = kiosk.window.helpPupilPage();
    return kiosk.window.currentPage() == page ? page : nullptr;
}

QString TestStaffCodeEndToEnd::makeCode(HelpPupilPage* page)
{
    QTest::mouseClick(on<QAbstractButton>(page, u"continueButton"_s), Qt::LeftButton);
    if (page->step() != HelpPupilPage::Step::Confirm)
        return {};
    QTest::mouseClick(on<QAbstractButton>(page, u"makeCodeButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->step() == HelpPupilPage::Step::Code; }, serverTimeoutMs))
        return {};
    return on<QLabel>(page, u"codeLabel"_s)->text();
}

bool TestStaffCodeEndToEnd::handOverAndReset(KioskHarness& kiosk,
                                             const QString& login,
                                             const QString& code,
                                             const QString& password)
{
    QTest::mouseClick(on<QAbstractButton>(kiosk.window.helpPupilPage(), u"handOverButton"_s), Qt::LeftButton);
    ResetCodePage* codePage = kiosk.window.resetCodePage();
    if (kiosk.window.currentPage() != codePage || kiosk.session.isSignedIn())
        return false;
    if (on<QLineEdit>(codePage, u"loginLineEdit"_s)->text() != login) {
        qWarning("the identifier is not filled in");
        return false;
    }
    QTest::keyClicks(on<QLineEdit>(codePage, u"codeLineEdit"_s), code);
    click(codePage, u"verifyButton"_s);
    NewPasswordPage* newPassword = kiosk.window.newPasswordPage();
    if (!QTest::qWaitFor([&] { return kiosk.window.currentPage() == newPassword; }, serverTimeoutMs))
        return false;
    QTest::keyClicks(on<PasswordField>(newPassword, u"newPasswordField"_s)->lineEdit(), password);
    QTest::keyClicks(on<PasswordField>(newPassword, u"confirmationField"_s)->lineEdit(), password);
    auto* reset = on<QAbstractButton>(newPassword, u"resetButton"_s);
    if (!QTest::qWaitFor([reset] { return reset->isEnabled(); }))
        return false;
    QTest::mouseClick(reset, Qt::LeftButton);
    return QTest::qWaitFor([&] { return kiosk.window.currentPage() == kiosk.window.loginPage(); }, serverTimeoutMs) &&
           kiosk.loginLineEdit()->text() == login;
}

int TestStaffCodeEndToEnd::cookiesHeld(KioskHarness& kiosk, const QUrl& url)
{
    return int(kiosk.session.client().cookieJar()->cookiesForUrl(url).size());
}

void TestStaffCodeEndToEnd::teacherOfTheClassHandsOver()
{
    auto kiosk = signedInKiosk(u"helene.durand"_s, u"Helene-2024"_s);
    QVERIFY(kiosk);
    HelpPupilPage* page = openHelpPupil(*kiosk);
    QVERIFY(page);
    QCOMPARE(on<QLabel>(page, u"titleLabel"_s)->text(), u"Aider un élève"_s);

    // Her two classes, by name; the class list of 2nde 3 (first and last names, homonyms told apart).
    const QList<QRadioButton*> classes = radiosIn(page, u"classGroupBox"_s);
    QStringList classNames;
    for (const QRadioButton* radio : classes)
        classNames.append(radio->text());
    classNames.sort();
    QCOMPARE(classNames, (QStringList{u"1re 2"_s, u"2nde 3"_s}));
    QRadioButton* seconde = radioNamed(page, u"classGroupBox"_s, u"2nde 3"_s);
    QTest::mouseClick(seconde, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(radioNamed(page, u"pupilGroupBox"_s, u"Noe Lefevre"_s), serverTimeoutMs);
    QVERIFY(radioNamed(page, u"pupilGroupBox"_s, u"Lucas Martin (lucas.martin)"_s));
    QVERIFY(radioNamed(page, u"pupilGroupBox"_s, u"Lucas Martin (lucas.martin2)"_s));
    QVERIFY(!radioNamed(page, u"pupilGroupBox"_s, u"Hélène Durand"_s)); // only pupils
    QTest::mouseClick(radioNamed(page, u"pupilGroupBox"_s, u"Noe Lefevre"_s), Qt::LeftButton);

    QTest::mouseClick(on<QAbstractButton>(page, u"continueButton"_s), Qt::LeftButton);
    QCOMPARE(page->step(), HelpPupilPage::Step::Confirm);
    const QString confirmation = on<QLabel>(page, u"confirmLabel"_s)->text();
    QVERIFY2(confirmation.contains(u"Noe Lefevre, 2nde 3"_s) && confirmation.contains(u"noe.lefevre"_s),
             qPrintable(confirmation));
    QTest::mouseClick(on<QAbstractButton>(page, u"makeCodeButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), HelpPupilPage::Step::Code, serverTimeoutMs);
    const QString code = on<QLabel>(page, u"codeLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"^[a-z0-9]{4}-[a-z0-9]{4}$"_s).match(code).hasMatch(), qPrintable(code));
    QCOMPARE(on<QLabel>(page, u"instructionLabel"_s)->text(), u"Laissez l'élève le saisir maintenant."_s);
    QVERIFY(on<QLabel>(page, u"validityLabel"_s)->isVisible());

    // The hand-over: the adult is signed out with the full wipe, the pupil's identifier is filled in.
    QVERIFY(cookiesHeld(*kiosk, m_url) > 0);
    QTest::mouseClick(on<QAbstractButton>(page, u"handOverButton"_s), Qt::LeftButton);
    QVERIFY(!kiosk->session.isSignedIn());
    QCOMPARE(cookiesHeld(*kiosk, m_url), 0);
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.resetCodePage());
    QCOMPARE(on<QLineEdit>(kiosk->window.resetCodePage(), u"loginLineEdit"_s)->text(), u"noe.lefevre"_s);
    QVERIFY(radiosIn(page, u"classGroupBox"_s).isEmpty());
    QVERIFY(radiosIn(page, u"pupilGroupBox"_s).isEmpty());
    QVERIFY(on<QLabel>(page, u"codeLabel"_s)->text().isEmpty());
    QVERIFY(on<QLabel>(kiosk->window.signedInPage(), u"greetingLabel"_s)->text().isEmpty());
    for (const QLabel* label : kiosk->window.findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(u"Durand"_s) && !label->text().contains(u"2nde 3"_s), qPrintable(label->text()));

    // The pupil types the code and chooses a new password; back to the screen before the hand-over page.
    QTest::keyClicks(on<QLineEdit>(kiosk->window.resetCodePage(), u"codeLineEdit"_s), QString(code).remove(u'-'));
    click(kiosk->window.resetCodePage(), u"verifyButton"_s);
    NewPasswordPage* newPassword = kiosk->window.newPasswordPage();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->window.currentPage(), newPassword, serverTimeoutMs);
    const QString chosen = u"Nouveau2026+"_s;
    QTest::keyClicks(on<PasswordField>(newPassword, u"newPasswordField"_s)->lineEdit(), chosen);
    QTest::keyClicks(on<PasswordField>(newPassword, u"confirmationField"_s)->lineEdit(), chosen);
    auto* reset = on<QAbstractButton>(newPassword, u"resetButton"_s);
    QTRY_VERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->window.currentPage(), kiosk->window.loginPage(), serverTimeoutMs);
    QCOMPARE(kiosk->loginLineEdit()->text(), u"noe.lefevre"_s);

    // The new password signs him in; without a personal e-mail he is offered to add one, on Mon compte.
    QVERIFY(kiosk->signIn(u"noe.lefevre"_s, chosen, serverTimeoutMs));
    AccountPage* accountPage = kiosk->window.accountPage();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->window.currentPage(), accountPage, serverTimeoutMs);
    QVERIFY(on<QLabel>(accountPage, u"mailMessageLabel"_s)->text().contains(u"Ajoutez maintenant une adresse"_s));
    click(accountPage, u"backButton"_s); // skipped
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QVERIFY(!on<QAbstractButton>(kiosk->window.signedInPage(), u"helpPupilButton"_s)->isVisible()); // a pupil
    kiosk->session.end(KioskSession::EndReason::Logout);

    // The old password is refused by the ENT.
    const auto old = m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"noe.lefevre"_s},
                                                                          {u"password"_s, u"Ancien-2024"_s}}));
    QVERIFY(old.status != 302);
    const auto fresh = m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"noe.lefevre"_s},
                                                                            {u"password"_s, chosen}}));
    QCOMPARE(fresh.status, 302);
}

void TestStaffCodeEndToEnd::teacherOfAnotherClassIsRefused()
{
    auto kiosk = signedInKiosk(u"other.teacher"_s, u"Other-2024"_s);
    QVERIFY(kiosk);
    HelpPupilPage* page = openHelpPupil(*kiosk);
    QVERIFY(page);
    QTest::mouseClick(on<QLineEdit>(page, u"identifierLineEdit"_s), Qt::LeftButton);
    QTest::keyClicks(on<QLineEdit>(page, u"identifierLineEdit"_s), u"lucas.martin"_s);
    QVERIFY(makeCode(page).isEmpty());
    QCOMPARE(page->step(), HelpPupilPage::Step::Confirm);
    QTRY_VERIFY_WITH_TIMEOUT(on<QLabel>(page, u"messageLabel"_s)->text().startsWith(u"L'ENT a refusé"_s),
                             serverTimeoutMs);
    QVERIFY(kiosk->session.isSignedIn()); // a refusal, not "signed out"
    QCOMPARE(m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"lucas.martin"_s},
                                                                  {u"password"_s, u"Lucas-2024"_s}}))
                 .status,
             302); // nothing changed
}

void TestStaffCodeEndToEnd::admlOfTheSchoolMayMakeACode()
{
    auto kiosk = signedInKiosk(u"marc.lambert"_s, u"Marc-2024"_s);
    QVERIFY(kiosk);
    HelpPupilPage* page = openHelpPupil(*kiosk);
    QVERIFY(page);
    QVERIFY(on<QLabel>(page, u"noClassLabel"_s)->isVisible()); // no class: the identifier is typed
    QTest::mouseClick(on<QLineEdit>(page, u"identifierLineEdit"_s), Qt::LeftButton);
    QTest::keyClicks(on<QLineEdit>(page, u"identifierLineEdit"_s), u"tom.adml"_s);
    const QString code = makeCode(page);
    QVERIFY2(!code.isEmpty(), qPrintable(on<QLabel>(page, u"messageLabel"_s)->text()));
    QVERIFY(handOverAndReset(*kiosk, u"tom.adml"_s, QString(code).remove(u'-'), u"Nouveau2026+"_s));
}

void TestStaffCodeEndToEnd::pupilNeverSeesTheEntry()
{
    auto kiosk = signedInKiosk(u"lucas.martin2"_s, u"Lucas-2025"_s);
    QVERIFY(kiosk);
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    QVERIFY(!on<QAbstractButton>(kiosk->window.signedInPage(), u"helpPupilButton"_s)->isVisible());
}

void TestStaffCodeEndToEnd::noOfferForAVerifiedAddress()
{
    // The pupil proves a personal address on the ENT first (the code mailed to it).
    const auto browser = HttpTestClient::session(m_http->post(
        u"/auth/login"_s,
        HttpTestClient::form({{u"email"_s, u"ines.verified"_s}, {u"password"_s, u"Ines-2024"_s}})));
    const qsizetype before = m_sink.messages().size();
    HttpTestClient::Headers json = browser;
    json.emplaceBack("Content-Type", "application/json; charset=utf-8");
    QCOMPARE(m_http->send("PUT", u"/directory/user/mailstate"_s, R"({"email":"ines.new@example.org"})", json).status,
             200);
    const RecoveryMail mail = RecoveryMail::waitForMailTo(m_sink, before, "ines.new@example.org");
    const QString key = QRegularExpression(u"le code suivant : (\\d{6})\\n"_s).match(mail.body()).captured(1);
    QVERIFY(!key.isEmpty());
    QCOMPARE(m_http->post(u"/directory/user/mailstate"_s, HttpTestClient::json({{u"key"_s, key}}), browser,
                          "application/json; charset=utf-8")
                 .status,
             200);

    // Her teacher makes a code; she resets and signs in: straight to the signed-in screen, no offer.
    auto kiosk = signedInKiosk(u"helene.durand"_s, u"Helene-2024"_s);
    QVERIFY(kiosk);
    HelpPupilPage* page = openHelpPupil(*kiosk);
    QVERIFY(page);
    QTest::mouseClick(on<QLineEdit>(page, u"identifierLineEdit"_s), Qt::LeftButton);
    QTest::keyClicks(on<QLineEdit>(page, u"identifierLineEdit"_s), u"ines.verified"_s);
    const QString code = makeCode(page);
    QVERIFY2(!code.isEmpty(), qPrintable(on<QLabel>(page, u"messageLabel"_s)->text()));
    QVERIFY(handOverAndReset(*kiosk, u"ines.verified"_s, QString(code).remove(u'-'), u"Nouveau2026+"_s));
    QVERIFY(kiosk->signIn(u"ines.verified"_s, u"Nouveau2026+"_s, serverTimeoutMs));
    QTRY_COMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
    // The ENT's answer about the address has come and gone: the screen stays.
    AccountPage* accountPage = kiosk->window.accountPage();
    QTRY_VERIFY_WITH_TIMEOUT(on<QLabel>(accountPage, u"currentMailLabel"_s)->text().contains(u"@example.org"_s),
                             serverTimeoutMs);
    QCOMPARE(kiosk->window.currentPage(), kiosk->window.signedInPage());
}

void TestStaffCodeEndToEnd::blockedAccountIsSaid()
{
    auto kiosk = signedInKiosk(u"helene.durand"_s, u"Helene-2024"_s);
    QVERIFY(kiosk);
    HelpPupilPage* page = openHelpPupil(*kiosk);
    QVERIFY(page);
    // In the class list the blocked account is there, said blocked, and cannot be chosen.
    QTest::mouseClick(radioNamed(page, u"classGroupBox"_s, u"2nde 3"_s), Qt::LeftButton);
    const QString blocked = u"Lea Bloquee — compte bloqué : voir l'administrateur de l'ENT"_s;
    QTRY_VERIFY_WITH_TIMEOUT(radioNamed(page, u"pupilGroupBox"_s, blocked), serverTimeoutMs);
    QVERIFY(!radioNamed(page, u"pupilGroupBox"_s, blocked)->isEnabled());
    // Typed, the ENT's own sentence.
    QTest::mouseClick(on<QLineEdit>(page, u"identifierLineEdit"_s), Qt::LeftButton);
    QTest::keyClicks(on<QLineEdit>(page, u"identifierLineEdit"_s), u"lea.bloquee"_s);
    QVERIFY(makeCode(page).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(on<QLabel>(page, u"messageLabel"_s)->text().contains(u"il est bloqué"_s), serverTimeoutMs);
    QCOMPARE(page->step(), HelpPupilPage::Step::Confirm);
}

QTEST_MAIN(TestStaffCodeEndToEnd)
#include "tst_staffcode_e2e.moc"
