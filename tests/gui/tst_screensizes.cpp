// The screen-size matrix: every screen of the kiosk, in the states that add to it (its messages, its hidden parts
// open), on the displays schools have. One process per display: ctest runs this binary once per size with
// LEOKIOSK_SCREEN=WIDTHxHEIGHT[@SCALE]; main() gives the offscreen platform a screen of that size (and QT_SCALE_FACTOR)
// before the application exists. For each screen: the window is exactly the screen, and every visible button, field
// and non-empty label lies inside the screen, wholly shown (not clipped by a parent, once the page has scrolled it into
// view, and clear of the "More below" cue), its text not cut, at least 48×48 px for what a finger touches, and its
// text at least 16 px.
//
// With LEOKIOSK_SCREENSHOTS=DIR (scripts/screenshots.sh) each screen is also saved as DIR/NN-name.png (and
// NN-name-end.png scrolled to the bottom when it scrolls), and DIR/contact-sheet.png shows them all.
#include "core/config/AssistanceContact.h"
#include "core/ent/UserInfo.h"
#include "gui/account/AccountPage.h"
#include "gui/account/HelpPupilPage.h"
#include "gui/admin/AdminMode.h"
#include "gui/admin/AdminPanelPage.h"
#include "gui/admin/AdminPinPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/shell/AttractScreen.h"
#include "gui/shell/IdleLogout.h"
#include "gui/shell/IdleOverlay.h"
#include "gui/signin/LoginPage.h"
#include "gui/widgets/EntStatusBanner.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PageScrollArea.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <cmath>
#include <functional>
#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int minimumTarget = 48; // px, a finger's touch
constexpr int minimumTextPixels = 16;

// A long message, as the longest the ENT or the kiosk shows (the certificate message, a refusal with the rule).
const QString longMessage = u"Le certificat de l'ENT n'est pas celui attendu : la connexion n'est pas sûre et rien n'a "
                            u"été envoyé. Prévenez la vie scolaire ou le référent numérique de l'établissement."_s;

// The schools the ENT may offer on the lost-identifier screen (ENT protocol §3.9): a list longer than any screen,
// names as long as the ENT's get, an ampersand.
QByteArray manySchools()
{
    const QStringList names{u"Lycée polyvalent Jean Moulin – section d’enseignement professionnel"_s,
                            u"LYCEE GENERAL ET TECHNOLOGIQUE JEAN MOULIN"_s,
                            u"Collège Saint-Jean & Saint-Paul"_s,
                            u"Lycée Condorcet"_s,
                            u"Lycée Fénelon"_s,
                            u"Lycée Jules Verne"_s,
                            u"Lycée Lakanal"_s,
                            u"Lycée professionnel Marie Curie"_s,
                            u"Lycée Victor Hugo"_s};
    QJsonArray structures;
    for (qsizetype i = 0; i < names.size(); ++i)
        structures.append(QJsonObject{{u"structureId"_s, u"s%1"_s.arg(i)}, {u"structureName"_s, names.at(i)}});
    return QJsonDocument(QJsonObject{{u"structures"_s, structures}}).toJson(QJsonDocument::Compact);
}

// Parts of the screens that are hidden until the ENT's answer or the pupil's choice shows them.
const QStringList hiddenParts{u"capsLockLabel"_s, u"channelWidget"_s, u"smsRadioButton"_s,      u"codeReceivedButton"_s,
                              u"cooldownLabel"_s, u"newCodeButton"_s, u"structureWidget"_s,     u"howBuiltLabel"_s,
                              u"cguWidget"_s,     u"codeWidget"_s,    u"oldAddressNoteLabel"_s, u"confirmWidget"_s};

QString requestedScreen()
{
    return qEnvironmentVariable("LEOKIOSK_SCREEN", u"1024x768"_s);
}

QSize requestedSize(qreal* scale = nullptr)
{
    static const QRegularExpression form(u"^(\\d+)x(\\d+)(?:@(\\d+(?:\\.\\d+)?))?$"_s);
    const QRegularExpressionMatch match = form.match(requestedScreen());
    if (!match.hasMatch())
        qFatal("LEOKIOSK_SCREEN must be WIDTHxHEIGHT[@SCALE], not %s", qPrintable(requestedScreen()));
    if (scale)
        *scale = match.captured(3).isEmpty() ? 1.0 : match.captured(3).toDouble();
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

QRect windowRect(const QWidget* widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

// The part of the window where `widget` can be seen: its own rectangle cut by every parent's.
QRect visibleRect(const QWidget* widget)
{
    QRect visible = windowRect(widget);
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        visible &= windowRect(parent);
    return visible;
}

PageScrollArea* pageScrollAreaOf(const QWidget* widget)
{
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* area = qobject_cast<PageScrollArea*>(parent))
            return area;
    }
    return nullptr;
}

