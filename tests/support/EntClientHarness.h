#pragma once

// What the EntClient suites share: a fresh client on a fresh FakeHttpServer per call, and a capture of the one
// answer a call gives.

#include "core/ent/EntClient.h"
#include "support/FakeHttpServer.h"

#include <QTest>

#include <functional>
#include <optional>

Q_DECLARE_METATYPE(LeoKiosk::EntStatus)
Q_DECLARE_METATYPE(LeoKiosk::Test::FakeHttpServer::Response)

namespace LeoKiosk::Test {

namespace EntTest {

using Response = FakeHttpServer::Response;

inline const QByteArray userAgent = QByteArrayLiteral("leo-kiosk/" LEOKIOSK_VERSION " (Lycee de test)");
inline const QByteArray xsrfToken = QByteArrayLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");

// Keeps the one answer a call gives, and how many it gave.
template <typename R> struct Capture
{
    std::optional<R> value;
    int calls = 0;

    EntClient::Callback<R> callback()
    {
        return [this](const R& r) {
            value = r;
            ++calls;
        };
    }
};

inline EntClientSettings settingsFor(const QUrl& url, int timeoutMs = 5000)
{
    EntClientSettings settings;
    settings.baseUrl = url;
    settings.timeoutMs = timeoutMs;
    settings.userAgent = userAgent;
    return settings;
}

inline EntClientSettings oauthSettingsFor(const QUrl& url)
{
    EntClientSettings settings = settingsFor(url);
    settings.oauthClientId = QStringLiteral("kiosk-cdi");
    settings.oauthClientSecret = QStringLiteral("s3cr\u00e9t");
    settings.oauthScope = QStringLiteral("userinfo auth");
    return settings;
}

inline Response loginSuccess()
{
    return Response::redirect("http://127.0.0.1/")
        .header("Set-Cookie", "oneSessionId=0f8fad5b-d9cb-469f-a165-70867728950e:c2lnbmF0dXJl; Path=/; HttpOnly; "
                              "SameSite=Strict")
        .header("Set-Cookie", "authenticated=true; Path=/; SameSite=Strict")
        .header("Set-Cookie", "XSRF-TOKEN=" + xsrfToken + "; Path=/; SameSite=Strict");
}

// One call on a fresh client of a fresh server that answers METHOD PATH with `response`: its one answer, and in
// `seen` the request the server got. `prepare` runs on the server and client before the call (a sign-in, say).
template <typename R>
R exchange(const QByteArray& method,
           const QByteArray& path,
           const Response& response,
           const std::function<void(EntClient&, EntClient::Callback<R>)>& call,
           bool oauth = false,
           FakeHttpServer::Request* seen = nullptr,
           const std::function<void(FakeHttpServer&, EntClient&)>& prepare = {})
{
    FakeHttpServer server;
    if (!server.listen())
        qFatal("cannot listen");
    EntClient client(oauth ? oauthSettingsFor(server.url()) : settingsFor(server.url()));
    if (prepare)
        prepare(server, client);
    server.on(method, path, response);
    Capture<R> done;
    call(client, done.callback());
    if (!QTest::qWaitFor([&] { return done.value.has_value(); }, 5000))
        qFatal("no answer");
    if (seen)
        *seen = server.lastRequest(path);
    return *done.value;
}

// Signs in through the web form on `server`, so that the jar holds the ENT's cookies (XSRF-TOKEN included).
inline void signIn(FakeHttpServer& server, EntClient& client)
{
    server.on("POST", "/auth/login", loginSuccess());
    Capture<LoginResult> done;
    client.login(QStringLiteral("jean.dupont"), SecretBytes(QStringLiteral("secret")), done.callback());
    QVERIFY(QTest::qWaitFor([&] { return done.value.has_value(); }, 5000));
    QCOMPARE(done.value->status, EntStatus::Ok);
}

} // namespace EntTest

} // namespace LeoKiosk::Test
