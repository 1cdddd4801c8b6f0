#include "gui/account/AccountPage.h"
#include "gui/account/ForcedPasswordPage.h"
#include "gui/account/TermsPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookieJar>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using Response = FakeHttpServer::Response;

namespace {

constexpr auto xsrf = "0b5c6a1e-xsrf";

QByteArray mailState(const QByteArray& emailState, const QByteArray& email = "old@exemple.fr")
{
    return R"({"email":")" + email + R"(","emailState":)" + emailState + R"(,"firstName":"Adèle",)"
           + R"("lastName":"Adams","displayName":"Adèle Adams","waitInSeconds":10})";
}

} // namespace

// Mon compte against the fake ENT, by mouse and keyboard: password change, recovery e-mail, sign out everywhere.
class TestAccount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void changePassword();
    void changePasswordRefusedClearsFields();
    void changePasswordWithoutSessionEndsIt();
    void recoveryMailChange();
    void recoveryMailFailures();
    void signOutEverywhereNeedsConfirmation();
    void tabOrderAndNames();
    void keyboardTargetsAndLanguage();
    void forcedPasswordChange();
    void termsRefusedWipes();
    void termsAccepted();
    void termsAcceptanceRefusedByTheEnt();

private:
    // Signs Adèle in and opens Mon compte.
    bool openAccount();
    bool signIn();
    void requireSteps(bool forceChangePassword, bool needRevalidateTerms);
    template <typename T> T* child(const QString& name) const { return KioskHarness::findIn<T>(page(), name); }
    AccountPage* page() const { return m_kiosk->window.accountPage(); }
    void type(const QString& field, const QString& text)
    {
        QTest::keyClicks(child<PasswordField>(field)->lineEdit(), text);
    }
    void click(const QString& button)
    {
        auto* b = child<QAbstractButton>(button);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    std::unique_ptr<FakeEnt> m_ent;
    std::unique_ptr<KioskHarness> m_kiosk;
};

void TestAccount::init()
{
    m_kiosk.reset();
    m_ent = std::make_unique<FakeEnt>();
    m_ent->server().on("GET", "/directory/user/mailstate",
                       Response::json(mailState(R"({"state":"valid","valid":"old@exemple.fr"})")));
    // ENT Core's success: the 302 to the callback sent (ENT protocol §3.13, §17 item 1).
    m_ent->server().on("POST", "/auth/changePassword",
                       Response::redirect(m_ent->url().toEncoded() + "/userbook/mon-compte"));
    m_ent->server().on("DELETE", "/auth/sessions", Response::json("{}"));
    m_kiosk = std::make_unique<KioskHarness>(m_ent->config());
}

bool TestAccount::signIn()
{
    if (!m_kiosk->showActive())
        return false;
    m_kiosk->typeCredentials(u"adele.adams"_s, u"ancien2024"_s);
    m_kiosk->clickSignIn();
    return QTest::qWaitFor([this] { return m_kiosk->session.isSignedIn(); });
}

void TestAccount::requireSteps(bool forceChangePassword, bool needRevalidateTerms)
{
    const auto flag = [](bool on) { return on ? QByteArray("true") : QByteArray("false"); };
    m_ent->server().on("GET", "/auth/user/requirements",
                       Response::json(R"({"forceChangePassword":)" + flag(forceChangePassword)
                                      + R"(,"needRevalidateTerms":)" + flag(needRevalidateTerms)
                                      + R"(,"needRevalidateEmail":false,"needRevalidateMobile":false,"needMfa":false})"));
}

bool TestAccount::openAccount()
{
    if (!signIn())
        return false;
    if (!QTest::qWaitFor([this] { return m_kiosk->window.currentPage() == m_kiosk->window.signedInPage(); }))
        return false;
    auto* account = m_kiosk->find<QAbstractButton>(u"accountButton"_s);
    if (!account || !account->isVisible())
        return false;
    QTest::mouseClick(account, Qt::LeftButton);
    return m_kiosk->window.currentPage() == page();
}