// Widgets inside another widget's own machinery (a field's clear button, a scroll area's inner page) are that widget's
// business: the matrix looks at the outer one.
bool isInternal(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QComboBox*>(parent))
            return true;
        if (qobject_cast<const QAbstractScrollArea*>(parent) && !qobject_cast<const PageScrollArea*>(parent))
            return true;
    }
    return false;
}

QString describe(const QWidget* widget)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text();
    return u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                 text.left(40));
}

// What the matrix checks on a screen: every visible button, field and non-empty label.
QList<QWidget*> checkedWidgets(const QWidget* root)
{
    QList<QWidget*> widgets;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* widget : all) {
        if (!widget->isVisible() || isInternal(widget))
            continue;
        if (const auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().trimmed().isEmpty())
                continue;
            widgets.append(widget);
        } else if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                   qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractScrollArea*>(widget)) {
            if (qobject_cast<PageScrollArea*>(widget))
                continue;
            widgets.append(widget);
        }
    }
    return widgets;
}

// WCAG 2.1's contrast ratio, of a colour (its transparency over `background`) on `background`.
double contrast(QColor colour, const QColor& background)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const auto luminance = [&linear](const QColor& c) {
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double a = colour.alphaF();
    colour = QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                              float(colour.greenF() * a + background.greenF() * (1 - a)),
                              float(colour.blueF() * a + background.blueF() * (1 - a)));
    const double l1 = luminance(colour);
    const double l2 = luminance(background);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

bool isTouchTarget(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget);
}

} // namespace

class TestScreenSizes final : public QObject
{
    Q_OBJECT

private:
    struct Screen
    {
        QString name;
        std::function<QWidget*()> open; // shows the screen; returns what to check (the window, or the overlay)
    };

    // Every message label of `page` shows a long message, and its hidden parts are open.
    static void fillEverything(QWidget* page)
    {
        for (auto* message : page->findChildren<MessageLabel*>())
            message->showMessage([] { return longMessage; });
        for (const QString& name : hiddenParts) {
            for (auto* part : page->findChildren<QWidget*>(name))
                part->show();
        }
        // « Facile à lire » on, where the screen has it: its steps and pictograms above the form (issue #17).
        for (auto* easyRead : page->findChildren<QAbstractButton*>(u"easyReadSwitch"_s)) {
            if (!easyRead->isChecked())
                easyRead->click();
        }
    }

    QWidget* openPage(KioskPage* page, bool everything = false)
    {
        m_kiosk->window.showPage(page);
        if (everything)
            fillEverything(page);
        return &m_kiosk->window;
    }

    QList<Screen> screens();
    void resetKiosk();
    void save(const QString& name, QWidget* root);
    void writeContactSheet();

    FakeEnt m_ent;
    // The languages the kiosk ships (its default configuration) and the pseudo-language.
    static QStringList languages()
    {
        return KioskConfig().languages + QStringList{QString::fromLatin1(LanguageManager::pseudoLanguage)};
    }
    // LEOKIOSK_SCREENSHOT_LANGUAGES (comma-separated; French, Arabic and the pseudo-language when unset): the
    // languages whose screens are saved with LEOKIOSK_SCREENSHOTS.
    static QStringList screenshotLanguages()
    {
        const QString wanted = qEnvironmentVariable("LEOKIOSK_SCREENSHOT_LANGUAGES", u"fr,ar,qps"_s);
        return wanted.split(u',', Qt::SkipEmptyParts);
    }

    std::unique_ptr<KioskHarness> m_kiosk;
    QString m_shotsDir;
    QStringList m_shots;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowIsTheScreen();
    void everyScreenFits_data();
    void everyScreenFits();
    void focusScrollsIntoViewAndTheCueFollows();
};

