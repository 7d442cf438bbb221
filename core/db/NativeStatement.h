#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::db {

class Database;

/// The connection's own sqlite3 handle (the QSQLITE driver's), or nullptr if the driver is not
/// SQLite. Use it only on the thread that owns the Database, and only through NativeStatement or
/// the backup API.
sqlite3* nativeHandle(Database& db);

/// A prepared statement on the connection's sqlite3 handle, for the few bulk paths where Qt's
/// per-value QVariant boxing is most of the cost (the full rescore's reads and writes of 100,000
/// rows). Same transaction, same connection as every QSqlQuery on that Database. Positions count
/// from 1 for binds (SQLite's convention) and from 0 for columns. Not copyable.
class NativeStatement
{
public:
    NativeStatement(Database& db, const char* sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    /// False when the statement could not be prepared; error() says why.
    bool isValid() const { return m_stmt != nullptr; }
    /// The last failure, with the statement's first words for context; empty if none.
    QString error() const { return m_error; }

    void bind(int pos, qint64 value);
    void bind(int pos, int value) { bind(pos, qint64(value)); }
    void bind(int pos, double value);
    /// Copies the bytes (UTF-8 text).
    void bind(int pos, QByteArrayView utf8);
    void bind(int pos, const QByteArray& utf8) { bind(pos, QByteArrayView(utf8)); }
    void bind(int pos, const QString& text) { bind(pos, QByteArrayView(text.toUtf8())); }
    void bindNull(int pos);

    /// Steps to the next row: true while there is one; false at the end or on an error (error()
    /// is then non-empty).
    bool next();
    /// Runs a statement that returns no rows, then resets it for the next binds.
    bool exec();
    /// Ready to run again; bound values stay unless rebound.
    void reset();
    /// Rows the last exec() inserted, updated or deleted (0 for an ignored INSERT OR IGNORE).
    int changes() const;
    /// The rowid of the connection's last successful INSERT.
    qint64 lastInsertId() const;

    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    /// The column's UTF-8 bytes, valid until the next step/reset.
    QByteArrayView text(int col) const;
    QString string(int col) const { return QString::fromUtf8(text(col)); }

private:
    void fail(int rc);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QByteArray m_sql;
    QString m_error;
};

} // namespace rapport::db
