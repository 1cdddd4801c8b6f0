#include "domain/PasswordPolicy.h"

#include "security/SecretWipe.h"

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

} // namespace LeoEnt
