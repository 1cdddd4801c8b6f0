#include "views/ResetPageHtml.h"

#include "common/Translator.h"
#include "domain/PasswordPolicy.h"
#include "views/HtmlPage.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

using HtmlPage::escape;

ResetPageHtml::ResetPageHtml(const Translator& translator, const PasswordPolicy& policy)
    : m_translator(translator), m_policy(policy)
{
}

ResetPageHtml::Mode ResetPageHtml::modeOf(const QString& resetCode)
{
    if (resetCode == "forceChangePassword"_L1)
        return Mode::ForcedChange;
    return resetCode == "password"_L1 ? Mode::CurrentPassword : Mode::Code;
}

QString ResetPageHtml::render(const Fields& fields) const
{
    const auto tr = [&](const char* key) {
        return escape(m_translator.text(fields.language, QString::fromLatin1(key)));
    };
    const QString hidden = uR"(<input type="hidden" name="%1" value="%2">
)"_s;
    QString secret;
    QString extra;
    if (fields.mode == Mode::Code) {
        extra = hidden.arg(u"resetCode"_s, escape(fields.resetCode));
    } else {
        secret = uR"(<label for="oldPassword">%1</label>
<input type="password" id="oldPassword" name="oldPassword" autocomplete="current-password" required>
)"_s.arg(tr("auth.reset.old.password"));
        if (fields.mode == Mode::ForcedChange)
            extra = hidden.arg(u"forceChange"_s, u"force"_s);
    }
    extra += hidden.arg(u"callback"_s, escape(QString::fromLatin1(successCallback))) + hidden.arg(u"view"_s, u"page"_s);
    const QString alert = fields.error.isEmpty() ? QString() : uR"(<p role="alert" id="error">%1</p>
)"_s.arg(escape(fields.error));
    const QString described = fields.error.isEmpty() ? u"rule"_s : u"error rule"_s;
    const QString content = uR"(<h1>%1</h1>
%2<form method="post" action="/auth/reset">
<label for="login">%3</label>
<input type="text" id="login" name="login" value="%4" autocomplete="username" autocapitalize="none" spellcheck="false" required>
%5<label for="password">%6</label>
<input type="password" id="password" name="password" autocomplete="new-password" aria-describedby="%7" required>
<p class="rule" id="rule">%8</p>
<label for="confirmPassword">%9</label>
<input type="password" id="confirmPassword" name="confirmPassword" autocomplete="new-password" required>
%10<button type="submit">%11</button>
</form>
)"_s.arg(tr("auth.reset.title"), alert, tr("auth.email"), escape(fields.login), secret, tr("auth.reset.password"),
         described, escape(m_policy.rules().value(fields.language).toString()), tr("auth.reset.confirm"), extra,
         tr("auth.reset.button"));
    return HtmlPage::document(fields.language, m_translator.text(fields.language, u"auth.reset.title"_s),
                              uR"( class="reset")"_s, content);
}

} // namespace LeoEnt
