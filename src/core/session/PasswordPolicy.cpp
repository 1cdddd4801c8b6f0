#include "core/session/PasswordPolicy.h"

#include <QLocale>

#include <algorithm>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

struct KnownClass
{
    QString java; // as written inside (?=.*…)
    PasswordPolicy::Kind kind;
    QString pcre; // the same set for QRegularExpression (Java's POSIX classes are ASCII)
};

const QList<KnownClass>& knownClasses()
{
    using Kind = PasswordPolicy::Kind;
    static const QList<KnownClass> classes{
        {u"[a-zA-Z]"_s, Kind::Letter, u"[A-Za-z]"_s},    {u"[A-Za-z]"_s, Kind::Letter, u"[A-Za-z]"_s},
        {u"\\p{Alpha}"_s, Kind::Letter, u"[A-Za-z]"_s},  {u"\\p{L}"_s, Kind::Letter, u"\\p{L}"_s},
        {u"\\pL"_s, Kind::Letter, u"\\p{L}"_s},          {u"\\p{IsAlphabetic}"_s, Kind::Letter, u"\\p{L}"_s},
        {u"\\p{IsLetter}"_s, Kind::Letter, u"\\p{L}"_s}, {u"\\d"_s, Kind::Digit, u"[0-9]"_s},
        {u"[0-9]"_s, Kind::Digit, u"[0-9]"_s},           {u"\\p{Digit}"_s, Kind::Digit, u"[0-9]"_s},
        {u"\\p{Nd}"_s, Kind::Digit, u"\\p{Nd}"_s},       {u"\\p{N}"_s, Kind::Digit, u"\\p{N}"_s},
        {u"\\p{IsDigit}"_s, Kind::Digit, u"\\p{Nd}"_s},
    };
    return classes;
}

const KnownClass* knownClass(const QString& java)
{
    const QList<KnownClass>& classes = knownClasses();
    const auto it = std::find_if(classes.cbegin(), classes.cend(), [&](const KnownClass& c) { return c.java == java; });
    return it == classes.cend() ? nullptr : &*it;
}

// Counted as QRegularExpression counts for the full regex, so that the line and the rule agree.
qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size();
}

QString languageOf(const QString& localeName)
{
    return localeName.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

} // namespace

bool PasswordPolicy::Evaluation::isSatisfied(Kind kind) const
{
    return std::any_of(items.cbegin(), items.cend(),
                       [kind](const ItemState& s) { return s.kind == kind && s.satisfied; });
}

bool PasswordPolicy::Evaluation::allSatisfied() const
{
    return ruleHolds && std::all_of(items.cbegin(), items.cend(), [](const ItemState& s) { return s.satisfied; });
}

QString PasswordPolicy::leoPattern()
{
    return u"(?=.*[A-Za-z])(?=.*[0-9]).{8,}"_s;
}

PasswordPolicy::PasswordPolicy() : PasswordPolicy(leoPattern()) {}

PasswordPolicy::PasswordPolicy(const QString& javaRegex, const QHash<QString, QString>& ruleTexts)
    : m_pattern(javaRegex), m_full(QRegularExpression::anchoredPattern(javaRegex)), m_ruleTexts(ruleTexts)
{
    decompose();
}

PasswordPolicy PasswordPolicy::fromContext(const QJsonObject& context, Purpose purpose)
{
    const auto texts = [&context](const QString& key) {
        QHash<QString, QString> byLanguage;
        const QJsonObject object = context.value(key).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (const QString text = it.value().toString().trimmed(); !text.isEmpty())
                byLanguage.insert(languageOf(it.key()), text);
        }
        return byLanguage;
    };
    QHash<QString, QString> ruleTexts;
    if (purpose == Purpose::Activation)
        ruleTexts = texts(u"passwordRegexI18nActivation"_s);
    if (ruleTexts.isEmpty())
        ruleTexts = texts(u"passwordRegexI18n"_s);
    const QString regex = context.value(u"passwordRegex"_s).toString();
    return PasswordPolicy(regex.isEmpty() ? leoPattern() : regex, ruleTexts);
}

