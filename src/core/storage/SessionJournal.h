#pragma once

#include "core/session/KioskSession.h"
#include "core/storage/Journal.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

namespace LeoKiosk {

class LocalStore;

// Writes the privacy-safe journal from KioskSession's signals, so that the session knows nothing of storage:
// sign-in outcomes by category (never the login), activations, and every end of a signed-in session with its
// length. Also notes when the ENT could not be reached for its context.
class SessionJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionJournal)

public:
    // Neither is owned; both must outlive this object (make it a child of either).
    SessionJournal(KioskSession& session, LocalStore& store, QObject* parent = nullptr);
    ~SessionJournal() override;

    // One line per finished help or account call (EntClient::flowFinished: forgot password or identifier, reset,
    // password change, recovery address code), its outcome taken from the result's category.
    void record(Journal::Event event, const EntResult& result, std::chrono::milliseconds duration);

private:
    void write(Journal::Event event, Journal::Outcome outcome, QElapsedTimer& since);

    LocalStore& m_store;
    QElapsedTimer m_attempt; // since the session last became busy: a sign-in or an activation
    QElapsedTimer m_signedIn;
};

} // namespace LeoKiosk
