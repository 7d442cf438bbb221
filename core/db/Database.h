#pragma once

#include "util/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace rapport::db {

/// What changed, for the single change channel every view listens to.
enum class Entity { Contact, Conversation, FollowUp, Introduction, Invitation, Circle, Settings, Everything };

/// One open Rapport database file: a QSQLITE connection with WAL, foreign keys and a busy
/// timeout, migrated to the current schema. Owns the connection; not shared across threads
/// (open another Database on the same file for a worker thread).
class Database : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Back up the file before a migration changes it (off only for throw-away files).
        bool backupBeforeMigration = true;
        /// Migrate to this version instead of the latest (fixtures and migration tests only).
        int targetVersion = -1;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options()); }
    ~Database() override;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion();

    /// A second connection to the same file (for a worker thread); it must be used and
    /// destroyed on that thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    /// Write transactions: BEGIN IMMEDIATE at the outermost level (so two writers queue on the
    /// busy timeout instead of deadlocking), SAVEPOINTs inside. Prefer db::Transaction.
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /// Announces a change to listeners (models, caches). ids empty means "many/unknown".
    void notifyChanged(Entity entity, const QList<qint64>& ids = {});

    /// Runs PRAGMA integrity_check and foreign_key_check; returns the problems found (empty = ok).
    QStringList integrityProblems();

signals:
    void changed(rapport::db::Entity entity, const QList<qint64>& ids);

private:
    Database(QString path, QString connectionName);
    Status configure(const Options& options);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_depth = 0;
};

} // namespace rapport::db
