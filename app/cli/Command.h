#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace rapport::cli {

/// Exit codes every command uses: 0 ok, 1 bad input or failure, 2 usage.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// What a command gets: its own arguments, the output streams and the database (opened on demand).
class Context
{
public:
    Context(QString dbPath, bool json, QStringList args, QTextStream& out, QTextStream& err);

    const QString& dbPath() const { return m_dbPath; }
    bool json() const { return m_json; }
    /// Arguments after the command name, with argv[0]-style program name first (for QCommandLineParser).
    const QStringList& args() const { return m_args; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Opens (once) the database named by --db / RAPPORT_DB / the default; nullptr after printing the error.
    db::Database* database();

    /// Parses args() with the parser after adding --help and --json; prints help or usage errors.
    /// Returns -1 to go on, or the exit code to return at once.
    int parse(QCommandLineParser& parser, const QString& description);

    /// Prints an error: a JSON object {"error": ...} with --json, "rapport-cli: message" otherwise.
    int fail(const QString& message, int code = ExitFailure);
    /// For commands that take no positional arguments: -1 when there are none, else the usage
    /// error "Unexpected argument X." (exit code 2), already printed.
    int refuseArguments(const QCommandLineParser& parser);
    /// A whole-number option of at least `minimum`: -1 with the value in *value (left as it is
    /// when the option is not given), else the usage error `message` (exit code 2), already printed.
    int intOption(const QCommandLineParser& parser, const QString& name, int minimum, const QString& message,
                  int* value);
    void printJson(const QJsonObject& o);
    void printJson(const QJsonArray& a);
    /// One JSON object per line (JSON Lines), for streaming listings.
    void printJsonLine(const QJsonObject& o);

private:
    QString m_dbPath;
    bool m_json;
    QStringList m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<db::Database> m_db;
};

using Handler = std::function<int(Context&)>;

/// A command registers itself from its own file: `static const Registration reg{u"name"_s, summary, run};`
struct Registration
{
    Registration(const char* name, const char* summary, Handler handler);
};

struct CommandInfo
{
    QString name;
    QString summary;
    Handler handler;
};
const QList<CommandInfo>& commands();

} // namespace rapport::cli
