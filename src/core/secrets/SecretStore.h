#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace LeoKiosk {

// Asynchronous key/value store for small secrets, backed by the OS keychain. Never holds passwords: only the
// remembered identifier (desktop profile) and the local database key.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, Unavailable };

    using ReadCallback = std::function<void(Status, const QByteArray&)>;
    using WriteCallback = std::function<void(Status)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QByteArray& value, WriteCallback done) = 0;
    virtual void remove(const QString& key, WriteCallback done) = 0;
    // Why the last answer was Unavailable, for diagnostics (the backend's own words; never a key or a value).
    virtual QString unavailableReason() const { return {}; }
};

// QtKeychain implementation. Keys are prefixed with the service name because Windows ignores the service.
// The insecure (plain-text) fallback is never enabled; any error other than "not found" means "unavailable".
// Nothing may prompt: before every call the store asks whether the keychain could put a prompt on the screen
// (KeychainPrompt::wouldPrompt: a locked or missing keyring, a closed wallet), and if so answers Unavailable, with
// that reason, without calling it. The kiosk profile builds no keychain store at all.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("leo-kiosk"), QObject* parent = nullptr);

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QByteArray& value, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;
    QString unavailableReason() const override { return m_unavailableReason; }

    // What decides whether a call could prompt: empty when it cannot, else why. Default: KeychainPrompt::wouldPrompt.
    void setPromptCheck(std::function<QString()> check) { m_promptCheck = std::move(check); }

private:
    bool mayPrompt(); // the check said a call could prompt: m_unavailableReason says why
    void answerUnavailable(WriteCallback done);
    void startWithStatus(QKeychain::Job* job, WriteCallback done);
    Status statusOf(const QKeychain::Job* job);

    QString m_service;
    QString m_unavailableReason;
    std::function<QString()> m_promptCheck;
};

} // namespace LeoKiosk
