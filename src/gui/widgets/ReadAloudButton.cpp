#include "gui/widgets/ReadAloudButton.h"

#include <QEvent>

namespace LeoKiosk::Gui {

ReadAloudButton::ReadAloudButton(QWidget* parent)
    : QPushButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setObjectName(QStringLiteral("readAloudButton"));
    retranslate();
}

ReadAloudButton::~ReadAloudButton() = default;

void ReadAloudButton::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    retranslate();
}

void ReadAloudButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void ReadAloudButton::retranslate()
{
    const QString text = m_speaking ?
        //: Header button while the screen is being read aloud: pressing it stops the voice
        tr("Stop") :
        //: Header button on every screen: reads the screen's title, instructions and message aloud
        tr("Listen");
    setText(text);
    setAccessibleName(text);
    //: What the header's « Écouter » button does, for a screen reader
    setAccessibleDescription(tr("Read this page aloud"));
}

} // namespace LeoKiosk::Gui
