// « Facile à lire » (issue #17): the easy-read switch on every help screen and the forced new-password screen, its
// steps with their pictograms, one choice for the whole kiosk that the wipe turns off, and its texts in every
// catalogue the kiosk ships.
#include "core/config/KioskConfig.h"
#include "core/i18n/LanguageManager.h"
#include "core/session/KioskSession.h"
#include "gui/KioskPage.h"
#include "gui/MainWindow.h"
#include "gui/signin/LoginPage.h"
#include "gui/widgets/EasyReadPanel.h"
#include "gui/widgets/EasyReadTexts.h"
#include "gui/widgets/PageScrollArea.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <utility>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;

namespace {

using Screen = EasyReadTexts::Screen;

// Every screen that offers the switch, as the window builds it.
QList<std::pair<KioskPage*, Screen>> switchScreens(MainWindow& window)
{
    return {
        {window.helpPage(), Screen::Help},
        {window.forgotPasswordPage(), Screen::ForgotPassword},
        {window.resetCodePage(), Screen::ResetCode},
        {window.newPasswordPage(), Screen::NewPassword},
        {window.lostIdentifierPage(), Screen::LostIdentifier},
        {window.stillLostPage(), Screen::StillLost},
        {window.assistancePage(), Screen::Assistance},
        {window.activationPage(), Screen::Activation},
        {window.forcedPasswordPage(), Screen::ForcedPassword},
    };
}

// The screens without it.
QList<KioskPage*> otherScreens(MainWindow& window)
{
    return {window.loginPage(), window.signedInPage(), window.accountPage(), window.helpPupilPage(),
            window.termsPage()};
}

EasyReadPanel* panelOf(const QWidget* page)
{
    const QList<EasyReadPanel*> panels = page->findChildren<EasyReadPanel*>();
    return panels.size() == 1 ? panels.constFirst() : nullptr;
}

QString switchText()
{
    return QCoreApplication::translate(EasyReadTexts::context, "Easy to read");
}

// A pictogram has something drawn on it, not only transparent pixels.
bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 128)
                return true;
        }
    }
    return false;
}

} // namespace

class TestEasyRead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchOnEveryHelpScreenAndNoOther();
    void switchIsReachedWithTab();
    void stepsShowWithTheirPictograms();
    void choiceFollowsTheFlow();
    void wipeTurnsItOffEverywhere();
    void readAloudSaysTheStepsWhenOn();
    void rendersAgainInEachLanguageAndMirrors();
    void stepsFitTheColumn_data();
    void stepsFitTheColumn();
    void easyReadTextsExistInEveryLanguage();
};

void TestEasyRead::switchOnEveryHelpScreenAndNoOther()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    for (const auto& [page, screen] : switchScreens(kiosk.window)) {
        const QString where = EasyReadTexts::screenName(screen);
        EasyReadPanel* panel = panelOf(page);
        QVERIFY2(panel, qPrintable(where));
        QCOMPARE(panel->screen(), screen);
        QPushButton* toggle = panel->switchButton();
        QVERIFY(toggle->isCheckable());
        QVERIFY(!toggle->isChecked());
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        QCOMPARE(toggle->text(), switchText());
        QCOMPARE(toggle->accessibleName(), switchText());
        QVERIFY(!toggle->accessibleDescription().isEmpty());
        QVERIFY(panel->stepsFrame()->isHidden());

        // A toggle to assistive technology: checkable, and its state told.
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(toggle);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), switchText());
        QVERIFY(accessible->state().checkable);
        QVERIFY(!accessible->state().checked);

        // The name is the only one of its kind on the screen.
        int sameName = 0;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (const QWidget* widget : widgets) {
            if (widget->accessibleName() == switchText())
                ++sameName;
        }
        QVERIFY2(sameName == 1, qPrintable(where));

        // Under the heading: the first thing after the title in the page's column.
        const auto* title = page->findChild<QLabel*>(u"titleLabel"_s);
        QVERIFY(title);
        kiosk.window.showPage(page);
        QTRY_VERIFY(toggle->isVisible());
        QVERIFY2(toggle->mapTo(page, QPoint()).y() > title->mapTo(page, QPoint()).y(), qPrintable(where));
        QVERIFY2(toggle->height() >= 48, qPrintable(where)); // a touch target
    }
    for (KioskPage* page : otherScreens(kiosk.window))
        QVERIFY2(page->findChildren<EasyReadPanel*>().isEmpty(), page->metaObject()->className());
}

