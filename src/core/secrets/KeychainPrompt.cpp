#include "core/secrets/KeychainPrompt.h"

#ifdef LEOKIOSK_HAS_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif

namespace LeoKiosk::KeychainPrompt {

using namespace Qt::StringLiterals;

#ifdef LEOKIOSK_HAS_DBUS

namespace {

// One method call; the reply's first argument, or an invalid QVariant (`error` says why).
QVariant ask(const QDBusConnection& bus,
             const QString& service,
             const QString& path,
             const QString& interface,
             const QString& method,
             const QVariantList& arguments,
             int timeoutMs,
             QString& error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
    call.setArguments(arguments);
    call.setAutoStartService(false); // never start a keyring daemon just to ask it
    const QDBusMessage reply = bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        error = reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage();
        return {};
    }
    return reply.arguments().constFirst();
}

bool running(const QDBusConnection& bus, const QString& name)
{
    const QDBusConnectionInterface* daemon = bus.interface();
    return daemon && daemon->isServiceRegistered(name).value();
}

// QtKeychain's choice (keychain_unix.cpp): KWallet on KDE, the Secret Service elsewhere.
bool kdeSession()
{
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(u"KDE"_s, Qt::CaseInsensitive) ||
           qEnvironmentVariableIsSet("KDE_FULL_SESSION");
}

QString kwalletWouldPrompt(const QDBusConnection& bus, int timeoutMs)
{
    const QString service = u"org.kde.kwalletd5"_s;
    if (!running(bus, service))
        return u"the KDE wallet service is not running (starting it could ask for the wallet's password)"_s;
    QString error;
    const QString path = u"/modules/kwalletd5"_s;
    const QString interface = u"org.kde.KWallet"_s;
    const QVariant wallet = ask(bus, service, path, interface, u"networkWallet"_s, {}, timeoutMs, error);
    if (!wallet.isValid())
        return u"the KDE wallet does not answer (%1)"_s.arg(error);
    const QVariant open = ask(bus, service, path, interface, u"isOpen"_s, {wallet}, timeoutMs, error);
    if (!open.isValid())
        return u"the KDE wallet does not answer (%1)"_s.arg(error);
    if (!open.toBool())
        return u"the KDE wallet \"%1\" is closed (opening it asks for its password)"_s.arg(wallet.toString());
    return {};
}

QString secretServiceWouldPrompt(const QDBusConnection& bus, int timeoutMs)
{
    const QString service = u"org.freedesktop.secrets"_s;
    if (!running(bus, service))
        return u"no Secret Service is running (starting one could ask for a password)"_s;
    QString error;
    const QVariant alias = ask(bus, service, u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
                               u"ReadAlias"_s, {u"default"_s}, timeoutMs, error);
    if (!alias.isValid())
        return u"the Secret Service does not answer (%1)"_s.arg(error);
    const QString collection = alias.value<QDBusObjectPath>().path();
    if (collection.isEmpty() || collection == u"/"_s)
        return u"the Secret Service has no default keyring (creating one asks for a password)"_s;
    const QVariant locked = ask(bus, service, collection, u"org.freedesktop.DBus.Properties"_s, u"Get"_s,
                                {u"org.freedesktop.Secret.Collection"_s, u"Locked"_s}, timeoutMs, error);
    if (!locked.isValid())
        return u"the Secret Service does not answer (%1)"_s.arg(error);
    if (locked.value<QDBusVariant>().variant().toBool())
        return u"the default keyring is locked (unlocking it asks for its password)"_s;
    return {};
}

} // namespace

QString wouldPrompt(int timeoutMs)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return u"no session bus"_s;
    return kdeSession() ? kwalletWouldPrompt(bus, timeoutMs) : secretServiceWouldPrompt(bus, timeoutMs);
}

#else

QString wouldPrompt(int)
{
    return {}; // Windows' Credential Manager never prompts
}

#endif

} // namespace LeoKiosk::KeychainPrompt
