#include "views/ActivationPageHtml.h"

#include "common/Translator.h"
#include "domain/PasswordPolicy.h"
#include "views/HtmlPage.h"

#include <QStringList>

namespace LeoEnt {

using namespace Qt::StringLiterals;

using HtmlPage::escape;

ActivationPageHtml::ActivationPageHtml(const Translator& translator, const PasswordPolicy& policy, bool cgu)
    : m_translator(translator), m_policy(policy), m_cgu(cgu)
{
}

QString ActivationPageHtml::render(const Fields& fields) const
{
    const auto tr = [&](const char* key) {
        return escape(m_translator.text(fields.language, QString::fromLatin1(key)));
    };
    QStringList lines;
    for (const QString& line : fields.error.split(u'\n', Qt::SkipEmptyParts))
        lines.append(escape(line));
    const QString alert = lines.isEmpty() ? QString() : uR"(<p role="alert" id="error">%1</p>
)"_s.arg(lines.join(u"<br>"_s));
    const QString described = lines.isEmpty() ? u"rule"_s : u"error rule"_s;
    const QString terms =
        !m_cgu ? QString()
               : uR"(<label class="accept"><input type="checkbox" name="acceptCGU" value="true" required> %1</label>
<p><a href="/auth/cgu">%2</a></p>
)"_s.arg(tr("auth.activation.cgu"), tr("auth.activation.cgu.read"));
    const QString content = uR"(<h1>%1</h1>
%2<form method="post" action="/auth/activation">
<label for="login">%3</label>
<input type="text" id="login" name="login" value="%4" autocomplete="username" autocapitalize="none" spellcheck="false" required>
<label for="activationCode">%5</label>
<input type="text" id="activationCode" name="activationCode" value="%6" autocomplete="one-time-code" autocapitalize="none" spellcheck="false" required>
<label for="password">%7</label>
<input type="password" id="password" name="password" autocomplete="new-password" aria-describedby="%8" required>
<p class="rule" id="rule">%9</p>
<label for="confirmPassword">%10</label>
<input type="password" id="confirmPassword" name="confirmPassword" autocomplete="new-password" required>
<label for="mail">%11</label>
<input type="email" id="mail" name="mail" autocomplete="email">
%12<input type="hidden" name="view" value="page">
<button type="submit">%13</button>
</form>
)"_s.arg(tr("auth.activation.title"), alert, tr("auth.email"), escape(fields.login), tr("auth.activation.code"),
         escape(fields.activationCode), tr("auth.activation.password"), described,
         escape(m_policy.rules().value(fields.language).toString()), tr("auth.activation.confirm.password"),
         tr("auth.activation.mail"), terms, tr("auth.activation.button"));
    return HtmlPage::document(fields.language, m_translator.text(fields.language, u"auth.activation.title"_s),
                              uR"( class="activation")"_s, content);
}

} // namespace LeoEnt
