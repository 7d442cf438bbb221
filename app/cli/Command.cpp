#include "Command.h"

#include "util/Paths.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rapport::cli {

namespace {
QList<CommandInfo>& registry()
{
    static QList<CommandInfo> list;
    return list;
}
} // namespace

Registration::Registration(const char* name, const char* summary, Handler handler)
{
    registry().append({QString::fromUtf8(name), QString::fromUtf8(summary), std::move(handler)});
    std::sort(registry().begin(), registry().end(),
              [](const CommandInfo& a, const CommandInfo& b) { return a.name < b.name; });
}

const QList<CommandInfo>& commands()
{
    return registry();
}

Context::Context(QString dbPath, bool json, QStringList args, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_json(json), m_args(std::move(args)), m_out(out), m_err(err)
{}

db::Database* Context::database()
{
    if (!m_db) {
        auto opened = db::Database::open(paths::databasePath(m_dbPath));
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

int Context::parse(QCommandLineParser& parser, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print machine-readable JSON.")});
    if (!parser.parse(m_args)) {
        m_err << QStringLiteral("rapport-cli: ") << parser.errorText() << Qt::endl;
        m_err << parser.helpText();
        m_err.flush();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_json = true;
    }
    return -1;
}

int Context::fail(const QString& message, int code)
{
    if (m_json) {
        m_out << QString::fromUtf8(
                     QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact))
              << Qt::endl;
    }
    m_err << QStringLiteral("rapport-cli: ") << message << Qt::endl;
    return code;
}

int Context::refuseArguments(const QCommandLineParser& parser)
{
    const QStringList extra = parser.positionalArguments();
    if (extra.isEmpty()) {
        return -1;
    }
    return fail(QCoreApplication::translate("cli", "Unexpected argument %1.").arg(extra.first()), ExitUsage);
}

int Context::intOption(const QCommandLineParser& parser, const QString& name, int minimum, const QString& message,
                       int* value)
{
    if (!parser.isSet(name)) {
        return -1;
    }
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < minimum) {
        return fail(message, ExitUsage);
    }
    *value = n;
    return -1;
}

void Context::printJson(const QJsonObject& o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printJson(const QJsonArray& a)
{
    m_out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printJsonLine(const QJsonObject& o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
}

} // namespace rapport::cli
