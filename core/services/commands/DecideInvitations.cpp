#include "DecideInvitations.h"

#include "db/Transaction.h"

#include <QCoreApplication>

namespace rapport {

namespace {

QString commandText(DecideInvitations::Decision decision, int n)
{
    switch (decision) {
    case DecideInvitations::Decision::Accept:
        return QCoreApplication::translate("DecideInvitations", "Accept %n invitation(s)", nullptr, n);
    case DecideInvitations::Decision::Ignore:
        return QCoreApplication::translate("DecideInvitations", "Ignore %n invitation(s)", nullptr, n);
    case DecideInvitations::Decision::FlagWrong:
        break;
    }
    return QCoreApplication::translate("DecideInvitations", "Flag %n verdict(s) as wrong", nullptr, n);
}

QString refused()
{
    return QCoreApplication::translate("DecideInvitations", "The database refused the change.");
}

/// Once per command, not per invitation: retraining replays every decision so far. Learning is a
/// refinement; a failure must not undo the decisions themselves.
void relearn(triage::InvitationTriage& triage)
{
    if (const Status s = triage.relearn(); !s) {
        qWarning("triage: relearning failed: %s", qPrintable(s.error()));
    }
}

} // namespace

DecideInvitations::DecideInvitations(const QList<qint64>& invitationIds, Decision decision)
    : UndoCommand(commandText(decision, static_cast<int>(invitationIds.size()))), m_ids(invitationIds),
      m_decision(decision)
{}

QString DecideInvitations::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Accept:
        return QStringLiteral("accepted");
    case Decision::Ignore:
        return QStringLiteral("ignored");
    case Decision::FlagWrong:
        break;
    }
    return QStringLiteral("flag_wrong");
}

QList<qint64> DecideInvitations::createdContactIds() const
{
    QList<qint64> ids;
    for (const triage::DecisionUndo& u : m_undos) {
        if (u.createdContactId > 0) {
            ids << u.createdContactId;
        }
    }
    return ids;
}

Status DecideInvitations::doRedo()
{
    // All or nothing: a failure half-way rolls back the decisions already made, so the undo
    // stack never holds a step that did only part of what its text says.
    m_undos.clear();
    triage::InvitationTriage triage(database());
    const QString key = decisionKey(m_decision);
    QList<triage::DecisionUndo> undos;
    undos.reserve(m_ids.size());
    db::Transaction tx(database());
    for (const qint64 id : std::as_const(m_ids)) {
        auto done = triage.decide(id, key, false);
        if (!done) {
            return Status::fail(done.error());
        }
        undos << done.value();
    }
    if (!tx.commit()) {
        return Status::fail(refused());
    }
    m_undos = std::move(undos);
    relearn(triage);
    return Status::ok();
}

Status DecideInvitations::doUndo()
{
    triage::InvitationTriage triage(database());
    db::Transaction tx(database());
    // Newest first, the mirror of redo, in case one invitation was listed twice.
    for (auto it = m_undos.crbegin(); it != m_undos.crend(); ++it) {
        if (auto s = triage.undo(*it, false); !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(refused());
    }
    relearn(triage);
    return Status::ok();
}

} // namespace rapport
