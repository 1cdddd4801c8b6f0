#pragma once

#include <QString>

#include <optional>

namespace LeoEnt {

// ENT Core profiles: stored by name (Student…), sent as the userinfo `type` code (ELEVE…).
enum class Profile { Student, Teacher, Personnel, Relative };

namespace Profiles {

std::optional<Profile> parse(const QString& text); // a name or a code, any case
QString name(Profile profile);
QString entCode(Profile profile);

} // namespace Profiles

} // namespace LeoEnt
