#include "core/secrets/SecretStore.h"

#include "core/secrets/KeychainPrompt.h"

#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace LeoKiosk {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "leokiosk.secrets")

template <typename Job> Job* newJob(const QString& service, const QString& key, QObject* parent)
{
    auto* job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(service + u'/' + key); // Windows' credential store ignores the service name
    return job;
}

} // namespace

SecretStore::Status KeychainSecretStore::statusOf(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    default:
        // libsecret reports a missing or locked keyring as OtherError, never NoBackendAvailable: whatever the
        // cause, the store is unusable and nothing is written anywhere else.
        qCWarning(lcSecrets) << "keychain unavailable, error" << int(job->error()) << job->errorString();
        m_unavailableReason = job->errorString();
        return Status::Unavailable;
    }
}

void KeychainSecretStore::answerUnavailable(WriteCallback done)
{
    QTimer::singleShot(0, this, [done = std::move(done)] {
        if (done)
            done(Status::Unavailable);
    });
}

void KeychainSecretStore::startWithStatus(QKeychain::Job* job, WriteCallback done)
{
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        const Status status = statusOf(finished);
        if (done)
            done(status);
    });
    job->start();
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent), m_service(std::move(service)), m_promptCheck([] { return KeychainPrompt::wouldPrompt(); })
{
}

bool KeychainSecretStore::mayPrompt()
{
    const QString why = m_promptCheck ? m_promptCheck() : QString();
    if (why.isEmpty())
        return false;
    if (m_unavailableReason != why)
        qCInfo(lcSecrets) << "keychain not used, it could prompt:" << why;
    m_unavailableReason = why;
    return true;
}

void KeychainSecretStore::read(const QString& key, ReadCallback done)
{
    if (mayPrompt()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            if (done)
                done(Status::Unavailable, {});
        });
        return;
    }
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        const Status status = statusOf(finished);
        if (done)
            done(status, status == Status::Ok ? static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData()
                                              : QByteArray());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, WriteCallback done)
{
    if (mayPrompt())
        return answerUnavailable(std::move(done));
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setBinaryData(value);
    startWithStatus(job, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, WriteCallback done)
{
    if (mayPrompt())
        return answerUnavailable(std::move(done));
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    startWithStatus(job, std::move(done));
}

} // namespace LeoKiosk
