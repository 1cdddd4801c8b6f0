#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace LeoKiosk {

// The ENT's password rule (ENT protocol §5): a Java regex the whole password must match (`passwordRegex` of
// GET /auth/context), shown as a checklist. Rules the kiosk recognises (look-aheads for a letter and a digit, a
// minimum length) become one line per part; any other rule is one line with the ENT's own description. The
// checklist is presentation: the full regex decides. Pure: no I/O.
class PasswordPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    enum class Purpose { Reset, Activation }; // which description of /auth/context applies
    enum class Kind { MinLength, Letter, Digit, Rule, Identical };

    struct Item
    {
        Kind kind;
        QString id;   // stable: "min-length", "letter", "digit", "rule", "identical"
        QString text; // translated when items() is called
    };

    struct ItemState
    {
        Kind kind;
        bool satisfied;
    };

    struct Evaluation
    {
        QList<ItemState> items; // in the order of items()
        bool ruleHolds = false; // the full regex matches the whole password

        bool isSatisfied(Kind kind) const;
        bool allSatisfied() const;
    };

    // LEO's rule, the offline default: at least 8 characters, a letter and a digit (the reference server's too).
    static QString leoPattern();

    PasswordPolicy(); // LEO's rule
    // ruleTexts: language ("fr", "en") -> the ENT's description of the rule.
    explicit PasswordPolicy(const QString& javaRegex, const QHash<QString, QString>& ruleTexts = {});
    // passwordRegex and passwordRegexI18n (or passwordRegexI18nActivation); LEO's rule when no regex is given.
    static PasswordPolicy fromContext(const QJsonObject& context, Purpose purpose = Purpose::Reset);

    QString pattern() const { return m_pattern; }
    // False when Qt cannot compile the ENT's regex: its line is then always ticked and the ENT alone judges.
    bool isEnforceable() const { return m_full.isValid(); }
    int minimumLength() const { return m_minLength; } // 0 unless a length part was recognised
    bool isDecomposed() const { return m_decomposed; }

    // The ENT's description in `language` (then French, then any); empty if it sent none. Empty language: the
    // default locale's (LanguageManager sets it).
    QString ruleText(const QString& language = QString()) const;
    QList<Item> items(const QString& language = QString()) const;

    bool accepts(const QString& password) const;
    Evaluation evaluate(const QString& password, const QString& confirmation) const;

private:
    struct Part
    {
        Kind kind;
        QRegularExpression search; // Letter, Digit: found anywhere
    };

    void decompose(); // fills m_decomposed, m_minLength, m_parts from m_pattern

    QString m_pattern;
    QRegularExpression m_full;
    QHash<QString, QString> m_ruleTexts;
    bool m_decomposed = false; // false: one Rule line
    int m_minLength = 0;
    QList<Part> m_parts; // Letter, Digit
};

} // namespace LeoKiosk
