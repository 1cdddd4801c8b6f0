#include "Failure.h"

#include <stdexcept>

void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}
