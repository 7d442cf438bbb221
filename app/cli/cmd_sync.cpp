// rapport-cli sync: two-way CardDAV sync of the contacts, optionally publishing follow-ups to CalDAV.
#include "Command.h"

#include "sync/SyncCredentials.h"
#include "sync/SyncEngine.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace rapport::cli {

namespace {

const QString kUrl = QStringLiteral("url");
const QString kUser = QStringLiteral("user");
const QString kCalendar = QStringLiteral("calendar");
const QString kConflicts = QStringLiteral("conflicts");

QJsonObject toJson(const sync::SyncSummary& s)
{
    return QJsonObject{
        {QStringLiteral("state"), sync::stateText(s.state)},
        {QStringLiteral("ok"), s.isOk()},
        {QStringLiteral("message"), s.message},
        {QStringLiteral("pulled"), QJsonObject{{QStringLiteral("new"), s.pulledNew},
                                               {QStringLiteral("updated"), s.pulledUpdated},
                                               {QStringLiteral("deleted"), s.pulledDeleted}}},
        {QStringLiteral("pushed"), QJsonObject{{QStringLiteral("new"), s.pushedNew},
                                               {QStringLiteral("updated"), s.pushedUpdated},
                                               {QStringLiteral("deleted"), s.pushedDeleted}}},
        {QStringLiteral("conflicts"), s.conflicts},
        {QStringLiteral("failed"), s.failed},
        {QStringLiteral("todos"),
         QJsonObject{{QStringLiteral("published"), s.todosPublished}, {QStringLiteral("deleted"), s.todosDeleted}}},
        {QStringLiteral("elapsedMs"), static_cast<double>(s.elapsedMs)},
    };
}

int listConflicts(Context& ctx, sync::SyncEngine& engine)
{
    auto conflicts = engine.conflicts();
    if (!conflicts) {
        return ctx.fail(conflicts.error());
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const auto& c : conflicts.value()) {
            a.append(QJsonObject{{QStringLiteral("id"), static_cast<double>(c.id)},
                                 {QStringLiteral("uid"), c.localUid},
                                 {QStringLiteral("resolution"), c.resolution},
                                 {QStringLiteral("createdAt"), c.createdAt},
                                 {QStringLiteral("local"), c.localData},
                                 {QStringLiteral("remote"), c.remoteData}});
        }
        ctx.printJson(a);
        return ExitOk;
    }
    if (conflicts->isEmpty()) {
        ctx.out() << QCoreApplication::translate("Sync", "No sync conflicts.") << Qt::endl;
    }
    for (const auto& c : conflicts.value()) {
        ctx.out() << c.createdAt << "  " << c.localUid << "  " << sync::resolutionText(c.resolution) << Qt::endl;
    }
    return ExitOk;
}

