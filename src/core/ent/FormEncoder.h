#pragma once

#include "core/secrets/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace LeoKiosk {

// application/x-www-form-urlencoded, percent-encoding every key and value by hand: QUrlQuery leaves '+' alone and
// the ENT decodes '+' as a space, which would silently change a password (ENT protocol §13.2).
class FormEncoder final
{
public:
    FormEncoder& add(const QString& key, const QString& value);
    FormEncoder& add(const QString& key, const SecretBytes& utf8Value);
    SecretBytes take(); // the encoded body; the encoder is empty afterwards

    static QByteArray encode(const QByteArray& utf8);

private:
    SecretBytes m_body;
};

} // namespace LeoKiosk
