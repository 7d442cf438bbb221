#include "Database.h"

#include "Backup.h"
#include "Migrations.h"
#include "util/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("rapport-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isMemory(const QString& path)
{
    return path == QLatin1String(":memory:");
}

// Create the file ourselves with 0600 so SQLite (which copies the main file's mode to -wal
// and -shm) never leaves people's data readable by others, even for a moment.
Status ensurePrivateFile(const QString& path)
{
    if (isMemory(path)) {
        return Status::ok();
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Status::fail(Database::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    const QByteArray native = QFile::encodeName(path);
    if (!info.exists()) {
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            return Status::fail(Database::tr("Cannot create the database file %1: %2")
                                    .arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
        if (fd >= 0) {
            ::close(fd);
        }
    }
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) == 0 && (st.st_mode & 0077) != 0 && ::access(native.constData(), W_OK) == 0) {
        ::chmod(native.constData(), 0600);
    }
    return Status::ok();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (m_db.isOpen()) {
        // Fold the WAL back into the main file so a copied .sqlite is complete on its own.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (auto s = ensurePrivateFile(path); !s) {
        return R::fail(s.error());
    }
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db->m_db.open()) {
        return R::fail(tr("Cannot open the database %1: %2").arg(path, db->m_db.lastError().text()));
    }
    if (auto s = db->configure(options); !s) {
        return R::fail(s.error());
    }
    return R::ok(std::move(db));
}

Status Database::configure(const Options& options)
{
    QSqlQuery q(m_db);
    // Reading the schema is the first thing that fails on a file that is not a database.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return Status::fail(
            tr("%1 is not a Rapport database (or it is damaged): %2").arg(m_path, q.lastError().databaseText()));
    }
    q.finish();
    const int version = Migrations::currentVersion(m_db);
    if (version > Migrations::latestVersion) {
        return Status::fail(tr("%1 was written by a newer version of Rapport (schema %2; this version knows up to "
                               "%3). It was not changed; please update Rapport.")
                                .arg(m_path)
                                .arg(version)
                                .arg(Migrations::latestVersion));
    }
    const QFileInfo info(m_path);
    if (!isMemory(m_path) && !info.isWritable()) {
        return Status::fail(tr("The database %1 is read-only. Rapport needs to write to it; check the file's "
                               "permissions.")
                                .arg(m_path));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString& p : pragmas) {
        if (!q.exec(p)) {
            return Status::fail(tr("Cannot configure the database %1: %2").arg(m_path, q.lastError().text()));
        }
    }
    q.finish();
    const int target = options.targetVersion > 0 ? options.targetVersion : Migrations::latestVersion;
    if (version > 0 && version < target && options.backupBeforeMigration && !isMemory(m_path)) {
        BackupManager backups(m_path);
        auto b = backups.eventBackup(*this, QStringLiteral("pre-migration-v%1").arg(version));
        if (!b) {
            return Status::fail(tr("The database needs an upgrade, but the backup before it failed, so nothing was "
                                   "changed: %1")
                                    .arg(b.error()));
        }
    }
    return Migrations::migrate(m_db, target);
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(m_db);
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options o;
    o.backupBeforeMigration = false;
    return open(m_path, o);
}

bool Database::begin()
{
    QSqlQuery q(m_db);
    const bool ok = m_depth == 0 ? q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                 : q.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    if (ok) {
        ++m_depth;
    } else {
        qCWarning(lcDb) << "begin failed:" << q.lastError().text();
    }
    return ok;
}

bool Database::commit()
{
    if (m_depth <= 0) {
        return false;
    }
    QSqlQuery q(m_db);
    const bool ok = m_depth == 1 ? q.exec(QStringLiteral("COMMIT"))
                                 : q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    if (ok) {
        --m_depth;
    } else {
        qCWarning(lcDb) << "commit failed:" << q.lastError().text();
    }
    return ok;
}

void Database::rollback()
{
    if (m_depth <= 0) {
        return;
    }
    QSqlQuery q(m_db);
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

void Database::notifyChanged(Entity entity, const QList<qint64>& ids)
{
    emit changed(entity, ids);
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return {q.lastError().text()};
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next()) {
            problems << tr("Row %1 of %2 points to a missing row in %3.")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        }
    }
    if (q.exec(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')")) == false &&
        schemaVersion() >= 2) {
        problems << tr("The search index does not match the contacts: %1").arg(q.lastError().text());
    }
    return problems;
}

} // namespace rapport::db
