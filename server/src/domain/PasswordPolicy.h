#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace LeoEnt {

// The password rule: a regex the whole password must match, as ENT Core's passwordRegex (ENT protocol §5.1), with
// its description per language for GET /auth/context; and the random passwords the CLI hands out, which it accepts.
class PasswordPolicy final
{
public:
    PasswordPolicy(const QString& pattern, const QString& ruleFr, const QString& ruleEn);

    QString pattern() const { return m_pattern; }
    QJsonObject rules() const; // language -> description
    bool accepts(const QByteArray& utf8Password) const;

    // A random password this rule accepts, easy to read and type: three groups of four letters and digits without
    // look-alikes (0/O, 1/l/I), e.g. "k7Qm-x4Tp-R9ab" (about 69 bits). Throws when the rule rejects 1000 candidates.
    QByteArray generate() const;

private:
    QString m_pattern;
    QRegularExpression m_anchored;
    QString m_ruleFr;
    QString m_ruleEn;
};

} // namespace LeoEnt
