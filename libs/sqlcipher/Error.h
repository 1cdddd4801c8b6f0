#pragma once

#include <stdexcept>
#include <string>

namespace SqlCipher {

// Thrown by the SQLCipher wrapper; code() is the SQLite result code (SQLITE_NOTADB for a wrong key).
class Error final : public std::runtime_error
{
public:
    Error(int code, const std::string& message);
    ~Error() override;

    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace SqlCipher
