#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// The encodings of a mail's headers and body (RFC 2045, RFC 2047). Output lines end with CRLF.
namespace MimeEncoding {

// A header value as RFC 2047 encoded words (=?UTF-8?B?…?=), folded so that no line exceeds 76 characters and no
// UTF-8 sequence is split. The result has no CR or LF except the folding ones (CRLF followed by a space).
QByteArray encodedWords(const QString& text);
// A text body as quoted-printable: its line breaks become CRLF, lines are at most 76 characters, and a leading
// dot or "From " is encoded so that no transport can misread it.
QByteArray quotedPrintable(const QString& text);

} // namespace MimeEncoding

} // namespace LeoEnt
