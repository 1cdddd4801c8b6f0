#include "security/PasswordHasher.h"

#include "security/SecretWipe.h"
#include "security/SecureRandom.h"

#include <sodium.h>

#include <algorithm>
#include <semaphore>
#include <stdexcept>
#include <thread>

namespace LeoEnt {

class PasswordHasher::Gate final
{
public:
    static constexpr std::ptrdiff_t maxConcurrent = 64;

    Gate() : m_slots(std::clamp<std::ptrdiff_t>(std::thread::hardware_concurrency(), 1, maxConcurrent)) {}

    template <typename Fn> auto pass(Fn&& fn)
    {
        m_slots.acquire();
        struct Release
        {
            std::counting_semaphore<maxConcurrent>& slots;
            ~Release() { slots.release(); }
        } release{m_slots};
        return fn();
    }

private:
    std::counting_semaphore<maxConcurrent> m_slots;
};

PasswordHasher::PasswordHasher() : m_gate(std::make_unique<Gate>())
{
    QByteArray unguessable = SecureRandom::bytes(32).toBase64();
    m_dummyHash = hash(unguessable);
    wipe(unguessable);
}

PasswordHasher::~PasswordHasher() = default;

QByteArray PasswordHasher::hash(const QByteArray& password) const
{
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    const int rc = m_gate->pass([&] {
        return crypto_pwhash_str(out.data(), password.constData(), static_cast<unsigned long long>(password.size()),
                                 crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    });
    if (rc != 0)
        throw std::runtime_error("argon2id hashing failed (out of memory?)");
    out.truncate(static_cast<qsizetype>(qstrlen(out.constData())));
    return out;
}

bool PasswordHasher::verify(const QByteArray& storedHash, const QByteArray& password) const
{
    const QByteArray& reference = storedHash.isEmpty() ? m_dummyHash : storedHash;
    const bool match = m_gate->pass([&] {
        return crypto_pwhash_str_verify(reference.constData(), password.constData(),
                                        static_cast<unsigned long long>(password.size())) == 0;
    });
    return match && !storedHash.isEmpty();
}

} // namespace LeoEnt
