#include "core/secrets/AdminPin.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QPromise>
#include <QRegularExpression>
#include <QThreadPool>

#include <sodium.h>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxMemoryKiB = 1024 * 1024; // a hash that asks more would exhaust a kiosk's memory at every check
constexpr qint64 maxPasses = 16;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

AdminPin::AdminPin(QString hash, std::chrono::seconds lockout, Clock now, QObject* parent)
    : QObject(parent), m_hash(std::move(hash)), m_lockout(lockout), m_now(std::move(now))
{
}

AdminPin::~AdminPin() = default;

std::optional<QString> AdminPin::hash(SecretBytes pin)
{
    const qsizetype length = QString::fromUtf8(pin.bytes()).size();
    if (length < minLength || length > maxLength || !sodiumReady()) {
        pin.wipe();
        return std::nullopt;
    }
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, pin.bytes().constData(), static_cast<unsigned long long>(pin.bytes().size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    pin.wipe();
    if (rc != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

QString AdminPin::hashProblem(const QString& hash)
{
    static const QRegularExpression form(
        u"^\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{16,}$"_s);
    const QRegularExpressionMatch match = form.match(hash);
    if (!match.hasMatch())
        return u"is not an argon2id hash as `leo-kiosk --hash-admin-pin` prints it ($argon2id$v=19$m=…,t=…,p=…$…$…)"_s;
    if (match.captured(1).toLongLong() > maxMemoryKiB || match.captured(2).toLongLong() > maxPasses)
        return u"asks for more than %1 MiB or %2 passes: every check would stall the kiosk"_s.arg(maxMemoryKiB / 1024)
            .arg(maxPasses);
    const QByteArray latin1 = hash.toLatin1();
    if (!sodiumReady() || crypto_pwhash_str_needs_rehash(latin1.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                         crypto_pwhash_MEMLIMIT_INTERACTIVE) < 0)
        return u"is not a hash libsodium can check"_s;
    return {};
}

std::chrono::steady_clock::time_point AdminPin::now() const
{
    return m_now ? m_now() : std::chrono::steady_clock::now();
}

bool AdminPin::isLockedOut() const
{
    return m_lockedUntil && now() < *m_lockedUntil;
}

std::chrono::seconds AdminPin::lockoutRemaining() const
{
    if (!isLockedOut())
        return std::chrono::seconds(0);
    return std::chrono::ceil<std::chrono::seconds>(*m_lockedUntil - now());
}

void AdminPin::verify(SecretBytes pin, std::function<void(Verdict)> done)
{
    const auto answer = [this, &done](Verdict verdict) {
        QMetaObject::invokeMethod(this, [done, verdict] { done(verdict); }, Qt::QueuedConnection);
    };
    if (m_checking) {
        pin.wipe();
        return answer(Verdict::Busy);
    }
    if (m_lockedUntil && !isLockedOut()) { // the lockout is over: a fresh series of tries
        m_lockedUntil.reset();
        m_failures = 0;
    }
    if (isLockedOut()) {
        pin.wipe();
        return answer(Verdict::LockedOut);
    }
    if (!hashProblem(m_hash).isEmpty()) {
        pin.wipe();
        return answer(Verdict::NotConfigured);
    }
    m_checking = true;
    // The watcher belongs to this object: if it goes first, the answer has nowhere to go and is dropped.
    auto promise = std::make_shared<QPromise<bool>>();
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        watcher->deleteLater();
        conclude(watcher->future().resultCount() > 0 && watcher->result(), done);
    });
    watcher->setFuture(promise->future());
    auto secret = std::make_shared<SecretBytes>(std::move(pin));
    QThreadPool::globalInstance()->start([promise, secret, hash = m_hash.toLatin1()] {
        promise->start();
        const bool accepted = crypto_pwhash_str_verify(hash.constData(), secret->bytes().constData(),
                                                       static_cast<unsigned long long>(secret->bytes().size())) == 0;
        secret->wipe();
        promise->addResult(accepted);
        promise->finish();
    });
}

void AdminPin::conclude(bool accepted, const std::function<void(Verdict)>& done)
{
    m_checking = false;
    if (accepted) {
        m_failures = 0;
        return done(Verdict::Accepted);
    }
    if (++m_failures >= maxFailures) {
        m_lockedUntil = now() + m_lockout;
        Q_EMIT lockedOut(m_lockout);
        return done(Verdict::LockedOut);
    }
    done(Verdict::Refused);
}

} // namespace LeoKiosk
