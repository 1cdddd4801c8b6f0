#include "SqlCipherError.h"

SqlCipherError::SqlCipherError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}

SqlCipherError::~SqlCipherError() = default;