void TestEasyRead::switchIsReachedWithTab()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    for (const auto& [page, screen] : switchScreens(kiosk.window)) {
        const QString where = EasyReadTexts::screenName(screen);
        kiosk.window.showPage(page);
        QPushButton* toggle = panelOf(page)->switchButton();
        QTRY_VERIFY(toggle->isVisible());
        // Forward from the page's first input, round the whole window: the switch is one of the stops.
        page->initialFocusWidget()->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == toggle;
        }
        QVERIFY2(reached, qPrintable(where));
        // Space turns it on, as on any toggle.
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY2(toggle->isChecked(), qPrintable(where));
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!toggle->isChecked());
    }
}

void TestEasyRead::stepsShowWithTheirPictograms()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    for (const auto& [page, screen] : switchScreens(kiosk.window)) {
        const QString where = EasyReadTexts::screenName(screen);
        kiosk.window.showPage(page);
        EasyReadPanel* panel = panelOf(page);
        QVERIFY(panel);
        if (!panel->switchButton()->isChecked())
            QTest::mouseClick(panel->switchButton(), Qt::LeftButton);
        QVERIFY(panel->switchButton()->isChecked());
        QVERIFY(QAccessible::queryAccessibleInterface(panel->switchButton())->state().checked);
        QTRY_VERIFY(panel->stepsFrame()->isVisible());
        QCOMPARE(panel->stepsFrame()->accessibleName(),
                 QCoreApplication::translate(EasyReadTexts::context, "Easy-to-read steps"));

        const QList<EasyReadTexts::Step> steps = EasyReadTexts::steps(screen);
        QVERIFY2(steps.size() >= 3 && steps.size() <= 5, qPrintable(where));
        QCOMPARE(panel->sentenceLabels().size(), steps.size());
        QCOMPARE(panel->pictogramLabels().size(), steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QLabel* sentence = panel->sentenceLabels().at(i);
            QVERIFY(sentence->isVisible());
            const QString expected = QCoreApplication::translate(EasyReadTexts::context, "%1. %2")
                                         .arg(QString::number(i + 1),
                                              QCoreApplication::translate(EasyReadTexts::context, steps.at(i).source));
            QCOMPARE(sentence->text(), expected);
            QCOMPARE(sentence->accessibleName(), expected);

            const QLabel* pictogram = panel->pictogramLabels().at(i);
            QVERIFY(pictogram->isVisible());
            const QPixmap pixmap = pictogram->pixmap();
            QVERIFY2(!pixmap.isNull(), qPrintable(u"%1 step %2: %3"_s.arg(where).arg(i + 1).arg(
                                           QLatin1StringView(steps.at(i).pictogram))));
            QCOMPARE(qRound(pixmap.height() / pixmap.devicePixelRatio()), EasyReadPanel::pictogramSize);
            QVERIFY(hasInk(pixmap.toImage()));
            // Decorative: the sentence beside it says the step.
            QVERIFY(pictogram->accessibleName().isEmpty());
        }
        // Every pictogram of a screen is a different drawing.
        QSet<QString> drawings;
        for (const EasyReadTexts::Step& step : steps)
            drawings.insert(QLatin1StringView(step.pictogram));
        QVERIFY2(drawings.size() == steps.size(), qPrintable(where));
    }
}