void TestScreenSizes::initTestCase()
{
    qreal scale = 1;
    const QSize size = requestedSize(&scale);
    QScreen* screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->size(), size / scale); // the platform was given the screen asked for
    QCOMPARE(screen->devicePixelRatio(), scale);

    KioskConfig config = m_ent.config();
    config.languages = languages();
    config.siteName = u"Lycée polyvalent Jean Moulin"_s;
    config.helpUrl = QUrl(u"https://aide.leo-ent.example/mot-de-passe-oublie"_s);
    config.attractScreen = true;
    QString error;
    const auto contacts = AssistanceContact::parseList(
        u"Vie scolaire (CPE)|Bâtiment A, rez-de-chaussée, bureau 012|Lundi au vendredi, 7 h 45 – 17 h 30|01 99 00 41 "
        u"20|"
        u"vie-scolaire@lycee-jean-moulin.example; Référent numérique – M. Martin|CDI, salle 104|Mardi et jeudi, 10 h – "
        u"12 h||referent-numerique@lycee-jean-moulin.example; Secrétariat de direction|Bâtiment administratif, "
        u"accueil|Lundi au vendredi, 8 h – 12 h et 13 h 30 – 17 h|01 99 00 41 00|"_s,
        error);
    QVERIFY2(contacts, qPrintable(error));
    config.supportContacts = *contacts;
    m_kiosk = std::make_unique<KioskHarness>(config);
    m_kiosk->app().show(); // as the program shows it: full screen, on the screen's geometry
    QApplication::setActiveWindow(&m_kiosk->window);
    QVERIFY(QTest::qWaitForWindowActive(&m_kiosk->window));

    // « Écouter » in the header, as on a kiosk with voices (the test runs through tests/support/with-speech.sh): the
    // engine starts after the first frame, as the program starts it.
    m_kiosk->window.readAloud().start();
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->find<QWidget>(u"readAloudButton"_s)->isVisible(), 15000);

    m_shotsDir = qEnvironmentVariable("LEOKIOSK_SCREENSHOTS");
    if (!m_shotsDir.isEmpty())
        QVERIFY(QDir().mkpath(m_shotsDir));
}

void TestScreenSizes::cleanupTestCase()
{
    if (!m_shotsDir.isEmpty())
        writeContactSheet();
    m_kiosk.reset();
}

void TestScreenSizes::resetKiosk()
{
    IdleOverlay* overlay = m_kiosk->app().idleLogout().overlay();
    if (overlay && overlay->isVisible())
        overlay->dismiss();
    Q_EMIT m_kiosk->session.reachability().reachable();
    m_kiosk->window.resetAllPages();
    for (auto* area : m_kiosk->window.findChildren<PageScrollArea*>())
        area->verticalScrollBar()->setValue(0);
}

