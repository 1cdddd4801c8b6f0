#include "sqlcipher/Error.h"

namespace SqlCipher {

Error::Error(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}

Error::~Error() = default;

} // namespace SqlCipher
