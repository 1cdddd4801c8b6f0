#pragma once

#include <stdexcept>
#include <string>

// Thrown by the SQLCipher wrapper; code() is the SQLite result code (SQLITE_NOTADB for a wrong key).
class SqlCipherError final : public std::runtime_error
{
public:
    SqlCipherError(int code, const std::string& message);
    ~SqlCipherError() override;

    int code() const { return m_code; }

private:
    int m_code;
};
