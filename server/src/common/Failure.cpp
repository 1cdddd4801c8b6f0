#include "common/Failure.h"

#include <stdexcept>

namespace LeoEnt {

void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace LeoEnt
