#include "views/HtmlPage.h"

#include "security/Digest.h"

#include <algorithm>
#include <array>
#include <utility>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView style = uR"(
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d1d1f; }
main { max-width: 24rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 0.5rem; }
h1 { font-size: 1.5rem; margin-top: 0; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input[type=text], input[type=password], input[type=email] { box-sizing: border-box; width: 100%; padding: 0.6rem;
                                                           font-size: 1rem; }
.remember, .accept { font-weight: normal; }
button { margin-top: 1.5rem; width: 100%; padding: 0.8rem; font-size: 1rem; background: #1a4fa0; color: #fff;
         border: 0; border-radius: 0.3rem; }
[role=alert] { padding: 0.8rem; border-left: 0.3rem solid #b00020; background: #fdecee; }
[role=status] { padding: 0.8rem; border-left: 0.3rem solid #1b7f3b; background: #e9f6ee; }
.rule { color: #3d3d42; }
:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
)";

} // namespace

namespace HtmlPage {

QString escape(const QString& text)
{
    static const std::array<std::pair<char16_t, QLatin1StringView>, 7> entities{{
        {u'&', "&amp;"_L1},
        {u'<', "&lt;"_L1},
        {u'>', "&gt;"_L1},
        {u'"', "&quot;"_L1},
        {u'\'', "&#39;"_L1},
        {u'`', "&#96;"_L1},
        {u'=', "&#61;"_L1},
    }};
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        const auto entity = std::find_if(entities.cbegin(), entities.cend(),
                                         [c](const auto& pair) { return pair.first == c.unicode(); });
        if (entity == entities.cend())
            escaped += c;
        else
            escaped += entity->second;
    }
    return escaped;
}

QString document(const QString& language, const QString& title, const QString& bodyAttributes, const QString& content)
{
    return uR"(<!doctype html>
<html lang="%1">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%2</title>
<style>%3</style>
</head>
<body%4>
<main>
%5</main>
</body>
</html>
)"_s.arg(escape(language), escape(title), style.toString(), bodyAttributes, content);
}

QByteArray contentSecurityPolicy()
{
    static const QByteArray policy = "default-src 'none'; style-src 'sha256-" +
                                     Digest::sha256(style.toUtf8()).toBase64() +
                                     "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    return policy;
}

} // namespace HtmlPage

} // namespace LeoEnt
