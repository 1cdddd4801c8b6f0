#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// The server's HTML pages: one inline style sheet allowed by its hash, no script, no third-party resource, and
// every text that came from a request or the database escaped.
namespace HtmlPage {

// The escaping of ENT Core's Mustache templates (' becomes &#39;), plus ` and = for attribute values.
QString escape(const QString& text);
// A whole page: `bodyAttributes` and `content` are already HTML.
QString document(const QString& language, const QString& title, const QString& bodyAttributes, const QString& content);
QByteArray contentSecurityPolicy();

} // namespace HtmlPage

} // namespace LeoEnt
