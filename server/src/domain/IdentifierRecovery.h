#pragma once

#include <QList>
#include <QString>

namespace LeoEnt {

class DeliveryWorker;
class RecoveryLimiter;
class RecoveryMessages;
class Store;

// POST /auth/forgot-id after its validation (ENT protocol §3.9, §6), without its leaks (ENT protocol §8). The accounts
// whose e-mail address is the typed one (lower-cased), narrowed to the typed first name (accents, spaces, hyphens and
// apostrophes removed, lower-cased) and school when given: one activated account (a password, no pending activation
// code, not blocked) is sent its login, by e-mail or SMS; several in more than one school give the list of those
// schools, and nothing else (no login, alias, activation code or mobile); anything else, or over a limit (the
// forgot-password limiter, per typed address and per client address), gives nothing. The lookup and the request record
// are one write transaction whatever the outcome; the message is queued in it and sent by the delivery thread.
class IdentifierRecovery final
{
public:
    enum class Channel { Mail, Sms };

    struct Structure
    {
        QString id;
        QString name;
    };

    struct Request
    {
        QString mail;
        QString firstName;   // empty: not given
        QString structureId; // empty: not given
        Channel channel = Channel::Mail;
        QString language;
        QString clientAddress;
    };

    IdentifierRecovery(Store& store,
                       const RecoveryLimiter& limiter,
                       const RecoveryMessages& messages,
                       DeliveryWorker& delivery,
                       int giveUpAfterS);

    // The schools to choose from when the address is ambiguous; empty otherwise (sent or not).
    QList<Structure> request(const Request& request);

    static QString searchable(const QString& firstName); // "Marie-Hélène d'Arc" -> "mariehelenedarc"

private:
    Store& m_store;
    const RecoveryLimiter& m_limiter;
    const RecoveryMessages& m_messages;
    DeliveryWorker& m_delivery;
    const int m_giveUpAfterS;
};

} // namespace LeoEnt
