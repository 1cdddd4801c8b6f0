#include "core/diagnostics/EntCheck.h"

#include "core/ent/EntClient.h"
#include "core/ent/SpkiPins.h"

#include <QJsonObject>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

EntCheck::EntCheck(const KioskConfig& config, QTextStream& out, QObject* parent)
    : QObject(parent), m_config(config), m_out(out)
{
}

EntCheck::~EntCheck() = default;

void EntCheck::run(std::function<void(bool)> done)
{
    m_out << "ENT: GET " << m_config.entUrl.resolved(QUrl(u"/auth/context"_s)).toString() << " … ";
    m_out.flush();
    delete m_client;
    m_client = new EntClient(EntClientSettings::fromConfig(m_config), this);
    const bool https = m_config.entUrl.scheme() == u"https"_s;
    const bool pinned = https && !m_config.entSpkiPins.isEmpty();
    m_client->fetchContext([this, https, pinned, done = std::move(done)](const ContextResult& result) {
        if (!result.ok()) {
            m_out << "failed\n  " << EntMessages::text(result) << '\n';
            if (SpkiPins::isMismatch(result))
                m_out << "  TLS: pin mismatch: the certificate chain holds none of the ent_spki_pins keys\n";
            if (!result.detail.isEmpty())
                m_out << "  detail: " << result.detail << '\n';
            m_out.flush();
            return done(false);
        }
        m_out << "answers (HTTP " << result.httpStatus << ")\n";
        m_out << "  TLS: " << (https ? "certificate verified" : "not used (plain HTTP, loopback only)")
              << (pinned ? ", pin matched" : "") << '\n';
        const QString rule = result.context.value(u"passwordRegex"_s).toString();
        m_out << "  password rule (passwordRegex): " << (rule.isEmpty() ? u"(none)"_s : rule) << '\n';
        m_out.flush();
        done(true);
    });
}

} // namespace LeoKiosk
