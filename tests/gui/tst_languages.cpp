// The languages of newly arrived pupils (issue #17), on the real window: offered in their own names from every
// screen, Arabic mirrored with its fields left to right, the checklist's marks on the reading side, the ENT's own
// words kept recognisable, and everything back to French by the wipe.
#include "core/ent/EntStatus.h"
#include "gui/MainWindow.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/signin/LoginPage.h"
#include "gui/widgets/LanguageSwitch.h"
#include "gui/widgets/PasswordField.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;
using namespace Qt::StringLiterals;

namespace {

const QStringList shipped{u"fr"_s, u"en"_s, u"ar"_s, u"uk"_s, u"pt"_s, u"tr"_s, u"ro"_s, u"es"_s};

// The centre of a widget, in the window's coordinates.
QPoint centreInWindow(const QWidget* widget, const QWidget* window)
{
    return widget->mapTo(window, widget->rect().center());
}

} // namespace

class TestLanguages final : public QObject
{
    Q_OBJECT

private:
    FakeEnt m_ent;
    std::unique_ptr<KioskHarness> m_kiosk;

    void choose(const QString& language)
    {
        QAbstractButton* button = m_kiosk->languageButton(language);
        QVERIFY2(button, qPrintable(language));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(m_kiosk->languages.current(), language);
        // Qt posts the language change to each window, which hands it on to every widget.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    // Every page a pupil reaches before signing in.
    QList<KioskPage*> pages()
    {
        MainWindow& w = m_kiosk->window;
        return {w.loginPage(),          w.helpPage(),         w.forgotPasswordPage(), w.resetCodePage(),
                w.newPasswordPage(),    w.lostIdentifierPage(), w.stillLostPage(),    w.assistancePage(),
                w.activationPage()};
    }

private Q_SLOTS:
    void init()
    {
        m_kiosk = std::make_unique<KioskHarness>(m_ent.config());
        QVERIFY(m_kiosk->showActive(QSize(1366, 768)));
    }

    void cleanup() { m_kiosk.reset(); }

    void everyLanguageInItsOwnNameWithoutFlags()
    {
        const auto* languageSwitch = m_kiosk->find<LanguageSwitch>(u"languageSwitch"_s);
        QVERIFY(languageSwitch);
        const QList<QAbstractButton*> buttons = languageSwitch->findChildren<QAbstractButton*>();
        QCOMPARE(buttons.size(), shipped.size());
        const QStringList names{u"Français"_s, u"English"_s, u"العربية"_s, u"Українська"_s,
                                u"Português"_s, u"Türkçe"_s,  u"Română"_s,  u"Español"_s};
        for (int i = 0; i < shipped.size(); ++i) {
            QAbstractButton* button = m_kiosk->languageButton(shipped[i]);
            QVERIFY2(button, qPrintable(shipped[i]));
            QCOMPARE(button->text(), names[i]);
            QCOMPARE(button->accessibleName(), names[i]);
            QVERIFY2(button->icon().isNull(), "a language is told by its name, never by a flag");
            // The same name whatever language is shown: a pupil finds theirs on a screen they cannot read.
        }
        choose(u"uk"_s);
        QCOMPARE(m_kiosk->languageButton(u"ar"_s)->text(), u"العربية"_s);
        QCOMPARE(m_kiosk->languageButton(u"fr"_s)->text(), u"Français"_s);
    }

    void theChoiceIsReachedFromEveryScreen()
    {
        const auto* languageSwitch = m_kiosk->find<LanguageSwitch>(u"languageSwitch"_s);
        for (KioskPage* page : pages()) {
            m_kiosk->window.showPage(page);
            QVERIFY2(languageSwitch->isVisible(), page->metaObject()->className());
            for (const QString& language : shipped) {
                QAbstractButton* button = m_kiosk->languageButton(language);
                QVERIFY(button->isVisible() && button->isEnabled());
                // Inside the screen, not under its edge.
                const QRect inWindow(button->mapTo(&m_kiosk->window, QPoint(0, 0)), button->size());
                QVERIFY2(m_kiosk->window.rect().contains(inWindow), qPrintable(language));
            }
        }
        // Chosen on a help screen, the language stays for the rest of the flow.
        m_kiosk->window.showPage(m_kiosk->window.forgotPasswordPage());
        choose(u"es"_s);
        m_kiosk->window.showPage(m_kiosk->window.resetCodePage());
        QCOMPARE(m_kiosk->languages.current(), u"es"_s);
    }

    void arabicMirrorsTheWindowButNotTheFields()
    {
        MainWindow& window = m_kiosk->window;
        const QPoint wordmarkBefore = centreInWindow(m_kiosk->find<QWidget>(u"wordmark"_s), &window);
        QVERIFY(wordmarkBefore.x() < window.width() / 2);
        choose(u"ar"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        // The header is mirrored: LEO on the right.
        QTRY_VERIFY(centreInWindow(m_kiosk->find<QWidget>(u"wordmark"_s), &window).x() > window.width() / 2);

        // The login screen: its label is right to left, the identifier and password fields are not.
        LoginPage* login = window.loginPage();
        QVERIFY(on<QLabel>(login, u"identifierLabel"_s)->isRightToLeft());
        QLineEdit* identifier = m_kiosk->loginLineEdit();
        QCOMPARE(identifier->layoutDirection(), Qt::LeftToRight);
        QVERIFY(identifier->isLeftToRight());
        PasswordField* password = m_kiosk->passwordField();
        QCOMPARE(password->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_kiosk->passwordLineEdit()->layoutDirection(), Qt::LeftToRight);
        // The show button stays after the text, on the right.
        QVERIFY(centreInWindow(m_kiosk->showPasswordButton(), &window).x() >
                centreInWindow(m_kiosk->passwordLineEdit(), &window).x());
        // Typed text starts on the left, as a Latin identifier is read.
        QTest::keyClicks(identifier, u"jean.dupont"_s);
        QVERIFY(identifier->inputMethodQuery(Qt::ImCursorRectangle).toRect().left() > identifier->width() / 10);
        QVERIFY(identifier->inputMethodQuery(Qt::ImCursorRectangle).toRect().left() < identifier->width() / 2);
        QCOMPARE(identifier->alignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);

        // The code and identifier of the reset, the e-mail address of the lost identifier, the activation's fields.
        const QList<std::pair<KioskPage*, QString>> fields{
            {window.resetCodePage(), u"loginLineEdit"_s},
            {window.resetCodePage(), u"codeLineEdit"_s},
            {window.forgotPasswordPage(), u"loginLineEdit"_s},
            {window.lostIdentifierPage(), u"mailLineEdit"_s},
            {window.activationPage(), u"mailLineEdit"_s},
            {window.activationPage(), u"phoneLineEdit"_s},
            {window.newPasswordPage(), u"newPasswordField"_s},
            {window.newPasswordPage(), u"confirmationField"_s},
        };
        for (const auto& [page, name] : fields) {
            QWidget* field = on(page, name);
            QVERIFY2(field->isLeftToRight(), qPrintable(name));
            QVERIFY2(!page->isLeftToRight(), page->metaObject()->className()); // the page around it is mirrored
        }
    }

    void theChecklistMarksStayOnTheReadingSide()
    {
        choose(u"ar"_s);
        NewPasswordPage* page = m_kiosk->window.newPasswordPage();
        m_kiosk->window.showPage(page);
        const QLabel* rule = on<QLabel>(page, u"minLengthRuleLabel"_s);
        QVERIFY(rule->isVisible());
        // The line starts with its mark, and the line reads right to left: the mark is at its right end, where an
        // Arabic reader starts. Translated, not French.
        QVERIFY2(rule->text().startsWith(u"✗"_s) || rule->text().startsWith(u"✓"_s), qPrintable(rule->text()));
        QVERIFY(rule->isRightToLeft());
        QVERIFY2(rule->text().isRightToLeft(), qPrintable(rule->text()));
        QVERIFY(rule->alignment() & Qt::AlignLeading || !(rule->alignment() & Qt::AlignAbsolute));
        choose(u"fr"_s);
        QVERIFY(rule->isLeftToRight());
        QVERIFY2(!rule->text().isRightToLeft(), qPrintable(rule->text()));
    }

    void theWipeBringsFrenchBackLeftToRight()
    {
        choose(u"ar"_s);
        m_kiosk->window.showPage(m_kiosk->window.resetCodePage());
        m_kiosk->session.end();
        QTRY_COMPARE(m_kiosk->languages.current(), u"fr"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(m_kiosk->window.isLeftToRight());
        QVERIFY(m_kiosk->languageButton(u"fr"_s)->isChecked());
        QVERIFY(!m_kiosk->languageButton(u"ar"_s)->isChecked());
    }

    void theEntsMessagesAreShownInTheChosenLanguage()
    {
        // What the ENT answers (its status, its i18n key) is said in the kiosk's own translation, never left in
        // French.
        EntResult wrong;
        wrong.status = EntStatus::AuthenticationFailed;
        const QString french = EntMessages::text(wrong);
        QStringList seen{french};
        for (const QString& language : shipped.mid(1)) {
            choose(language);
            const QString text = EntMessages::text(wrong);
            QVERIFY2(!seen.contains(text), qPrintable(language + u": "_s + text));
            seen.append(text);
        }
        QVERIFY(seen.at(shipped.indexOf(u"ar"_s)).isRightToLeft());
    }

    void theEntsOwnWordsStayRecognisable()
    {
        // A pupil meets "Identifiant" and ENVOYER in French on the ENT's website: every other language names them.
        for (const QString& language : shipped.mid(1)) {
            choose(language);
            const QString label = on<QLabel>(m_kiosk->window.loginPage(), u"identifierLabel"_s)->text();
            QVERIFY2(label.contains(u"Identifiant"_s), qPrintable(language + u": "_s + label));
            // The guide of « Vous êtes toujours perdu ? » and the easy-read step that say which button to press.
            const QString guide = QCoreApplication::translate(
                "LeoKiosk::Gui::StillLostPage",
                "Type your identifier and press SEND. A message with a code arrives at your personal e-mail address "
                "within a few minutes. Check your spam folder.");
            QVERIFY2(guide.contains(u"(ENVOYER)"_s), qPrintable(language + u": "_s + guide));
            const QString step = QCoreApplication::translate("LeoKiosk::Gui::EasyReadTexts", "Press SEND.");
            QVERIFY2(step.contains(u"(ENVOYER)"_s), qPrintable(language + u": "_s + step));
        }
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
