// rapport-cli followup: add, list, done, snooze and reschedule follow-ups.
#include "Command.h"

#include "followups/DateInput.h"
#include "followups/FollowUpPlanner.h"
#include "followups/PlainWords.h"
#include "store/ContactStore.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rapport::cli {

namespace {

const QString kContact = QStringLiteral("contact");
const QString kDue = QStringLiteral("due");
const QString kReason = QStringLiteral("reason");
const QString kRepeat = QStringLiteral("repeat");
const QString kAll = QStringLiteral("all");
const QString kDays = QStringLiteral("days");
const QString kUntil = QStringLiteral("until");

// A positive id, or 0 after printing why not.
qint64 readId(Context& ctx, const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.fail(QCoreApplication::translate("FollowUps", "%1 is not a %2 id (a positive number).").arg(text, what));
        return 0;
    }
    return id;
}

QDate readDate(Context& ctx, const QString& text)
{
    const QDate d = followups::parseDateInput(text, Clock::today());
    if (!d.isValid()) {
        ctx.fail(
            QCoreApplication::translate("FollowUps", "%1 is not a date; use YYYY-MM-DD, today, tomorrow or +N (days).")
                .arg(text));
    }
    return d;
}

QString shortLine(const followups::PlanItem& item)
{
    QString who = text::elide(item.contactName.simplified(), 60);
    if (!item.company.isEmpty()) {
        who += QStringLiteral(" (%1)").arg(text::elide(item.company.simplified(), 40));
    }
    return who;
}

int add(Context& ctx, const QCommandLineParser& p, db::Database& db)
{
    if (!p.isSet(kContact) || !p.isSet(kDue)) {
        return ctx.fail(QCoreApplication::translate("FollowUps", "followup add needs --contact ID and --due DATE."),
                        ExitUsage);
    }
    const qint64 contactId = readId(ctx, p.value(kContact), QCoreApplication::translate("FollowUps", "contact"));
    if (contactId == 0) {
        return ExitFailure;
    }
    const QDate due = readDate(ctx, p.value(kDue));
    if (!due.isValid()) {
        return ExitFailure;
    }
    int repeat = 0;
    if (p.isSet(kRepeat)) {
        bool ok = false;
        repeat = p.value(kRepeat).toInt(&ok);
        if (!ok || repeat <= 0) {
            return ctx.fail(
                QCoreApplication::translate("FollowUps", "--repeat takes a number of days greater than zero."));
        }
    }
    ContactStore contacts(db);
    auto contact = contacts.get(contactId);
    if (!contact || !contact->deletedAt.isEmpty()) {
        return ctx.fail(QCoreApplication::translate("FollowUps", "There is no contact with id %1.").arg(contactId));
    }
    FollowUp f;
    f.contactId = contactId;
    f.due = due;
    f.reason = p.value(kReason).trimmed();
    f.recurrenceDays = repeat;
    f.origin = FollowUp::Origin::Manual;
    FollowUpStore store(db);
    auto added = store.add(f);
    if (!added) {
        return ctx.fail(added.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), f.id},
                                  {QStringLiteral("uid"), f.uid},
                                  {QStringLiteral("contactId"), contactId},
                                  {QStringLiteral("due"), due.toString(Qt::ISODate)},
                                  {QStringLiteral("reason"), f.reason},
                                  {QStringLiteral("repeatDays"), repeat}});
    } else {
        ctx.out() << QCoreApplication::translate("FollowUps", "Added follow-up %1 for %2, due %3.")
                         .arg(QString::number(f.id), text::elide(contact->name(), 80),
                              followups::words::day(due, Clock::today()))
                  << Qt::endl;
    }
    return ExitOk;
}

