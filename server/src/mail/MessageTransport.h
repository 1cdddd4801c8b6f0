#pragma once

#include "mail/OutgoingMessage.h"

namespace LeoEnt {

// Hands a queued message over to where it goes (an SMTP relay, the outbox folder, an SMS gateway). Called from the
// delivery thread only, one message at a time.
class MessageTransport
{
public:
    enum class Result {
        Delivered,  // taken: leaves the queue
        RetryLater, // the relay is unreachable or answered a temporary failure
        Rejected    // refused for good (e.g. the recipient does not exist): dropped
    };

    virtual ~MessageTransport() = default;
    virtual Result deliver(const OutgoingMessage& message) = 0;
};

} // namespace LeoEnt