void printSummary(Context& ctx, const QUrl& server, const sync::SyncSummary& s)
{
    QTextStream& o = ctx.out();
    o << QCoreApplication::translate("Sync", "Synced with %1 in %2 s.")
             .arg(server.toString())
             .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
      << Qt::endl;
    o << QCoreApplication::translate("Sync", "  Pulled: %1 new, %2 updated, %3 moved to the Trash.")
             .arg(s.pulledNew)
             .arg(s.pulledUpdated)
             .arg(s.pulledDeleted)
      << Qt::endl;
    o << QCoreApplication::translate("Sync", "  Pushed: %1 new, %2 updated, %3 deleted.")
             .arg(s.pushedNew)
             .arg(s.pushedUpdated)
             .arg(s.pushedDeleted)
      << Qt::endl;
    if (s.todosPublished > 0 || s.todosDeleted > 0) {
        o << QCoreApplication::translate("Sync", "  Follow-ups: %1 published, %2 removed from the calendar.")
                 .arg(s.todosPublished)
                 .arg(s.todosDeleted)
          << Qt::endl;
    }
    if (s.conflicts > 0) {
        o << QCoreApplication::translate(
                 "Sync", "  Conflicts: %1, both versions kept (rapport-cli sync --conflicts lists them).")
                 .arg(s.conflicts)
          << Qt::endl;
    }
    if (s.failed > 0) {
        o << QCoreApplication::translate("Sync",
                                         "  Not synced: %1 items the server refused; they are tried again next time.")
                 .arg(s.failed)
          << Qt::endl;
    }
}

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({kUrl, QCoreApplication::translate("Sync", "CardDAV server (a bare host means https://)."),
                 QCoreApplication::translate("Sync", "URL")});
    p.addOption({kUser, QCoreApplication::translate("Sync", "User name on the server."),
                 QCoreApplication::translate("Sync", "NAME")});
    p.addOption(
        {kCalendar, QCoreApplication::translate("Sync", "Also publish follow-ups as to-dos to a CalDAV calendar.")});
    p.addOption({kConflicts,
                 QCoreApplication::translate("Sync", "List the conflicts earlier syncs recorded, and do not sync.")});
    if (const int rc =
            ctx.parse(p, QCoreApplication::translate(
                             "Sync", "Two-way sync of the contacts with a CardDAV server. The password comes from "
                                     "the system keychain or RAPPORT_SYNC_PASSWORD."));
        rc >= 0) {
        return rc;
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    sync::SyncEngine engine(*db);
    if (p.isSet(kConflicts)) {
        return listConflicts(ctx, engine);
    }
    if (!p.isSet(kUrl) || !p.isSet(kUser)) {
        return ctx.fail(QCoreApplication::translate("Sync", "sync needs --url URL and --user NAME."), ExitUsage);
    }
    const QUrl server = sync::SyncEngine::serverUrlFromInput(p.value(kUrl));
    if (!server.isValid()) {
        return ctx.fail(
            QCoreApplication::translate("Sync", "%1 is not a server address; use a host name or an https:// URL.")
                .arg(p.value(kUrl)),
            ExitUsage);
    }

    QEventLoop loop;
    sync::SyncCredentials credentials;
    QString password;
    QObject::connect(&credentials, &sync::SyncCredentials::passwordRead, &loop,
                     [&](bool ok, const QString& value, const QString& error) {
                         if (ok) {
                             password = value;
                         } else {
                             // Some servers need none; a refusal is reported as an auth failure below.
                             qCInfo(lcSync) << "no stored password:" << error;
                         }
                         loop.quit();
                     });
    credentials.read(server, p.value(kUser));
    loop.exec();

    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &sync::SyncEngine::sslErrors, &loop, [&ctx](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            ctx.err() << QStringLiteral("rapport-cli: ") << e.errorString() << Qt::endl;
        }
    });
    engine.start(sync::SyncOptions{server, p.value(kUser), password, p.isSet(kCalendar)});
    if (engine.isRunning()) {
        loop.exec();
    }
    const sync::SyncSummary& s = engine.summary();
    if (!s.isOk()) {
        QString message = s.message.isEmpty() ? sync::stateText(s.state) : s.message;
        if (s.state == sync::SyncState::AuthFailed && password.isEmpty()) {
            message +=
                QLatin1Char(' ') +
                QCoreApplication::translate("Sync", "No password was found in the keychain or RAPPORT_SYNC_PASSWORD.");
        }
        if (ctx.json()) {
            QJsonObject o = toJson(s);
            o[QStringLiteral("error")] = message;
            ctx.printJson(o);
        }
        ctx.err() << QStringLiteral("rapport-cli: ") << message << Qt::endl;
        return ExitFailure;
    }
    if (ctx.json()) {
        ctx.printJson(toJson(s));
    } else {
        printSummary(ctx, server, s);
    }
    return ExitOk;
}

const Registration reg("sync", QT_TRANSLATE_NOOP("cli", "two-way contact sync with a CardDAV server"), run);

} // namespace
} // namespace rapport::cli
