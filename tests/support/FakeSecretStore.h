#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace LeoKiosk::Test {

// In-memory SecretStore for tests. Answers asynchronously, like a keychain; can play an unavailable keychain.
class FakeSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSecretStore)

public:
    explicit FakeSecretStore(QObject* parent = nullptr);
    ~FakeSecretStore() override;

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QByteArray& value, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QByteArray> entries() const { return m_entries; }
    int operations() const { return m_operations; }

Q_SIGNALS:
    void changed(); // after each write or remove has been applied

private:
    void later(std::function<void()> answer);

    QHash<QString, QByteArray> m_entries;
    bool m_available = true;
    int m_operations = 0;
};

} // namespace LeoKiosk::Test
