#pragma once

#include "core/ent/EntStatus.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace LeoKiosk {

// Public-key pinning for the ENT (ent_spki_pins): the SHA-256 of a certificate's DER SubjectPublicKeyInfo, written
// in base64 as `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary |
// base64` prints it. A chain matches when any of its certificates (leaf, intermediate or root) has a pinned key;
// the pin adds to the usual certificate validation, it never replaces it.
class SpkiPins final
{
public:
    // The 32-byte digest of one pin ("sha256/" prefix allowed), or nullopt.
    static std::optional<QByteArray> parse(const QString& base64);
    // The digest of `certificate`'s public key, read from its DER (any TLS backend); empty if it cannot be read.
    static QByteArray digest(const QSslCertificate& certificate);
    static bool matches(const QList<QByteArray>& pins, const QList<QSslCertificate>& chain);
    // The chain's digests in base64, leaf first: what IT needs to write the right pin.
    static QString describe(const QList<QSslCertificate>& chain);

    // EntResult::detail of a reply refused because no pinned key was presented.
    static QString mismatchDetail(const QList<QSslCertificate>& chain);
    static bool isMismatch(const EntResult& result);
};

} // namespace LeoKiosk