QList<TestScreenSizes::Screen> TestScreenSizes::screens()
{
    MainWindow& w = m_kiosk->window;
    UserInfo user;
    user.login = u"adele.adams"_s;
    user.displayName = u"Adèle Adams-Delacroix de la Tour"_s;
    user.firstName = u"Adèle"_s;
    user.lastName = u"Adams-Delacroix de la Tour"_s;
    user.type = u"ELEVE"_s;
    user.schools = {u"Lycée polyvalent Jean Moulin – section d'enseignement professionnel"_s};
    user.classes = {u"Terminale STMG 2"_s, u"Option latin"_s};
    const auto signedIn = [this, &w, user](bool everything) {
        w.signedInPage()->showUser(user);
        return openPage(w.signedInPage(), everything);
    };
    // "Aider un élève" for a teacher of four classes, before any class list is read.
    const auto helpPupil = [this, &w](bool everything) {
        UserInfo teacher;
        teacher.login = u"helene.durand"_s;
        teacher.type = u"ENSEIGNANT"_s;
        teacher.classIds = {u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s};
        teacher.classIdNames = {u"Terminale STMG 2"_s, u"1re 2"_s, u"2nde 3"_s, u"Option latin"_s};
        w.helpPupilPage()->open(teacher);
        return openPage(w.helpPupilPage(), everything);
    };
    return {
        {u"login"_s, [this, &w] { return openPage(w.loginPage()); }},
        {u"login-error"_s, [this, &w] { return openPage(w.loginPage(), true); }},
        {u"login-ent-down"_s,
         [this, &w] {
             Q_EMIT m_kiosk->session.reachability().unreachable();
             return openPage(w.loginPage(), true);
         }},
        {u"help"_s, [this, &w] { return openPage(w.helpPage()); }},
        {u"forgot-password"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::LostPassword);
             return &w;
         }},
        {u"forgot-password-all"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::LostPassword);
             fillEverything(w.forgotPasswordPage());
             return &w;
         }},
        {u"reset-code"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::ReceivedCode);
             return &w;
         }},
        {u"reset-code-all"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::ReceivedCode);
             fillEverything(w.resetCodePage());
             return &w;
         }},
        {u"new-password"_s,
         [this, &w] {
             w.newPasswordPage()->open(u"adele.adams"_s, u"12345678"_s);
             return openPage(w.newPasswordPage());
         }},
        {u"new-password-all"_s,
         [this, &w] {
             w.newPasswordPage()->open(u"adele.adams"_s, u"12345678"_s);
             return openPage(w.newPasswordPage(), true);
         }},
        {u"lost-identifier"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::LostIdentifier);
             return &w;
         }},
        {u"lost-identifier-all"_s,
         [this, &w] {
             // The ENT answers with its schools: a radio button each.
             w.openHelpTopic(HelpPage::Topic::LostIdentifier);
             LostIdentifierPage* page = w.lostIdentifierPage();
             m_ent.server().on("POST", "/auth/forgot-id", FakeHttpServer::Response::json(manySchools()));
             QTest::keyClicks(on(page, u"mailLineEdit"_s), u"famille@example.org"_s);
             click(page, u"sendButton"_s);
             if (!QTest::qWaitFor([page] { return page->findChildren<QRadioButton*>().size() == 9; }))
                 return static_cast<QWidget*>(nullptr); // the schools were not shown
             fillEverything(page);
             return static_cast<QWidget*>(&w);
         }},
        {u"still-lost"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::StillLost);
             return &w;
         }},
        {u"assistance"_s,
         [this, &w] {
             w.openHelpTopic(HelpPage::Topic::Assistance);
             return &w;
         }},
        {u"activation"_s,
         [this, &w] {
             w.activationPage()->open(u"adele.adams"_s, u"ABCD1234"_s);
             return openPage(w.activationPage());
         }},
        {u"activation-all"_s,
         [this, &w] {
             w.activationPage()->open(u"adele.adams"_s, u"ABCD1234"_s);
             return openPage(w.activationPage(), true);
         }},
        {u"signed-in"_s, [signedIn] { return signedIn(false); }},
        {u"account"_s,
         [this, &w, signedIn] {
             signedIn(false);
             return openPage(w.accountPage());
         }},
        {u"account-all"_s,
         [this, &w, signedIn] {
             signedIn(false);
             return openPage(w.accountPage(), true);
         }},
        {u"help-pupil"_s, [helpPupil] { return helpPupil(false); }},
        {u"help-pupil-all"_s, [helpPupil] { return helpPupil(true); }},
        {u"forced-password"_s,
         [this, &w] {
             w.forcedPasswordPage()->open();
             return openPage(w.forcedPasswordPage());
         }},
        {u"forced-password-all"_s,
         [this, &w] {
             w.forcedPasswordPage()->open();
             return openPage(w.forcedPasswordPage(), true);
         }},
        {u"terms"_s, [this, &w] { return openPage(w.termsPage()); }},
        {u"terms-all"_s, [this, &w] { return openPage(w.termsPage(), true); }},
        {u"idle-countdown"_s,
         [this, &w, signedIn] {
             signedIn(false);
             IdleOverlay* overlay = m_kiosk->app().idleLogout().overlay();
             overlay->showCountdown(30);
             return static_cast<QWidget*>(overlay);
         }},
        {u"admin-pin"_s, [this] { return openPage(m_kiosk->app().adminMode().pinPage()); }},
        {u"admin-pin-all"_s, [this] { return openPage(m_kiosk->app().adminMode().pinPage(), true); }},
        {u"admin-panel-all"_s,
         [this] {
             AdminPanelPage* panel = m_kiosk->app().adminMode().panelPage();
             QStringList report;
             for (int i = 0; i < 40; ++i)
                 report.append(u"ligne %1 du diagnostic : ent_url http://127.0.0.1:8090 (ligne de commande)"_s.arg(i));
             panel->setDiagnostics(report.join(u'\n'));
             return openPage(panel, true);
         }},
        {u"attract"_s,
         [this] {
             m_kiosk->app().attractScreen().show();
             return &m_kiosk->window;
         }},
    };
}

