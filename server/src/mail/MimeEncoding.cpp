#include "mail/MimeEncoding.h"

#include <QList>
#include <QStringList>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxLine = 76;
constexpr qsizetype bytesPerWord = 45; // 60 base64 characters: with =?UTF-8?B? and ?= a word is 72 wide

// The UTF-8 of the text cut into pieces of at most `limit` bytes, never inside a character.
QList<QByteArray> utf8Pieces(const QString& text, qsizetype limit)
{
    QList<QByteArray> pieces;
    QByteArray piece;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, units).toUtf8();
        i += units - 1;
        if (piece.size() + character.size() > limit) {
            pieces.append(piece);
            piece.clear();
        }
        piece += character;
    }
    if (!piece.isEmpty() || pieces.isEmpty())
        pieces.append(piece);
    return pieces;
}

void appendHex(QByteArray& out, uchar byte)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    out += '=';
    out += digits[byte >> 4];
    out += digits[byte & 0x0f];
}

QByteArray encodeLine(const QByteArray& line)
{
    QByteArray encoded;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<uchar>(line.at(i));
        const bool last = i == line.size() - 1;
        const bool literal = (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
        const bool guarded = i == 0 && (byte == '.' || (byte == 'F' && line.startsWith("From ")));
        if (literal && !guarded)
            encoded += static_cast<char>(byte);
        else
            appendHex(encoded, byte);
    }
    return encoded;
}

// Soft line breaks ("=" CRLF) so that every physical line stays within 76 characters, never inside an =XX.
QByteArray wrap(const QByteArray& encoded)
{
    QByteArray out;
    qsizetype start = 0;
    while (encoded.size() - start > maxLine) {
        qsizetype cut = start + maxLine - 1; // room for the "="
        if (encoded.at(cut - 1) == '=')
            cut -= 1;
        else if (encoded.at(cut - 2) == '=')
            cut -= 2;
        out += encoded.mid(start, cut - start);
        out += "=\r\n";
        start = cut;
    }
    out += encoded.mid(start);
    return out;
}

} // namespace

namespace MimeEncoding {

QByteArray encodedWords(const QString& text)
{
    QByteArray out;
    for (const QByteArray& piece : utf8Pieces(text, bytesPerWord)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + piece.toBase64() + "?=";
    }
    return out;
}

QByteArray quotedPrintable(const QString& text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QByteArray out;
    for (const QString& line : normalised.split(u'\n')) {
        out += wrap(encodeLine(line.toUtf8()));
        out += "\r\n";
    }
    return out;
}

} // namespace MimeEncoding

} // namespace LeoEnt
