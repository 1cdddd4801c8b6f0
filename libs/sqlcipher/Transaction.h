#pragma once

namespace SqlCipher {

class Database;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&&) = delete;
    Transaction& operator=(Transaction&&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace SqlCipher
