#pragma once

#include "core/config/ConfigLoader.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace LeoKiosk::App {

// The program's command line: one option table (the verbs, then every key of ConfigLoader::schema() as --key-name),
// the verbs that never open a window (--check-config, --diagnostics, --hash-admin-pin, --help, --version), and the
// configuration the kiosk starts from (command line > system file or --config > user settings > defaults).
//
// For the window, two reads: one before QApplication exists (virtual_keyboard must be known then, see
// VirtualKeyboard::prepareEnvironment), and the options checked once it does (QApplication takes its own, -platform…).
// The parser stays for reload(), the admin panel's "Reload the configuration".
class CommandLine final
{
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    // The verbs run without a display (IT runs them over SSH): true when the arguments ask for one.
    static bool isVerb(int argc, char* argv[]);
    // Runs the verb on a QCoreApplication of its own; the process's exit code (core/diagnostics/ExitCode.h).
    static int runVerb(int argc, char* argv[]);

    // Sets the application's identity (before QApplication, which keeps it) and reads the configuration from the
    // arguments as they are; early() is empty when they do not parse (QApplication's own options, a typo: the check
    // after QApplication reports them).
    CommandLine(int argc, char* argv[]);
    ~CommandLine();

    const std::optional<ConfigLoadResult>& early() const { return m_early; }
    // Once QApplication exists: --help, --version and unknown options print and exit here. The configuration read
    // early serves unless QApplication took arguments of its own.
    ConfigLoadResult configuration(const QCoreApplication& application);
    // The same sources read again.
    ConfigLoadResult reload() const;

    // Prints each refused value on standard error; ExitCode::InvalidConfiguration.
    static int reportErrors(const ConfigLoadResult& loaded);

private:
    QStringList m_arguments;
    QCommandLineParser m_parser;
    std::optional<ConfigLoadResult> m_early;
};

} // namespace LeoKiosk::App
