#include "CircleStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace rapport {

CircleStore::CircleStore(db::Database& db) : m_db(db) {}

Result<qint64> CircleStore::ensure(const QString& rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty()) {
        return Result<qint64>::fail(QCoreApplication::translate("CircleStore", "A circle needs a name."));
    }
    if (auto id = idOf(name); id) {
        return id;
    }
    db::SqlQuery q(m_db, QStringLiteral("INSERT INTO circles (name, created_at) VALUES (?, ?)"));
    q.bindAll({name, Clock::isoNow()});
    if (!q.exec()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("CircleStore", "Cannot create the circle %1: %2").arg(name, q.error()));
    }
    m_db.notifyChanged(db::Entity::Circle, {q.lastInsertId()});
    return Result<qint64>::ok(q.lastInsertId());
}

Result<qint64> CircleStore::idOf(const QString& name)
{
    const QVariant v = db::scalar(m_db, QStringLiteral("SELECT id FROM circles WHERE name=?"), {name.simplified()});
    if (!v.isValid()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("CircleStore", "There is no circle named %1.").arg(name));
    }
    return Result<qint64>::ok(v.toLongLong());
}

Result<QList<Circle>> CircleStore::list()
{
    db::SqlQuery q(m_db, QStringLiteral("SELECT c.id, c.name, c.color, (SELECT count(*) FROM contact_circles cc JOIN "
                                        "contacts k ON k.id=cc.contact_id WHERE cc.circle_id=c.id AND k.deleted_at IS "
                                        "NULL) FROM circles c ORDER BY c.name COLLATE NOCASE"));
    if (!q.exec()) {
        return Result<QList<Circle>>::fail(q.error());
    }
    QList<Circle> out;
    while (q.next()) {
        out.append({q.int64(0), q.string(1), q.string(2), q.value(3).toInt()});
    }
    return Result<QList<Circle>>::ok(std::move(out));
}

Status CircleStore::rename(qint64 id, const QString& name)
{
    if (name.simplified().isEmpty()) {
        return Status::fail(QCoreApplication::translate("CircleStore", "A circle needs a name."));
    }
    auto s = db::exec(m_db, QStringLiteral("UPDATE circles SET name=? WHERE id=?"), {name.simplified(), id});
    if (!s && s.error().contains(QLatin1String("UNIQUE"))) {
        return Status::fail(
            QCoreApplication::translate("CircleStore", "There is already a circle named %1.").arg(name.simplified()));
    }
    if (s) {
        m_db.notifyChanged(db::Entity::Circle, {id});
    }
    return s;
}

Status CircleStore::remove(qint64 id)
{
    auto s = db::exec(m_db, QStringLiteral("DELETE FROM circles WHERE id=?"), {id});
    if (s) {
        m_db.notifyChanged(db::Entity::Circle, {id});
        m_db.notifyChanged(db::Entity::Contact);
    }
    return s;
}

Result<QList<qint64>> CircleStore::addMembers(qint64 circleId, const QList<qint64>& contactIds)
{
    QList<qint64> added;
    db::Transaction tx(m_db);
    db::SqlQuery q(m_db, QStringLiteral("INSERT OR IGNORE INTO contact_circles (contact_id, circle_id) VALUES (?, ?)"));
    for (const qint64 id : contactIds) {
        q.raw().addBindValue(id);
        q.raw().addBindValue(circleId);
        if (!q.exec()) {
            return Result<QList<qint64>>::fail(
                QCoreApplication::translate("CircleStore", "Cannot add to the circle: %1").arg(q.error()));
        }
        if (q.numRowsAffected() > 0) {
            added << id;
        }
    }
    if (!tx.commit()) {
        return Result<QList<qint64>>::fail(
            QCoreApplication::translate("CircleStore", "Cannot add to the circle: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Contact, added);
    m_db.notifyChanged(db::Entity::Circle, {circleId});
    return Result<QList<qint64>>::ok(added);
}

Status CircleStore::removeMembers(qint64 circleId, const QList<qint64>& contactIds)
{
    db::Transaction tx(m_db);
    db::SqlQuery q(m_db, QStringLiteral("DELETE FROM contact_circles WHERE contact_id=? AND circle_id=?"));
    for (const qint64 id : contactIds) {
        q.raw().addBindValue(id);
        q.raw().addBindValue(circleId);
        if (!q.exec()) {
            return Status::fail(q.error());
        }
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("CircleStore", "Cannot change the circle: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Contact, contactIds);
    m_db.notifyChanged(db::Entity::Circle, {circleId});
    return Status::ok();
}

} // namespace rapport
