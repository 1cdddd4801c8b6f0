#pragma once

#include <QString>

namespace LeoEnt {

class DeliveryWorker;
class RecoveryLimiter;
class RecoveryMessages;
class OneTimeCodes;
class Store;

// POST /auth/forgot-password after its validation (ENT protocol §3.8), without its enumeration leaks (ENT protocol §8):
// whatever the account (unknown, without password, blocked, without e-mail or mobile, valid) and whether a limit was
// reached, the caller gives the same answer, and the work done is alike: a code drawn, the request recorded and
// the account looked up in one write transaction. Only for a valid account within the limits is the new code
// stored (replacing the previous one) and a message queued, in that same transaction; the delivery thread sends it.
class PasswordRecovery final
{
public:
    enum class Channel { Mail, Sms };

    PasswordRecovery(Store& store,
                     OneTimeCodes& codes,
                     const RecoveryLimiter& limiter,
                     const RecoveryMessages& messages,
                     DeliveryWorker& delivery,
                     int giveUpAfterS,
                     bool checkFederatedLogin = false); // ENT Core's check-federated-login: federated accounts get nothing

    void request(const QString& login, Channel channel, const QString& language, const QString& clientAddress);

private:
    Store& m_store;
    OneTimeCodes& m_codes;
    const RecoveryLimiter& m_limiter;
    const RecoveryMessages& m_messages;
    DeliveryWorker& m_delivery;
    const int m_giveUpAfterS;
    const bool m_checkFederatedLogin;
};

} // namespace LeoEnt
