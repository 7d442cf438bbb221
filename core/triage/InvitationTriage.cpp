#include "InvitationTriage.h"

#include "CollectorDetector.h"
#include "TriageTraining.h"
#include "TriageWeightStore.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/ContactStore.h"
#include "store/InvitationStore.h"
#include "store/SettingsStore.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCoreApplication>

namespace rapport::triage {

InvitationTriage::InvitationTriage(db::Database& db) : m_db(db) {}

QStringList InvitationTriage::recipientKeywords()
{
    const UserProfile p = SettingsStore(m_db).profile();
    QStringList words;
    if (!p.name.isEmpty()) {
        words << p.name;
    }
    words << p.companies << p.roles << p.industries;
    words.removeAll(QString());
    return words;
}

Result<QList<TriagedInvitation>> InvitationTriage::triageStored(bool all)
{
    using R = Result<QList<TriagedInvitation>>;
    auto weights = TriageWeightStore(m_db).load();
    const CollectorDetector detector(weights ? weights.value() : TriageWeights::defaults());
    const QStringList keywords = recipientKeywords();
    const QString userName = SettingsStore(m_db).profile().name;
    // The same context TriageTraining replays: conversations with the linked contact and
    // whether someone introduced them. A verdict the user flagged as wrong stays as it was shown:
    // re-analysing it would flip the label the learner reads from the flag.
    db::SqlQuery q(
        m_db, QStringLiteral("SELECT i.id, i.message, i.from_name, i.from_headline, i.mutual_connections, "
                             "i.sender_connection_count, i.to_name, "
                             "(SELECT COUNT(*) FROM conversation_contacts cc WHERE cc.contact_id = "
                             "i.contact_id), "
                             "EXISTS (SELECT 1 FROM introductions n WHERE n.introduced_id = i.contact_id) "
                             "FROM invitations i WHERE i.direction='incoming' AND i.user_decision <> 'flag_wrong' AND "
                             "(? OR i.status='pending') "
                             "ORDER BY i.id"));
    q.bind(all ? 1 : 0);
    if (!q.exec()) {
        return R::fail(QCoreApplication::translate("Triage", "Cannot read the invitations: %1").arg(q.error()));
    }
    QList<TriagedInvitation> out;
    QList<TriageInput> inputs;
    while (q.next()) {
        TriageInput in;
        in.message = q.string(1);
        in.fromName = q.string(2);
        in.fromHeadline = q.string(3);
        if (!q.value(4).isNull()) {
            in.mutualConnections = q.value(4).toInt();
        }
        if (!q.value(5).isNull()) {
            in.senderConnectionCount = q.value(5).toInt();
        }
        in.recipientName = q.string(6).isEmpty() ? userName : q.string(6);
        in.priorConversations = q.value(7).toInt();
        in.introducedBySomeone = q.value(8).toInt() != 0;
        in.recipientKeywords = keywords;
        out.append({q.int64(0), in.fromName, {}});
        inputs.append(in);
    }
    const QList<TriageResult> results = detector.analyzeAll(inputs);
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].result = results.at(i);
    }
    db::Transaction tx(m_db);
    db::SqlQuery update(m_db, QStringLiteral("UPDATE invitations SET verdict=?, score=?, reasons=? WHERE id=?"));
    for (const auto& t : std::as_const(out)) {
        update.bindAll({verdictKey(t.result.verdict), t.result.score, reasonsToJson(t.result.reasons), t.id});
        if (!update.exec()) {
            return R::fail(QCoreApplication::translate("Triage", "Cannot save the verdicts: %1").arg(update.error()));
        }
    }
    if (!tx.commit()) {
        return R::fail(QCoreApplication::translate("Triage", "Cannot save the verdicts: the database refused."));
    }
    m_db.notifyChanged(db::Entity::Invitation);
    return R::ok(out);
}

Status InvitationTriage::relearn()
{
    auto learned = TriageTraining::relearn(m_db, Clock::isoNow(), recipientKeywords());
    return learned ? Status::ok() : Status::fail(learned.error());
}

