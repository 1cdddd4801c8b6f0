#include "core/storage/SessionJournal.h"

#include "core/storage/LocalStore.h"

namespace LeoKiosk {

namespace {

Journal::Event eventFor(EntClient::Flow flow)
{
    switch (flow) {
    case EntClient::Flow::ForgotPassword:
        return Journal::Event::ForgotPassword;
    case EntClient::Flow::ForgotId:
        return Journal::Event::ForgotId;
    case EntClient::Flow::ResetPassword:
        return Journal::Event::ResetPassword;
    case EntClient::Flow::ChangePassword:
        return Journal::Event::ChangePassword;
    case EntClient::Flow::StaffCode:
        return Journal::Event::StaffCode;
    case EntClient::Flow::StaffCodeReset:
        return Journal::Event::StaffCodeReset;
    case EntClient::Flow::MailChange:
        break;
    }
    return Journal::Event::MailChange;
}

std::optional<Journal::Event> eventFor(KioskSession::EndReason reason)
{
    switch (reason) {
    case KioskSession::EndReason::Logout:
    case KioskSession::EndReason::Lapsed: // the ENT ended it: the sign-out of this terminal
        return Journal::Event::SignOut;
    case KioskSession::EndReason::Idle:
        return Journal::Event::IdleLogout;
    case KioskSession::EndReason::SessionLimit:
        return Journal::Event::SessionLimit;
    case KioskSession::EndReason::AdminExit:
        return Journal::Event::AdminExit;
    case KioskSession::EndReason::Startup:
        break;
    }
    return std::nullopt;
}

} // namespace

SessionJournal::SessionJournal(KioskSession& session, LocalStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    connect(&session, &KioskSession::busyChanged, this, [this](bool busy) {
        if (busy)
            m_attempt.start();
    });
    connect(&session, &KioskSession::signedIn, this, [this] {
        write(Journal::Event::SignIn, Journal::Outcome::Success, m_attempt);
        m_signedIn.start();
    });
    connect(&session, &KioskSession::signInFailed, this, [this](const LoginResult& result) {
        write(Journal::Event::SignIn, Journal::outcomeOf(result.status), m_attempt);
    });
    connect(&session, &KioskSession::activated, this,
            [this] { write(Journal::Event::Activation, Journal::Outcome::Success, m_attempt); });
    connect(&session, &KioskSession::activationFailed, this, [this](const EntResult& result) {
        write(Journal::Event::Activation, Journal::outcomeOf(result.status), m_attempt);
    });
    connect(&session, &KioskSession::ended, this, [this](KioskSession::EndReason reason) {
        const std::optional<Journal::Event> event = eventFor(reason);
        if (event && m_signedIn.isValid()) // an end with nobody signed in (back to the login screen) is no event
            write(*event, Journal::Outcome::Success, m_signedIn);
        m_signedIn.invalidate();
    });
    connect(&session.client(), &EntClient::flowFinished, this,
            [this](EntClient::Flow flow, const EntResult& result, std::chrono::milliseconds duration) {
                record(eventFor(flow), result, duration);
            });
    connect(&session.authContext(), &AuthContextCache::refreshFailed, this, [this](const EntResult& result) {
        if (Journal::outcomeOf(result.status) == Journal::Outcome::Unreachable)
            m_store.journal(Journal::Event::EntUnreachable, Journal::Outcome::Unreachable);
    });
}

SessionJournal::~SessionJournal() = default;

void SessionJournal::record(Journal::Event event, const EntResult& result, std::chrono::milliseconds duration)
{
    m_store.journal(event, Journal::outcomeOf(result.status), duration);
}

void SessionJournal::write(Journal::Event event, Journal::Outcome outcome, QElapsedTimer& since)
{
    m_store.journal(event, outcome, std::chrono::milliseconds(since.isValid() ? since.elapsed() : 0));
    since.invalidate(); // an answer given without a request (an empty form) then counts no time
}

} // namespace LeoKiosk
