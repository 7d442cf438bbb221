#include "Transaction.h"

#include "Database.h"

namespace rapport::db {

Transaction::Transaction(Database& db) : m_db(db), m_active(db.begin()) {}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    if (m_db.commit()) {
        m_active = false;
        return true;
    }
    return false;
}

} // namespace rapport::db
