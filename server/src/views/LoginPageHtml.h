#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

class Translator;

// The login page (GET /auth/login, and POST /auth/login on failure). It keeps ENT Core's machine-readable
// shape, <body ng-init='error = "<message>"; callBack = "…"'> (ENT protocol §3.2), for clients that parse it, and is
// a plain accessible form for people: labelled fields, the error in a role="alert" paragraph, a notice (such as
// "your password was changed") in a role="status" one, no script and no third-party resource.
class LoginPageHtml final
{
public:
    explicit LoginPageHtml(const Translator& translator);

    QString
    render(const QString& language, const QString& error, const QString& callBack, const QString& notice = {}) const;
    QByteArray contentSecurityPolicy() const;

private:
    const Translator& m_translator;
};

} // namespace LeoEnt
