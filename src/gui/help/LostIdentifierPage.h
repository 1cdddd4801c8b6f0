#pragma once

#include "gui/KioskPage.h"

#include <memory>

class QButtonGroup;

namespace Ui {
class LostIdentifierPage;
}

namespace LeoKiosk {
class KioskSession;
struct ForgotIdResult;
}

namespace LeoKiosk::Gui {

// "Vous avez perdu votre identifiant ?": the personal e-mail address, ENVOYER. When several accounts share that
// address the ENT answers with their schools (ENT protocol §3.9): the pupil then gives a first name and picks the
// school in a list of radio buttons (one per school, in a group named by its question), and the page asks again with
// them. The outcome is one neutral sentence whatever the ENT answered, unless
// the ENT could not be reached. "Comment est construit mon identifiant ?" unfolds a short explanation.
class LostIdentifierPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostIdentifierPage)

public:
    explicit LostIdentifierPage(KioskSession& session, QWidget* parent = nullptr);
    ~LostIdentifierPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;

public Q_SLOTS:
    void send();

Q_SIGNALS:
    void homeRequested();

protected:
    void retranslate() override;

private:
    void finishSending(const ForgotIdResult& result);
    void showStructures(const ForgotIdResult& result);
    void forgetStructures();
    void clearStructures();
    void clearMessages();
    void setBusy(bool busy);
    void updateSendButton();

    const std::unique_ptr<Ui::LostIdentifierPage> m_ui;
    KioskSession& m_session;
    QButtonGroup* const m_structureGroup; // the schools' radio buttons (structureRadioButton), built per answer
    bool m_busy = false;
};

} // namespace LeoKiosk::Gui
