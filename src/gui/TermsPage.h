#pragma once

#include "KioskPage.h"

#include <memory>

class KioskSession;

namespace Ui {
class TermsPage;
}

// Shown right after sign-in when the ENT says the terms of use changed (requirements().needRevalidateTerms).
// Refusing signs out with the full wipe. Accepting goes on to the signed-in screen: EntClient has no route to record
// the acceptance yet, so the ENT will ask again at the next sign-in (a known gap, see accepted()).
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
    void accepted();

protected:
    void retranslate() override;

private:
    void render();

    const std::unique_ptr<Ui::TermsPage> m_ui;
    KioskSession& m_session;
};
