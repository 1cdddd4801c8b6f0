// "Aider un élève" (issue #16) against the fake ENT, by mouse and keyboard: the entry for adults only, the classes and
// the class list as radio buttons (homonyms, accounts not activated), every refusal in words (not their class, the ENT
// down, the session ended), and the hand-over's wipe.
#include "gui/account/HelpPupilPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookieJar>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using Response = FakeHttpServer::Response;
using namespace std::chrono_literals;

namespace {

const QByteArray teacherInfo =
    R"({"userId":"t1","login":"helene.durand","username":"Hélène Durand","firstName":"Hélène","lastName":"Durand",)"
    R"("type":"ENSEIGNANT","structureNames":["Lycée Jules Verne"],"structures":["s1"],)"
    R"("classes":["c-2nde3","c-1re2"],"classNames":["0800001A$2nde 3","0800001A$1re 2"]})";

const QByteArray classList =
    R"([{"id":"p1","lastName":"Martin","firstName":"Lucas","displayName":"Lucas Martin","login":"lucas.martin",)"
    R"("originalLogin":"lucas.martin","hasEmail":false,"activationCode":null,"birthDate":null,"lastLogin":null,)"
    R"("type":"Student","blocked":false,"source":"AAF","relativeList":[]},)"
    R"({"id":"p2","lastName":"Martin","firstName":"Lucas","displayName":"Lucas Martin","login":"lucas.martin2",)"
    R"("originalLogin":"lucas.martin2","hasEmail":false,"activationCode":null,"type":"Student","blocked":false},)"
    R"({"id":"p3","lastName":"Roux","firstName":"Zoé","displayName":"Zoé Roux","login":"zoe.roux",)"
    R"("originalLogin":"zoe.roux","hasEmail":false,"activationCode":"abcd1234","type":"Student","blocked":false},)"
    R"({"id":"t1","lastName":"Durand","firstName":"Hélène","login":"helene.durand","originalLogin":"helene.durand",)"
    R"("type":"Teacher","activationCode":null,"blocked":false}])";

} // namespace

class TestHelpPupil final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aPupilNeverSeesTheEntry();
    void classesAndPupilsAreRadioButtons();
    void refusalsAreSaid();
    void anEndedSessionGoesBackToSignIn();
    void handOverWipesTheAdult();
    void idleLogoutWipesTheAdultAndTheCode();

private:
    bool signIn();
    HelpPupilPage* open();
    QList<QRadioButton*> radios(const QString& group) const
    {
        return on<QGroupBox>(page(), group)->findChildren<QRadioButton*>();
    }
    QRadioButton* radio(const QString& group, const QString& text) const
    {
        for (QRadioButton* r : radios(group)) {
            if (r->text() == text)
                return r;
        }
        return nullptr;
    }
    HelpPupilPage* page() const { return m_kiosk->window.helpPupilPage(); }
    QString message() const { return on<QLabel>(page(), u"messageLabel"_s)->text(); }
    void askCodeFor(const QString& login);

    std::unique_ptr<FakeEnt> m_ent;
    std::unique_ptr<KioskHarness> m_kiosk;
};

void TestHelpPupil::init()
{
    m_kiosk.reset();
    m_ent = std::make_unique<FakeEnt>();
    m_ent->server().on("GET", "/auth/oauth2/userinfo", Response::json(teacherInfo));
    m_ent->server().on("GET", "/directory/class/c-2nde3/users", Response::json(classList));
    m_ent->server().on("POST", "/auth/generatePasswordRenewalCode", Response::json(R"({"renewalCode":"k3m9p7tx"})"));
    m_kiosk = std::make_unique<KioskHarness>(m_ent->config());
}

bool TestHelpPupil::signIn()
{
    if (!m_kiosk->showActive(QSize(1366, 768)))
        return false;
    m_kiosk->typeCredentials(u"helene.durand"_s, u"ancien2024"_s);
    m_kiosk->clickSignIn();
    return QTest::qWaitFor([this] { return m_kiosk->window.currentPage() == m_kiosk->window.signedInPage(); });
}

HelpPupilPage* TestHelpPupil::open()
{
    if (!signIn())
        return nullptr;
    auto* button = on<QAbstractButton>(m_kiosk->window.signedInPage(), u"helpPupilButton"_s);
    if (!button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_kiosk->window.currentPage() == page() ? page() : nullptr;
}

void TestHelpPupil::askCodeFor(const QString& login)
{
    auto* field = on<QLineEdit>(page(), u"identifierLineEdit"_s);
    field->clear();
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, login);
    QTest::keyClick(field, Qt::Key_Return); // Enter goes on, as Continuer
    QCOMPARE(page()->step(), HelpPupilPage::Step::Confirm);
    QVERIFY(on<QLabel>(page(), u"confirmLabel"_s)->text().contains(login));
    QTest::mouseClick(on<QAbstractButton>(page(), u"makeCodeButton"_s), Qt::LeftButton);
}

