#pragma once

#include <QString>

#include <optional>

namespace LeoEnt {

// A password reset code (ENT protocol §4.1): 8 characters of abcdefghjkmnprstvwxyz3456789, drawn from the CSPRNG
// (uniform, unlike ENT Core's Math.random()).
namespace ResetCode {

QString generate();
// The code a person typed: spaces and dashes dropped, lower case; nullopt when it does not have a code's shape.
std::optional<QString> normalised(const QString& typed);
QString grouped(const QString& code); // "k7m3-pq9x", easier to read and type (the kiosk ignores the dash)

} // namespace ResetCode

} // namespace LeoEnt