int list(Context& ctx, const QCommandLineParser& p, db::Database& db)
{
    followups::FollowUpPlanner planner(db);
    auto items = planner.list(p.isSet(kAll));
    if (!items) {
        return ctx.fail(items.error());
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const auto& item : items.value()) {
            a.append(followups::planItemToJson(item));
        }
        ctx.printJson(a);
        return ExitOk;
    }
    if (items->isEmpty()) {
        ctx.out() << (p.isSet(kAll) ? QCoreApplication::translate("FollowUps", "No follow-ups yet.")
                                    : QCoreApplication::translate("FollowUps", "No open follow-ups."))
                  << Qt::endl;
        return ExitOk;
    }
    for (const auto& item : items.value()) {
        const FollowUp& f = item.followUp;
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(QString::number(f.id).rightJustified(5), item.due.toString(Qt::ISODate),
                                followUpStatusKey(f.status).leftJustified(9), shortLine(item));
        if (!f.reason.isEmpty()) {
            line += QStringLiteral(" \u2014 ") + text::elide(f.reason.simplified(), 80);
        }
        if (f.snoozedUntil.isValid() && f.snoozedUntil > f.due) {
            line += QLatin1Char(' ') + QCoreApplication::translate("FollowUps", "(snoozed)");
        }
        if (f.recurrenceDays > 0) {
            line += QLatin1Char(' ') +
                    QCoreApplication::translate("FollowUps", "(repeats every %1 days)").arg(f.recurrenceDays);
        }
        ctx.out() << line << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

int act(Context& ctx, const QCommandLineParser& p, db::Database& db, const QString& action, qint64 id)
{
    followups::FollowUpPlanner planner(db);
    QJsonObject result{{QStringLiteral("id"), id}};
    QString message;
    if (action == QLatin1String("done")) {
        auto next = planner.done(id);
        if (!next) {
            return ctx.fail(next.error());
        }
        result.insert(QStringLiteral("status"), QStringLiteral("done"));
        message = QCoreApplication::translate("FollowUps", "Follow-up %1 is done.").arg(id);
        if (next.value() > 0) {
            FollowUpStore store(db);
            const auto n = store.get(next.value());
            result.insert(QStringLiteral("next"), next.value());
            if (n) {
                result.insert(QStringLiteral("nextDue"), n->due.toString(Qt::ISODate));
                message += QLatin1Char(' ') + QCoreApplication::translate("FollowUps", "The next one (%1) is due %2.")
                                                  .arg(QString::number(next.value()), n->due.toString(Qt::ISODate));
            }
        }
    } else if (action == QLatin1String("snooze")) {
        if (p.isSet(kDays) == p.isSet(kUntil)) {
            return ctx.fail(
                QCoreApplication::translate("FollowUps", "followup snooze needs either --days N or --until DATE."),
                ExitUsage);
        }
        QDate until;
        if (p.isSet(kDays)) {
            bool ok = false;
            const int days = p.value(kDays).toInt(&ok);
            if (!ok || days <= 0) {
                return ctx.fail(
                    QCoreApplication::translate("FollowUps", "--days takes a number of days greater than zero."));
            }
            until = Clock::today().addDays(days);
        } else {
            until = readDate(ctx, p.value(kUntil));
            if (!until.isValid()) {
                return ExitFailure;
            }
        }
        if (auto s = planner.snoozeUntil(id, until); !s) {
            return ctx.fail(s.error());
        }
        result.insert(QStringLiteral("snoozedUntil"), until.toString(Qt::ISODate));
        message = QCoreApplication::translate("FollowUps", "Follow-up %1 is snoozed until %2.")
                      .arg(QString::number(id), until.toString(Qt::ISODate));
    } else {
        if (!p.isSet(kDue)) {
            return ctx.fail(QCoreApplication::translate("FollowUps", "followup reschedule needs --due DATE."),
                            ExitUsage);
        }
        const QDate due = readDate(ctx, p.value(kDue));
        if (!due.isValid()) {
            return ExitFailure;
        }
        if (auto s = planner.reschedule(id, due); !s) {
            return ctx.fail(s.error());
        }
        result.insert(QStringLiteral("due"), due.toString(Qt::ISODate));
        message = QCoreApplication::translate("FollowUps", "Follow-up %1 is now due %2.")
                      .arg(QString::number(id), due.toString(Qt::ISODate));
    }
    if (ctx.json()) {
        ctx.printJson(result);
    } else {
        ctx.out() << message << Qt::endl;
    }
    return ExitOk;
}

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"),
                            QCoreApplication::translate("FollowUps", "add, list, done, snooze or reschedule"));
    p.addPositionalArgument(QStringLiteral("id"),
                            QCoreApplication::translate("FollowUps", "the follow-up (done, snooze, reschedule)"),
                            QStringLiteral("[ID]"));
    p.addOptions({
        {kContact, QCoreApplication::translate("FollowUps", "The contact's id (add)."), QStringLiteral("ID")},
        {kDue,
         QCoreApplication::translate("FollowUps",
                                     "Due date: YYYY-MM-DD, today, tomorrow or +N days (add, reschedule)."),
         QStringLiteral("DATE")},
        {kReason, QCoreApplication::translate("FollowUps", "What to do (add)."), QStringLiteral("TEXT")},
        {kRepeat, QCoreApplication::translate("FollowUps", "Repeat every N days after each completion (add)."),
         QStringLiteral("DAYS")},
        {kAll, QCoreApplication::translate("FollowUps", "List done and cancelled follow-ups too (list).")},
        {kDays, QCoreApplication::translate("FollowUps", "Snooze for N days."), QStringLiteral("N")},
        {kUntil, QCoreApplication::translate("FollowUps", "Snooze until a date."), QStringLiteral("DATE")},
    });
    if (const int code =
            ctx.parse(p, QCoreApplication::translate("FollowUps", "Follow-ups: add, list, done, snooze, reschedule."));
        code >= 0) {
        return code;
    }
    const QStringList args = p.positionalArguments();
    if (args.isEmpty()) {
        return ctx.fail(
            QCoreApplication::translate("FollowUps", "Say what to do: add, list, done, snooze or reschedule."),
            ExitUsage);
    }
    const QString action = args.first();
    const bool needsId =
        action == QLatin1String("done") || action == QLatin1String("snooze") || action == QLatin1String("reschedule");
    if (!needsId && action != QLatin1String("add") && action != QLatin1String("list")) {
        return ctx.fail(
            QCoreApplication::translate("FollowUps", "Unknown action %1; use add, list, done, snooze or reschedule.")
                .arg(action),
            ExitUsage);
    }
    if (args.size() != (needsId ? 2 : 1)) {
        return ctx.fail(
            needsId
                ? QCoreApplication::translate("FollowUps", "followup %1 needs exactly one follow-up id.").arg(action)
                : QCoreApplication::translate("FollowUps", "followup %1 takes no other arguments.").arg(action),
            ExitUsage);
    }
    qint64 id = 0;
    if (needsId) {
        id = readId(ctx, args.at(1), QCoreApplication::translate("FollowUps", "follow-up"));
        if (id == 0) {
            return ExitFailure;
        }
    }
    db::Database* db = ctx.database();
    if (!db) {
        return ExitFailure;
    }
    if (action == QLatin1String("add")) {
        return add(ctx, p, *db);
    }
    if (action == QLatin1String("list")) {
        return list(ctx, p, *db);
    }
    return act(ctx, p, *db, action, id);
}

const Registration reg{"followup", QT_TRANSLATE_NOOP("cli", "Add, list, complete, snooze or reschedule follow-ups"),
                       run};

} // namespace

} // namespace rapport::cli
