#include "support/FakeSecretStore.h"

#include <QTimer>

namespace LeoKiosk::Test {

FakeSecretStore::FakeSecretStore(QObject* parent) : SecretStore(parent) {}

FakeSecretStore::~FakeSecretStore() = default;

void FakeSecretStore::later(std::function<void()> answer)
{
    ++m_operations;
    QTimer::singleShot(0, this, std::move(answer));
}

void FakeSecretStore::read(const QString& key, ReadCallback done)
{
    later([this, key, done = std::move(done)] {
        if (!m_available)
            return done(Status::Unavailable, {});
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend())
            return done(Status::NotFound, {});
        done(Status::Ok, *it);
    });
}

void FakeSecretStore::write(const QString& key, const QByteArray& value, WriteCallback done)
{
    later([this, key, value, done = std::move(done)] {
        const Status status = m_available ? Status::Ok : Status::Unavailable;
        if (m_available)
            m_entries.insert(key, value);
        Q_EMIT changed();
        if (done)
            done(status);
    });
}

void FakeSecretStore::remove(const QString& key, WriteCallback done)
{
    later([this, key, done = std::move(done)] {
        Status status = Status::Unavailable;
        if (m_available)
            status = m_entries.remove(key) ? Status::Ok : Status::NotFound;
        Q_EMIT changed();
        if (done)
            done(status);
    });
}

} // namespace LeoKiosk::Test
