#pragma once

#include "core/config/ConfigLoader.h"
#include "core/diagnostics/ExitCode.h"
#include "core/secrets/SecretBytes.h"

#include <QObject>
#include <QTextStream>

namespace LeoKiosk {

class EntCheck;

// `leo-kiosk --check-config`: every effective value with where it came from, every refused value naming its key,
// then whether the ENT answers GET /auth/context over the configured transport (TLS verified with the system CAs
// plus ca_bundle). Finishes with an exit code for scripts: see ExitCode.
class ConfigCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigCheck)

public:
    ConfigCheck(ConfigLoadResult loaded, QTextStream& out, QObject* parent = nullptr);
    ~ConfigCheck() override;

    // --check-account: an account whose sign-in proves each OAuth scope (EntCheck); the password is wiped after.
    void setTestAccount(const QString& login, SecretBytes password);
    void run(); // prints the configuration at once; the ENT check answers later through finished()

Q_SIGNALS:
    void finished(int exitCode);

private:
    ConfigLoadResult m_loaded;
    QTextStream& m_out;
    EntCheck* m_ent = nullptr;
    QString m_testLogin;
    SecretBytes m_testPassword;
};

} // namespace LeoKiosk
