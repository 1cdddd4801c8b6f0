#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

class PasswordPolicy;
class Translator;

// The reset page (GET /auth/reset/<code>, ENT protocol §3.10) for the e-mailed link, in any browser and without
// script: the login (pre-filled from ?login=), the new password twice and the rule, posted to POST /auth/reset
// with the code, a callback to the login page's "password changed" notice, and view=page so that a refusal comes
// back as this page with its message instead of ENT Core's JSON. The code is not checked here, as in ENT Core.
// The special codes `password` and `forceChangePassword` ask for the current password instead (ENT protocol §3.11).
class ResetPageHtml final
{
public:
    enum class Mode { Code, CurrentPassword, ForcedChange };

    struct Fields
    {
        QString language;
        Mode mode = Mode::Code;
        QString resetCode;
        QString login;
        QString error; // a translated message, shown in a role="alert" paragraph
    };

    static constexpr const char* successCallback = "/auth/login?passwordChanged=1";

    ResetPageHtml(const Translator& translator, const PasswordPolicy& policy);

    static Mode modeOf(const QString& resetCode);
    QString render(const Fields& fields) const;

private:
    const Translator& m_translator;
    const PasswordPolicy& m_policy;
};

} // namespace LeoEnt