void TestScreenSizes::windowIsTheScreen()
{
    QScreen* screen = m_kiosk->window.screen();
    QTRY_COMPARE(m_kiosk->window.geometry(), screen->geometry());
    QCOMPARE(m_kiosk->window.frameGeometry(), screen->geometry());
    // Nothing in the window asks for more than the screen: the window could not be made to fit otherwise.
    const QSize minimum = m_kiosk->window.minimumSizeHint();
    QVERIFY2(minimum.width() <= screen->size().width() && minimum.height() <= screen->size().height(),
             qPrintable(u"the window needs at least %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
}

void TestScreenSizes::everyScreenFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    // The names only: the screens are built on the kiosk, which exists once initTestCase has run.
    const QStringList names{u"login"_s,
                            u"login-error"_s,
                            u"login-ent-down"_s,
                            u"help"_s,
                            u"forgot-password"_s,
                            u"forgot-password-all"_s,
                            u"reset-code"_s,
                            u"reset-code-all"_s,
                            u"new-password"_s,
                            u"new-password-all"_s,
                            u"lost-identifier"_s,
                            u"lost-identifier-all"_s,
                            u"still-lost"_s,
                            u"assistance"_s,
                            u"activation"_s,
                            u"activation-all"_s,
                            u"signed-in"_s,
                            u"account"_s,
                            u"account-all"_s,
                            u"help-pupil"_s,
                            u"help-pupil-all"_s,
                            u"forced-password"_s,
                            u"forced-password-all"_s,
                            u"terms"_s,
                            u"terms-all"_s,
                            u"idle-countdown"_s,
                            u"admin-pin"_s,
                            u"admin-pin-all"_s,
                            u"admin-panel-all"_s,
                            u"attract"_s};
    // Every screen in every language the kiosk ships, and in the pseudo-language that makes every string 40 % longer
    // (issue #17): "ar/login", "qps/account-all"…
    for (const QString& language : languages()) {
        for (int i = 0; i < names.size(); ++i)
            QTest::newRow(qPrintable(language + u'/' + names[i])) << language << i;
    }
}

void TestScreenSizes::everyScreenFits()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    const QList<Screen> all = screens();
    QVERIFY(index < all.size());
    QCOMPARE(language + u'/' + all[index].name, QString::fromLatin1(QTest::currentDataTag()));
    resetKiosk();
    // After the wipe, which brings the default language back: the screen is opened in this one.
    QVERIFY(m_kiosk->languages.setLanguage(language));
    QCOMPARE(m_kiosk->window.layoutDirection(), LanguageManager::layoutDirection(language));
    QWidget* root = all[index].open();
    QVERIFY(root);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();

    MainWindow& window = m_kiosk->window;
    const QRect screen = window.screen()->geometry();
    QCOMPARE(window.geometry(), screen);
    const QRect inWindow(QPoint(0, 0), screen.size());
    if (screenshotLanguages().contains(language))
        save(QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-'), root);

    const QList<QWidget*> widgets = checkedWidgets(root);
    QVERIFY(widgets.size() >= 3);
    QStringList problems;
    for (QWidget* widget : widgets) {
        // An overlay covers the pages: only its own widgets are on show.
        if (root == &window) {
            if (IdleOverlay* overlay = m_kiosk->app().idleLogout().overlay(); overlay && overlay->isVisible())
                break;
        }
        PageScrollArea* area = pageScrollAreaOf(widget);
        if (area)
            area->reveal(widget);
        const QRect rect = windowRect(widget);
        const QString what = describe(widget);
        // Taller than the view (the guide of "Vous êtes toujours perdu ?" on a small screen): its top is shown, the
        // page scrolls through the rest.
        const bool taller = area && rect.height() + 2 * PageScrollArea::revealMargin >
                                        area->viewport()->height() - area->cue()->sizeHint().height();
        if (taller) {
            const QRect visible = visibleRect(widget);
            if (visible.top() != rect.top() || visible.width() != rect.width() || !inWindow.contains(visible))
                problems.append(u"%1, taller than the view, does not show its top"_s.arg(what));
        } else if (!inWindow.contains(rect))
            problems.append(u"%1 at %2,%3 %4×%5 is outside the screen"_s.arg(what)
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(rect.width())
                                .arg(rect.height()));
        else if (visibleRect(widget) != rect)
            problems.append(u"%1 is cut by a parent (%2 of %3 px high shown)"_s.arg(what)
                                .arg(visibleRect(widget).height())
                                .arg(rect.height()));
        if (!taller && area && widget != area->cue() && area->cue()->isVisible() &&
            windowRect(area->cue()).intersects(rect))
            problems.append(u"%1 is under the \"More below\" cue"_s.arg(what));
        // Its words are not cut.
        if (const auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->wordWrap() && label->hasHeightForWidth()) {
                if (label->heightForWidth(label->width()) > label->height())
                    problems.append(u"%1 needs %2 px high, has %3"_s.arg(what)
                                        .arg(label->heightForWidth(label->width()))
                                        .arg(label->height()));
            } else if (!label->wordWrap() && label->minimumSizeHint().width() > label->width()) {
                problems.append(u"%1 needs %2 px wide, has %3"_s.arg(what)
                                    .arg(label->minimumSizeHint().width())
                                    .arg(label->width()));
            }
        } else if (const auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->minimumSizeHint().width() > button->width())
                problems.append(u"%1 needs %2 px wide, has %3"_s.arg(what)
                                    .arg(button->minimumSizeHint().width())
                                    .arg(button->width()));
        }
        if (isTouchTarget(widget) && (widget->width() < minimumTarget || widget->height() < minimumTarget))
            problems.append(
                u"%1 is %2×%3, under %4×%4"_s.arg(what).arg(widget->width()).arg(widget->height()).arg(minimumTarget));
        // A placeholder is text too: 4.5:1 on the white field and on the focused field's yellow.
        if (const auto* field = qobject_cast<QLineEdit*>(widget); field && !field->placeholderText().isEmpty()) {
            const QColor placeholder = field->palette().color(QPalette::PlaceholderText);
            for (const QColor background : {QColor(u"#ffffff"_s), QColor(u"#fff7bf"_s)}) {
                if (contrast(placeholder, background) < 4.5)
                    problems.append(
                        u"%1: placeholder %2 on %3"_s.arg(what, placeholder.name(QColor::HexArgb), background.name()));
            }
        }
        const int pixels = QFontInfo(widget->font()).pixelSize();
        if (pixels < minimumTextPixels)
            problems.append(u"%1: text of %2 px"_s.arg(what).arg(pixels));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n    "_s).prepend(u"\n    "_s)));
    // Nothing it showed made the window grow past the screen.
    QCOMPARE(window.geometry(), screen);
}

