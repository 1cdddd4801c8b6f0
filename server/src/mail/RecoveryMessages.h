#pragma once

#include "mail/MimeMail.h"

#include <QString>

namespace LeoEnt {

class SafeRedirect;
class Translator;
struct ServerConfig;

// The messages of password and identifier recovery, in the language of the request that caused them (server/i18n,
// French by default), modelled on the ENT's own e-mail: the reset code e-mail carries the link
// <public_url>/auth/reset/<code> (built from the configured public URL, never from the Host header) and the code
// written out to be typed at a kiosk; the "password changed" e-mail; the SMS, which carries the code only; the
// identifier reminder (forgot-id, ENT protocol §6), by e-mail or SMS; the recovery address's code and change warning.
class RecoveryMessages final
{
public:
    RecoveryMessages(const ServerConfig& config, const Translator& translator, const SafeRedirect& links);

    MimeMail resetCodeMail(const QString& language, const QString& to, const QString& code) const;
    MimeMail passwordChangedMail(const QString& language, const QString& to) const;
    QString resetCodeSms(const QString& language, const QString& code) const;
    MimeMail identifierMail(const QString& language, const QString& to, const QString& login) const;
    QString identifierSms(const QString& language, const QString& login) const;
    // The recovery address (ENT protocol §16.7): the code to the new address; the warning to the previous
    // one, which names the new address half-masked.
    MimeMail addressCodeMail(
        const QString& language, const QString& to, const QString& firstName, const QString& code, int lifetimeS) const;
    MimeMail addressChangedMail(const QString& language,
                                const QString& to,
                                const QString& firstName,
                                const QString& newAddress,
                                const QDateTime& when) const;

    QString duration(const QString& language, int seconds) const; // "1 heure", "10 min"

private:
    QString text(const QString& language, const char* key) const;
    QString validity(const QString& language) const;
    MimeMail mail(const QString& to, const QString& subject, const QString& body) const;

    const ServerConfig& m_config;
    const Translator& m_translator;
    const SafeRedirect& m_links;
};

} // namespace LeoEnt
