#include "domain/PasswordPolicy.h"

#include "common/Failure.h"
#include "security/SecretWipe.h"
#include "security/SecureRandom.h"

#include <string_view>

namespace LeoEnt {

using namespace Qt::StringLiterals;

PasswordPolicy::PasswordPolicy(const QString& pattern, const QString& ruleFr, const QString& ruleEn)
    : m_pattern(pattern), m_anchored(QRegularExpression::anchoredPattern(pattern)), m_ruleFr(ruleFr), m_ruleEn(ruleEn)
{
}

QJsonObject PasswordPolicy::rules() const
{
    return {{u"fr"_s, m_ruleFr}, {u"en"_s, m_ruleEn}};
}

bool PasswordPolicy::accepts(const QByteArray& utf8Password) const
{
    QString password = QString::fromUtf8(utf8Password);
    const bool matches = m_anchored.match(password).hasMatch();
    wipe(password);
    return matches;
}

QByteArray PasswordPolicy::generate() const
{
    static constexpr std::string_view alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QByteArray candidate(14, '-');
        for (const qsizetype i : {0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13})
            candidate[i] = alphabet[SecureRandom::uniform(static_cast<quint32>(alphabet.size()))];
        if (accepts(candidate))
            return candidate;
        wipe(candidate);
    }
    fail(u"cannot generate a password that matches [auth] password_regex"_s);
}

} // namespace LeoEnt
