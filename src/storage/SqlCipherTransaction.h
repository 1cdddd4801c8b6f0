#pragma once

class SqlCipherDatabase;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() was called.
class SqlCipherTransaction final
{
public:
    explicit SqlCipherTransaction(SqlCipherDatabase& db);
    ~SqlCipherTransaction();
    SqlCipherTransaction(const SqlCipherTransaction&) = delete;
    SqlCipherTransaction& operator=(const SqlCipherTransaction&) = delete;
    SqlCipherTransaction(SqlCipherTransaction&&) = delete;
    SqlCipherTransaction& operator=(SqlCipherTransaction&&) = delete;

    void commit();

private:
    SqlCipherDatabase& m_db;
    bool m_open = true;
};
