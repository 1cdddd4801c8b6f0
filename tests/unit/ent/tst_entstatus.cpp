#include "core/ent/EntStatus.h"

#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EntStatus)

class TestEntStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromErrorKey_data()
    {
        QTest::addColumn<QString>("keyOrText");
        QTest::addColumn<EntStatus>("status");
        const auto row = [](const char* name, const QString& text, EntStatus status) {
            QTest::newRow(name) << text << status;
        };
        row("key authenticationFailed", u"auth.error.authenticationFailed"_s, EntStatus::AuthenticationFailed);
        row("fr authenticationFailed", u"L'identifiant ou le mot de passe est incorrect."_s,
            EntStatus::AuthenticationFailed);
        row("fr typographic apostrophe, no period", u"L\u2019identifiant ou le mot de passe est incorrect"_s,
            EntStatus::AuthenticationFailed);
        row("en authenticationFailed", u"Invalid login or password"_s, EntStatus::AuthenticationFailed);
        row("key ban", u"auth.error.ban"_s, EntStatus::Banned);
        row("fr ban",
            u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand nombre de "
            u"tentatives de connexion. Veuillez réessayer ultérieurement."_s,
            EntStatus::Banned);
        row("key blockedUser", u"auth.error.blockedUser"_s, EntStatus::BlockedUser);
        row("fr blockedUser",
            u"L'administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le "
            u"contacter."_s,
            EntStatus::BlockedUser);
        row("key blockedProfileType", u"auth.error.blockedProfileType"_s, EntStatus::BlockedProfile);
        row("fr blockedProfileType",
            u"L'accès à votre réseau éducatif est temporairement bloqué pour votre profil d'utilisateur."_s,
            EntStatus::BlockedProfile);
        row("key global", u"auth.error.global"_s, EntStatus::PlatformUnavailable);
        row("fr global",
            u"Votre réseau éducatif est momentanément indisponible, notre équipe fait le maximum pour résoudre ces "
            u"perturbations le plus rapidement possible."_s,
            EntStatus::PlatformUnavailable);
        row("key otpDisabled", u"auth.error.otpDisabled"_s, EntStatus::OtpDisabled);
        row("fr otpDisabled", u"Mode d'authentification non autorisé"_s, EntStatus::OtpDisabled);
        row("key activation.code", u"auth.error.activation.code"_s, EntStatus::ActivationCodeTyped);
        row("key password.reset", u"auth.error.password.reset"_s, EntStatus::ResetCodeTyped);
        row("oauth invalid_client", u"invalid_client"_s, EntStatus::InvalidClient);
        row("oauth invalid_grant", u"invalid_grant"_s, EntStatus::InvalidClient);
        row("oauth credential invalid", u"Credential is invalid."_s, EntStatus::InvalidClient);
        row("oauth refresh invalid", u"Refresh token is invalid."_s, EntStatus::InvalidClient);
        row("quota", u"quota_overflow"_s, EntStatus::QuotaOverflow);
        row("spacing and case", u"  AUTH.ERROR.BAN \u00a0"_s, EntStatus::Banned);
        row("unknown text", u"Le serveur fait une sieste."_s, EntStatus::ServerMessage);
        row("empty", QString(), EntStatus::ServerMessage);
    }

    void fromErrorKey()
    {
        QFETCH(QString, keyOrText);
        QFETCH(EntStatus, status);
        QCOMPARE(entStatusFromErrorKey(keyOrText), status);
    }

    void everyFailureHasOneSentence()
    {
        for (int s = int(EntStatus::Unreachable); s <= int(EntStatus::ServerMessage); ++s) {
            EntResult result;
            result.status = EntStatus(s);
            const QString text = EntMessages::text(result);
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(s)));
            QVERIFY2(text.endsWith(u'.'), qPrintable(text));
        }
        QVERIFY(EntMessages::text(EntResult{}).isEmpty());
    }

    void wording()
    {
        EntResult result;
        result.status = EntStatus::AuthenticationFailed;
        QCOMPARE(EntMessages::text(result), u"The identifier or the password is incorrect."_s);
        result.status = EntStatus::Unreachable;
        QCOMPARE(EntMessages::text(result),
                 u"The ENT cannot be reached. Check the network connection or try again in a moment."_s);
        result.status = EntStatus::TlsError;
        QCOMPARE(EntMessages::text(result),
                 u"The connection to the ENT is not secure (certificate problem). Please tell the IT staff."_s);
    }

    void serverMessageShowsTheServersText()
    {
        EntResult result;
        result.status = EntStatus::ServerMessage;
        result.serverMessage = u"  Le portail est en maintenance jusqu'à 14 h.  "_s;
        QCOMPARE(EntMessages::text(result), u"Le portail est en maintenance jusqu'à 14 h."_s);
    }

    void formLinesInTheKiosksWords()
    {
        // The ENT's key, its French text and its English text give the same sentence (a theme may reword them).
        const QString notMobile = EntMessages::formLine(u"phone.validation.error.not.mobile"_s);
        QVERIFY(!notMobile.isEmpty());
        QVERIFY(!notMobile.contains(u"phone.validation"_s));
        QCOMPARE(EntMessages::formLine(u"Ce numéro n'est pas un numéro de mobile."_s), notMobile);
        QCOMPARE(EntMessages::formLine(u"This number is not a mobile phone number."_s), notMobile);
        // invalid.cgu, which ENT Core sends untranslated.
        QCOMPARE(EntMessages::formLine(u"invalid.cgu"_s), u"You must accept the terms of use."_s);
        // An auth.error.* key answered raw by an incomplete en.json: the kiosk's sentence for it.
        EntResult banned;
        banned.status = EntStatus::Banned;
        QCOMPARE(EntMessages::formLine(u"auth.error.ban"_s), EntMessages::text(banned));
        // Any other bare key is never shown: the generic refusal.
        QCOMPARE(EntMessages::formLine(u"auth.activation.error.something.new"_s), u"The ENT refused the request."_s);
        // A sentence the kiosk does not know is the ENT's own words.
        QCOMPARE(EntMessages::formLine(u"Votre compte est en cours de migration."_s),
                 u"Votre compte est en cours de migration."_s);
    }

    void joinedFormErrorsAreTranslatedLineByLine()
    {
        // ENT Core joins the activation's problems with <br /> (EntReply splits them into lines).
        EntResult refused;
        refused.status = EntStatus::ServerMessage;
        refused.serverMessage = u"Le mot de passe ne respecte pas les contraintes de sécurité.\n"
                                u"auth.activation.error.email.mandatory\nLe numéro de téléphone mobile est obligatoire."_s;
        const QStringList lines = EntMessages::text(refused).split(u'\n');
        QCOMPARE(lines, (QStringList{EntMessages::formLine(u"auth.activation.error.password.format"_s),
                                     EntMessages::formLine(u"L'adresse email est obligatoire."_s),
                                     EntMessages::formLine(u"auth.activation.error.phone.mandatory"_s)}));
        refused.serverMessage = u"unknown.key"_s;
        QCOMPARE(EntMessages::text(refused), u"The ENT refused the request."_s);
    }
};

QTEST_GUILESS_MAIN(TestEntStatus)
#include "tst_entstatus.moc"
