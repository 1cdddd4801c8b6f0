#pragma once

#include "core/config/KioskConfig.h"
#include "core/secrets/SecretBytes.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace LeoKiosk {

class EntClient;

// Whether the ENT answers GET /auth/context over the configured transport (TLS verified with the system CAs plus
// ca_bundle), printed for --check-config and --diagnostics. With an OAuth client configured, also whether the ENT
// accepts its id and secret (no account needed); with a test account (--check-account), whether each configured scope
// is registered for the client and grants what the kiosk needs of it (ENT protocol §17 item 10): userinfo
// (GET /auth/oauth2/userinfo), auth (GET /auth/user/requirements), directory (GET /directory/user/mailstate).
class EntCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntCheck)

public:
    EntCheck(const KioskConfig& config, QTextStream& out, QObject* parent = nullptr);
    ~EntCheck() override;

    // A test account for the scope check; the password is wiped once the check is over.
    void setTestAccount(const QString& login, SecretBytes password);

    // prints as it goes; `done` once the answer is printed: whether everything checked passed
    void run(std::function<void(bool passed)> done);
    // After a failed run: the ENT answered, but refused the kiosk's registration (client id, secret or a scope).
    bool registrationRefused() const { return m_registrationRefused; }

private:
    void checkClient();
    void proveScopes();
    void proveEachScopeAlone(int index, bool allRegistered);
    void proveRoutes();
    void finish(bool passed);

    KioskConfig m_config;
    QTextStream& m_out;
    EntClient* m_client = nullptr;
    QString m_testLogin;
    SecretBytes m_testPassword;
    QStringList m_scopes;
    std::function<void(bool)> m_done;
    bool m_registrationRefused = false;
};

} // namespace LeoKiosk
