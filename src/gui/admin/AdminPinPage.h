#pragma once

#include "gui/KioskPage.h"

#include <chrono>
#include <memory>

namespace Ui {
class AdminPinPage;
}

namespace LeoKiosk {
class SecretBytes;
}

namespace LeoKiosk::Gui {

// The admin PIN prompt behind the hidden gesture: one secret field, VALIDATE and Back. The page only
// takes the PIN and shows the verdicts; AdminMode checks it. The field is wiped by takePin(), so after every try.
class AdminPinPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPinPage)

public:
    explicit AdminPinPage(QWidget* parent = nullptr);
    ~AdminPinPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    // What was typed, for one check; the field is empty afterwards.
    SecretBytes takePin();
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    void showEmpty();
    void showRefused(int triesLeft);
    void showLockedOut(std::chrono::seconds remaining);
    void showNotConfigured();

Q_SIGNALS:
    void validateRequested();
    void backRequested();

protected:
    void retranslate() override;

private:
    void updateValidateButton();

    const std::unique_ptr<Ui::AdminPinPage> m_ui;
    bool m_busy = false;
};

} // namespace LeoKiosk::Gui