void PasswordPolicy::decompose()
{
    QString rest = m_pattern;
    if (rest.startsWith(u'^'))
        rest.remove(0, 1);
    if (rest.endsWith(u'$') && !rest.endsWith(u"\\$"_s))
        rest.chop(1);

    static const QRegularExpression lookahead(uR"re(^\(\?=\.\*\??([^()]+)\))re"_s);
    QList<Part> parts;
    QStringList equivalent; // the recognised parts in Qt's syntax, in case Qt cannot compile the original
    for (QRegularExpressionMatch m = lookahead.match(rest); m.hasMatch(); m = lookahead.match(rest)) {
        const KnownClass* known = knownClass(m.captured(1));
        if (!known)
            return;
        const bool seen =
            std::any_of(parts.cbegin(), parts.cend(), [known](const Part& p) { return p.kind == known->kind; });
        if (!seen)
            parts.append({known->kind, QRegularExpression(known->pcre)});
        equivalent.append(u"(?=.*"_s + known->pcre + u')');
        rest.remove(0, m.capturedLength());
    }

    // .{n,}  .{n}.*  .+  .*
    static const QRegularExpression length(
        QRegularExpression::anchoredPattern(uR"re(\.(?:\{([0-9]{1,4}),\}|\{([0-9]{1,4})\}\.\*|(\+)|\*))re"_s));
    const QRegularExpressionMatch m = length.match(rest);
    if (!m.hasMatch())
        return;
    m_minLength = m.captured(1).isEmpty() ? m.captured(2).toInt() : m.captured(1).toInt();
    if (!m.captured(3).isEmpty())
        m_minLength = 1;
    std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.kind < b.kind; });
    m_parts = parts;
    m_decomposed = true;
    if (!m_full.isValid())
        m_full = QRegularExpression(
            QRegularExpression::anchoredPattern(equivalent.join(QString()) + u".{%1,}"_s.arg(m_minLength)));
}

QString PasswordPolicy::ruleText(const QString& language) const
{
    const QString wanted = languageOf(language.isEmpty() ? QLocale().name() : language);
    if (const QString text = m_ruleTexts.value(wanted); !text.isEmpty())
        return text;
    if (const QString text = m_ruleTexts.value(u"fr"_s); !text.isEmpty())
        return text;
    QStringList languages = m_ruleTexts.keys();
    languages.sort();
    return languages.isEmpty() ? QString() : m_ruleTexts.value(languages.first());
}

QList<PasswordPolicy::Item> PasswordPolicy::items(const QString& language) const
{
    QList<Item> list;
    if (m_decomposed) {
        if (m_minLength > 0)
            list.append({Kind::MinLength, u"min-length"_s, tr("At least %n characters", nullptr, m_minLength)});
        for (const Part& part : m_parts) {
            if (part.kind == Kind::Letter)
                list.append({Kind::Letter, u"letter"_s, tr("At least one letter")});
            else
                list.append({Kind::Digit, u"digit"_s, tr("At least one digit")});
        }
    } else {
        const QString text = ruleText(language);
        list.append({Kind::Rule, u"rule"_s, text.isEmpty() ? tr("Meets the ENT's password rule") : text});
    }
    list.append({Kind::Identical, u"identical"_s, tr("The two entries are identical")});
    return list;
}

bool PasswordPolicy::accepts(const QString& password) const
{
    return !m_full.isValid() || m_full.match(password).hasMatch();
}

PasswordPolicy::Evaluation PasswordPolicy::evaluate(const QString& password, const QString& confirmation) const
{
    Evaluation e;
    e.ruleHolds = accepts(password);
    if (m_decomposed) {
        if (m_minLength > 0)
            e.items.append({Kind::MinLength, characterCount(password) >= m_minLength});
        for (const Part& part : m_parts)
            e.items.append({part.kind, part.search.match(password).hasMatch()});
    } else {
        e.items.append({Kind::Rule, e.ruleHolds});
    }
    e.items.append({Kind::Identical, !password.isEmpty() && password == confirmation});
    return e;
}

} // namespace LeoKiosk
