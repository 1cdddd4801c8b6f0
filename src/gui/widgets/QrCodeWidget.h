#pragma once

#include "core/util/QrCode.h"

#include <QWidget>

namespace LeoKiosk::Gui {

// Paints a QrCode crisply: whole pixels per module, black on white, with the 4-module quiet zone that readers need.
// Its accessible name says what it is and its description states the text it holds, so that the address is never
// only in the picture. Only public addresses are shown (see QrCode).
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    static constexpr int quietZone = 4; // modules
    static constexpr int minimumModulePixels = 4;

    explicit QrCodeWidget(QWidget* parent = nullptr);
    ~QrCodeWidget() override;

    // The text to encode (an https:// or mailto: address); empty hides nothing but paints nothing.
    void setText(const QString& text);
    QString text() const { return m_text; }
    const QrCode& code() const { return m_code; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_text;
    QrCode m_code;
};

} // namespace LeoKiosk::Gui