void TestEasyRead::choiceFollowsTheFlow()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    // Besoin d'aide ?: on.
    click(kiosk.window.loginPage(), u"helpButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.helpPage());
    EasyReadPanel* help = panelOf(kiosk.window.helpPage());
    QTest::mouseClick(help->switchButton(), Qt::LeftButton);
    QVERIFY(kiosk.window.easyReadSetting().isOn());

    // The next screen of the flow shows its steps at once.
    click(kiosk.window.helpPage(), u"lostPasswordButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.forgotPasswordPage());
    EasyReadPanel* forgot = panelOf(kiosk.window.forgotPasswordPage());
    QVERIFY(forgot->switchButton()->isChecked());
    QTRY_VERIFY(forgot->stepsFrame()->isVisible());
    // It opens at its steps: the focus on the switch, the top of the steps in view.
    QTRY_COMPARE(QApplication::focusWidget(), forgot->switchButton());
    const QWidget* view = kiosk.window.forgotPasswordPage()->pageScrollArea()->viewport();
    QTRY_VERIFY(forgot->stepsFrame()->mapTo(view, QPoint()).y() >= 0);
    QVERIFY(forgot->switchButton()->mapTo(view, QPoint()).y() >= 0);
    // Tab goes on to the first input.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), kiosk.window.forgotPasswordPage()->initialFocusWidget());

    // Back to « Besoin d'aide ? » by the home screen: still on, for the same pupil.
    click(kiosk.window.forgotPasswordPage(), u"homeButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    click(kiosk.window.loginPage(), u"helpButton"_s);
    QVERIFY(help->switchButton()->isChecked());
    QTRY_VERIFY(help->stepsFrame()->isVisible());
    click(kiosk.window.helpPage(), u"receivedCodeButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.resetCodePage());
    QTRY_VERIFY(panelOf(kiosk.window.resetCodePage())->stepsFrame()->isVisible());
    click(kiosk.window.resetCodePage(), u"homeButton"_s);
    click(kiosk.window.loginPage(), u"helpButton"_s);
    click(kiosk.window.helpPage(), u"stillLostButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.stillLostPage());
    EasyReadPanel* stillLost = panelOf(kiosk.window.stillLostPage());
    QTRY_VERIFY(stillLost->stepsFrame()->isVisible());

    // Off on one screen: off on all.
    QTest::mouseClick(stillLost->switchButton(), Qt::LeftButton);
    QVERIFY(!kiosk.window.easyReadSetting().isOn());
    QVERIFY(stillLost->stepsFrame()->isHidden());
    for (const auto& [page, screen] : switchScreens(kiosk.window)) {
        QVERIFY2(!panelOf(page)->switchButton()->isChecked(), qPrintable(EasyReadTexts::screenName(screen)));
        QVERIFY(panelOf(page)->stepsFrame()->isHidden());
    }
}

void TestEasyRead::wipeTurnsItOffEverywhere()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    const auto switchScreenList = switchScreens(kiosk.window); // every page built
    kiosk.window.showPage(kiosk.window.forcedPasswordPage());
    QTest::mouseClick(panelOf(kiosk.window.forcedPasswordPage())->switchButton(), Qt::LeftButton);
    for (const auto& [page, screen] : switchScreenList)
        QVERIFY2(panelOf(page)->isOn(), qPrintable(EasyReadTexts::screenName(screen)));

    // The session's end (any reason) is the wipe.
    kiosk.session.end(KioskSession::EndReason::Idle);
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(!kiosk.window.easyReadSetting().isOn());
    for (const auto& [page, screen] : switchScreenList) {
        const EasyReadPanel* panel = panelOf(page);
        QVERIFY2(!panel->switchButton()->isChecked(), qPrintable(EasyReadTexts::screenName(screen)));
        QVERIFY(!QAccessible::queryAccessibleInterface(panel->switchButton())->state().checked);
        QVERIFY(panel->stepsFrame()->isHidden());
    }

    // Turned on again by the next pupil, wiped again by the window's own wipe.
    click(kiosk.window.loginPage(), u"helpButton"_s);
    QTest::mouseClick(panelOf(kiosk.window.helpPage())->switchButton(), Qt::LeftButton);
    QVERIFY(kiosk.window.easyReadSetting().isOn());
    kiosk.window.resetAllPages();
    for (const auto& [page, screen] : switchScreenList)
        QVERIFY2(!panelOf(page)->isOn(), qPrintable(EasyReadTexts::screenName(screen)));
}

void TestEasyRead::readAloudSaysTheStepsWhenOn()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    for (const auto& [page, screen] : switchScreens(kiosk.window)) {
        const QString where = EasyReadTexts::screenName(screen);
        kiosk.window.showPage(page);
        EasyReadPanel* panel = panelOf(page);
        QTRY_VERIFY(panel->switchButton()->isVisible());
        const QList<QLabel*> sentences = panel->sentenceLabels();
        // Off: « Écouter » reads the screen as it is, without the steps.
        QVERIFY2(!page->spokenText().contains(sentences.constFirst()->text()), qPrintable(where));
        // On: every step, in order, after the title.
        panel->setting()->setOn(true);
        QTRY_VERIFY(panel->stepsFrame()->isVisible());
        const QString spoken = page->spokenText();
        qsizetype from = spoken.indexOf(page->findChild<QLabel*>(u"titleLabel"_s)->text());
        QVERIFY2(from >= 0, qPrintable(where));
        for (const QLabel* sentence : sentences) {
            const qsizetype at = spoken.indexOf(sentence->text(), from);
            QVERIFY2(at > from, qPrintable(u"%1: %2 in %3"_s.arg(where, sentence->text(), spoken)));
            from = at;
        }
        panel->setting()->setOn(false);
    }
}

void TestEasyRead::rendersAgainInEachLanguageAndMirrors()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    QVERIFY(kiosk.showActive());

    ResetCodePage* page = kiosk.window.resetCodePage();
    kiosk.window.showPage(page);
    EasyReadPanel* panel = panelOf(page);
    QTest::mouseClick(panel->switchButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->stepsFrame()->isVisible());
    QCOMPARE(panel->switchButton()->text(), u"Facile à lire"_s); // French, the default
    QVERIFY(panel->sentenceLabels().constFirst()->text().startsWith(u"1. Écrivez votre identifiant"_s));

    QVERIFY(kiosk.languages.setLanguage(u"en"_s));
    QTRY_COMPARE(panel->switchButton()->text(), u"Easy to read"_s);
    QCOMPARE(panel->switchButton()->accessibleName(), u"Easy to read"_s);
    QCOMPARE(panel->sentenceLabels().constFirst()->text(), u"1. Type your identifier: firstname.lastname."_s);
    QVERIFY(panel->isOn()); // a language change keeps the choice

    // Right to left: the panel mirrors with the application, and the pictogram with an arrow turns round.
    const qsizetype sendStep = [] {
        const QList<EasyReadTexts::Step> steps = EasyReadTexts::steps(Screen::ResetCode);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (EasyReadTexts::pointsAWay(steps.at(i).pictogram))
                return i;
        }
        return qsizetype(-1);
    }();
    QVERIFY(sendStep >= 0);
    const QImage forward = panel->pictogramLabels().at(sendStep)->pixmap().toImage();
    const QImage still = panel->pictogramLabels().at(0)->pixmap().toImage();
    const int leftToRightX = panel->pictogramLabels().at(0)->mapTo(panel, QPoint()).x();
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    QTRY_COMPARE(panel->pictogramLabels().at(sendStep)->pixmap().toImage(), forward.mirrored(true, false));
    QCOMPARE(panel->pictogramLabels().at(0)->pixmap().toImage(), still); // no arrow: as drawn
    QTRY_VERIFY(panel->pictogramLabels().at(0)->mapTo(panel, QPoint()).x() > leftToRightX);
    const QPoint switchRight = panel->switchButton()->mapTo(panel, QPoint(panel->switchButton()->width(), 0));
    QVERIFY(switchRight.x() > panel->width() / 2); // the switch on the reading side, the right

    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QTRY_COMPARE(panel->pictogramLabels().at(sendStep)->pixmap().toImage(), forward);
}

