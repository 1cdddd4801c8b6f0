#pragma once

#include <QString>

namespace LeoKiosk {

// What the kiosk reads from the HTML pages POST /auth/login answers with (ENT protocol §3.2). Themes may change the
// markup, so these look for the few things ENT Core's own views are known to carry and nothing else.
namespace EntHtml {

QString unescape(const QString& html); // &amp; &lt; &gt; &quot; &#39; &apos; &nbsp; and numeric references

// The value of `name` on the <body> tag, single, double or un-quoted, HTML-unescaped; null if absent.
QString bodyAttribute(const QString& html, const QString& name);

// The text of `error = "…"` (or '…') in the body's ng-init, JavaScript escapes undone; empty if none.
QString ngInitError(const QString& html);

// What ENT Core's activation.html carries of the account in its <body> ng-init (ENT protocol §3.2): user.email and
// user.phone, the values the ENT holds, which its own page sends back (activation stores what is posted).
struct ActivationAccount
{
    bool found = false; // the ng-init names both: the values are what the ENT holds (possibly empty)
    QString email;
    QString phone;
};
ActivationAccount activationAccount(const QString& html);

bool isActivationPage(const QString& html); // activation.html: asks for the activation code's new password
bool isLoginPage(const QString& html);      // login.html: the login form again

} // namespace EntHtml

} // namespace LeoKiosk
