#include "gui/widgets/EasyReadTexts.h"

#include <QCoreApplication>

#include <cstring>

namespace LeoKiosk::Gui::EasyReadTexts {

using namespace Qt::Literals::StringLiterals;

namespace {

// The FALC rules the sentences follow: one idea per sentence, short common words, the present tense and the active
// voice, no abbreviation, numbers in digits, the reader addressed directly (« vous », like the ENT), the ENT's own
// button names as the screen shows them (ENVOYER, in capitals). A sentence used on several screens is written once.

// --- the identifier, the code, the message
//: Easy-read (FALC) sentence, a step on the lost-password and received-code screens: type the identifier (ENT:
//: prénom.nom). Short, one idea.
constexpr Step typeIdentifier{
    "identifier", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Type your identifier: firstname.lastname.")};
//: Easy-read (FALC) sentence, a step on the lost-password and lost-identifier screens: press the ENT's SEND button (in
//: capitals, the button's own word).
constexpr Step pressSend{"press", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Press SEND.")};
//: Easy-read (FALC) sentence, lost-password screen, step 3: a code comes by e-mail or by text message.
constexpr Step codeComes{"mail",
                         QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "You get a code by e-mail or by SMS.")};
//: Easy-read (FALC) sentence, lost-password screen, step 4: the message can take a few minutes.
constexpr Step codeTakesMinutes{
    "clock", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "The code arrives in a few minutes.")};
//: Easy-read (FALC) sentence, a step on the lost-password and assistance screens: then press the button "I received a
//: code" (same words as that button).
constexpr Step thenReceivedCode{"code",
                                QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Then press \"I received a code\".")};
//: Easy-read (FALC) sentence, received-code screen, step 2: type the 8-character code of the message, digits written as
//: digits.
constexpr Step typeCode{
    "code", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Type the code of the message: 8 letters and digits.")};
//: Easy-read (FALC) sentence, received-code screen, step 3: press the button CHECK THE CODE (in capitals, the button's
//: own words).
constexpr Step pressCheckCode{"press", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Press CHECK THE CODE.")};
//: Easy-read (FALC) sentence, received-code screen, step 4: after the code, the pupil chooses a new password.
constexpr Step thenNewPassword{"key",
                               QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Then you choose a new password.")};
//: Easy-read (FALC) sentence, received-code screen, step 5: if the code does not work, press "Request a new code" (same
//: words as that button).
constexpr Step codeFails{
    "send", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "The code does not work? Press \"Request a new code\".")};

// --- the new password
//: Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: make up a new
//: password.
constexpr Step inventPassword{"key", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Make up a new password.")};
//: Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: the list under
//: the password field must have a tick on every line.
constexpr Step everyLineTicked{
    "checklist", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Every line of the list must have a tick.")};
//: Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: type the same
//: password again in the second field ("2nd" in digits, FALC).
constexpr Step typeTwice{"repeat",
                         QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Type the same password a 2nd time.")};
//: Easy-read (FALC) sentence, new-password screen, step 4: press the button RESET (in capitals, the button's own word).
constexpr Step pressReset{"press", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Press RESET.")};
//: Easy-read (FALC) sentence, new-password screen, step 5: afterwards the pupil signs in with the new password.
constexpr Step thenSignIn{
    "signin", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Then you sign in with your new password.")};
//: Easy-read (FALC) sentence, forced password change screen, step 1: type the password used until now.
constexpr Step typeCurrent{"keyboard",
                           QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Type your current password.")};
//: Easy-read (FALC) sentence, forced password change screen, step 5: press the button "Change my password" (same words
//: as that button).
constexpr Step pressChange{"press", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Press \"Change my password\".")};
//: Easy-read (FALC) sentence, activation screen, step 4: why to give a personal e-mail address.
constexpr Step mailHelps{"mail", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts",
                                                   "Your e-mail address helps you if you forget your password.")};
//: Easy-read (FALC) sentence, activation screen, step 5: press the button ACTIVATE MY ACCOUNT (in capitals, the
//: button's own words).
constexpr Step pressActivate{"press", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Press ACTIVATE MY ACCOUNT.")};

// --- "Besoin d'aide ?"
//: Easy-read (FALC) sentence, help screen, step 1: choose the button that matches the problem.
constexpr Step chooseButton{"question",
                            QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Choose the button for your problem.")};
//: Easy-read (FALC) sentence, help screen, step 2: forgotten password → the button "Have you lost your password?" (same
//: words as that button).
constexpr Step lostPasswordButton{
    "key", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts",
                             "You forgot your password: press \"Have you lost your password?\".")};
//: Easy-read (FALC) sentence, help screen, step 3: a code in hand → the button "I received a code" (same words as that
//: button).
constexpr Step receivedCodeButton{
    "code", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "You have a code: press \"I received a code\".")};
//: Easy-read (FALC) sentence, help screen, step 4: forgotten identifier → the button "Have you lost your identifier?"
//: (same words as that button).
constexpr Step lostIdentifierButton{
    "identifier", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts",
                                    "You forgot your identifier: press \"Have you lost your identifier?\".")};
//: Easy-read (FALC) sentence, help screen, step 5: to talk to a person → the button "Do you want to contact the help
//: desk?" (same words as that button).
constexpr Step assistanceButton{
    "adult", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts",
                               "You want help from a person: press \"Do you want to contact the help desk?\".")};

// --- the lost identifier
//: Easy-read (FALC) sentence, lost-identifier screen, step 1: type the personal e-mail address.
constexpr Step typeMail{"keyboard",
                        QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Type your personal e-mail address.")};
//: Easy-read (FALC) sentence, lost-identifier screen, step 3: when several accounts share the address, the screen asks
//: for the first name and the school (ENT: établissement).
constexpr Step sometimesSchool{"school",
                               QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts",
                                                 "Sometimes the screen asks for your first name and your school.")};
//: Easy-read (FALC) sentence, lost-identifier screen, step 4: the ENT sends the identifier to that address.
constexpr Step identifierSent{
    "send", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "The ENT sends your identifier to this address.")};
//: Easy-read (FALC) sentence, lost-identifier screen, step 5: look in the e-mails and in the spam folder.
constexpr Step lookInMail{"mail",
                          QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Look in your e-mails and in your spam.")};

// --- "Vous êtes toujours perdu ?"
//: Easy-read (FALC) sentence, step-by-step guide screen, step 1: what the pupil needs first, the identifier (ENT:
//: prénom.nom).
constexpr Step needIdentifier{
    "identifier", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "You need your identifier: firstname.lastname.")};
//: Easy-read (FALC) sentence, step-by-step guide screen, step 2: the pupil also needs the personal e-mail address saved
//: in the account.
constexpr Step needMail{"mail",
                        QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "You need your personal e-mail address.")};
//: Easy-read (FALC) sentence, step-by-step guide screen, step 3: ask for a code with the button "Have you lost your
//: password?" (same words as that button).
constexpr Step askCode{
    "code", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Ask for a code with \"Have you lost your password?\".")};
//: Easy-read (FALC) sentence, step-by-step guide screen, step 4: with the code, choose a new password.
constexpr Step codeThenPassword{
    "key", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "With the code, you choose a new password.")};
//: Easy-read (FALC) sentence, step-by-step guide screen, step 5: keep the password secret.
constexpr Step keepSecret{"lock",
                          QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Never give your password to anyone.")};

// --- "Vous souhaitez contacter l'assistance ?"
//: Easy-read (FALC) sentence, assistance screen, step 1: an adult of the school can help.
constexpr Step adultHelps{"adult",
                          QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "An adult of your school can help you.")};
//: Easy-read (FALC) sentence, assistance screen, step 2: ask a teacher or the school office (FR: la vie scolaire).
constexpr Step askTeacher{"school",
                          QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Ask a teacher or the school office.")};
//: Easy-read (FALC) sentence, assistance screen, step 3: the adult gives the pupil a code (a renewal code).
constexpr Step adultGivesCode{"key", QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "The adult gives you a code.")};

struct ScreenSteps
{
    Screen screen;
    const char* name;
    QList<Step> steps;
};

const QList<ScreenSteps>& table()
{
    static const QList<ScreenSteps> screens = {
        {Screen::Help,
         "Help",
         {chooseButton, lostPasswordButton, receivedCodeButton, lostIdentifierButton, assistanceButton}},
        {Screen::ForgotPassword,
         "ForgotPassword",
         {typeIdentifier, pressSend, codeComes, codeTakesMinutes, thenReceivedCode}},
        {Screen::ResetCode, "ResetCode", {typeIdentifier, typeCode, pressCheckCode, thenNewPassword, codeFails}},
        {Screen::NewPassword, "NewPassword", {inventPassword, everyLineTicked, typeTwice, pressReset, thenSignIn}},
        {Screen::LostIdentifier, "LostIdentifier", {typeMail, pressSend, sometimesSchool, identifierSent, lookInMail}},
        {Screen::StillLost, "StillLost", {needIdentifier, needMail, askCode, codeThenPassword, keepSecret}},
        {Screen::Assistance, "Assistance", {adultHelps, askTeacher, adultGivesCode, thenReceivedCode}},
        {Screen::Activation, "Activation", {inventPassword, everyLineTicked, typeTwice, mailHelps, pressActivate}},
        {Screen::ForcedPassword,
         "ForcedPassword",
         {typeCurrent, inventPassword, everyLineTicked, typeTwice, pressChange}},
    };
    return screens;
}

const ScreenSteps* find(Screen screen)
{
    for (const ScreenSteps& entry : table()) {
        if (entry.screen == screen)
            return &entry;
    }
    return nullptr;
}

//: The easy-read switch on every help screen and the new-password screen: a toggle button that shows the steps in short
//: sentences with pictures (FALC: Facile à lire)
constexpr auto switchSource = QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Easy to read");
//: What the easy-read switch does, told to a screen reader (FALC: Facile à lire)
constexpr auto switchDescriptionSource =
    QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Shows the steps in short sentences, with pictures.");
//: Accessible name of the list of easy-read steps shown under the switch
constexpr auto panelSource = QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "Easy-to-read steps");
//: An easy-read step: %1 is its number (1 to 5), %2 its sentence. Keep the number first in the reading order.
constexpr auto numberedSource = QT_TRANSLATE_NOOP("LeoKiosk::Gui::EasyReadTexts", "%1. %2");

QString translated(const char* source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

QList<Screen> screens()
{
    QList<Screen> all;
    for (const ScreenSteps& entry : table())
        all.append(entry.screen);
    return all;
}

QString screenName(Screen screen)
{
    const ScreenSteps* entry = find(screen);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

QList<Step> steps(Screen screen)
{
    const ScreenSteps* entry = find(screen);
    return entry ? entry->steps : QList<Step>();
}

QString sentence(const Step& step)
{
    return translated(step.source);
}

bool pointsAWay(const char* pictogram)
{
    return std::strcmp(pictogram, "send") == 0 || std::strcmp(pictogram, "signin") == 0;
}

QString switchText()
{
    return translated(switchSource);
}

QString switchDescription()
{
    return translated(switchDescriptionSource);
}

QString panelName()
{
    return translated(panelSource);
}

QString numberedStep(int number, const QString& sentence)
{
    // The digits of the sentences, the codes and the screen (1, 2, 3), in Arabic too: the Maghreb writes them so.
    return translated(numberedSource).arg(QString::number(number), sentence);
}

QList<const char*> interfaceSources()
{
    return {switchSource, switchDescriptionSource, panelSource, numberedSource};
}

} // namespace LeoKiosk::Gui::EasyReadTexts
