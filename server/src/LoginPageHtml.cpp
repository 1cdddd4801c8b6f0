#include "LoginPageHtml.h"

#include "Digest.h"
#include "Translator.h"

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView style = uR"(
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d1d1f; }
main { max-width: 24rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 0.5rem; }
h1 { font-size: 1.5rem; margin-top: 0; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input[type=text], input[type=password] { box-sizing: border-box; width: 100%; padding: 0.6rem; font-size: 1rem; }
.remember { font-weight: normal; }
button { margin-top: 1.5rem; width: 100%; padding: 0.8rem; font-size: 1rem; background: #1a4fa0; color: #fff;
         border: 0; border-radius: 0.3rem; }
[role=alert] { padding: 0.8rem; border-left: 0.3rem solid #b00020; background: #fdecee; }
:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
)";

// The escaping of ENT Core's Mustache templates: ' becomes &#39;
QString escape(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            escaped += "&amp;"_L1;
            break;
        case u'<':
            escaped += "&lt;"_L1;
            break;
        case u'>':
            escaped += "&gt;"_L1;
            break;
        case u'"':
            escaped += "&quot;"_L1;
            break;
        case u'\'':
            escaped += "&#39;"_L1;
            break;
        case u'`':
            escaped += "&#96;"_L1;
            break;
        case u'=':
            escaped += "&#61;"_L1;
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

} // namespace

LoginPageHtml::LoginPageHtml(const Translator& translator) : m_translator(translator)
{
    const QByteArray styleHash = Digest::sha256(style.toUtf8()).toBase64();
    m_contentSecurityPolicy = "default-src 'none'; style-src 'sha256-" + styleHash +
                              "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
}

QString LoginPageHtml::render(const QString& language, const QString& error, const QString& callBack) const
{
    const auto tr = [&](const char* key) { return escape(m_translator.text(language, QString::fromLatin1(key))); };
    const QString alert = error.isEmpty() ? QString() : uR"(<p role="alert" id="error">%1</p>)"_s.arg(escape(error));
    return uR"(<!doctype html>
<html lang="%1">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%2</title>
<style>%3</style>
</head>
<body class="login" ng-init='error = "%4"; callBack = "%5"'>
<main>
<h1>%6</h1>
%7
<form method="post" action="/auth/login">
<label for="email">%8</label>
<input type="text" id="email" name="email" autocomplete="username" autocapitalize="none" spellcheck="false" required%9>
<label for="password">%10</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<label class="remember"><input type="checkbox" name="rememberMe" value="true"> %11</label>
<input type="hidden" name="callBack" value="%5">
<button type="submit">%12</button>
</form>
</main>
</body>
</html>
)"_s.arg(language, tr("auth.title"), style.toString(), escape(error), escape(callBack), tr("auth.header"), alert,
         tr("auth.email"), error.isEmpty() ? QString() : uR"( aria-describedby="error")"_s, tr("auth.password"),
         tr("auth.remember.me"), tr("auth.login"));
}
