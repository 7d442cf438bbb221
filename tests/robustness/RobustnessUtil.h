#pragma once
// Helpers shared by the robustness tests: a LinkedIn Connections.csv of any size, the CLI, and a
// canonical dump of what a person would call "my contacts".

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

namespace robustness {

inline QString importData(const char* relative)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/import/") + QString::fromUtf8(relative);
}

/// The current LinkedIn layout (formats.md §1.1a): the "Notes:" preamble, a blank line, the
/// 7-column header. Every row is a distinct person (own URL); some fields need quoting.
inline QByteArray connectionsCsv(int rows)
{
    static const char* const firstNames[] = {"Jana", "Ľubomír", "Jürgen", "伟", "Sophie", "Marek", "Émilie", "Kenji"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QByteArray out;
    out.reserve(qsizetype(rows) * 140 + 1024);
    out += "Notes:\n"
           "\"When exporting your connection data, you may notice that some of the email addresses are missing. You "
           "will only see email addresses for connections who have allowed their connections to see or download their "
           "email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
           "https://www.linkedin.com/help/linkedin/answer/261\"\n"
           "\n"
           "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += firstNames[i % 8];
        out += ",Nováková-" + n;
        out += ",https://www.linkedin.com/in/person-" + n + "-" + QByteArray::number(i * 7919 % 65536, 16);
        out += (i % 5 == 0) ? ",person" + n + "@example.com" : QByteArray(",");
        out += ",\"Company " + QByteArray::number(i % 700) + ", s.r.o.\"";
        out += (i % 3 == 0) ? ",\"Head of \"\"Talent\"\", EMEA\"" : ",Engineer " + QByteArray::number(i % 40);
        out += "," + QByteArray::number(1 + i % 28).rightJustified(2, '0') + " " + months[i % 12] + " " +
               QByteArray::number(2015 + i % 11) + "\n";
    }
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Permission bits of a file, or -1 when it does not exist.
inline int fileMode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return int(st.st_mode & 07777);
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun cli(const QString& dbPath, const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProgram(QStringLiteral(RAPPORT_CLI_PATH));
    p.setArguments(QStringList{QStringLiteral("--db"), dbPath} + args);
    p.start();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The contacts as sorted "display_name|company|position|linkedin_url" lines: two databases
/// with equal dumps hold the same network, whatever their ids, batches or timestamps.
inline QStringList contactDump(QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT display_name, company, position, ifnull(linkedin_url, '') FROM contacts "
                          "WHERE deleted_at IS NULL"));
    while (q.next()) {
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                    .join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

} // namespace robustness

namespace robustness {

/// A plain QSQLITE connection to a database file, closed and removed on scope exit. Opening it
/// after a crash is what recovers the WAL, exactly as the next start of Rapport would.
class Connection
{
public:
    explicit Connection(const QString& path) : m_name(QStringLiteral("robustness-%1").arg(++counter()))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }

    /// First column of every row of a query (strings), empty on error.
    QStringList column(const QString& sql)
    {
        QStringList values;
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            return {QStringLiteral("query failed: ") + q.lastError().text()};
        }
        while (q.next()) {
            values << q.value(0).toString();
        }
        return values;
    }
    qint64 count(const QString& sql)
    {
        const QStringList v = column(sql);
        bool ok = false;
        const qint64 n = v.isEmpty() ? -1 : v.first().toLongLong(&ok);
        return ok ? n : -1;
    }
    QString integrity() { return column(QStringLiteral("PRAGMA integrity_check")).join(QLatin1Char('\n')); }

private:
    static int& counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace robustness
