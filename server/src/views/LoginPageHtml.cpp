#include "views/LoginPageHtml.h"

#include "common/Translator.h"
#include "views/HtmlPage.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

using HtmlPage::escape;

LoginPageHtml::LoginPageHtml(const Translator& translator) : m_translator(translator) {}

QByteArray LoginPageHtml::contentSecurityPolicy() const
{
    return HtmlPage::contentSecurityPolicy();
}

QString LoginPageHtml::render(const QString& language,
                              const QString& error,
                              const QString& callBack,
                              const QString& notice) const
{
    const auto tr = [&](const char* key) { return escape(m_translator.text(language, QString::fromLatin1(key))); };
    const QString alert = error.isEmpty() ? QString() : uR"(<p role="alert" id="error">%1</p>)"_s.arg(escape(error));
    const QString status = notice.isEmpty() ? QString() : uR"(<p role="status">%1</p>)"_s.arg(escape(notice));
    const QString content = uR"(<h1>%1</h1>
%2%3
<form method="post" action="/auth/login">
<label for="email">%4</label>
<input type="text" id="email" name="email" autocomplete="username" autocapitalize="none" spellcheck="false" required%5>
<label for="password">%6</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<label class="remember"><input type="checkbox" name="rememberMe" value="true"> %7</label>
<input type="hidden" name="callBack" value="%8">
<button type="submit">%9</button>
</form>
)"_s.arg(tr("auth.header"), status, alert, tr("auth.email"),
         error.isEmpty() ? QString() : uR"( aria-describedby="error")"_s, tr("auth.password"), tr("auth.remember.me"),
         escape(callBack), tr("auth.login"));
    return HtmlPage::document(
        language, m_translator.text(language, u"auth.title"_s),
        uR"( class="login" ng-init='error = "%1"; callBack = "%2"')"_s.arg(escape(error), escape(callBack)), content);
}

} // namespace LeoEnt
