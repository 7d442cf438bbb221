#include "TriageTraining.h"

#include "TriageWeightStore.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>

namespace rapport::triage {

Result<QList<UserDecision>> TriageTraining::loadDecisions(db::Database& db, const QStringList& recipientKeywords)
{
    // Conversations and introductions are counted the same way as when the verdict was made,
    // so a decision is replayed with the context the detector had.
    db::SqlQuery q(db,
                   QStringLiteral("SELECT i.message, i.from_name, i.from_headline, i.mutual_connections, "
                                  "i.sender_connection_count, i.to_name, i.user_decision, i.verdict, "
                                  "(SELECT COUNT(*) FROM conversation_contacts cc WHERE cc.contact_id = i.contact_id), "
                                  "EXISTS (SELECT 1 FROM introductions n WHERE n.introduced_id = i.contact_id) "
                                  "FROM invitations i WHERE i.direction = ? AND i.user_decision <> '' ORDER BY i.id"));
    q.bind(QStringLiteral("incoming"));
    if (!q.exec()) {
        return Result<QList<UserDecision>>::fail(
            QCoreApplication::translate("Triage", "Cannot read your triage decisions: %1").arg(q.error()));
    }
    QList<UserDecision> out;
    while (q.next()) {
        UserDecision d;
        d.input.message = q.string(0);
        d.input.fromName = q.string(1);
        d.input.fromHeadline = q.string(2);
        if (!q.value(3).isNull()) {
            d.input.mutualConnections = q.value(3).toInt();
        }
        if (!q.value(4).isNull()) {
            d.input.senderConnectionCount = q.value(4).toInt();
        }
        d.input.recipientName = q.string(5);
        d.input.recipientKeywords = recipientKeywords;
        d.decision = q.string(6);
        d.shownVerdict = verdictFromKey(q.string(7));
        d.input.priorConversations = q.value(8).toInt();
        d.input.introducedBySomeone = q.value(9).toInt() != 0;
        out.append(d);
    }
    return Result<QList<UserDecision>>::ok(out);
}

Result<TriageWeights> TriageTraining::relearn(db::Database& db, const QString& updatedAt,
                                              const QStringList& recipientKeywords)
{
    auto decisions = loadDecisions(db, recipientKeywords);
    if (!decisions) {
        return Result<TriageWeights>::fail(decisions.error());
    }
    // Always from the defaults, never from the last learned set: retraining twice on the same
    // decisions must not drift further each time.
    const TriageWeights weights = TriageLearner::train(TriageLearner::examplesFrom(decisions.value()));
    TriageWeightStore store(db);
    if (const Status s = store.save(weights, updatedAt); !s) {
        return Result<TriageWeights>::fail(s.error());
    }
    return Result<TriageWeights>::ok(weights);
}

} // namespace rapport::triage
