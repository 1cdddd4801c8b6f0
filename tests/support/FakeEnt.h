#pragma once

#include "core/config/KioskConfig.h"
#include "support/FakeHttpServer.h"

#include <QByteArray>

namespace LeoKiosk::Test {

// The ENT for GUI tests: a FakeHttpServer that answers as ENT Core does (ENT protocol §3.2, §3.3, §3.5, §3.6-§3.12)
// for Adèle Adams, a pupil whose sign-in succeeds unless a test scripts otherwise. Password recovery: no SMS
// provider, every forgot-password request accepted, every reset code matching, every new password taken.
class FakeEnt final
{
public:
    static constexpr auto login = "adele.adams";
    static constexpr auto displayName = u"Adèle Adams";
    static constexpr auto school = u"Lycée Jules Verne";
    static constexpr auto className = u"2nde 3";

    FakeEnt();

    FakeHttpServer& server() { return m_server; }
    QUrl url() const { return m_server.url(); }

    // Kiosk profile against this server, with a short request timeout.
    KioskConfig config(KioskProfile profile = KioskProfile::Kiosk) const;

    void acceptLogin();
    // 200 HTML login page carrying the translated error in ng-init, HTML-escaped as Mustache does.
    void refuseLogin(const QString& message);
    void answerLogin(const FakeHttpServer::Response& response);

    void offerSms(bool offered);
    void answerForgotPassword(const FakeHttpServer::Response& response);
    void answerResetMatch(bool match);
    void answerReset(const FakeHttpServer::Response& response);
    // 200 JSON with the ENT's message, as POST /auth/reset refuses (ENT protocol §3.11).
    void refuseReset(const QString& message);

    static const QString wrongPasswordMessage;
    static const QString banMessage;
    static const QString blockedUserMessage;
    static const QString blockedProfileMessage;
    static const QString resetRefusedMessage;

private:
    FakeHttpServer m_server;
};

} // namespace LeoKiosk::Test
