#pragma once

#include <QPushButton>

namespace LeoKiosk::Gui {

// « Écouter », in the window's header on every screen: the page read aloud (MainWindow connects clicked()). While the
// page is being read it says « Arrêter » and pressing it stops. Its text is its accessible name (a voice-control user
// says what is shown); its description says what it does. The window hides it where the language has no voice.
class ReadAloudButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloudButton)

public:
    explicit ReadAloudButton(QWidget* parent = nullptr);
    ~ReadAloudButton() override;

    void setSpeaking(bool speaking);
    bool isSpeaking() const { return m_speaking; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_speaking = false;
};

} // namespace LeoKiosk::Gui
