#pragma once

#include "KioskPage.h"

#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class AssistancePage;
}

// Who at the school helps with the ENT (config support_contacts): any field may be empty.
struct SupportContact
{
    QString who;   // "Vie scolaire", "Référent numérique"…
    QString where; // room or building
    QString when;  // opening hours
    QString phone;
    QString mail;
};

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

    void setContacts(const QList<SupportContact>& contacts, const QString& helpUrl);
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
    QList<SupportContact> m_contacts;
    QString m_qrText;
};
