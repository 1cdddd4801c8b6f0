#pragma once

#include "core/ent/EntClient.h"
#include "core/session/PasswordPolicy.h"

#include <QJsonObject>
#include <QObject>

#include <chrono>

namespace LeoKiosk {

class AuthContextStore;

// The ENT's public configuration (GET /auth/context, ENT protocol §3.6): the password rule and its descriptions, cgu,
// mandatory activation fields. Fetched after start-up, never on the start path, and again on demand; the last
// good answer is kept. It has its own EntClient: a session wipe neither drops a fetch in flight nor this data,
// which belongs to no one.
class AuthContextCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthContextCache)

public:
    explicit AuthContextCache(const EntClientSettings& settings, QObject* parent = nullptr);
    ~AuthContextCache() override;

    // Optional persistence; what it holds is used until a fetch succeeds. Not owned; must outlive this cache.
    void setStore(AuthContextStore* store);

    void refreshAfter(std::chrono::milliseconds delay); // the start-up fetch, once the window is up
    void refresh();                                     // now, unless a fetch is already in flight

    EntClient& client() { return *m_client; } // its own: for EntReachability, which retries through refresh()
    bool isKnown() const { return !m_context.isEmpty(); }
    bool isRefreshing() const { return m_refreshing; }
    QJsonObject context() const { return m_context; }
    // LEO's rule until a context is known.
    PasswordPolicy passwordPolicy(PasswordPolicy::Purpose purpose = PasswordPolicy::Purpose::Reset) const;

Q_SIGNALS:
    void updated();                              // a context is in force: fetched now, or from the store
    void refreshFailed(const EntResult& result); // the previous context (if any) stays in force

private:
    void adopt(const QJsonObject& context);

    EntClient* m_client;
    AuthContextStore* m_store = nullptr;
    QJsonObject m_context;
    bool m_refreshing = false;
};

} // namespace LeoKiosk
