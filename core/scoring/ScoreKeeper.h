#pragma once

#include "db/Database.h"

#include <QObject>
#include <QSet>

#include <memory>

class QThread;
class QTimer;

namespace rapport::scoring {

/// Keeps contact_scores in step with the data while the app runs: after a change (a logged
/// conversation, an edit, an import, new weights) it rescores what changed once things are quiet
/// for a moment. A few contacts are rescored at once on this thread; many, or everything, on a
/// worker thread with its own connection, so the window never waits for a full rescore.
/// Views hear about new scores through the database's changed(Contact) signal.
class ScoreKeeper : public QObject
{
    Q_OBJECT
public:
    explicit ScoreKeeper(db::Database& db, QObject* parent = nullptr);
    ~ScoreKeeper() override;

    /// More changed contacts than this and everyone is rescored in the background.
    static constexpr int kFullRescoreThreshold = 200;

    /// Rescores everyone in the background now (e.g. on start when some contacts have no score).
    void rescoreAllSoon();
    /// Starts a full rescore when any contact lacks a score.
    void catchUp();
    bool isBusy() const { return m_worker != nullptr; }
    /// How long to wait after the last change (ms); tests set 0.
    void setDelay(int ms);

signals:
    /// A rescore finished: how many contacts were scored, or the error.
    void rescored(int contacts);
    void failed(const QString& error);

private:
    void onChanged(db::Entity entity, const QList<qint64>& ids);
    void run();
    void startFull();
    void announce(const QList<qint64>& ids);

    db::Database& m_db;
    QTimer* m_timer = nullptr;
    QSet<qint64> m_pending;
    bool m_full = false;
    bool m_announcing = false;
    QThread* m_worker = nullptr;
};

} // namespace rapport::scoring
