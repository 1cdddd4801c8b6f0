// leo-kiosk: the verbs that never open a window (CommandLine), or the kiosk (KioskApplication).
#include "app/CommandLine.h"
#include "app/FontconfigWarmUp.h"
#include "app/KioskApplication.h"
#include "app/ScrubOnFree.h"

#include <QApplication>

using namespace LeoKiosk::App;

int main(int argc, char* argv[])
{
    if (CommandLine::isVerb(argc, argv))
        return CommandLine::runVerb(argc, argv);

    // Until the window is shown, nothing a pupil typed can be in the heap: building the first screen frees tens of
    // thousands of blocks that need no zeroing.
    ScrubOnFree::suspend();
    FontconfigWarmUp fonts; // on the other core, while Qt connects to the display and the configuration is read
    CommandLine commandLine(argc, argv);
    if (commandLine.early())
        KioskApplication::prepareEnvironment(commandLine.early()->config); // before QApplication exists
    QApplication application(argc, argv); // keeps the identity CommandLine set
    const LeoKiosk::ConfigLoadResult loaded = commandLine.configuration(application);
    if (!loaded.ok())
        return CommandLine::reportErrors(loaded);

    fonts.wait(); // before the first widget asks for a font
    KioskApplication kiosk(loaded, {.reload = [&commandLine] { return commandLine.reload(); }});
    ScrubOnFree::resume(); // before the window is on the screen, so before any input exists
    kiosk.show();
    kiosk.start();
    return application.exec();
}
