#include "core/ent/EntStatus.h"
#include "core/i18n/LanguageManager.h"

#include <QSignalSpy>
#include <QTest>
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