void TestAccount::changePassword()
{
    QVERIFY(openAccount());
    QTRY_COMPARE(QApplication::focusWidget(), child<PasswordField>(u"oldPasswordField"_s)->lineEdit());
    auto* button = child<QAbstractButton>(u"changePasswordButton"_s);
    QVERIFY(!button->isEnabled());
    type(u"oldPasswordField"_s, u"ancien2024"_s);
    type(u"newPasswordField"_s, u"soleil2025"_s);
    QVERIFY(!button->isEnabled()); // the confirmation is still missing
    type(u"confirmationField"_s, u"soleil2025"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    auto* message = child<QLabel>(u"passwordMessageLabel"_s);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), u"info"_s);
    const FakeHttpServer::Request request = m_ent->server().lastRequest("/auth/changePassword");
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("X-XSRF-TOKEN"), QByteArray(xsrf));
    QVERIFY(request.body.contains("oldPassword=ancien2024"));
    QVERIFY(request.body.contains("password=soleil2025"));
    QVERIFY(child<PasswordField>(u"oldPasswordField"_s)->isEmpty());
    QVERIFY(child<PasswordField>(u"newPasswordField"_s)->isEmpty());
    QVERIFY(child<PasswordField>(u"confirmationField"_s)->isEmpty());
    QCOMPARE(m_kiosk->window.currentPage(), page()); // still signed in
}

void TestAccount::changePasswordRefusedClearsFields()
{
    QVERIFY(openAccount());
    m_ent->server().on("POST", "/auth/changePassword",
                       Response::json(R"({"error":{"message":"Le mot de passe actuel est incorrect."}})"));
    type(u"oldPasswordField"_s, u"mauvais2024"_s);
    type(u"newPasswordField"_s, u"soleil2025"_s);
    type(u"confirmationField"_s, u"soleil2025"_s);
    QTest::keyClick(child<PasswordField>(u"confirmationField"_s)->lineEdit(), Qt::Key_Return);

    auto* message = child<QLabel>(u"passwordMessageLabel"_s);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Le mot de passe actuel est incorrect."_s);
    QCOMPARE(message->property("messageKind").toString(), u"error"_s);
    QVERIFY(child<PasswordField>(u"oldPasswordField"_s)->isEmpty());
    QVERIFY(child<PasswordField>(u"newPasswordField"_s)->isEmpty());
    QVERIFY(child<PasswordField>(u"confirmationField"_s)->isEmpty());
    QVERIFY(child<PasswordField>(u"oldPasswordField"_s)->lineEdit()->hasFocus());
}

void TestAccount::changePasswordWithoutSessionEndsIt()
{
    QVERIFY(openAccount());
    m_ent->server().on("POST", "/auth/changePassword",
                       Response::redirect(m_ent->url().toEncoded() + "/auth/login?callback=%2F"));
    type(u"oldPasswordField"_s, u"ancien2024"_s);
    type(u"newPasswordField"_s, u"soleil2025"_s);
    type(u"confirmationField"_s, u"soleil2025"_s);
    click(u"changePasswordButton"_s);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(!m_kiosk->session.isSignedIn());
    QVERIFY(child<PasswordField>(u"oldPasswordField"_s)->isEmpty());
    // Said so on the sign-in screen, the identifier kept to sign in again.
    QCOMPARE(m_kiosk->infoLabel()->text(), u"Votre session sur l'ENT a pris fin. Reconnectez-vous pour continuer."_s);
    QCOMPARE(m_kiosk->loginLineEdit()->text(), u"adele.adams"_s);
}

