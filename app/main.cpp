// leo-kiosk: the verbs that never open a window (CommandLine), or the kiosk (KioskApplication).
#include "app/CommandLine.h"
#include "app/KioskApplication.h"

#include <QApplication>

using namespace LeoKiosk::App;

int main(int argc, char* argv[])
{
    if (CommandLine::isVerb(argc, argv))
        return CommandLine::runVerb(argc, argv);

    CommandLine commandLine(argc, argv);
    if (commandLine.early())
        KioskApplication::prepareEnvironment(commandLine.early()->config); // before QApplication exists
    QApplication application(argc, argv); // keeps the identity CommandLine set
    const LeoKiosk::ConfigLoadResult loaded = commandLine.configuration(application);
    if (!loaded.ok())
        return CommandLine::reportErrors(loaded);

    KioskApplication kiosk(loaded, {.reload = [&commandLine] { return commandLine.reload(); }});
    kiosk.show();
    kiosk.start();
    return application.exec();
}
