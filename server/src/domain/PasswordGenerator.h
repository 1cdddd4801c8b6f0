#pragma once

#include <QByteArray>

namespace LeoEnt {

class PasswordPolicy;

// Random passwords that satisfy the policy, easy to read and type: three groups of four letters and digits
// without look-alikes (0/O, 1/l/I), e.g. "k7Qm-x4Tp-R9ab" (about 69 bits).
namespace PasswordGenerator {

QByteArray generate(const PasswordPolicy& policy); // throws when the policy rejects 1000 candidates

} // namespace PasswordGenerator

} // namespace LeoEnt
