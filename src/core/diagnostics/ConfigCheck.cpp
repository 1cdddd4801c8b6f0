#include "core/diagnostics/ConfigCheck.h"

#include "core/diagnostics/ConfigReport.h"
#include "core/diagnostics/EntCheck.h"

namespace LeoKiosk {

ConfigCheck::ConfigCheck(ConfigLoadResult loaded, QTextStream& out, QObject* parent)
    : QObject(parent), m_loaded(std::move(loaded)), m_out(out)
{
}

ConfigCheck::~ConfigCheck() = default;

void ConfigCheck::setTestAccount(const QString& login, SecretBytes password)
{
    m_testLogin = login;
    m_testPassword = std::move(password);
}

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
    if (!m_testLogin.isEmpty())
        m_ent->setTestAccount(m_testLogin, std::move(m_testPassword));
    m_ent->run([this](bool passed) {
        Q_EMIT finished(passed                         ? ExitCode::Ok
                        : m_ent->registrationRefused() ? ExitCode::InvalidConfiguration
                                                       : ExitCode::EntUnavailable);
    });
}

} // namespace LeoKiosk
