#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace rapport::db {

class Database;

/// A prepared statement with positional bound values; SQL text is never built from user input.
class SqlQuery
{
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindAll(std::initializer_list<QVariant> values);
    /// Executes; on failure error() says why (with the statement's first words for context).
    bool exec();
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }
    QString string(int i) const { return m_q.value(i).toString(); }
    qint64 int64(int i) const { return m_q.value(i).toLongLong(); }
    qint64 lastInsertId() const { return m_q.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_q.numRowsAffected(); }
    QString error() const;
    QSqlQuery& raw() { return m_q; }

private:
    QSqlQuery m_q;
    QString m_prepareError;
};

/// Runs one statement with values; for statements with no result rows.
Status exec(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// First column of the first row, or an invalid QVariant.
QVariant scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// The first column of every row as ids (SELECT id FROM ... WHERE ...).
Result<QList<qint64>> ids(Database& db, const QString& sql, const QVariantList& values = {});

/// NULL for an empty string, the string otherwise (nullable TEXT columns).
QVariant nullIfEmpty(const QString& s);
/// NULL for a non-positive or unset id.
QVariant nullIfZero(qint64 id);

} // namespace rapport::db
