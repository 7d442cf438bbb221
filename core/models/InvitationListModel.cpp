#include "InvitationListModel.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QLocale>
#include <QTimer>

#include <cmath>

namespace rapport {

InvitationListModel::InvitationListModel(db::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if ((e == db::Entity::Invitation || e == db::Entity::Everything) && m_loaded && !m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, &InvitationListModel::reload);
        }
    });
}

int InvitationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InvitationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationListModel::verdictText(const Invitation& inv) const
{
    const auto verdict = triage::verdictFromKey(inv.verdict);
    if (!verdict) {
        return tr("Not analysed yet");
    }
    const int sure = verdictConfidence(inv);
    if (sure < 0) {
        return triage::verdictDisplayName(*verdict);
    }
    //: %1 verdict ("Name collector", "Genuine"), %2 how sure the detector is of it, in percent
    return tr("%1 (%2%)").arg(triage::verdictDisplayName(*verdict)).arg(sure);
}

int InvitationListModel::verdictConfidence(const Invitation& inv)
{
    // The score is P(collector). Shown next to "Genuine" it would read backwards ("Genuine (3%)"),
    // so each verdict shows how sure it is; rounded down, so nothing is ever "100%" sure. An
    // unclear verdict has no side to be sure of.
    if (inv.score < 0 || inv.verdict == QLatin1String("unclear")) {
        return -1;
    }
    const double p = inv.verdict == QLatin1String("genuine") ? 1 - inv.score : inv.score;
    return static_cast<int>(std::floor(p * 100 + 1e-9)); // 0.29 * 100 is 28.999...
}

QString InvitationListModel::statusText(const Invitation& inv) const
{
    QString status;
    if (inv.status == QLatin1String("accepted")) {
        status = tr("Accepted");
    } else if (inv.status == QLatin1String("ignored")) {
        status = tr("Ignored");
    } else {
        status = tr("Pending");
    }
    if (inv.userDecision == QLatin1String("flag_wrong")) {
        //: %1 status ("Pending"); the user said the verdict was wrong
        return tr("%1, verdict flagged wrong").arg(status);
    }
    return status;
}

QVariant InvitationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Invitation& inv = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn:
            return inv.fromName.isEmpty() ? tr("Unnamed sender") : inv.fromName;
        case HeadlineColumn:
            return inv.fromHeadline;
        case VerdictColumn:
            return verdictText(inv);
        case ReceivedColumn:
            return inv.sentAt.isValid() ? QLocale().toString(inv.sentAt.date(), QLocale::ShortFormat) : QString();
        case StatusColumn:
            return statusText(inv);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HeadlineColumn:
            return inv.fromHeadline;
        case VerdictColumn:
            if (inv.score >= 0) {
                return tr("%1% likely to come from someone collecting names").arg(qRound(inv.score * 100));
            }
            return {};
        case ReceivedColumn:
            return inv.sentAt.isValid() ? QLocale().toString(inv.sentAt, QLocale::LongFormat) : QString();
        default:
            return {};
        }
    case IdRole:
        return inv.id;
    case VerdictKeyRole:
        return inv.verdict;
    case ScoreRole:
        return inv.score;
    case MessageRole:
        return inv.message;
    case ReasonsRole: {
        QStringList texts;
        for (const triage::TriageReason& r : triage::reasonsFromJson(inv.reasons)) {
            texts << r.text;
        }
        return texts;
    }
    case StatusKeyRole:
        return inv.status;
    case DecisionRole:
        return inv.userDecision;
    case ContactIdRole:
        return inv.contactId;
    case SentAtRole:
        return inv.sentAt;
    default:
        return {};
    }
}

QVariant InvitationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == VerdictColumn) {
        return tr("The percentage is how sure Rapport is of the verdict.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FromColumn:
        return tr("From");
    case HeadlineColumn:
        return tr("Headline");
    case VerdictColumn:
        return tr("Verdict");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void InvitationListModel::setScope(Scope scope)
{
    if (scope != m_scope) {
        m_scope = scope;
        reload();
    }
}

void InvitationListModel::setVerdictFilter(const QString& verdictKey)
{
    if (verdictKey != m_verdict) {
        m_verdict = verdictKey;
        reload();
    }
}

qint64 InvitationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int InvitationListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

const Invitation* InvitationListModel::invitationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QList<triage::TriageReason> InvitationListModel::reasonsAt(int row) const
{
    const Invitation* inv = invitationAt(row);
    return inv ? triage::reasonsFromJson(inv->reasons) : QList<triage::TriageReason>();
}

int InvitationListModel::untriagedPendingCount() const
{
    return db::scalar(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM invitations WHERE direction = ? AND status = 'pending' "
                                     "AND verdict = ''"),
                      {QStringLiteral("incoming")})
        .toInt();
}

void InvitationListModel::reload()
{
    m_reloadPending = false;
    m_loaded = true;
    db::SqlQuery q(m_db, QStringLiteral("SELECT id, from_name, from_headline, message, sent_at, mutual_connections, "
                                        "sender_connection_count, contact_id, status, verdict, score, reasons, "
                                        "user_decision FROM invitations "
                                        "WHERE direction = ? AND (? OR status = 'pending') AND (? = '' OR verdict = ?) "
                                        "ORDER BY CASE verdict WHEN 'genuine' THEN 0 WHEN 'unclear' THEN 1 "
                                        "WHEN '' THEN 2 ELSE 3 END, sent_at DESC, id DESC"));
    q.bindAll({QStringLiteral("incoming"), m_scope == Scope::All ? 1 : 0, m_verdict, m_verdict});
    QList<Invitation> rows;
    QHash<QString, int> counts;
    QHash<qint64, int> rowById;
    if (!q.exec()) {
        m_error = q.error();
    } else {
        m_error.clear();
        while (q.next()) {
            Invitation i;
            i.id = q.int64(0);
            i.fromName = q.string(1);
            i.fromHeadline = q.string(2);
            i.message = q.string(3);
            i.sentAt = QDateTime::fromString(q.string(4), Qt::ISODate);
            if (!q.value(5).isNull()) {
                i.mutualConnections = q.value(5).toInt();
            }
            if (!q.value(6).isNull()) {
                i.senderConnectionCount = q.value(6).toInt();
            }
            i.contactId = q.int64(7);
            i.status = q.string(8);
            i.verdict = q.string(9);
            i.score = q.value(10).isNull() ? -1 : q.value(10).toDouble();
            i.reasons = q.string(11);
            i.userDecision = q.string(12);
            ++counts[i.verdict];
            rowById.insert(i.id, static_cast<int>(rows.size()));
            rows.append(std::move(i));
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_verdictCounts = std::move(counts);
    m_rowById = std::move(rowById);
    endResetModel();
}

} // namespace rapport
