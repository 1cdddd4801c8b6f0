#include "core/ent/EntHtml.h"

#include <QRegularExpression>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace EntHtml {

QString unescape(const QString& html)
{
    static const QRegularExpression reference(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);"_s);
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt();
        else if (name == u"amp"_s)
            code = '&';
        else if (name == u"lt"_s)
            code = '<';
        else if (name == u"gt"_s)
            code = '>';
        else if (name == u"quot"_s)
            code = '"';
        else if (name == u"apos"_s)
            code = '\'';
        else if (name == u"nbsp"_s)
            code = 0xa0;
        if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            out += m.captured(0); // unknown or invalid: left as written
        else
            out += QString::fromUcs4(&code, 1);
    }
    out += QStringView(html).mid(last);
    return out;
}

QString bodyAttribute(const QString& html, const QString& name)
{
    static const QRegularExpression bodyStart(u"<body(?=[\\s>/])"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        uR"re(\s*([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?)re"_s);
    const QRegularExpressionMatch body = bodyStart.match(html);
    if (!body.hasMatch())
        return {};
    qsizetype pos = body.capturedEnd();
    for (;;) {
        const QRegularExpressionMatch m =
            attribute.match(html, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return {};
        if (m.captured(1).compare(name, Qt::CaseInsensitive) == 0)
            return unescape(m.captured(2) + m.captured(3) + m.captured(4));
        pos = m.capturedEnd();
    }
}

QString ngInitError(const QString& html)
{
    QString init = bodyAttribute(html, u"ng-init"_s);
    if (init.isNull())
        init = bodyAttribute(html, u"data-ng-init"_s);
    // The closing quote is the one followed by the end of the statement: Mustache escapes a ' in the message as
    // &#39;, which comes back as a bare ' inside a '-quoted JavaScript string once the attribute is unescaped.
    static const QRegularExpression error(uR"re((?:^|[\s;,{])error\s*[=:]\s*(["'])(.*?)\1\s*(?=[;,}]|$))re"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = error.match(init);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression jsEscape(uR"re(\\(.))re"_s);
    QString text = m.captured(2);
    text.replace(jsEscape, u"\\1"_s);
    return text.trimmed();
}

namespace {

// `name = "…"` (or '…') in a JavaScript statement list, JavaScript escapes undone; null if absent.
QString ngInitString(const QString& init, const QString& name)
{
    const QRegularExpression assignment(u"(?:^|[\\s;,{])"_s + QRegularExpression::escape(name) +
                                            uR"re(\s*[=:]\s*(["'])(.*?)\1\s*(?=[;,}]|$))re"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = assignment.match(init);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression jsEscape(uR"re(\\(.))re"_s);
    QString text = m.captured(2);
    text.replace(jsEscape, u"\\1"_s);
    return text.isNull() ? u""_s : text;
}

} // namespace

ActivationAccount activationAccount(const QString& html)
{
    QString init = bodyAttribute(html, u"ng-init"_s);
    if (init.isNull())
        init = bodyAttribute(html, u"data-ng-init"_s);
    ActivationAccount account;
    const QString email = ngInitString(init, u"user.email"_s);
    const QString phone = ngInitString(init, u"user.phone"_s);
    account.found = !email.isNull() && !phone.isNull();
    if (account.found) {
        account.email = email.trimmed();
        account.phone = phone.trimmed();
    }
    return account;
}

bool isActivationPage(const QString& html)
{
    static const QRegularExpression marker(uR"re(activationCode|action\s*=\s*["']?[^"'\s>]*/auth/activation)re"_s);
    return marker.match(html).hasMatch();
}

bool isLoginPage(const QString& html)
{
    static const QRegularExpression marker(
        uR"re(action\s*=\s*["']?[^"'\s>]*/auth/login|<input\b[^>]*type\s*=\s*["']?password)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return marker.match(html).hasMatch();
}

} // namespace EntHtml

} // namespace LeoKiosk
