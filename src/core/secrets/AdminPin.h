#pragma once

#include "core/secrets/SecretBytes.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace LeoKiosk {

// The admin PIN that guards the kiosk's exit. The configuration holds only its argon2id hash
// (admin_pin_hash, made by `leo-kiosk --hash-admin-pin`). Checking a PIN costs ~64 MiB and a noticeable time,
// so verify() runs on the global thread pool and answers on this object's thread. After maxFailures wrong PINs
// in a row, every attempt is refused unchecked until the lockout ends; that state lives in memory only.
class AdminPin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPin)

public:
    static constexpr int maxFailures = 5;
    static constexpr qsizetype minLength = 6;
    static constexpr qsizetype maxLength = 64;

    enum class Verdict {
        Accepted,
        Refused,      // wrong PIN; failuresLeft() says how many before the lockout
        LockedOut,    // too many wrong PINs: lockoutRemaining() says for how long
        NotConfigured, // no (valid) admin_pin_hash: nothing can be accepted
        Busy,         // another check is still running
    };
    Q_ENUM(Verdict)

    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // `hash` as in admin_pin_hash; `lockout` as admin_pin_lockout; `now` empty: the steady clock.
    AdminPin(QString hash, std::chrono::seconds lockout, Clock now = {}, QObject* parent = nullptr);
    ~AdminPin() override;

    // For --hash-admin-pin: the argon2id string (libsodium crypto_pwhash_str, interactive limits), or nullopt when
    // the PIN is shorter than minLength or longer than maxLength. Blocking; the PIN is wiped.
    static std::optional<QString> hash(SecretBytes pin);
    // A crypto_pwhash_str argon2id string with sane limits, or the reason it is not (for the configuration).
    static QString hashProblem(const QString& hash);

    void verify(SecretBytes pin, std::function<void(Verdict)> done);

    bool isLockedOut() const;
    std::chrono::seconds lockoutRemaining() const;
    int failuresLeft() const { return maxFailures - m_failures; }

Q_SIGNALS:
    void lockedOut(std::chrono::seconds remaining);

private:
    std::chrono::steady_clock::time_point now() const;
    void conclude(bool accepted, const std::function<void(Verdict)>& done);

    QString m_hash;
    std::chrono::seconds m_lockout;
    Clock m_now;
    int m_failures = 0;
    std::optional<std::chrono::steady_clock::time_point> m_lockedUntil;
    bool m_checking = false;
};

} // namespace LeoKiosk
