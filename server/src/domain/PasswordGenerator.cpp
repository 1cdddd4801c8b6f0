#include "domain/PasswordGenerator.h"

#include "common/Failure.h"
#include "domain/PasswordPolicy.h"
#include "security/SecretWipe.h"
#include "security/SecureRandom.h"

#include <string_view>

namespace LeoEnt {

namespace PasswordGenerator {

QByteArray generate(const PasswordPolicy& policy)
{
    static constexpr std::string_view alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QByteArray candidate(14, '-');
        for (const qsizetype i : {0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13})
            candidate[i] = alphabet[SecureRandom::uniform(static_cast<quint32>(alphabet.size()))];
        if (policy.accepts(candidate))
            return candidate;
        wipe(candidate);
    }
    fail(QStringLiteral("cannot generate a password that matches [auth] password_regex"));
}

} // namespace PasswordGenerator

} // namespace LeoEnt
