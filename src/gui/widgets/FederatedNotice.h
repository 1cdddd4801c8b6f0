#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;

namespace LeoKiosk::Gui {

class QrCodeWidget;

// The school's notice for pupils who sign in with EduConnect (kiosk keys federated_notice, federated_notice_url),
// under the sign-in and lost-password forms. An ENT with check-federated-login (ENT protocol §7.4, §17 item 11)
// refuses the ENT password of an account that once used EduConnect ("identifier or password incorrect") and sends
// it no reset message, so such a pupil is told where to go instead: the school's text as written, and, with a URL,
// its QR code and the address in words. Hidden when no text is configured.
class FederatedNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FederatedNotice)

public:
    FederatedNotice(const QString& text, const QUrl& url, QWidget* parent = nullptr);
    ~FederatedNotice() override;

    bool isConfigured() const { return !m_text.isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const QString m_text;
    const QUrl m_url;
    QLabel* m_textLabel = nullptr;
    QrCodeWidget* m_qrCode = nullptr;
    QLabel* m_captionLabel = nullptr;
};

} // namespace LeoKiosk::Gui
