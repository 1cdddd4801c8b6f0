#include "gui/account/TermsPage.h"
#include "ui_TermsPage.h"

#include "core/ent/EntStatus.h"
#include "core/session/KioskSession.h"

namespace LeoKiosk::Gui {

TermsPage::TermsPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::TermsPage>())
    , m_session(session)
{
    setUpUi(*m_ui);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &TermsPage::accept);
    connect(m_ui->refuseButton, &QPushButton::clicked, this,
            [this] { m_session.end(KioskSession::EndReason::Logout); });
    render();
}

TermsPage::~TermsPage() = default;

void TermsPage::resetPage()
{
    dropAnswers();
    setBusy(false);
    m_ui->errorLabel->clearMessage();
    render();
}

QWidget* TermsPage::initialFocusWidget() const
{
    return m_ui->termsBrowser;
}

void TermsPage::retranslate()
{
    m_ui->retranslateUi(this);
    render();
}

void TermsPage::render()
{
    // The kiosk cannot fetch the terms themselves (no route in EntClient): it says where to read them.
    m_ui->termsBrowser->setPlainText(
        //: Body of the terms page; %1 is the ENT's address, where the full terms can be read
        tr("The full terms of use of your ENT can be read on %1, under \"Terms of use\". By accepting, you agree to "
           "use the ENT according to them.")
            .arg(m_session.config().entUrl.toDisplayString()));
}

void TermsPage::accept()
{
    if (m_busy)
        return;
    setBusy(true);
    m_ui->errorLabel->clearMessage();
    m_session.client().acceptTerms(unlessDropped<EntResult>([this](const EntResult& result) {
        setBusy(false);
        if (result.ok())
            return Q_EMIT accepted();
        if (result.status == EntStatus::NotAuthenticated)
            return m_session.lapse(); // the ENT forgot the session: the full wipe, and the sign-in screen says why
        m_ui->errorLabel->showResult(result);
        m_ui->acceptButton->setFocus(Qt::OtherFocusReason);
    }));
}

void TermsPage::setBusy(bool busy)
{
    m_busy = busy;
    setInputsEnabled({m_ui->acceptButton, m_ui->refuseButton}, !busy);
}

} // namespace LeoKiosk::Gui
