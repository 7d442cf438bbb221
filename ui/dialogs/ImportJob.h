#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QThread;

namespace rapport {

namespace db {
class Database;
}

/// Runs one import step (preview, dry run, import) off the UI thread, on a second connection to the
/// open database file that is opened, used and closed on the worker thread (a Database is never
/// shared across threads). A database that lives only in memory has no second connection: the job
/// then runs on the UI's own connection, blocking, with the same signals.
///
/// The work must not touch widgets. Progress reaches the UI thread through progress(), throttled to
/// whole percents; finished() arrives on the UI thread once the worker is done. A newer start() or
/// the destructor cancels the running job and waits for it, so no late signal from an old run arrives.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        db::Database& db;
        std::atomic<bool>* cancel;
        /// Records done and in total; callable from the worker as often as the work likes.
        std::function<void(qint64 done, qint64 total)> progress;
    };
    using Work = std::function<void(Context&)>;

    explicit ImportJob(db::Database& db, QObject* parent = nullptr);
    ~ImportJob() override;

    void start(Work work);
    /// Asks the running work to stop (it checks the flag between records); finished() still follows.
    void cancel();
    /// Cancels and blocks until the worker has ended.
    void stopAndWait();
    bool isRunning() const { return m_running; }
    bool cancelRequested() const { return m_cancel.load(); }

signals:
    void progress(qint64 done, qint64 total);
    /// openError: why the second connection could not be opened (the work did not run); empty otherwise.
    void finished(const QString& openError);

private:
    void postProgress(int generation, qint64 done, qint64 total);

    db::Database& m_db;
    QPointer<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    int m_generation = 0;
    bool m_running = false;
};

} // namespace rapport
