#include "sqlcipher/Transaction.h"

#include "sqlcipher/Database.h"

namespace SqlCipher {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_db.execute("ROLLBACK");
    } catch (...) { // SQLite already rolled back after some errors; nothing else to undo
    }
}

void Transaction::commit()
{
    m_db.execute("COMMIT");
    m_open = false;
}

} // namespace SqlCipher
