#include "support/FakeEnt.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace LeoKiosk::Test {

using namespace Qt::Literals::StringLiterals;
using Response = FakeHttpServer::Response;

const QString FakeEnt::wrongPasswordMessage = u"L'identifiant ou le mot de passe est incorrect."_s;
const QString FakeEnt::banMessage =
    u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand nombre de "
    u"tentatives de connexion. Veuillez réessayer ultérieurement."_s;
const QString FakeEnt::blockedUserMessage = u"L'administrateur de votre établissement a bloqué votre accès à votre "
                                            u"réseau éducatif. Veuillez le contacter."_s;
const QString FakeEnt::blockedProfileMessage =
    u"L'accès à votre réseau éducatif est temporairement bloqué pour votre profil d'utilisateur."_s;
const QString FakeEnt::resetRefusedMessage =
    u"Le formulaire contient des erreurs. Veuillez vérifier que le nouveau mot de passe n'a pas déjà été utilisé et "
    u"que les deux saisies sont identiques."_s;

FakeEnt::FakeEnt()
{
    const bool listening = m_server.listen();
    Q_ASSERT(listening);
    Q_UNUSED(listening)
    acceptLogin();
    m_server.on("GET", "/auth/oauth2/userinfo",
                Response::json(QByteArrayLiteral(
                    R"({"userId":"u1","login":"adele.adams","username":"Adèle Adams","firstName":"Adèle",)"
                    R"("lastName":"Adams","type":"ELEVE","structureNames":["Lycée Jules Verne"],)"
                    R"("classNames":["2nde 3"]})")));
    m_server.on("GET", "/auth/user/requirements",
                Response::json(QByteArrayLiteral(R"({"forceChangePassword":false,"needRevalidateTerms":false,)"
                                                 R"("needRevalidateEmail":false,"needRevalidateMobile":false,)"
                                                 R"("needMfa":false})")));
    m_server.on("GET", "/auth/logout",
                Response::redirect(m_server.url().toEncoded() + '/')
                    .header("Set-Cookie", "oneSessionId=; Max-Age=0; Path=/; HttpOnly")
                    .header("Set-Cookie", "authenticated=; Max-Age=0; Path=/"));
    m_server.on("GET", "/auth/context",
                Response::json(QByteArrayLiteral(
                    R"({"callBack":"","cgu":true,"passwordRegex":"^(?=.*[a-zA-Z])(?=.*[0-9]).{8,}$","mandatory":{},)"
                    R"("passwordRegexI18n":{"fr":"Votre mot de passe doit contenir au moins 8 caractères, dont une )"
                    R"(lettre et un chiffre."},"mfaConfig":[]})")));
    offerSms(false);
    answerForgotPassword(Response::json(QByteArrayLiteral(R"({"status":"ok"})")));
    answerResetMatch(true);
    answerReset(Response::redirect(m_server.url().toEncoded() + "/auth/login")
                    .header("Set-Cookie", "oneSessionId=; Max-Age=0; Path=/; HttpOnly"));
}

KioskConfig FakeEnt::config(KioskProfile profile) const
{
    KioskConfig config;
    config.entUrl = m_server.url();
    config.profile = profile;
    config.requestTimeoutMs = 3000;
    config.siteName = u"Lycée Jules Verne — CDI"_s;
    return config;
}

void FakeEnt::acceptLogin()
{
    answerLogin(Response::redirect(m_server.url().toEncoded() + '/')
                    .header("Set-Cookie", "oneSessionId=abc:sig; Path=/; HttpOnly")
                    .header("Set-Cookie", "authenticated=true; Path=/")
                    .header("Set-Cookie", "XSRF-TOKEN=0b5c6a1e-xsrf; Path=/"));
}

void FakeEnt::refuseLogin(const QString& message)
{
    QString escaped = message.toHtmlEscaped();
    escaped.replace(u'\'', u"&#39;"_s);
    const QString page = u"<!DOCTYPE html><html><head><title>Connexion</title></head>"
                         u"<body ng-init=\"error = &quot;%1&quot;\"><form action=\"/auth/login\" method=\"post\">"
                         u"<input name=\"email\"><input type=\"password\" name=\"password\"></form></body></html>"_s
                             .arg(escaped);
    answerLogin(Response::html(page.toUtf8()));
}

void FakeEnt::answerLogin(const FakeHttpServer::Response& response)
{
    m_server.on("POST", "/auth/login", response);
}

void FakeEnt::offerSms(bool offered)
{
    m_server.on(
        "GET", "/auth/password-channels",
        Response::json(offered ? QByteArrayLiteral(R"({"mobile":true})") : QByteArrayLiteral(R"({"mobile":false})")));
}

void FakeEnt::answerForgotPassword(const FakeHttpServer::Response& response)
{
    m_server.on("POST", "/auth/forgot-password", response);
}

void FakeEnt::answerResetMatch(bool match)
{
    m_server.on(
        "POST", "/auth/reset/match",
        Response::json(match ? QByteArrayLiteral(R"({"match":true})") : QByteArrayLiteral(R"({"match":false})")));
}

void FakeEnt::answerReset(const FakeHttpServer::Response& response)
{
    m_server.on("POST", "/auth/reset", response);
}

void FakeEnt::refuseReset(const QString& message)
{
    const QJsonObject body{{u"error"_s, QJsonObject{{u"message"_s, message}}}, {u"resetCode"_s, u"3zrf6jkz"_s}};
    answerReset(Response::json(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

} // namespace LeoKiosk::Test
