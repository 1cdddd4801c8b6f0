#pragma once

#include "core/config/AssistanceContact.h"
#include "gui/KioskPage.h"

#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class AssistancePage;
}

namespace LeoKiosk::Gui {

// "Vous souhaitez contacter l'assistance ?": the school's contacts, a QR code of the online help (or of a mailto:
// to the first contact with an e-mail address), and "Demander à un adulte": a teacher or the CPE can generate a
// renewal code, which the pupil types in « J'ai reçu un code ».
class AssistancePage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistancePage)

public:
    explicit AssistancePage(QWidget* parent = nullptr);
    ~AssistancePage() override;

    // The school's contacts (config support_contacts) and the online help page (help_url); without a help page the
    // QR code writes to the first contact that has an e-mail address.
    void setContacts(const QList<AssistanceContact>& contacts, const QString& helpUrl);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

Q_SIGNALS:
    void receivedCodeRequested();
    void homeRequested();

protected:
    void retranslate() override;

private:
    void renderContacts();

    const std::unique_ptr<Ui::AssistancePage> m_ui;
    QList<AssistanceContact> m_contacts;
    QString m_qrText;
};

} // namespace LeoKiosk::Gui
