#pragma once

#include <QList>
#include <QString>

namespace LeoKiosk::Gui {

// Easy-read (Facile à lire et à comprendre, FALC): the steps each screen with the « Facile à lire » switch shows,
// one pictogram and one short sentence per step. Every sentence lives in the table of EasyReadTexts.cpp, under the
// one translation context `context`, so that a test can list them per screen and ask every catalogue for them.
// No widget here: EasyReadPanel shows them.
namespace EasyReadTexts {

// The screens that offer the switch: every screen behind « Besoin d'aide ? » and the forced new-password screen.
enum class Screen {
    Help,
    ForgotPassword,
    ResetCode,
    NewPassword,
    LostIdentifier,
    StillLost,
    Assistance,
    Activation,
    ForcedPassword,
};

struct Step
{
    const char* pictogram; // the drawing's name: resources/pictograms/<name>.svg, rendered to :/pictograms/<name>.png
    const char* source;    // the English source, translated in `context`
};

// The translation context of every easy-read text.
inline constexpr auto context = "LeoKiosk::Gui::EasyReadTexts";

// Every screen with the switch, in the order of the enum.
QList<Screen> screens();
// The screen's name for logs and test messages (not translated): "ForgotPassword".
QString screenName(Screen screen);
// The screen's steps in order, 3 to 5.
QList<Step> steps(Screen screen);
// A step's sentence in the current language.
QString sentence(const Step& step);
// The pictograms that point a way (an arrow): drawn mirrored in a right-to-left language.
bool pointsAWay(const char* pictogram);

// The switch's text and accessible name (« Facile à lire »), the panel's accessible name, and a step's text with its
// number, in the current language.
QString switchText();
QString switchDescription();
QString panelName();
QString numberedStep(int number, const QString& sentence);

// For the tests: the source texts of the switch and panel themselves (in `context` too).
QList<const char*> interfaceSources();

} // namespace EasyReadTexts

} // namespace LeoKiosk::Gui
