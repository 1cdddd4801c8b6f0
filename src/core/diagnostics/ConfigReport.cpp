#include "core/diagnostics/ConfigReport.h"

namespace LeoKiosk {

using namespace Qt::StringLiterals;

void ConfigReport::printValues(const ConfigLoadResult& loaded, QTextStream& out)
{
    out << "Effective configuration (command line > system file > user settings > defaults):\n";
    for (const ConfigKey& key : ConfigLoader::schema()) {
        const QString value = ConfigLoader::effectiveValue(loaded.config, key.name);
        out << "  " << key.name.leftJustified(22) << " = " << (value.isEmpty() ? u"(empty)"_s : value).leftJustified(34)
            << "  [" << loaded.sourceOf.value(key.name, u"default"_s) << "]\n";
    }
    for (const QString& warning : loaded.warnings)
        out << "  warning: " << warning << '\n';
    out.flush();
}

void ConfigReport::printErrors(const ConfigLoadResult& loaded, QTextStream& out)
{
    if (loaded.ok())
        return;
    out << "\nThe configuration is invalid:\n";
    for (const QString& error : loaded.errors)
        out << "  error: " << error << '\n';
    out.flush();
}

} // namespace LeoKiosk
