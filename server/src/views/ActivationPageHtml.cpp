#include "views/ActivationPageHtml.h"

#include "common/Translator.h"
#include "domain/PasswordPolicy.h"
#include "views/HtmlPage.h"

#include <QStringList>

namespace LeoEnt {

using namespace Qt::StringLiterals;

using HtmlPage::escape;

ActivationPageHtml::ActivationPageHtml(
    const Translator& translator, const PasswordPolicy& policy, bool cgu, bool mandatoryMail, bool mandatoryPhone)
    : m_translator(translator), m_policy(policy), m_cgu(cgu), m_mandatoryMail(mandatoryMail),
      m_mandatoryPhone(mandatoryPhone)
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
<input type="email" id="mail" name="mail" value="%14" autocomplete="email"%15>
<label for="phone">%16</label>
<input type="tel" id="phone" name="phone" value="%17" autocomplete="tel"%18>
%12<input type="hidden" name="view" value="page">
<button type="submit">%13</button>
</form>
)"_s.arg(tr("auth.activation.title"), alert, tr("auth.email"), escape(fields.login), tr("auth.activation.code"),
         escape(fields.activationCode), tr("auth.activation.password"), described,
         escape(m_policy.rules().value(fields.language).toString()), tr("auth.activation.confirm.password"),
         tr(m_mandatoryMail ? "auth.mail" : "auth.activation.mail"), terms, tr("auth.activation.button"),
         escape(fields.email), m_mandatoryMail ? u" required"_s : QString(),
         tr(m_mandatoryPhone ? "auth.phone" : "auth.activation.phone"), escape(fields.phone),
         m_mandatoryPhone ? u" required"_s : QString());
    // ENT Core's activation.html: ng-init='user.login="{{login}}";user.activationCode="{{activationCode}}";
    // user.email="{{email}}";user.phone="{{phone}}"', each value HTML-escaped as Mustache does.
    const QString init = uR"(user.login="%1";user.activationCode="%2";user.email="%3";user.phone="%4")"_s.arg(
        escape(fields.login), escape(fields.activationCode), escape(fields.email), escape(fields.phone));
    return HtmlPage::document(fields.language, m_translator.text(fields.language, u"auth.activation.title"_s),
                              uR"( class="activation" ng-init=')"_s + init + u"'"_s, content);
}

} // namespace LeoEnt
