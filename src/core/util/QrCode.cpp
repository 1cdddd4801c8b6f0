#include "core/util/QrCode.h"

#include <qrencode.h>

#include <utility>
#include <vector>

namespace LeoKiosk {

struct QrCode::Private
{
    QByteArray text;
    int size = 0;
    std::vector<bool> modules; // row by row
};

QrCode::QrCode(const QByteArray& text)
    : d(std::make_unique<Private>())
{
    d->text = text;
    if (text.isEmpty())
        return;
    QRcode* code = QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return;
    d->size = code->width;
    d->modules.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < d->modules.size(); ++i)
        d->modules[i] = (code->data[i] & 1U) != 0; // bit 0: dark module
    QRcode_free(code);
}

QrCode::~QrCode() = default;

QrCode::QrCode(const QrCode& other)
    : d(std::make_unique<Private>(*other.d))
{
}

QrCode& QrCode::operator=(const QrCode& other)
{
    if (this != &other)
        d = std::make_unique<Private>(*other.d);
    return *this;
}

QrCode::QrCode(QrCode&& other) noexcept
    : d(std::exchange(other.d, std::make_unique<Private>()))
{
}

QrCode& QrCode::operator=(QrCode&& other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

bool QrCode::isNull() const
{
    return d->size == 0;
}

int QrCode::size() const
{
    return d->size;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= d->size || y >= d->size)
        return false;
    return d->modules[std::size_t(y) * std::size_t(d->size) + std::size_t(x)];
}

QByteArray QrCode::text() const
{
    return d->text;
}

} // namespace LeoKiosk
