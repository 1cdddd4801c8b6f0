#pragma once

#include <QString>

namespace LeoEnt {

class PasswordPolicy;
class Translator;

// The activation page (ENT protocol §3.2: what POST /auth/login answers when an activation code was typed as the
// password, and GET /auth/activation): the login and the code, the new password twice with the rule, the e-mail
// address and the mobile number (required under [auth] mandatory_mail / mandatory_phone) and, when [auth] cgu is on,
// the box accepting the terms of use (with a link to /auth/cgu), posted to POST /auth/activation with view=page so
// that a refusal comes back as this page. As ENT Core's activation.html, the <body>'s ng-init carries
// user.login, user.activationCode, user.email and user.phone, and the fields are filled with the account's e-mail
// address and mobile, so that the form sends back what the account holds (activation stores what is posted). No
// script.
class ActivationPageHtml final
{
public:
    struct Fields
    {
        QString language;
        QString login;
        QString activationCode;
        QString error; // translated messages, one per line, shown in a role="alert" paragraph
        QString email; // what the account holds (or what the refused form carried)
        QString phone;
    };

    ActivationPageHtml(const Translator& translator,
                       const PasswordPolicy& policy,
                       bool cgu,
                       bool mandatoryMail = false,
                       bool mandatoryPhone = false);

    QString render(const Fields& fields) const;

private:
    const Translator& m_translator;
    const PasswordPolicy& m_policy;
    const bool m_cgu;
    const bool m_mandatoryMail;
    const bool m_mandatoryPhone;
};

} // namespace LeoEnt
