#include "NativeStatement.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace rapport::db {

sqlite3* nativeHandle(Database& db)
{
    const QVariant v = db.sql().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(v.constData());
    }
    return nullptr;
}

NativeStatement::NativeStatement(Database& db, const char* sql) : m_db(nativeHandle(db)), m_sql(sql)
{
    if (m_db == nullptr) {
        m_error = QCoreApplication::translate("Database", "The database driver is not SQLite.");
        return;
    }
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

void NativeStatement::fail(int rc)
{
    // The statement's opening words, as SqlQuery does, so a log line says which query failed.
    const QString head = QString::fromUtf8(m_sql.left(60)).simplified();
    const char* detail = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    m_error = QStringLiteral("%1 (%2…)").arg(QString::fromUtf8(detail), head);
}

void NativeStatement::bind(int pos, qint64 value)
{
    if (m_stmt != nullptr) {
        sqlite3_bind_int64(m_stmt, pos, value);
    }
}

void NativeStatement::bind(int pos, double value)
{
    if (m_stmt != nullptr) {
        sqlite3_bind_double(m_stmt, pos, value);
    }
}

void NativeStatement::bind(int pos, QByteArrayView utf8)
{
    if (m_stmt != nullptr) {
        // A null view would bind NULL; the columns written this way are NOT NULL text.
        sqlite3_bind_text64(m_stmt, pos, utf8.isNull() ? "" : utf8.data(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    }
}

void NativeStatement::bindNull(int pos)
{
    if (m_stmt != nullptr) {
        sqlite3_bind_null(m_stmt, pos);
    }
}

bool NativeStatement::next()
{
    if (m_stmt == nullptr) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(rc);
    }
    return false;
}

bool NativeStatement::exec()
{
    if (m_stmt == nullptr) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) {
        fail(rc);
    }
    sqlite3_reset(m_stmt);
    return ok;
}

void NativeStatement::reset()
{
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
}

int NativeStatement::changes() const
{
    return m_db != nullptr ? sqlite3_changes(m_db) : 0;
}

qint64 NativeStatement::lastInsertId() const
{
    return m_db != nullptr ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool NativeStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 NativeStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double NativeStatement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QByteArrayView NativeStatement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (p == nullptr) {
        return {};
    }
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, col));
}

} // namespace rapport::db
