#include "core/session/AuthContextCache.h"

#include "core/session/AuthContextStore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcContext, "leokiosk.context")

} // namespace

AuthContextCache::AuthContextCache(const EntClientSettings& settings, QObject* parent)
    : QObject(parent), m_client(new EntClient(settings, this))
{
}

AuthContextCache::~AuthContextCache() = default;

void AuthContextCache::setStore(AuthContextStore* store)
{
    m_store = store;
    if (!m_store || isKnown())
        return;
    if (const std::optional<QJsonObject> stored = m_store->load(); stored && !stored->isEmpty()) {
        m_context = *stored;
        Q_EMIT updated();
    }
}

void AuthContextCache::refreshAfter(std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, &AuthContextCache::refresh);
}

void AuthContextCache::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_client->fetchContext([this](const ContextResult& result) {
        m_refreshing = false;
        if (!result.ok()) {
            qCInfo(lcContext) << "ENT context not refreshed:" << result.detail;
            Q_EMIT refreshFailed(result);
            return;
        }
        adopt(result.context);
    });
}

void AuthContextCache::adopt(const QJsonObject& context)
{
    if (const QString regex = context.value(u"passwordRegex"_s).toString();
        !regex.isEmpty() && !PasswordPolicy(regex).isEnforceable())
        qCWarning(lcContext) << "the ENT's passwordRegex cannot be checked by the kiosk; the ENT alone will judge:"
                             << regex;
    const bool changed = context != m_context;
    m_context = context;
    if (m_store && changed)
        m_store->save(context);
    Q_EMIT updated();
}

PasswordPolicy AuthContextCache::passwordPolicy(PasswordPolicy::Purpose purpose) const
{
    return isKnown() ? PasswordPolicy::fromContext(m_context, purpose) : PasswordPolicy();
}

} // namespace LeoKiosk
