#pragma once

#include "cli/CommandContext.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace LeoEnt {

// leo-ent-server [--config FILE] <command>: the table of commands and options, and the dispatch to the command
// groups (InitCommand, ServeCommand, UsersCommands, ClientsCommands, DemoCommand, ConfigKeysCommand).
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

    QTextStream m_out;
    QTextStream m_err;
    QCommandLineParser m_parser;
    const CommandContext m_context;
    QList<Command> m_commands;
};

} // namespace LeoEnt
