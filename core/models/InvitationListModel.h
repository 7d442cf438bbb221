#pragma once

#include "model/Invitation.h"
#include "triage/TriageTypes.h"

#include <QAbstractTableModel>

namespace rapport::db {
class Database;
}

namespace rapport {

/// Incoming connection requests for the Invitations view, in one SQL query (10,000 rows load
/// in milliseconds). Order: genuine first, then unclear, not yet analysed, name collectors last;
/// newest first within each, so the people worth answering are at the top and the collectors
/// form one block at the bottom to select and ignore together (the same order as
/// InvitationStore::list and the command line). Filters: pending only or all, and one verdict.
/// Loads on the first reload(), then follows Database::changed.
class InvitationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FromColumn, HeadlineColumn, VerdictColumn, ReceivedColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        VerdictKeyRole, ///< "collector", "unclear", "genuine" or "" (not analysed yet)
        ScoreRole,      ///< P(collector) in 0..1, or -1 before analysis
        MessageRole,
        ReasonsRole, ///< the reasons in plain words (QStringList), strongest first
        StatusKeyRole,
        DecisionRole,
        ContactIdRole,
        SentAtRole,
    };
    enum class Scope { Pending, All };

    explicit InvitationListModel(db::Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    /// "collector", "unclear" or "genuine"; empty for every verdict.
    QString verdictFilter() const { return m_verdict; }
    void setVerdictFilter(const QString& verdictKey);

    bool isLoaded() const { return m_loaded; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    /// The row's invitation, or nullptr out of range.
    const Invitation* invitationAt(int row) const;
    /// The stored reasons, parsed (strongest first).
    QList<triage::TriageReason> reasonsAt(int row) const;
    /// Listed rows with this verdict key ("" = not analysed yet).
    int countWithVerdict(const QString& verdictKey) const { return m_verdictCounts.value(verdictKey); }
    QString lastError() const { return m_error; }
    /// How sure the verdict is, in whole percent (0..99), or -1 for unclear or not analysed.
    static int verdictConfidence(const Invitation& invitation);
    /// Pending incoming invitations not analysed yet (new imports), whatever the filters.
    int untriagedPendingCount() const;

public slots:
    /// Re-runs the query. Changes announced on Database::changed are coalesced and re-queried
    /// once on the next event-loop turn (a bulk decision announces every row).
    void reload();

private:
    QString verdictText(const Invitation& inv) const;
    QString statusText(const Invitation& inv) const;

    db::Database& m_db;
    QList<Invitation> m_rows;
    QHash<QString, int> m_verdictCounts;
    QHash<qint64, int> m_rowById;
    Scope m_scope = Scope::Pending;
    QString m_verdict;
    QString m_error;
    bool m_loaded = false;
    bool m_reloadPending = false;
};

} // namespace rapport
