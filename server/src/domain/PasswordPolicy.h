#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace LeoEnt {

// The password rule: a regex the whole password must match, as ENT Core's passwordRegex (ENT protocol §5.1), with
// its description per language for GET /auth/context.
class PasswordPolicy final
{
public:
    PasswordPolicy(const QString& pattern, const QString& ruleFr, const QString& ruleEn);

    QString pattern() const { return m_pattern; }
    QJsonObject rules() const; // language -> description
    bool accepts(const QByteArray& utf8Password) const;

private:
    QString m_pattern;
    QRegularExpression m_anchored;
    QString m_ruleFr;
    QString m_ruleEn;
};

} // namespace LeoEnt
