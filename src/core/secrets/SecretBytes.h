#pragma once

#include <QByteArray>
#include <QString>

namespace LeoKiosk {

// A password or code in UTF-8 that is overwritten with zeros when dropped.
// Move-only so that a secret lives in as few buffers as possible. The wipe is done in place: a QByteArray copy taken
// from bytes() shares the buffer and reads zeros afterwards (that is how a request body handed to Qt gets wiped).
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(const QString& text);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes fromUtf8(QByteArray&& utf8); // takes the buffer; the caller's copy is left empty

    const QByteArray& bytes() const { return m_bytes; }
    void append(const QByteArray& data); // reserves ahead so that no half-written copy is left on the heap
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace LeoKiosk
