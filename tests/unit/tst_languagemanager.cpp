#include "core/ent/EntStatus.h"
#include "core/i18n/LanguageManager.h"
#include "core/i18n/PseudoTranslator.h"

#include <QSignalSpy>
#include <QTest>
#include <QRegularExpression>
#include <QTranslator>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

// This test embeds a one-message leokiosk_fr.qm at :/i18n, like the app does; there is no catalogue for "de".
class TestLanguageManager final : public QObject
{
    Q_OBJECT

private:
    static QString authenticationFailedText()
    {
        EntResult result;
        result.status = EntStatus::AuthenticationFailed;
        return EntMessages::text(result);
    }

private Q_SLOTS:
    void nativeNames()
    {
        QCOMPARE(LanguageManager::nativeName(u"fr"_s), u"Français"_s);
        QCOMPARE(LanguageManager::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(LanguageManager::nativeName(u"de"_s), u"Deutsch"_s);
        // The languages of newly arrived pupils (issue #17), each in its own name and script, with a capital.
        QCOMPARE(LanguageManager::nativeName(u"ar"_s), u"العربية"_s);
        QCOMPARE(LanguageManager::nativeName(u"uk"_s), u"Українська"_s);
        QCOMPARE(LanguageManager::nativeName(u"pt"_s), u"Português"_s);
        QCOMPARE(LanguageManager::nativeName(u"tr"_s), u"Türkçe"_s);
        QCOMPARE(LanguageManager::nativeName(u"ro"_s), u"Română"_s);
        QCOMPARE(LanguageManager::nativeName(u"es"_s), u"Español"_s);
    }

    void arabicIsRightToLeft()
    {
        QCOMPARE(LanguageManager::layoutDirection(u"ar"_s), Qt::RightToLeft);
        for (const QString& language : {u"fr"_s, u"en"_s, u"uk"_s, u"pt"_s, u"tr"_s, u"ro"_s, u"es"_s, u"qps"_s})
            QCOMPARE(LanguageManager::layoutDirection(language), Qt::LeftToRight);
        QCOMPARE(LanguageManager::localeName(u"pt"_s), u"pt_PT"_s); // European Portuguese, as the catalogue
    }

    void offersOnlyTheLanguagesItCanShow()
    {
        // "de" has no catalogue here: it is not offered (no button that would do nothing), the order is kept.
        const LanguageManager languages({u"en"_s, u"de"_s, u"fr"_s, u"qps"_s}, u"fr"_s);
        QCOMPARE(languages.available(), (QStringList{u"en"_s, u"fr"_s, u"qps"_s}));
    }

    void pseudoLanguageIsFrenchFortyPercentLonger()
    {
        LanguageManager languages({u"fr"_s, u"qps"_s}, u"fr"_s);
        const QString french = authenticationFailedText();
        QVERIFY(languages.setLanguage(u"qps"_s));
        const QString pseudo = authenticationFailedText();
        QVERIFY2(pseudo.size() >= french.size() * 13 / 10, qPrintable(pseudo));
        // The French words are still there, each lengthened: the same number of words.
        QVERIFY(pseudo.startsWith(u"L'identifiant"_s));
        QCOMPARE(pseudo.split(u' ').size(), french.split(u' ').size());
        languages.resetToDefault();
        QCOMPARE(authenticationFailedText(), french);
    }

    void pseudoLanguageKeepsWhatMustWork()
    {
        const QString source = u"&Identifiant %1 : <b>%n</b> essai(s) – écrivez à jean.dupont@lycee.fr, 2 fois"_s;
        const QString pseudo = PseudoTranslator::lengthen(source);
        for (const QString& kept : {u"%1"_s, u"<b>%n</b>"_s, u"jean.dupont@lycee.fr"_s, u"&Identifiant"_s})
            QVERIFY2(pseudo.contains(kept), qPrintable(pseudo));
        QCOMPARE(pseudo.count(u'&'), 1);
        QCOMPARE(pseudo.count(u'%'), 2);
        // Every word 40 % longer, rounded up: "écrivez" (7 letters) gains 3.
        QVERIFY2(pseudo.contains(u"écrivezëëë"_s), qPrintable(pseudo));
        static const QRegularExpression letter(u"\\p{L}"_s);
        const QString plain = u"Saisissez votre identifiant et appuyez sur ENVOYER"_s;
        QVERIFY(PseudoTranslator::lengthen(plain).count(letter) * 10 >= plain.count(letter) * 14);
    }

    void startsInTheDefaultLanguage()
    {
        const LanguageManager languages({u"fr"_s, u"en"_s}, u"fr"_s);
        QCOMPARE(languages.current(), u"fr"_s);
        QCOMPARE(languages.defaultLanguage(), u"fr"_s);
        QCOMPARE(authenticationFailedText(), u"L'identifiant ou le mot de passe est incorrect."_s);
    }

    void switchesAndSignals()
    {
        LanguageManager languages({u"fr"_s, u"en"_s}, u"fr"_s);
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);

        QVERIFY(languages.setLanguage(u"en"_s)); // the source language needs no catalogue
        QCOMPARE(languages.current(), u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), u"en"_s);
        QCOMPARE(authenticationFailedText(), u"The identifier or the password is incorrect."_s);

        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(changed.count(), 0); // already active: nothing reloaded, nothing signalled

        languages.resetToDefault();
        QCOMPARE(languages.current(), u"fr"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(authenticationFailedText(), u"L'identifiant ou le mot de passe est incorrect."_s);
    }

    void refusesWhatCannotBeShown()
    {
        LanguageManager languages({u"fr"_s, u"en"_s, u"de"_s}, u"fr"_s);
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QVERIFY(!languages.setLanguage(u"it"_s)); // not offered
        QVERIFY(!languages.setLanguage(u"de"_s)); // offered, but no catalogue
        QCOMPARE(languages.current(), u"fr"_s);
        QCOMPARE(changed.count(), 0);
    }

    void missingDefaultCatalogueShowsTheSourceLanguage()
    {
        const LanguageManager languages({u"de"_s, u"en"_s}, u"de"_s);
        QCOMPARE(languages.current(), u"en"_s);
    }

    void onlyTheActiveCatalogueIsInstalled()
    {
        LanguageManager languages({u"fr"_s, u"en"_s}, u"fr"_s);
        QVERIFY(languages.setLanguage(u"en"_s));
        QVERIFY(languages.setLanguage(u"fr"_s));
        const qsizetype french = languages.findChildren<QTranslator*>().size();
        QVERIFY(french >= 1 && french <= 2); // the app's, and Qt's own when installed
        QVERIFY(languages.setLanguage(u"en"_s));
        QVERIFY(languages.findChildren<QTranslator*>().size() <= 1); // at most Qt's own
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
