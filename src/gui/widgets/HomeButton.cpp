#include "gui/widgets/HomeButton.h"

#include <QEvent>

namespace LeoKiosk::Gui {

HomeButton::HomeButton(QWidget* parent)
    : QPushButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setAutoDefault(true);
    retranslate();
}

HomeButton::~HomeButton() = default;

void HomeButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void HomeButton::retranslate()
{
    //: Back to the sign-in screen from a help screen, in capitals as on the ENT (ENT: RETOUR À L'ÉCRAN D'ACCUEIL)
    const QString text = tr("BACK TO THE HOME SCREEN");
    setText(text);
    setAccessibleName(text);
}

} // namespace LeoKiosk::Gui