void TestAccount::recoveryMailChange()
{
    QVERIFY(openAccount());
    auto* current = child<QLabel>(u"currentMailLabel"_s);
    auto* state = child<QLabel>(u"mailStateLabel"_s);
    // The addresses are masked on the shared screen (ENT protocol §16.15), what is typed is not.
    QTRY_VERIFY(current->text().contains(u"o…d@exemple.fr"_s));
    QVERIFY(!current->text().contains(u"old@"_s));
    QVERIFY(state->isVisible());
    QVERIFY(!child<QWidget>(u"codeWidget"_s)->isVisible());

    // The new address: PUT, then the state from GET.
    m_ent->server().on("PUT", "/directory/user/mailstate", Response::html(""));
    m_ent->server().on("GET", "/directory/user/mailstate",
                       Response::json(mailState(R"({"state":"pending","pending":"nouvelle@exemple.fr",)"
                                                R"("valid":"old@exemple.fr","ttl":587,"tries":5})")));
    auto* mail = child<QLineEdit>(u"newMailLineEdit"_s);
    mail->setFocus();
    QTest::keyClicks(mail, u"nouvelle@exemple.fr"_s);
    QCOMPARE(mail->text(), u"nouvelle@exemple.fr"_s);
    QCOMPARE(mail->echoMode(), QLineEdit::Normal);
    QTest::keyClick(mail, Qt::Key_Return);
    auto* codeWidget = child<QWidget>(u"codeWidget"_s);
    QTRY_VERIFY(codeWidget->isVisible());
    const FakeHttpServer::Request put = m_ent->server().lastRequest("/directory/user/mailstate");
    QCOMPARE(m_ent->server().requests("/directory/user/mailstate").at(1).method, QByteArray("PUT"));
    QVERIFY(m_ent->server().requests("/directory/user/mailstate").at(1).body.contains("nouvelle@exemple.fr"));
    QCOMPARE(m_ent->server().requests("/directory/user/mailstate").at(1).header("X-XSRF-TOKEN"), QByteArray(xsrf));
    Q_UNUSED(put)
    auto* info = child<QLabel>(u"codeInfoLabel"_s);
    QVERIFY(info->text().contains(u"9:4"_s)); // 587 s, maybe a tick less
    QVERIFY(info->text().contains(u'5'));
    QVERIFY(state->text().contains(u"n…e@exemple.fr"_s));
    QVERIFY(!state->text().contains(u"nouvelle"_s));
    QVERIFY(child<QLabel>(u"oldAddressNoteLabel"_s)->isVisible());
    QTRY_VERIFY(child<QLineEdit>(u"codeLineEdit"_s)->hasFocus());
    QVERIFY(mail->text().isEmpty());

    // A wrong code: still pending, one try fewer.
    m_ent->server().on("POST", "/directory/user/mailstate",
                       Response::json(R"({"state":"pending","valid":"old@exemple.fr","tries":4,"ttl":500})"));
    auto* code = child<QLineEdit>(u"codeLineEdit"_s);
    QTest::keyClicks(code, u"111111"_s);
    QTest::keyClick(code, Qt::Key_Return);
    auto* message = child<QLabel>(u"mailMessageLabel"_s);
    QTRY_VERIFY(message->isVisible());
    QTRY_VERIFY(info->text().contains(u'4'));
    QVERIFY(info->text().contains(u"8:"_s));
    QVERIFY(codeWidget->isVisible());
    QVERIFY(code->text().isEmpty());
    QVERIFY(state->text().contains(u"n…e@exemple.fr"_s));

    // The right code: valid, the new address is the current one.
    m_ent->server().on("POST", "/directory/user/mailstate",
                       Response::json(R"({"state":"valid","valid":"nouvelle@exemple.fr"})"));
    QTest::keyClicks(code, u"424242"_s);
    click(u"submitCodeButton"_s);
    QTRY_VERIFY(!codeWidget->isVisible());
    QVERIFY(current->text().contains(u"n…e@exemple.fr"_s));
    QVERIFY(!current->text().contains(u"nouvelle"_s));
    QVERIFY(m_ent->server().lastRequest("/directory/user/mailstate").body.contains("424242"));
    QVERIFY(message->isVisible());
}