void TestEasyRead::stepsFitTheColumn_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    // Every language the kiosk ships, and the pseudo-language that makes every string 40 % longer.
    const QStringList languages =
        KioskConfig().languages + QStringList{QString::fromLatin1(LanguageManager::pseudoLanguage)};
    for (const QString& language : languages) {
        for (const QSize size : {QSize(1024, 768), QSize(1366, 768)}) {
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
        }
    }
    QTest::newRow("768x1024 fr") << QSize(768, 1024) << u"fr"_s;
    QTest::newRow("768x1024 qps") << QSize(768, 1024) << QString::fromLatin1(LanguageManager::pseudoLanguage);
}

void TestEasyRead::stepsFitTheColumn()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.languages = KioskConfig().languages + QStringList{QString::fromLatin1(LanguageManager::pseudoLanguage)};
    KioskHarness kiosk(config);
    QVERIFY(kiosk.showActive(size));
    QVERIFY(kiosk.languages.setLanguage(language));

    for (const auto& [page, screen] : switchScreens(kiosk.window)) {
        const QString where = EasyReadTexts::screenName(screen);
        kiosk.window.showPage(page);
        EasyReadPanel* panel = panelOf(page);
        panel->setting()->setOn(true);
        QTRY_VERIFY(panel->stepsFrame()->isVisible());
        QApplication::processEvents();
        QVERIFY2(panel->width() <= KioskPage::columnMaxWidth, qPrintable(where));
        // Inside the page: nothing runs off to the side, the page scrolls only down.
        PageScrollArea* area = page->pageScrollArea();
        QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(where));
        const QRect inPage(panel->mapTo(page, QPoint()), panel->size());
        QVERIFY2(inPage.left() >= 0 && inPage.right() < page->width(), qPrintable(where));
        // Each sentence is shown whole: as tall as its words need at its width.
        for (const QLabel* sentence : panel->sentenceLabels()) {
            QVERIFY2(sentence->height() >= sentence->heightForWidth(sentence->width()),
                     qPrintable(u"%1: %2"_s.arg(where, sentence->text())));
            QVERIFY2(sentence->width() >= 200, qPrintable(u"%1: %2"_s.arg(where, sentence->text())));
        }
    }
    kiosk.window.resetAllPages();
}