void TestScreenSizes::focusScrollsIntoViewAndTheCueFollows()
{
    // Mon compte with every section open: taller than any of the school displays but the largest.
    resetKiosk();
    MainWindow& window = m_kiosk->window;
    AccountPage* account = window.accountPage();
    openPage(account, true);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    PageScrollArea* area = account->pageScrollArea();
    QScrollBar* bar = area->verticalScrollBar();
    if (bar->maximum() == 0)
        QSKIP("Mon compte fits this screen without scrolling");

    // At the top, the cue says there is more below; it is a touch target inside the view.
    bar->setValue(0);
    QTRY_VERIFY(area->cue()->isVisible());
    QVERIFY(area->viewport()->geometry().contains(area->cue()->geometry()));
    QVERIFY(!area->cue()->accessibleName().isEmpty());
    QVERIFY(area->cue()->text().contains(u'\u25BC')); // an arrow with the words, not colour alone
    QCOMPARE(area->cue()->focusPolicy(), Qt::NoFocus);

    // A tap on the cue scrolls down.
    QTest::mouseClick(area->cue(), Qt::LeftButton);
    QTRY_VERIFY(bar->value() > 0);

    // The last button takes the focus from the keyboard (Tab from the one before): it is scrolled into view.
    bar->setValue(0);
    auto* signOut = on<QAbstractButton>(account, u"accountSignOutButton"_s);
    auto* back = on<QAbstractButton>(account, u"backButton"_s);
    back->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(visibleRect(back) == windowRect(back));
    bar->setValue(0);
    QVERIFY(visibleRect(signOut) != windowRect(signOut));
    QTest::keyClick(back, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), signOut);
    QTRY_VERIFY2(visibleRect(signOut) == windowRect(signOut), "Tab to a button below the view scrolls it into view");

    // At the bottom there is nothing more below: no cue.
    bar->setValue(bar->maximum());
    QTRY_VERIFY(!area->cue()->isVisible());

    // Back to the top by the keyboard: the first field is shown again.
    QWidget* first = on<PasswordField>(account, u"oldPasswordField"_s)->lineEdit();
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(visibleRect(first) == windowRect(first));
    QTRY_VERIFY(area->cue()->isVisible());
}