Result<DecisionUndo> InvitationTriage::decide(qint64 invitationId, const QString& decision, bool retrain)
{
    using R = Result<DecisionUndo>;
    static const QStringList allowed = {QStringLiteral("accepted"), QStringLiteral("ignored"),
                                        QStringLiteral("flag_wrong")};
    if (!allowed.contains(decision)) {
        return R::fail(QCoreApplication::translate("Triage", "Unknown decision \"%1\"; use accepted, ignored or "
                                                             "flag_wrong.")
                           .arg(decision));
    }
    InvitationStore invitations(m_db);
    auto inv = invitations.get(invitationId);
    if (!inv) {
        return R::fail(inv.error());
    }
    DecisionUndo undo;
    undo.invitationId = invitationId;
    undo.previousDecision = inv->userDecision;
    undo.previousStatus = inv->status;
    undo.previousContactId = inv->contactId;

    db::Transaction tx(m_db);
    qint64 contactId = inv->contactId;
    QString status = inv->status;
    if (decision == QLatin1String("accepted")) {
        status = QStringLiteral("accepted");
        if (contactId <= 0) {
            // Link to a contact with the same profile, else create one.
            const QString url = text::normalizedLinkedInUrl(inv->fromUrl);
            if (!url.isEmpty()) {
                contactId = db::scalar(m_db, QStringLiteral("SELECT id FROM contacts WHERE linkedin_url=?"), {url})
                                .toLongLong();
            }
            if (contactId <= 0) {
                Contact c;
                c.displayName = inv->fromName.trimmed().isEmpty()
                                    ? QCoreApplication::translate("Triage", "Unnamed sender")
                                    : inv->fromName.trimmed();
                c.headline = inv->fromHeadline;
                c.linkedinUrl = url;
                c.source = QStringLiteral("invitation");
                c.connectedOn = Clock::today();
                auto added = ContactStore(m_db).add(c);
                if (!added) {
                    return R::fail(added.error());
                }
                contactId = added.value();
                undo.createdContactId = contactId;
            }
        }
    } else if (decision == QLatin1String("ignored")) {
        status = QStringLiteral("ignored");
    }
    if (auto s = invitations.decide(invitationId, decision, status, contactId); !s) {
        return R::fail(s.error());
    }
    if (!tx.commit()) {
        return R::fail(QCoreApplication::translate("Triage", "Cannot save the decision: the database refused."));
    }
    // Learning is a refinement: a failure here must not lose the decision itself.
    if (auto learned = retrain ? relearn() : Status::ok(); !learned) {
        qWarning("triage: relearning failed: %s", qPrintable(learned.error()));
    }
    return R::ok(undo);
}

Status InvitationTriage::undo(const DecisionUndo& u, bool retrain)
{
    db::Transaction tx(m_db);
    if (auto s =
            InvitationStore(m_db).decide(u.invitationId, u.previousDecision, u.previousStatus, u.previousContactId);
        !s) {
        return s;
    }
    if (u.createdContactId > 0) {
        if (auto s = ContactStore(m_db).purge({u.createdContactId}); !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("Triage", "Cannot undo: the database refused."));
    }
    if (auto learned = retrain ? relearn() : Status::ok(); !learned) {
        qWarning("triage: relearning failed: %s", qPrintable(learned.error()));
    }
    return Status::ok();
}

QString InvitationTriage::askForContextReply(const QString& senderName, const QString& userName)
{
    const QString first = senderName.section(QLatin1Char(' '), 0, 0).trimmed();
    QString reply = QCoreApplication::translate(
                        "Triage", "Hi %1, thanks for reaching out! I try to keep my network to people I actually "
                                  "know or work with. Could you tell me how you came across me and what you "
                                  "have in mind? Happy to connect once I understand the context.")
                        .arg(first.isEmpty() ? QCoreApplication::translate("Triage", "there") : first);
    if (!userName.trimmed().isEmpty()) {
        reply += QStringLiteral("\n") + userName.trimmed();
    }
    return reply;
}

} // namespace rapport::triage
