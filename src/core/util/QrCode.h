#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

namespace LeoKiosk {

// A QR code's module matrix, made by libqrencode (8-bit mode, error correction level M, smallest version that
// fits). Only public addresses go in one (the help page's URL, a mailto: of the school's support): never a secret,
// a code or anything of a session. The C library stays behind the pimpl so that its header never reaches the GUI.
class QrCode final
{
public:
    // Encodes `text` (UTF-8). isNull() if it could not be encoded (empty, or too long for a QR code).
    explicit QrCode(const QByteArray& text);
    ~QrCode();
    QrCode(const QrCode& other);
    QrCode& operator=(const QrCode& other);
    QrCode(QrCode&& other) noexcept;
    QrCode& operator=(QrCode&& other) noexcept;

    bool isNull() const;
    // The number of modules on a side, without the quiet zone (0 if null).
    int size() const;
    // Whether the module at column x, row y is dark; false outside the matrix.
    bool isDark(int x, int y) const;
    // The text that was encoded.
    QByteArray text() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace LeoKiosk
