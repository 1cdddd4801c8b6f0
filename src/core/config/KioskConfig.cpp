#include "core/config/KioskConfig.h"

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

// Header values should stay printable ASCII: accents are dropped after decomposition ("Lycée" -> "Lycee") and the
// characters that would end the User-Agent comment are replaced.
QByteArray asciiComment(const QString& text)
{
    QByteArray out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == '(' || u == ')' || u == '\\')
            out += ' ';
        else if (u > 0x20 && u < 0x7f)
            out += char(u);
        // anything else (combining accents, other scripts, controls) is dropped
    }
    return out.simplified();
}

} // namespace

QByteArray KioskConfig::userAgent() const
{
    QByteArray agent = QByteArrayLiteral("leo-kiosk/" LEOKIOSK_VERSION);
    const QByteArray site = asciiComment(siteName);
    if (!site.isEmpty())
        agent += " (" + site + ')';
    return agent;
}

} // namespace LeoKiosk
