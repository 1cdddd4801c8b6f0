#pragma once

#include "core/config/ConfigLoader.h"

#include <QTextStream>

namespace LeoKiosk {

// The printed form of a loaded configuration, shared by --check-config and --diagnostics.
class ConfigReport final
{
public:
    // Every key with its effective value and where it came from, then the warnings. Secrets are never shown.
    static void printValues(const ConfigLoadResult& loaded, QTextStream& out);
    // "The configuration is invalid:" and one line per refused value, naming its key. Nothing when valid.
    static void printErrors(const ConfigLoadResult& loaded, QTextStream& out);
};

} // namespace LeoKiosk