void TestEasyRead::easyReadTextsExistInEveryLanguage()
{
    // Every catalogue the kiosk embeds, whatever the languages are.
    const QDir catalogues(u":/i18n"_s);
    const QStringList files = catalogues.entryList({u"leokiosk_*.qm"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.contains(u"leokiosk_fr.qm"_s), qPrintable(files.join(u", "_s)));
    QVERIFY2(files.contains(u"leokiosk_en.qm"_s), qPrintable(files.join(u", "_s)));

    QStringList missing;
    int asked = 0;
    for (const QString& file : files) {
        const QString language = file.mid(9, file.size() - 9 - 3); // leokiosk_<language>.qm
        QTranslator translator;
        QVERIFY2(translator.load(catalogues.filePath(file)), qPrintable(file));
        const auto check = [&](const QString& where, const char* source) {
            ++asked;
            if (translator.translate(EasyReadTexts::context, source).trimmed().isEmpty())
                missing.append(u"%1 / %2: \"%3\""_s.arg(language, where, QString::fromUtf8(source)));
        };
        for (Screen screen : EasyReadTexts::screens()) {
            const QList<EasyReadTexts::Step> steps = EasyReadTexts::steps(screen);
            for (qsizetype i = 0; i < steps.size(); ++i)
                check(u"%1 step %2"_s.arg(EasyReadTexts::screenName(screen)).arg(i + 1), steps.at(i).source);
        }
        for (const char* source : EasyReadTexts::interfaceSources())
            check(u"switch and panel"_s, source);
    }
    QVERIFY(asked > 0);
    // Each missing text on a line of its own (a failure's message is cut short), then how many per language.
    QMap<QString, int> perLanguage;
    for (const QString& line : std::as_const(missing)) {
        qWarning("no translation: %s", qUtf8Printable(line));
        ++perLanguage[line.section(u" / "_s, 0, 0)];
    }
    QStringList summary;
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
        summary.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 of %2 easy-read texts without a translation (%3); the first: %4"_s.arg(
                 QString::number(missing.size()), QString::number(asked), summary.join(u", "_s), missing.value(0))));
}

QTEST_MAIN(TestEasyRead)
#include "tst_easyread.moc"
