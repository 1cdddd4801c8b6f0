#include "store/ResetCode.h"

#include "security/SecureRandom.h"

#include <string_view>

namespace LeoEnt {

namespace {

constexpr std::u16string_view alphabet = u"abcdefghjkmnprstvwxyz3456789";
constexpr qsizetype length = 8;

} // namespace

namespace ResetCode {

QString generate()
{
    QString code(length, Qt::Uninitialized);
    for (QChar& c : code)
        c = alphabet[SecureRandom::uniform(static_cast<quint32>(alphabet.size()))];
    return code;
}

std::optional<QString> normalised(const QString& typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == u' ' || c == u'-')
            continue;
        const QChar lower = c.toLower();
        if (code.size() == length || alphabet.find(lower.unicode()) == std::u16string_view::npos)
            return std::nullopt;
        code += lower;
    }
    if (code.size() != length)
        return std::nullopt;
    return code;
}

QString grouped(const QString& code)
{
    return code.first(4) + u'-' + code.sliced(4);
}

} // namespace ResetCode

} // namespace LeoEnt
