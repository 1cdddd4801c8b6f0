#pragma once

#include <QString>

namespace LeoEnt {

class PasswordPolicy;
class Translator;

// The activation page (ENT protocol §3.2: what POST /auth/login answers when an activation code was typed as the
// password, and GET /auth/activation): the login and the code, the new password twice with the rule, an optional
// e-mail address and, when [auth] cgu is on, the box accepting the terms of use (with a link to /auth/cgu), posted
// to POST /auth/activation with view=page so that a refusal comes back as this page. Stricter than ENT Core's
// activation.html, it never shows the account's e-mail address or phone number. No script.
class ActivationPageHtml final
{
public:
    struct Fields
    {
        QString language;
        QString login;
        QString activationCode;
        QString error; // translated messages, one per line, shown in a role="alert" paragraph
    };

    ActivationPageHtml(const Translator& translator, const PasswordPolicy& policy, bool cgu);

    QString render(const Fields& fields) const;

private:
    const Translator& m_translator;
    const PasswordPolicy& m_policy;
    const bool m_cgu;
};

} // namespace LeoEnt