// A PUT the ENT refuses: its reason, the typed address kept to correct, the fields and the button usable again. A POST
// answered by the login page: the session is gone, the full wipe.
void TestAccount::recoveryMailFailures()
{
    QVERIFY(openAccount());
    QTRY_VERIFY(child<QLabel>(u"currentMailLabel"_s)->text().contains(u"o…d@exemple.fr"_s));
    m_ent->server().on("PUT", "/directory/user/mailstate",
                       Response::json(R"({"error":"Adresse refusée par le serveur de messagerie."})", 500));
    auto* mail = child<QLineEdit>(u"newMailLineEdit"_s);
    auto* send = child<QAbstractButton>(u"sendMailButton"_s);
    auto* message = child<QLabel>(u"mailMessageLabel"_s);
    mail->setFocus();
    QTest::keyClicks(mail, u"nouvelle@exemple.fr"_s);
    const QString idleText = send->text();
    click(u"sendMailButton"_s);
    QVERIFY(!mail->isEnabled());
    QVERIFY(!send->isEnabled());
    QVERIFY(send->text() != idleText);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(mail->isEnabled());
    QVERIFY(child<QLineEdit>(u"codeLineEdit"_s)->isEnabled());
    QCOMPARE(mail->text(), u"nouvelle@exemple.fr"_s);
    QVERIFY(send->isEnabled());
    QCOMPARE(send->text(), idleText);
    QVERIFY(!child<QWidget>(u"codeWidget"_s)->isVisible());
    QVERIFY(m_kiosk->session.isSignedIn());

    m_ent->server().on("PUT", "/directory/user/mailstate", Response::html(""));
    m_ent->server().on("GET", "/directory/user/mailstate",
                       Response::json(mailState(R"({"state":"pending","pending":"nouvelle@exemple.fr",)"
                                                R"("valid":"old@exemple.fr","ttl":587,"tries":5})")));
    click(u"sendMailButton"_s);
    QTRY_VERIFY(child<QWidget>(u"codeWidget"_s)->isVisible());
    m_ent->server().on("POST", "/directory/user/mailstate",
                       Response::redirect(m_ent->url().toEncoded() + "/auth/login?callback=%2F"));
    QTest::keyClicks(child<QLineEdit>(u"codeLineEdit"_s), u"424242"_s);
    click(u"submitCodeButton"_s);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(!m_kiosk->session.isSignedIn());
    QVERIFY(child<QLabel>(u"currentMailLabel"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(u"codeLineEdit"_s)->text().isEmpty());
}

void TestAccount::signOutEverywhereNeedsConfirmation()
{
    QVERIFY(openAccount());
    auto* confirm = child<QWidget>(u"confirmWidget"_s);
    QVERIFY(!confirm->isVisible());
    click(u"signOutEverywhereButton"_s);
    QVERIFY(confirm->isVisible());
    QVERIFY(child<QLabel>(u"confirmLabel"_s)->text().contains(u"phone"_s)
            || child<QLabel>(u"confirmLabel"_s)->text().contains(u"téléphone"_s));
    QCOMPARE(m_ent->server().count("/auth/sessions"), 0);
    click(u"cancelSignOutEverywhereButton"_s);
    QVERIFY(!confirm->isVisible());
    QCOMPARE(m_ent->server().count("/auth/sessions"), 0);

    click(u"signOutEverywhereButton"_s);
    click(u"confirmSignOutEverywhereButton"_s);
    QTRY_COMPARE(m_ent->server().count("/auth/sessions"), 1);
    const FakeHttpServer::Request request = m_ent->server().lastRequest("/auth/sessions");
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.header("X-XSRF-TOKEN"), QByteArray(xsrf));
    QTRY_VERIFY(child<QLabel>(u"sessionsMessageLabel"_s)->isVisible());
    QVERIFY(!confirm->isVisible());
    QVERIFY(m_kiosk->session.isSignedIn()); // this terminal stays signed in

    // Sign out wipes the page.
    click(u"accountSignOutButton"_s);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(!child<QLabel>(u"sessionsMessageLabel"_s)->isVisibleTo(page()));
    QVERIFY(child<QLabel>(u"currentMailLabel"_s)->text().isEmpty());
    QVERIFY(m_kiosk->session.client().cookieJar()->cookiesForUrl(m_ent->url()).isEmpty());
}

