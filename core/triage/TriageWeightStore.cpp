#include "TriageWeightStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QCoreApplication>

namespace rapport::triage {

TriageWeightStore::TriageWeightStore(db::Database& db) : m_db(db) {}

Result<TriageWeights> TriageWeightStore::load() const
{
    db::SqlQuery q(m_db, QStringLiteral("SELECT feature, weight FROM triage_weights"));
    if (!q.exec()) {
        return Result<TriageWeights>::fail(
            QCoreApplication::translate("Triage", "Cannot read the learned triage weights: %1").arg(q.error()));
    }
    QHash<QString, double> map;
    while (q.next()) {
        map.insert(q.string(0), q.value(1).toDouble());
    }
    return Result<TriageWeights>::ok(TriageWeights::fromMap(map));
}

Status TriageWeightStore::save(const TriageWeights& weights, const QString& updatedAt)
{
    db::Transaction tx(m_db);
    const QHash<QString, double> map = weights.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const Status s =
            db::exec(m_db,
                     QStringLiteral("INSERT INTO triage_weights (feature, weight, updated_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT(feature) DO UPDATE SET weight = excluded.weight, "
                                    "updated_at = excluded.updated_at"),
                     {it.key(), it.value(), updatedAt});
        if (!s) {
            return Status::fail(
                QCoreApplication::translate("Triage", "Cannot save the learned triage weights: %1").arg(s.error()));
        }
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("Triage", "Cannot save the learned triage weights."));
    }
    return Status::ok();
}

Status TriageWeightStore::reset()
{
    const Status s = db::exec(m_db, QStringLiteral("DELETE FROM triage_weights"));
    if (!s) {
        return Status::fail(
            QCoreApplication::translate("Triage", "Cannot reset the triage weights: %1").arg(s.error()));
    }
    return Status::ok();
}

} // namespace rapport::triage
