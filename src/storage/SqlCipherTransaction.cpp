#include "SqlCipherTransaction.h"

#include "SqlCipherDatabase.h"

SqlCipherTransaction::SqlCipherTransaction(SqlCipherDatabase& db) : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
}

SqlCipherTransaction::~SqlCipherTransaction()
{
    if (!m_open)
        return;
    try {
        m_db.execute("ROLLBACK");
    } catch (...) { // SQLite already rolled back after some errors; nothing else to undo
    }
}

void SqlCipherTransaction::commit()
{
    m_db.execute("COMMIT");
    m_open = false;
}
