#include "core/ent/OneShotUpload.h"

#include <cstring>

namespace LeoKiosk {

OneShotUpload::OneShotUpload(SecretBytes body, QObject* parent) : QIODevice(parent), m_body(std::move(body))
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered); // no QIODevice-side copy of the secret
}

OneShotUpload::~OneShotUpload()
{
    wipe();
}

qint64 OneShotUpload::size() const
{
    return m_body.bytes().size();
}

bool OneShotUpload::seek(qint64 pos)
{
    // Seeking back over bytes already handed out is a resend in disguise.
    if (m_consumed && pos < QIODevice::pos()) {
        ++m_refusedRewinds;
        return false;
    }
    return QIODevice::seek(pos);
}

bool OneShotUpload::reset()
{
    return seek(0);
}

bool OneShotUpload::atEnd() const
{
    return QIODevice::pos() >= size();
}

void OneShotUpload::wipe()
{
    m_body.wipe();
}

qint64 OneShotUpload::readData(char* data, qint64 maxSize)
{
    const qint64 available = size() - QIODevice::pos();
    if (available <= 0)
        return 0;
    const qint64 n = qMin(available, maxSize);
    std::memcpy(data, m_body.bytes().constData() + QIODevice::pos(), size_t(n));
    m_consumed = true;
    return n;
}

qint64 OneShotUpload::writeData(const char*, qint64)
{
    return -1;
}

} // namespace LeoKiosk
