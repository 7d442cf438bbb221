#include "IntroductionStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace rapport {

QString introductionKindKey(Introduction::Kind kind)
{
    switch (kind) {
    case Introduction::Kind::Referral:
        return QStringLiteral("referral");
    case Introduction::Kind::Help:
        return QStringLiteral("help");
    case Introduction::Kind::Introduction:
        break;
    }
    return QStringLiteral("introduction");
}

Introduction::Kind introductionKindFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    if (ok != nullptr) {
        *ok = k == QLatin1String("referral") || k == QLatin1String("help") || k == QLatin1String("introduction");
    }
    if (k == QLatin1String("referral")) {
        return Introduction::Kind::Referral;
    }
    if (k == QLatin1String("help")) {
        return Introduction::Kind::Help;
    }
    return Introduction::Kind::Introduction;
}

IntroductionStore::IntroductionStore(db::Database& db) : m_db(db) {}

Result<qint64> IntroductionStore::add(Introduction& i)
{
    if (!i.happenedOn.isValid()) {
        return Result<qint64>::fail(QCoreApplication::translate("IntroductionStore", "An introduction needs a date."));
    }
    db::SqlQuery q(m_db, QStringLiteral("INSERT INTO introductions (kind, introducer_id, introduced_id, target_id, "
                                        "direction, happened_at, outcome, notes, batch_id, created_at) "
                                        "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({introductionKindKey(i.kind), db::nullIfZero(i.introducerId), db::nullIfZero(i.introducedId),
               db::nullIfZero(i.targetId),
               i.direction == Introduction::Direction::Given ? QStringLiteral("given") : QStringLiteral("received"),
               i.happenedOn.toString(Qt::ISODate), i.outcome, i.notes, db::nullIfZero(i.batchId), Clock::isoNow()});
    if (!q.exec()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("IntroductionStore", "Cannot save the introduction: %1").arg(q.error()));
    }
    i.id = q.lastInsertId();
    m_db.notifyChanged(db::Entity::Introduction, {i.id});
    return Result<qint64>::ok(i.id);
}

Status IntroductionStore::remove(qint64 id)
{
    auto s = db::exec(m_db, QStringLiteral("DELETE FROM introductions WHERE id=?"), {id});
    if (s) {
        m_db.notifyChanged(db::Entity::Introduction, {id});
    }
    return s;
}

Result<QList<Introduction>> IntroductionStore::forContact(qint64 contactId)
{
    db::SqlQuery q(m_db, QStringLiteral("SELECT id, kind, introducer_id, introduced_id, target_id, direction, "
                                        "happened_at, outcome, notes, batch_id FROM introductions WHERE "
                                        "introducer_id=? OR introduced_id=? OR target_id=? ORDER BY happened_at DESC"));
    q.bindAll({contactId, contactId, contactId});
    if (!q.exec()) {
        return Result<QList<Introduction>>::fail(q.error());
    }
    QList<Introduction> out;
    while (q.next()) {
        Introduction i;
        i.id = q.int64(0);
        i.kind = introductionKindFromKey(q.string(1));
        i.introducerId = q.int64(2);
        i.introducedId = q.int64(3);
        i.targetId = q.int64(4);
        i.direction =
            q.string(5) == QLatin1String("given") ? Introduction::Direction::Given : Introduction::Direction::Received;
        i.happenedOn = QDate::fromString(q.string(6).left(10), Qt::ISODate);
        i.outcome = q.string(7);
        i.notes = q.string(8);
        i.batchId = q.int64(9);
        out << i;
    }
    return Result<QList<Introduction>>::ok(std::move(out));
}

Status IntroductionStore::reassign(qint64 from, qint64 to)
{
    db::Transaction tx(m_db);
    for (const QString& col :
         {QStringLiteral("introducer_id"), QStringLiteral("introduced_id"), QStringLiteral("target_id")}) {
        if (auto s = db::exec(m_db, QStringLiteral("UPDATE introductions SET %1=? WHERE %1=?").arg(col), {to, from});
            !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("IntroductionStore", "The database refused the change."));
    }
    return Status::ok();
}

} // namespace rapport
