#include "SqlQuery.h"

#include "Database.h"

#include <QMetaType>
#include <QSqlError>

namespace rapport::db {

SqlQuery::SqlQuery(Database& db, const QString& sql) : m_q(db.sql())
{
    if (!m_q.prepare(sql)) {
        m_prepareError = m_q.lastError().text();
    }
}

namespace {
// Qt 6 binds a null QString as SQL NULL; our text columns are NOT NULL DEFAULT '', so a
// string is always bound as text. NULL is asked for explicitly with nullIfEmpty()/QVariant().
QVariant normalized(const QVariant& v)
{
    if (v.metaType().id() == QMetaType::QString && v.toString().isNull()) {
        return QVariant(QString(QLatin1String("")));
    }
    return v;
}
} // namespace

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_q.addBindValue(normalized(value));
    return *this;
}

SqlQuery& SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    for (const auto& v : values) {
        m_q.addBindValue(normalized(v));
    }
    return *this;
}

bool SqlQuery::exec()
{
    if (!m_prepareError.isEmpty()) {
        return false;
    }
    return m_q.exec();
}

QString SqlQuery::error() const
{
    if (!m_prepareError.isEmpty()) {
        return m_prepareError;
    }
    return m_q.lastError().text();
}

Status exec(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    SqlQuery q(db, sql);
    q.bindAll(values);
    if (!q.exec()) {
        return Status::fail(q.error());
    }
    return Status::ok();
}

QVariant scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    SqlQuery q(db, sql);
    q.bindAll(values);
    if (q.exec() && q.next()) {
        return q.value(0);
    }
    return {};
}

Result<QList<qint64>> ids(Database& db, const QString& sql, const QVariantList& values)
{
    SqlQuery q(db, sql);
    for (const QVariant& v : values) {
        q.bind(v);
    }
    if (!q.exec()) {
        return Result<QList<qint64>>::fail(q.error());
    }
    QList<qint64> out;
    while (q.next()) {
        out << q.int64(0);
    }
    return Result<QList<qint64>>::ok(std::move(out));
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace rapport::db
