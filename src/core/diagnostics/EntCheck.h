#pragma once

#include "core/config/KioskConfig.h"

#include <QObject>
#include <QTextStream>

#include <functional>

namespace LeoKiosk {

class EntClient;

// Whether the ENT answers GET /auth/context over the configured transport (TLS verified with the system CAs plus
// ca_bundle), printed for --check-config and --diagnostics.
class EntCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntCheck)

public:
    EntCheck(const KioskConfig& config, QTextStream& out, QObject* parent = nullptr);
    ~EntCheck() override;

    void run(std::function<void(bool answered)> done); // prints as it goes; `done` once the answer is printed

private:
    KioskConfig m_config;
    QTextStream& m_out;
    EntClient* m_client = nullptr;
};

} // namespace LeoKiosk
