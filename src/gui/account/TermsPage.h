#pragma once

#include "gui/KioskPage.h"

#include <memory>

namespace Ui {
class TermsPage;
}

namespace LeoKiosk {
class KioskSession;
}

namespace LeoKiosk::Gui {

// Shown right after sign-in when the ENT says the terms of use changed (requirements().needRevalidateTerms).
// Refusing signs out with the full wipe. Accepting tells the ENT (PUT /auth/cgu/revalidate), then accepted().
class TermsPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TermsPage)

public:
    explicit TermsPage(KioskSession& session, QWidget* parent = nullptr);
    ~TermsPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;

Q_SIGNALS:
    void accepted(); // the ENT recorded the acceptance

protected:
    void retranslate() override;

private:
    void accept();
    void setBusy(bool busy);
    void render();

    const std::unique_ptr<Ui::TermsPage> m_ui;
    KioskSession& m_session;
    bool m_busy = false;
};

} // namespace LeoKiosk::Gui
