#pragma once

#include <QByteArray>

#include <memory>

namespace LeoEnt {

// argon2id through libsodium (crypto_pwhash_str, INTERACTIVE limits). Each hash costs 64 MiB and tens of
// milliseconds, so at most one per CPU runs at a time. verify() with an empty stored hash checks against a
// dummy hash, so an unknown login or an account without a password takes as long as a real one.
class PasswordHasher final
{
public:
    PasswordHasher();
    ~PasswordHasher();
    PasswordHasher(const PasswordHasher&) = delete;
    PasswordHasher& operator=(const PasswordHasher&) = delete;

    QByteArray hash(const QByteArray& password) const;
    bool verify(const QByteArray& storedHash, const QByteArray& password) const;

private:
    class Gate;
    std::unique_ptr<Gate> m_gate;
    QByteArray m_dummyHash;
};

} // namespace LeoEnt
