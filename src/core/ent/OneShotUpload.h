#pragma once

#include "core/secrets/SecretBytes.h"

#include <QIODevice>

namespace LeoKiosk {

// The body of a request that must reach the ENT at most once per user action (a password, a code, a change).
// QNetworkAccessManager silently sends a request again when the connection it used is closed before the answer or
// answers garbage (a reused keep-alive connection, a proxy, a hostile peer); it does so by rewinding the body with
// reset(). This device refuses to rewind once any byte of it has been read, so Qt fails the reply with
// ContentReSendError instead, and the user is told. Not a QBuffer on purpose: Qt rewinds a QBuffer itself.
// The bytes are wiped when the device is wiped or destroyed.
class OneShotUpload final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUpload)

public:
    explicit OneShotUpload(SecretBytes body, QObject* parent = nullptr); // opened read-only
    ~OneShotUpload() override;

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool reset() override;
    bool atEnd() const override;

    bool consumed() const { return m_consumed; } // some of the body was handed over
    int refusedRewinds() const { return m_refusedRewinds; }
    void wipe();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    SecretBytes m_body;
    bool m_consumed = false;
    int m_refusedRewinds = 0;
};

} // namespace LeoKiosk