void TestAccount::tabOrderAndNames()
{
    QVERIFY(openAccount());
    const QList<QWidget*> stops = tabStops(page());
    QVERIFY(!stops.isEmpty());
    for (QWidget* widget : stops) {
        const QString name = visibleName(page(), widget);
        QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(widget->accessibleName(), name);
    }
    // Tab goes through the password section in reading order.
    QTRY_COMPARE(QApplication::focusWidget(), child<PasswordField>(u"oldPasswordField"_s)->lineEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<PasswordField>(u"newPasswordField"_s)->lineEdit());
}

void TestAccount::keyboardTargetsAndLanguage()
{
    QVERIFY(signIn());
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.signedInPage());
    auto* account = m_kiosk->find<QAbstractButton>(u"accountButton"_s);
    account->setFocus(Qt::TabFocusReason);
    QTest::keyClick(account, Qt::Key_Space);
    QTRY_COMPARE(m_kiosk->window.currentPage(), page());
    QTRY_VERIFY(child<QLabel>(u"currentMailLabel"_s)->text().contains(u"o…d@exemple.fr"_s));
    for (QWidget* widget : tabStops(page()))
        QVERIFY2(widget->height() >= 48,
                 qPrintable(u"%1 is %2 px high"_s.arg(widget->objectName()).arg(widget->height())));

    type(u"oldPasswordField"_s, u"ancien2024"_s);
    QTest::mouseClick(m_kiosk->languageButton(u"en"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(u"titleLabel"_s)->text(), u"My account"_s);
    QCOMPARE(child<QAbstractButton>(u"signOutEverywhereButton"_s)->text(), u"Sign out of all my devices"_s);
    QVERIFY(child<QLabel>(u"currentMailLabel"_s)->text().startsWith(u"Current address"_s));

    // Back to the signed-in screen: the page forgets what was typed.
    child<QAbstractButton>(u"backButton"_s)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(child<QAbstractButton>(u"backButton"_s), Qt::Key_Space);
    QCOMPARE(m_kiosk->window.currentPage(), m_kiosk->window.signedInPage());
    QVERIFY(child<PasswordField>(u"oldPasswordField"_s)->isEmpty());
    QVERIFY(child<QLabel>(u"currentMailLabel"_s)->text().isEmpty());
}

void TestAccount::forcedPasswordChange()
{
    requireSteps(true, false);
    QVERIFY(signIn());
    ForcedPasswordPage* forced = m_kiosk->window.forcedPasswordPage();
    QTRY_COMPARE(m_kiosk->window.currentPage(), forced);
    const auto field = [forced](const QString& name) { return KioskHarness::findIn<PasswordField>(forced, name); };
    QTRY_COMPARE(QApplication::focusWidget(), field(u"oldPasswordField"_s)->lineEdit());
    auto* button = KioskHarness::findIn<QAbstractButton>(forced, u"changePasswordButton"_s);
    QVERIFY(!button->isEnabled());
    for (QWidget* widget : tabStops(forced)) {
        const QString name = visibleName(forced, widget);
        QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(widget->accessibleName(), name);
        QVERIFY2(widget->height() >= 48, qPrintable(widget->objectName()));
    }
    QTest::keyClicks(field(u"oldPasswordField"_s)->lineEdit(), u"ancien2024"_s);
    QTest::keyClicks(field(u"newPasswordField"_s)->lineEdit(), u"soleil2025"_s);
    QTest::keyClicks(field(u"confirmationField"_s)->lineEdit(), u"soleil2025"_s);
    QVERIFY(button->isEnabled());
    QTest::keyClick(field(u"confirmationField"_s)->lineEdit(), Qt::Key_Return);

    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    const FakeHttpServer::Request reset = m_ent->server().lastRequest("/auth/reset");
    QVERIFY(reset.body.contains("forceChange=force"));
    QVERIFY(reset.body.contains("oldPassword=ancien2024"));
    QVERIFY(!m_kiosk->session.isSignedIn());
    QCOMPARE(m_kiosk->loginLineEdit()->text(), u"adele.adams"_s);
    QVERIFY(m_kiosk->infoLabel()->isVisible());
    QCOMPARE(m_kiosk->infoLabel()->text(), ForcedPasswordPage::successMessage());
    QVERIFY(field(u"oldPasswordField"_s)->isEmpty());
    QVERIFY(field(u"newPasswordField"_s)->isEmpty());
    QVERIFY(m_kiosk->session.client().cookieJar()->cookiesForUrl(m_ent->url()).isEmpty());
}

