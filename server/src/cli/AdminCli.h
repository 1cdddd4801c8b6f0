#pragma once

#include "config/ServerConfig.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace LeoEnt {

class PasswordPolicy;
class Store;
class UserDirectory;

// leo-ent-server [--config FILE] <command>: init, serve, users …, clients add, demo create.
// Returns the process exit code: 0 done, 1 failed, 2 bad usage.
class AdminCli final
{
public:
    AdminCli();
    ~AdminCli();
    AdminCli(const AdminCli&) = delete;
    AdminCli& operator=(const AdminCli&) = delete;

    int run(const QStringList& arguments);

private:
    struct Command
    {
        QStringList words; // e.g. {"users", "import"}
        int operands;      // how many values follow the words
        QString synopsis;  // the operands and options, for the usage text
        QStringList options;
        std::function<int(const QStringList& operands)> run;
    };

    QString usage() const;
    const Command* find(const QStringList& positional) const;
    ServerConfig loadConfig() const;
    std::unique_ptr<Store> openStore(const ServerConfig& config) const;

    int init();
    int serve();
    int importUsers(const QString& file);
    int setPassword(const QString& login);
    int setBlocked(const QString& login, bool blocked);
    int setEmail(const QString& login, const QString& email);
    int setFlag(const QString& login, const QString& flag, const QString& value);
    int setActivationCode(const QString& login);
    void printGeneratedPasswords(UserDirectory& users, const QStringList& logins, const PasswordPolicy& policy);
    int listUsers();
    int addClient(const QString& id);
    int createDemo();

    QTextStream m_out;
    QTextStream m_err;
    QCommandLineParser m_parser;
    QList<Command> m_commands;
};

} // namespace LeoEnt
