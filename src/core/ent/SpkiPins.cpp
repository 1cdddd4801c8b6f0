#include "core/ent/SpkiPins.h"

#include <QCryptographicHash>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

const QString mismatchPrefix = u"certificate key not pinned"_s;

struct Tlv
{
    qsizetype start = 0;  // of the tag
    qsizetype header = 0; // tag and length bytes
    qsizetype length = 0; // of the content
    quint8 tag = 0;

    qsizetype end() const { return start + header + length; }
    qsizetype content() const { return start + header; }
};

// One DER element at `pos`, inside [pos, limit).
std::optional<Tlv> readTlv(const QByteArray& der, qsizetype pos, qsizetype limit)
{
    if (pos + 2 > limit)
        return std::nullopt;
    Tlv tlv;
    tlv.start = pos;
    tlv.tag = quint8(der[pos]);
    const auto first = quint8(der[pos + 1]);
    qsizetype header = 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int bytes = first & 0x7f;
        if (bytes < 1 || bytes > 4 || pos + 2 + bytes > limit)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(der[pos + 2 + i]);
        header += bytes;
    }
    tlv.header = header;
    tlv.length = length;
    if (tlv.end() > limit)
        return std::nullopt;
    return tlv;
}

// Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer,
// validity, subject, subjectPublicKeyInfo, ... }, ... } (RFC 5280 §4.1)
QByteArray subjectPublicKeyInfo(const QByteArray& der)
{
    constexpr quint8 sequence = 0x30;
    constexpr quint8 explicitVersion = 0xa0;
    const std::optional<Tlv> certificate = readTlv(der, 0, der.size());
    if (!certificate || certificate->tag != sequence)
        return {};
    const std::optional<Tlv> tbs = readTlv(der, certificate->content(), certificate->end());
    if (!tbs || tbs->tag != sequence)
        return {};
    std::optional<Tlv> field = readTlv(der, tbs->content(), tbs->end());
    if (field && field->tag == explicitVersion)
        field = readTlv(der, field->end(), tbs->end());
    for (int skipped = 0; field && skipped < 5; ++skipped) // serial, signature, issuer, validity, subject
        field = readTlv(der, field->end(), tbs->end());
    if (!field || field->tag != sequence)
        return {};
    return der.mid(field->start, field->header + field->length);
}

} // namespace

std::optional<QByteArray> SpkiPins::parse(const QString& base64)
{
    QString text = base64.trimmed();
    if (text.startsWith(u"sha256/"_s, Qt::CaseInsensitive))
        text = text.mid(7);
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray SpkiPins::digest(const QSslCertificate& certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    return spki.isEmpty() ? QByteArray() : QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

bool SpkiPins::matches(const QList<QByteArray>& pins, const QList<QSslCertificate>& chain)
{
    for (const QSslCertificate& certificate : chain) {
        if (const QByteArray hash = digest(certificate); !hash.isEmpty() && pins.contains(hash))
            return true;
    }
    return false;
}

QString SpkiPins::describe(const QList<QSslCertificate>& chain)
{
    QStringList hashes;
    for (const QSslCertificate& certificate : chain)
        hashes.append(QString::fromLatin1(digest(certificate).toBase64()));
    return hashes.join(u", "_s);
}

QString SpkiPins::mismatchDetail(const QList<QSslCertificate>& chain)
{
    return mismatchPrefix + u" (the ENT presented: %1)"_s.arg(chain.isEmpty() ? u"no certificate"_s : describe(chain));
}

bool SpkiPins::isMismatch(const EntResult& result)
{
    return result.status == EntStatus::TlsError && result.detail.startsWith(mismatchPrefix);
}

} // namespace LeoKiosk
