#pragma once

#include "config/ServerConfig.h"

#include <QString>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace LeoEnt {

class PasswordPolicy;
class Store;

// What each admin command gets from AdminCli: its options as parsed, standard output and error, and the
// configuration and database that --config names.
class CommandContext final
{
public:
    CommandContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    QTextStream& out() const { return m_out; }
    QTextStream& err() const { return m_err; }
    bool isSet(const QString& option) const;
    QString value(const QString& option) const;

    static QString defaultConfigFile(); // ./leo-ent-server.ini
    // The file --config names (it must exist), else the default one.
    ServerConfig loadConfig() const;
    std::unique_ptr<Store> openStore(const ServerConfig& config) const; // with the key the configuration names
    static PasswordPolicy passwordPolicy(const ServerConfig& config);

private:
    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace LeoEnt
