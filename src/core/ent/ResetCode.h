#pragma once

#include <QString>

#include <optional>

namespace LeoKiosk {

// A password reset code as the pupil types it: the bare code from the e-mail, SMS or a staff member, or the whole
// e-mailed link https://<ent-host>/auth/reset/<code> (ENT protocol §4.1, §13.8). Case, spaces and dashes are ignored.
class ResetCode final
{
public:
    struct Link
    {
        QString code;  // lower case, exactly the ENT's alphabet
        QString login; // the link's ?login=, percent-decoded; empty when absent. Normalise it like a typed login.
    };

    ResetCode() = delete;

    static std::optional<QString> parse(const QString& typedCodeOrLink);
    static std::optional<Link> parseLink(const QString& typedCodeOrLink);

    // 8 characters of abcdefghjkmnprstvwxyz3456789, nothing else.
    static bool isWellFormed(const QString& code);
};

} // namespace LeoKiosk
