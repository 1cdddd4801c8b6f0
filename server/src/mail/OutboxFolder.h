#pragma once

#include "mail/MessageTransport.h"

#include <QString>

namespace LeoEnt {

// The transport of a server without relay (the demo): each e-mail becomes <folder>/<time>-<message id>.eml,
// written to a temporary file then renamed, so a reader never sees half a message and a message delivered again
// after a crash replaces its own file instead of making a second one. The folder is private (0700).
class OutboxFolder final : public MessageTransport
{
public:
    explicit OutboxFolder(const QString& folder); // creates it; throws when it cannot

    Result deliver(const OutgoingMessage& message) override;

private:
    QString m_folder;
};

} // namespace LeoEnt
