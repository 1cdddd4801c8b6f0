#pragma once

#include <QPushButton>

namespace LeoKiosk::Gui {

// "RETOUR À L'ÉCRAN D'ACCUEIL": the way back to the login screen that every help screen offers, with one text and
// one accessible name for all of them, kept in the current language. The page connects clicked().
class HomeButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeButton)

public:
    explicit HomeButton(QWidget* parent = nullptr);
    ~HomeButton() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace LeoKiosk::Gui
