#pragma once

#include "FakeHttpServer.h"
#include "KioskConfig.h"

#include <QByteArray>

// The ENT for GUI tests: a FakeHttpServer that answers as ENT Core does (contract §3.2, §3.3, §3.5) for Adèle Adams,
// a pupil whose sign-in succeeds unless a test scripts otherwise.
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

    static const QString wrongPasswordMessage;
    static const QString banMessage;
    static const QString blockedUserMessage;
    static const QString blockedProfileMessage;

private:
    FakeHttpServer m_server;
};