void TestHelpPupil::aPupilNeverSeesTheEntry()
{
    m_ent->server().on("GET", "/auth/oauth2/userinfo",
                       Response::json(R"({"userId":"u1","login":"adele.adams","username":"Adèle Adams",)"
                                      R"("type":"ELEVE","classes":["c-2nde3"],"classNames":["S$2nde 3"]})"));
    QVERIFY(signIn());
    QVERIFY(!on<QAbstractButton>(m_kiosk->window.signedInPage(), u"helpPupilButton"_s)->isVisible());
    QVERIFY(!on<QAbstractButton>(m_kiosk->window.signedInPage(), u"accountButton"_s)->isHidden());
}

void TestHelpPupil::classesAndPupilsAreRadioButtons()
{
    QVERIFY(open());
    QCOMPARE(on<QLabel>(page(), u"titleLabel"_s)->text(), u"Aider un élève"_s);
    QStringList classes;
    for (const QRadioButton* r : radios(u"classGroupBox"_s))
        classes.append(r->text());
    QCOMPARE(classes, (QStringList{u"2nde 3"_s, u"1re 2"_s})); // the name after '$', in userinfo's order
    QCOMPARE(QApplication::focusWidget(), radios(u"classGroupBox"_s).constFirst());
    QVERIFY(!on<QAbstractButton>(page(), u"continueButton"_s)->isEnabled());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // the keyboard chooses 2nde 3
    QTRY_COMPARE(radios(u"pupilGroupBox"_s).size(), 3);
    QCOMPARE(m_ent->server().lastRequest("/directory/class/c-2nde3/users").method, QByteArray("GET"));
    QVERIFY(radio(u"pupilGroupBox"_s, u"Lucas Martin (lucas.martin)"_s));
    QVERIFY(radio(u"pupilGroupBox"_s, u"Lucas Martin (lucas.martin2)"_s));
    QRadioButton* zoe = radio(u"pupilGroupBox"_s, u"Zoé Roux — compte pas encore activé : utiliser le code d'activation"_s);
    QVERIFY(zoe);
    QVERIFY(!zoe->isEnabled());
    // Every name on the screen is told once.
    QSet<QString> names;
    for (const QRadioButton* r : page()->findChildren<QRadioButton*>()) {
        QVERIFY2(!names.contains(r->accessibleName()), qPrintable(r->accessibleName()));
        names.insert(r->accessibleName());
    }

    QTest::mouseClick(radio(u"pupilGroupBox"_s, u"Lucas Martin (lucas.martin2)"_s), Qt::LeftButton);
    QVERIFY(on<QAbstractButton>(page(), u"continueButton"_s)->isEnabled());
    QTest::mouseClick(on<QAbstractButton>(page(), u"continueButton"_s), Qt::LeftButton);
    QCOMPARE(page()->step(), HelpPupilPage::Step::Confirm);
    QCOMPARE(on<QLabel>(page(), u"confirmLabel"_s)->text(),
             u"Créer un code de nouveau mot de passe pour Lucas Martin, 2nde 3 (identifiant lucas.martin2) ?"_s);
    QTest::mouseClick(on<QAbstractButton>(page(), u"makeCodeButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page()->step(), HelpPupilPage::Step::Code);
    QVERIFY(m_ent->server().lastRequest("/auth/generatePasswordRenewalCode").body.contains("login=lucas.martin2"));
    QCOMPARE(on<QLabel>(page(), u"codeLabel"_s)->text(), u"k3m9-p7tx"_s);
    QCOMPARE(QApplication::focusWidget(), on<QLabel>(page(), u"codeLabel"_s));
}

void TestHelpPupil::refusalsAreSaid()
{
    QVERIFY(open());
    // Not a pupil of their class: the ENT's 401, in words.
    m_ent->server().on("POST", "/auth/generatePasswordRenewalCode", Response::json({}, 401));
    askCodeFor(u"ines.bernard"_s);
    QTRY_VERIFY(message().startsWith(u"L'ENT a refusé : vous ne pouvez créer un code que pour un élève"_s));
    QCOMPARE(page()->step(), HelpPupilPage::Step::Confirm);
    QVERIFY(m_kiosk->session.isSignedIn());
    // The ENT down: the usual sentence, nothing shown as a code.
    m_ent->server().on("POST", "/auth/generatePasswordRenewalCode", Response::close());
    QTest::mouseClick(on<QAbstractButton>(page(), u"makeCodeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!message().isEmpty() && !message().startsWith(u"L'ENT a refusé"_s));
    QCOMPARE(page()->step(), HelpPupilPage::Step::Confirm);
    // A class list the ENT will not show (401).
    m_ent->server().on("GET", "/directory/class/c-1re2/users", Response::json({}, 401));
    QTest::mouseClick(on<QAbstractButton>(page(), u"changeButton"_s), Qt::LeftButton);
    QTest::mouseClick(radio(u"classGroupBox"_s, u"1re 2"_s), Qt::LeftButton);
    QTRY_VERIFY(message().startsWith(u"L'ENT refuse d'afficher la liste de cette classe"_s));
}

void TestHelpPupil::anEndedSessionGoesBackToSignIn()
{
    QVERIFY(open());
    m_ent->server().on("POST", "/auth/generatePasswordRenewalCode",
                       Response::redirect(m_ent->url().toEncoded() + "/auth/login?callback=%2F"));
    askCodeFor(u"lucas.martin"_s);
    QTRY_COMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(!m_kiosk->session.isSignedIn());
    QVERIFY(radios(u"classGroupBox"_s).isEmpty());
}

void TestHelpPupil::handOverWipesTheAdult()
{
    QVERIFY(open());
    askCodeFor(u"lucas.martin"_s);
    QTRY_COMPARE(page()->step(), HelpPupilPage::Step::Code);
    QTest::mouseClick(on<QAbstractButton>(page(), u"handOverButton"_s), Qt::LeftButton);
    QVERIFY(!m_kiosk->session.isSignedIn());
    QVERIFY(m_kiosk->session.client().cookieJar()->cookiesForUrl(m_ent->url()).isEmpty());
    QTRY_VERIFY(!m_ent->server().lastRequest("/auth/logout").method.isEmpty());
    QCOMPARE(m_kiosk->window.currentPage(), m_kiosk->window.resetCodePage());
    QCOMPARE(on<QLineEdit>(m_kiosk->window.resetCodePage(), u"loginLineEdit"_s)->text(), u"lucas.martin"_s);
    QVERIFY(radios(u"classGroupBox"_s).isEmpty());
    QVERIFY(on<QLabel>(page(), u"codeLabel"_s)->text().isEmpty());
    QVERIFY(on<QLineEdit>(page(), u"identifierLineEdit"_s)->text().isEmpty());
    QVERIFY(on<QLabel>(m_kiosk->window.signedInPage(), u"greetingLabel"_s)->text().isEmpty());
}

// The adult walks away with the code on the screen: the idle sign-out applies as to any session, with the same wipe.
void TestHelpPupil::idleLogoutWipesTheAdultAndTheCode()
{
    IdleWatcher::Settings idle;
    idle.idle = 300ms;
    idle.countdownSeconds = 2;
    idle.second = 250ms;
    idle.sessionMax = 0ms;
    m_kiosk = std::make_unique<KioskHarness>(m_ent->config(), App::KioskApplication::Parts{.idle = idle});
    QVERIFY(open());
    askCodeFor(u"lucas.martin"_s);
    QTRY_COMPARE(page()->step(), HelpPupilPage::Step::Code);
    QVERIFY(!on<QLabel>(page(), u"codeLabel"_s)->text().isEmpty());

    QSignalSpy ended(&m_kiosk->session, &KioskSession::ended);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().first().value<KioskSession::EndReason>(), KioskSession::EndReason::Idle);
    QCOMPARE(m_kiosk->window.currentPage(), m_kiosk->window.loginPage());
    QVERIFY(m_kiosk->session.client().cookieJar()->cookiesForUrl(m_ent->url()).isEmpty());
    QVERIFY(on<QLabel>(page(), u"codeLabel"_s)->text().isEmpty());
    QVERIFY(on<QLineEdit>(page(), u"identifierLineEdit"_s)->text().isEmpty());
    QVERIFY(radios(u"classGroupBox"_s).isEmpty());
    QVERIFY(on<QLabel>(m_kiosk->window.signedInPage(), u"greetingLabel"_s)->text().isEmpty());
}

QTEST_MAIN(TestHelpPupil)
#include "tst_helppupil.moc"
