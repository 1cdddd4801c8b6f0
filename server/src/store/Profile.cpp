#include "store/Profile.h"

#include <array>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

struct ProfileNames
{
    Profile profile;
    QLatin1StringView name;
    QLatin1StringView code;
};

constexpr std::array<ProfileNames, 4> table = {{
    {Profile::Student, "Student"_L1, "ELEVE"_L1},
    {Profile::Teacher, "Teacher"_L1, "ENSEIGNANT"_L1},
    {Profile::Personnel, "Personnel"_L1, "PERSEDUCNAT"_L1},
    {Profile::Relative, "Relative"_L1, "PERSRELELEVE"_L1},
}};

const ProfileNames& entry(Profile profile)
{
    return table[static_cast<std::size_t>(profile)];
}

} // namespace

namespace Profiles {

std::optional<Profile> parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const ProfileNames& names : table) {
        if (trimmed.compare(names.name, Qt::CaseInsensitive) == 0 ||
            trimmed.compare(names.code, Qt::CaseInsensitive) == 0)
            return names.profile;
    }
    return std::nullopt;
}

QString name(Profile profile)
{
    return entry(profile).name;
}

QString entCode(Profile profile)
{
    return entry(profile).code;
}

} // namespace Profiles

} // namespace LeoEnt
