#include "core/diagnostics/ConfigCheck.h"

#include "core/diagnostics/ConfigReport.h"
#include "core/diagnostics/EntCheck.h"

namespace LeoKiosk {

ConfigCheck::ConfigCheck(ConfigLoadResult loaded, QTextStream& out, QObject* parent)
    : QObject(parent), m_loaded(std::move(loaded)), m_out(out)
{
}

ConfigCheck::~ConfigCheck() = default;

void ConfigCheck::run()
{
    ConfigReport::printValues(m_loaded, m_out);
    if (!m_loaded.ok()) {
        ConfigReport::printErrors(m_loaded, m_out);
        Q_EMIT finished(ExitCode::InvalidConfiguration);
        return;
    }
    m_out << '\n';
    m_ent = new EntCheck(m_loaded.config, m_out, this);
    m_ent->run([this](bool answered) { Q_EMIT finished(answered ? ExitCode::Ok : ExitCode::EntUnavailable); });
}

} // namespace LeoKiosk