void TestAccount::termsRefusedWipes()
{
    requireSteps(false, true);
    QVERIFY(signIn());
    TermsPage* terms = m_kiosk->window.termsPage();
    QTRY_COMPARE(m_kiosk->window.currentPage(), terms);
    QVERIFY(!m_kiosk->session.client().cookieJar()->cookiesForUrl(m_ent->url()).isEmpty());
    const auto checkNames = [](QWidget* shown) {
        for (QWidget* widget : tabStops(shown)) {
            const QString name = visibleName(shown, widget);
            QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName()));
            QCOMPARE(widget->accessibleName(), name);
            QVERIFY2(widget->height() >= 48, qPrintable(widget->objectName()));
        }
    };
    checkNames(terms);
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(terms, u"refuseButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(!m_kiosk->session.isSignedIn());
    QVERIFY(m_kiosk->session.client().cookieJar()->cookiesForUrl(m_ent->url()).isEmpty());
    QVERIFY(m_kiosk->loginLineEdit()->text().isEmpty());
    QVERIFY(m_kiosk->passwordLineEdit()->text().isEmpty());
    QVERIFY(m_kiosk->greetingLabel()->text().isEmpty());
    QTRY_COMPARE(m_ent->server().count("/auth/logout"), 1);
}

void TestAccount::termsAccepted()
{
    requireSteps(false, true);
    QVERIFY(signIn());
    TermsPage* terms = m_kiosk->window.termsPage();
    QTRY_COMPARE(m_kiosk->window.currentPage(), terms);
    m_ent->server().on("PUT", "/auth/cgu/revalidate", Response::json(QByteArray(), 204));
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(terms, u"acceptButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.signedInPage());
    QVERIFY(m_kiosk->session.isSignedIn());
    const auto sent = m_ent->server().requests("/auth/cgu/revalidate");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("PUT"));
    QVERIFY(!sent.first().header("x-xsrf-token").isEmpty());
}

void TestAccount::termsAcceptanceRefusedByTheEnt()
{
    requireSteps(false, true);
    QVERIFY(signIn());
    TermsPage* terms = m_kiosk->window.termsPage();
    QTRY_COMPARE(m_kiosk->window.currentPage(), terms);
    m_ent->server().on("PUT", "/auth/cgu/revalidate", Response::json(R"({"error":"unexpected"})", 500));
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(terms, u"acceptButton"_s), Qt::LeftButton);
    auto* error = KioskHarness::findIn<MessageLabel>(terms, u"errorLabel"_s);
    QTRY_VERIFY(!error->text().isEmpty());
    QCOMPARE(m_kiosk->window.currentPage(), terms); // not signed in past terms the ENT did not record
    QVERIFY(m_kiosk->session.isSignedIn());

    // The ENT no longer knows the session: the full wipe.
    m_ent->server().on("PUT", "/auth/cgu/revalidate", Response::redirect(m_ent->url().toEncoded() + "/auth/login"));
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(terms, u"acceptButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(!m_kiosk->session.isSignedIn());
}

QTEST_MAIN(TestAccount)
#include "tst_account.moc"
