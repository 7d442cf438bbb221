#include "ImportJob.h"

#include "db/Database.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace rapport {

ImportJob::ImportJob(db::Database& db, QObject* parent) : QObject(parent), m_db(db) {}

ImportJob::~ImportJob()
{
    stopAndWait();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::stopAndWait()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
    ++m_generation; // whatever the old run still has queued is now ignored
    m_running = false;
}

void ImportJob::postProgress(int generation, qint64 done, qint64 total)
{
    // Called on the worker; the lambda runs on the UI thread, where m_generation lives.
    QMetaObject::invokeMethod(
        this,
        [this, generation, done, total] {
            if (generation == m_generation) {
                emit progress(done, total);
            }
        },
        Qt::QueuedConnection);
}

void ImportJob::start(Work work)
{
    stopAndWait();
    m_cancel = false;
    m_running = true;
    const int generation = m_generation;
    // Whole percents only: a 200,000-message import reports every 256 records, far more than a bar shows.
    auto lastPercent = std::make_shared<int>(-1);
    const auto progress = [this, generation, lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent != *lastPercent) {
            *lastPercent = percent;
            postProgress(generation, done, total);
        }
    };
    const auto finish = [this, generation](const QString& openError) {
        if (generation == m_generation) {
            m_running = false;
            emit finished(openError);
        }
    };

    const QString path = m_db.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        Context context{m_db, &m_cancel, progress};
        work(context);
        QTimer::singleShot(0, this, [finish] { finish(QString()); });
        return;
    }
    auto openError = std::make_shared<QString>();
    QThread* thread = QThread::create([path, work = std::move(work), progress, openError, cancel = &m_cancel] {
        db::Database::Options options;
        options.backupBeforeMigration = false;
        auto db = db::Database::open(path, options);
        if (!db) {
            *openError = db.error();
            return;
        }
        Context context{*db.value(), cancel, progress};
        work(context);
    });
    thread->setParent(this);
    thread->setObjectName(QStringLiteral("importJob"));
    connect(thread, &QThread::finished, this, [finish, openError] { finish(*openError); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

} // namespace rapport