void TestScreenSizes::save(const QString& name, QWidget* root)
{
    if (m_shotsDir.isEmpty())
        return;
    Q_UNUSED(root);
    const QString file = u"%1/%2-%3.png"_s.arg(m_shotsDir).arg(m_shots.size() + 1, 2, 10, QChar(u'0')).arg(name);
    QVERIFY(m_kiosk->window.grab().save(file));
    m_shots.append(file);
    KioskPage* page = m_kiosk->window.currentPage();
    if (!page || (root != &m_kiosk->window))
        return;
    PageScrollArea* area = page->findChild<PageScrollArea*>();
    if (!area || area->verticalScrollBar()->maximum() == 0)
        return;
    const int top = area->verticalScrollBar()->value();
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    const QString end = u"%1/%2-%3-end.png"_s.arg(m_shotsDir).arg(m_shots.size() + 1, 2, 10, QChar(u'0')).arg(name);
    QVERIFY(m_kiosk->window.grab().save(end));
    m_shots.append(end);
    area->verticalScrollBar()->setValue(top);
    QCoreApplication::processEvents();
}

void TestScreenSizes::writeContactSheet()
{
    // Thumbnails 480 px wide, six to a row, each with its file's name under it.
    constexpr int columns = 6;
    constexpr int thumbWidth = 480;
    const QSize screen = m_kiosk->window.screen()->size();
    const int thumbHeight = thumbWidth * screen.height() / screen.width();
    constexpr int caption = 28;
    constexpr int gap = 12;
    const int rows = int((m_shots.size() + columns - 1) / columns);
    QImage sheet(columns * (thumbWidth + gap) + gap, rows * (thumbHeight + caption + gap) + gap + 40,
                 QImage::Format_RGB32);
    sheet.fill(QColor(u"#d0d4d8"_s));
    QPainter painter(&sheet);
    QFont font = painter.font();
    font.setPixelSize(16);
    painter.setFont(font);
    painter.drawText(QRect(gap, 8, sheet.width(), 28), Qt::AlignLeft | Qt::AlignVCenter,
                     u"leo-kiosk — %1 (%2 screens)"_s.arg(requestedScreen()).arg(m_shots.size()));
    for (int i = 0; i < m_shots.size(); ++i) {
        const QImage shot(m_shots[i]);
        const QPoint at(gap + (i % columns) * (thumbWidth + gap),
                        40 + gap + (i / columns) * (thumbHeight + caption + gap));
        painter.drawImage(QRect(at, QSize(thumbWidth, thumbHeight)),
                          shot.scaled(thumbWidth, thumbHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        painter.setPen(Qt::black);
        painter.drawRect(QRect(at, QSize(thumbWidth, thumbHeight)).adjusted(0, 0, -1, -1));
        painter.drawText(QRect(at + QPoint(0, thumbHeight), QSize(thumbWidth, caption)), Qt::AlignCenter,
                         QFileInfo(m_shots[i]).fileName());
    }
    painter.end();
    QVERIFY(sheet.save(m_shotsDir + u"/contact-sheet.png"_s));
}

int main(int argc, char* argv[])
{
    // The screen, before the application exists: the offscreen platform reads its screens from a file.
    qreal scale = 1;
    const QSize size = requestedSize(&scale);
    QTemporaryDir dir;
    if (qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s) == u"offscreen"_s) {
        const QSize native = size;
        const QJsonObject screen{{u"name"_s, u"school-display"_s},
                                 {u"x"_s, 0},
                                 {u"y"_s, 0},
                                 {u"width"_s, native.width()},
                                 {u"height"_s, native.height()},
                                 {u"logicalDpi"_s, 96},
                                 {u"logicalBaseDpi"_s, 96},
                                 {u"dpr"_s, 1}};
        const QString path = dir.filePath(u"screen.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(QJsonObject{{u"screens"_s, QJsonArray{screen}}}).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
        if (scale != 1)
            qputenv("QT_SCALE_FACTOR", QByteArray::number(scale));
    }
    QApplication app(argc, argv);
    TestScreenSizes test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screensizes.moc"
