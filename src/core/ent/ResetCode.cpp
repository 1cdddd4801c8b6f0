#include "core/ent/ResetCode.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

QString withoutSpaces(const QString& text)
{
    // \s in Unicode mode covers NBSP and the other spaces a paste or a virtual keyboard may bring.
    static const QRegularExpression spaces(u"[\\s\\x{200B}\\x{FEFF}]+"_s,
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString out = text;
    out.remove(spaces);
    return out;
}

std::optional<QString> normalizedCode(QString code)
{
    code.remove(u'-');
    code = code.toLower();
    if (!ResetCode::isWellFormed(code))
        return std::nullopt;
    return code;
}

// A pasted link may come wrapped in <…> or quotes, or followed by the sentence's full stop.
QString unwrapped(QString text)
{
    static const QString leading = u"<\"'"_s;
    static const QString trailing = u">\"'.,;"_s;
    while (!text.isEmpty() && leading.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && trailing.contains(text.back()))
        text.chop(1);
    return text;
}

} // namespace

bool ResetCode::isWellFormed(const QString& code)
{
    static const QRegularExpression alphabet(QRegularExpression::anchoredPattern(u"[a-hjkmnprstv-z3-9]{8}"_s));
    return alphabet.match(code).hasMatch();
}

std::optional<QString> ResetCode::parse(const QString& typedCodeOrLink)
{
    if (const std::optional<Link> link = parseLink(typedCodeOrLink))
        return link->code;
    return std::nullopt;
}

std::optional<ResetCode::Link> ResetCode::parseLink(const QString& typedCodeOrLink)
{
    const QString text = unwrapped(withoutSpaces(typedCodeOrLink));
    const bool looksLikeLink = text.contains(u'/') || text.contains(u':') || text.contains(u'?');
    if (!looksLikeLink) {
        if (const std::optional<QString> code = normalizedCode(text))
            return Link{*code, QString()};
        return std::nullopt;
    }

    static const QRegularExpression scheme(u"^[a-z][a-z0-9+.-]*://"_s, QRegularExpression::CaseInsensitiveOption);
    const bool relative = text.startsWith(u'/');
    const QUrl url = QUrl(scheme.match(text).hasMatch() || relative ? text : u"https://"_s + text);
    if (!url.isValid())
        return std::nullopt;
    // Exactly /auth/reset/<code>, with at most a trailing slash: any other page of the ENT is not a reset link.
    static const QRegularExpression resetPath(QRegularExpression::anchoredPattern(u"/auth/reset/([^/]+)/?"_s),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch path = resetPath.match(url.path(QUrl::FullyDecoded));
    if (!path.hasMatch())
        return std::nullopt;
    const std::optional<QString> code = normalizedCode(path.captured(1));
    if (!code)
        return std::nullopt;
    const QString login = QUrlQuery(url).queryItemValue(u"login"_s, QUrl::FullyDecoded);
    return Link{*code, login};
}

} // namespace LeoKiosk
