#include "ConfigCheck.h"

#include "EntClient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

ConfigCheck::ConfigCheck(ConfigLoadResult loaded, QTextStream& out, QObject* parent)
    : QObject(parent), m_loaded(std::move(loaded)), m_out(out)
{
}

ConfigCheck::~ConfigCheck() = default;

void ConfigCheck::run()
{
    printConfiguration();
    if (!m_loaded.ok()) {
        m_out << "\nThe configuration is invalid:\n";
        for (const QString& error : m_loaded.errors)
            m_out << "  error: " << error << '\n';
        m_out.flush();
        Q_EMIT finished(InvalidConfiguration);
        return;
    }

    const KioskConfig& config = m_loaded.config;
    m_out << "\nENT: GET " << config.entUrl.resolved(QUrl(u"/auth/context"_s)).toString() << " … ";
    m_out.flush();
    m_client = new EntClient(EntClientSettings::fromConfig(config), this);
    m_client->fetchContext([this, https = config.entUrl.scheme() == u"https"_s](const ContextResult& result) {
        if (!result.ok()) {
            m_out << "failed\n  " << EntMessages::text(result) << '\n';
            if (!result.detail.isEmpty())
                m_out << "  detail: " << result.detail << '\n';
            m_out.flush();
            Q_EMIT finished(EntUnavailable);
            return;
        }
        m_out << "answers (HTTP " << result.httpStatus << ")\n";
        m_out << "  TLS: " << (https ? "certificate verified" : "not used (plain HTTP, loopback only)") << '\n';
        const QString rule = result.context.value(u"passwordRegex"_s).toString();
        m_out << "  password rule (passwordRegex): " << (rule.isEmpty() ? u"(none)"_s : rule) << '\n';
        m_out.flush();
        Q_EMIT finished(Ok);
    });
}

void ConfigCheck::printConfiguration()
{
    m_out << "Effective configuration (command line > system file > user settings > defaults):\n";
    for (const ConfigKey& key : ConfigLoader::schema()) {
        const QString value = ConfigLoader::effectiveValue(m_loaded.config, key.name);
        m_out << "  " << key.name.leftJustified(22) << " = " << (value.isEmpty() ? u"(empty)"_s : value).leftJustified(34)
              << "  [" << m_loaded.sourceOf.value(key.name, u"default"_s) << "]\n";
    }
    for (const QString& warning : m_loaded.warnings)
        m_out << "  warning: " << warning << '\n';
    m_out.flush();
}
