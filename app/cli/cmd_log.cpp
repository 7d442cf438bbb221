// rapport-cli log: record a conversation.
#include "Command.h"

#include "model/Json.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace rapport::cli {
namespace {

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("contact"),
                 QCoreApplication::translate("cli", "Who took part (contact id; repeatable)."), QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("kind"),
         QCoreApplication::translate("cli", "meeting, call, video, message, email or event (default: meeting)."),
         QStringLiteral("KIND")});
    p.addOption({QStringLiteral("date"),
                 QCoreApplication::translate("cli", "When (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: now)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("duration"), QCoreApplication::translate("cli", "Length in minutes."),
                 QStringLiteral("MINUTES")});
    p.addOption({QStringLiteral("summary"), QCoreApplication::translate("cli", "What you talked about."),
                 QStringLiteral("TEXT")});
    p.addOption(
        {QStringLiteral("initiated-by"), QCoreApplication::translate("cli", "me or them."), QStringLiteral("WHO")});
    p.addOption({QStringLiteral("one-way"),
                 QCoreApplication::translate("cli", "It was not a real two-way conversation (e.g. no reply).")});
    p.addOption({QStringLiteral("next-step"), QCoreApplication::translate("cli", "The next step you agreed."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("next-due"),
                 QCoreApplication::translate("cli", "When the next step is due (creates a follow-up)."),
                 QStringLiteral("DATE")});
    const int early =
        ctx.parse(p, QCoreApplication::translate("cli", "Record a conversation with one or more contacts."));
    if (early >= 0) {
        return early;
    }
    Conversation c;
    for (const QString& v : p.values(QStringLiteral("contact"))) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0) {
            return ctx.fail(QCoreApplication::translate("cli", "\"%1\" is not a contact id.").arg(v), ExitUsage);
        }
        c.contactIds << id;
    }
    if (c.contactIds.isEmpty()) {
        return ctx.fail(QCoreApplication::translate("cli", "Say who took part with --contact ID."), ExitUsage);
    }
    bool kindOk = true;
    if (p.isSet(QStringLiteral("kind"))) {
        c.kind = conversationKindFromKey(p.value(QStringLiteral("kind")), &kindOk);
    }
    if (!kindOk) {
        return ctx.fail(QCoreApplication::translate(
                            "cli", "Unknown kind \"%1\"; use meeting, call, video, message, email or event.")
                            .arg(p.value(QStringLiteral("kind"))),
                        ExitUsage);
    }
    c.happenedAt = Clock::now();
    if (p.isSet(QStringLiteral("date"))) {
        const QString d = p.value(QStringLiteral("date"));
        c.happenedAt = QDateTime::fromString(d, Qt::ISODate);
        if (!c.happenedAt.isValid()) {
            const QDate day = QDate::fromString(d, Qt::ISODate);
            c.happenedAt = day.isValid() ? QDateTime(day, QTime(12, 0)) : QDateTime();
        }
        if (!c.happenedAt.isValid()) {
            return ctx.fail(QCoreApplication::translate("cli", "\"%1\" is not a date; use YYYY-MM-DD.").arg(d),
                            ExitUsage);
        }
    }
    if (const int code = ctx.intOption(p, QStringLiteral("duration"), 0,
                                       QCoreApplication::translate("cli", "--duration needs a number of minutes."),
                                       &c.durationMinutes);
        code >= 0) {
        return code;
    }
    c.summary = p.value(QStringLiteral("summary"));
    const QString who = p.value(QStringLiteral("initiated-by"));
    if (!who.isEmpty() && who != QLatin1String("me") && who != QLatin1String("them")) {
        return ctx.fail(QCoreApplication::translate("cli", "--initiated-by takes me or them."), ExitUsage);
    }
    c.initiatedBy = initiatorFromKey(who);
    c.twoWay = !p.isSet(QStringLiteral("one-way"));
    c.nextStep = p.value(QStringLiteral("next-step"));
    if (p.isSet(QStringLiteral("next-due"))) {
        c.nextStepDue = QDate::fromString(p.value(QStringLiteral("next-due")), Qt::ISODate);
        if (!c.nextStepDue.isValid()) {
            return ctx.fail(QCoreApplication::translate("cli", "\"%1\" is not a date; use YYYY-MM-DD.")
                                .arg(p.value(QStringLiteral("next-due"))),
                            ExitUsage);
        }
        if (c.nextStep.trimmed().isEmpty()) {
            return ctx.fail(QCoreApplication::translate("cli", "--next-due needs --next-step to say what is due."),
                            ExitUsage);
        }
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    ContactStore contacts(*db);
    for (const qint64 id : std::as_const(c.contactIds)) {
        if (auto found = contacts.get(id); !found) {
            return ctx.fail(found.error());
        }
    }
    auto added = ConversationStore(*db).add(c);
    if (!added) {
        return ctx.fail(added.error());
    }
    if (ctx.json()) {
        ctx.printJson(json::fromConversation(c));
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Logged %1 #%2.").arg(conversationKindName(c.kind)).arg(c.id);
        if (c.nextStepDue.isValid()) {
            ctx.out()
                << ' '
                << QCoreApplication::translate("cli", "Follow-up due %1.").arg(c.nextStepDue.toString(Qt::ISODate));
        }
        ctx.out() << Qt::endl;
    }
    return ExitOk;
}

const Registration reg("log", QT_TRANSLATE_NOOP("cli", "record a conversation (call, meeting, message, ...)"), run);

} // namespace
} // namespace rapport::cli
