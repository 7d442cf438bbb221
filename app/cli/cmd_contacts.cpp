// rapport-cli contacts list|add|show|edit|delete
#include "Command.h"

#include "model/Json.h"
#include "store/ContactQuery.h"
#include "store/ContactStore.h"
#include "util/Text.h"

#include <QCoreApplication>

namespace rapport::cli {
namespace {

// Options shared by add and edit, one per editable field.
struct FieldOption
{
    const char* name;
    const char* field; ///< ContactStore field key, or "" for the lists handled separately
    const char* help;
};

const FieldOption kFieldOptions[] = {
    {"name", "displayName", QT_TRANSLATE_NOOP("cli", "Full name as shown.")},
    {"first-name", "firstName", QT_TRANSLATE_NOOP("cli", "First name.")},
    {"last-name", "lastName", QT_TRANSLATE_NOOP("cli", "Last name.")},
    {"company", "company", QT_TRANSLATE_NOOP("cli", "Company.")},
    {"position", "position", QT_TRANSLATE_NOOP("cli", "Position or role.")},
    {"headline", "headline", QT_TRANSLATE_NOOP("cli", "Headline.")},
    {"industry", "industry", QT_TRANSLATE_NOOP("cli", "Industry.")},
    {"location", "location", QT_TRANSLATE_NOOP("cli", "Location.")},
    {"linkedin", "linkedinUrl", QT_TRANSLATE_NOOP("cli", "LinkedIn profile URL.")},
    {"how-met", "howMet", QT_TRANSLATE_NOOP("cli", "How you met.")},
    {"notes", "notes", QT_TRANSLATE_NOOP("cli", "Notes.")},
    {"birthday", "birthday", QT_TRANSLATE_NOOP("cli", "Birthday (YYYY-MM-DD or --MM-DD).")},
};

void addFieldOptions(QCommandLineParser& p)
{
    for (const auto& f : kFieldOptions) {
        p.addOption({QString::fromLatin1(f.name), QCoreApplication::translate("cli", f.help), QStringLiteral("TEXT")});
    }
    p.addOption({QStringLiteral("email"),
                 QCoreApplication::translate("cli", "E-mail address (repeatable; LABEL:ADDRESS to label it)."),
                 QStringLiteral("EMAIL")});
    p.addOption({QStringLiteral("phone"),
                 QCoreApplication::translate("cli", "Phone number (repeatable; LABEL:NUMBER to label it)."),
                 QStringLiteral("PHONE")});
    p.addOption({QStringLiteral("circle"),
                 QCoreApplication::translate("cli", "Circle to put the contact in (repeatable)."),
                 QStringLiteral("NAME")});
}

QList<LabeledValue> labeledValues(const QStringList& raw)
{
    QList<LabeledValue> out;
    for (const QString& r : raw) {
        const qsizetype colon = r.indexOf(QLatin1Char(':'));
        // "work:jan@example.com" is labelled; "jan@example.com" and "+421:..." style numbers are not.
        if (colon > 0 && !r.left(colon).contains(QLatin1Char('@')) && !r.left(colon).front().isDigit() &&
            !r.startsWith(QLatin1Char('+'))) {
            out.append({r.left(colon).trimmed(), r.mid(colon + 1).trimmed()});
        } else {
            out.append({QString(), r.trimmed()});
        }
    }
    return out;
}

void applyFields(QCommandLineParser& p, Contact& c, QStringList* changed)
{
    auto set = [&](const char* opt, QString& target, const char* key) {
        if (p.isSet(QString::fromLatin1(opt))) {
            target = p.value(QString::fromLatin1(opt));
            if (changed != nullptr) {
                *changed << QString::fromLatin1(key);
            }
        }
    };
    set("name", c.displayName, "displayName");
    set("first-name", c.firstName, "firstName");
    set("last-name", c.lastName, "lastName");
    set("company", c.company, "company");
    set("position", c.position, "position");
    set("headline", c.headline, "headline");
    set("industry", c.industry, "industry");
    set("location", c.location, "location");
    set("linkedin", c.linkedinUrl, "linkedinUrl");
    set("how-met", c.howMet, "howMet");
    set("notes", c.notes, "notes");
    set("birthday", c.birthday, "birthday");
    if (p.isSet(QStringLiteral("email"))) {
        c.emails = labeledValues(p.values(QStringLiteral("email")));
    }
    if (p.isSet(QStringLiteral("phone"))) {
        c.phones = labeledValues(p.values(QStringLiteral("phone")));
    }
    if (p.isSet(QStringLiteral("circle"))) {
        c.circles = p.values(QStringLiteral("circle"));
    }
}

void printContact(Context& ctx, const Contact& c)
{
    if (ctx.json()) {
        ctx.printJson(json::fromContact(c));
        return;
    }
    QTextStream& o = ctx.out();
    o << c.name() << "  (#" << c.id << ")\n";
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            o << "  " << label.leftJustified(14) << value << '\n';
        }
    };
    line(QCoreApplication::translate("cli", "Position"), c.position);
    line(QCoreApplication::translate("cli", "Company"), c.company);
    line(QCoreApplication::translate("cli", "Headline"), c.headline);
    line(QCoreApplication::translate("cli", "Location"), c.location);
    for (const auto& e : c.emails) {
        line(QCoreApplication::translate("cli", "E-mail"),
             e.label.isEmpty() ? e.value : e.value + QStringLiteral(" (") + e.label + QLatin1Char(')'));
    }
    for (const auto& p : c.phones) {
        line(QCoreApplication::translate("cli", "Phone"),
             p.label.isEmpty() ? p.value : p.value + QStringLiteral(" (") + p.label + QLatin1Char(')'));
    }
    line(QCoreApplication::translate("cli", "LinkedIn"), c.linkedinUrl);
    line(QCoreApplication::translate("cli", "How we met"), c.howMet);
    line(QCoreApplication::translate("cli", "Circles"), c.circles.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("cli", "Stage"), championStageName(c.championStage));
    line(QCoreApplication::translate("cli", "Connected on"), c.connectedOn.toString(Qt::ISODate));
    line(QCoreApplication::translate("cli", "Notes"), c.notes);
    if (!c.deletedAt.isEmpty()) {
        line(QCoreApplication::translate("cli", "In the Trash"), c.deletedAt);
    }
    o.flush();
}

Result<qint64> idArgument(Context& ctx, const QCommandLineParser& p)
{
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 id = pos.size() == 2 ? pos.at(1).toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        Q_UNUSED(ctx)
        return Result<qint64>::fail(
            QCoreApplication::translate("cli", "Give the contact's id, e.g. \"contacts show 12\"."));
    }
    return Result<qint64>::ok(id);
}

int run(Context& ctx)
{
    QCommandLineParser p;
    addFieldOptions(p);
    p.addOption({QStringLiteral("search"),
                 QCoreApplication::translate("cli", "list: only contacts matching these words."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("cli", "list: at most this many rows."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("archived"), QCoreApplication::translate("cli", "list: archived contacts instead.")});
    p.addOption({QStringLiteral("trash"), QCoreApplication::translate("cli", "list: contacts in the Trash instead.")});
    p.addOption({QStringLiteral("purge"),
                 QCoreApplication::translate("cli", "delete: remove for good instead of moving to the Trash.")});
    p.addPositionalArgument(QStringLiteral("action"),
                            QCoreApplication::translate("cli", "list | add | show ID | edit ID | delete ID"));
    const int early = ctx.parse(p, QCoreApplication::translate("cli", "List, add, show, edit and delete contacts."));
    if (early >= 0) {
        return early;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    static const QStringList known = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("show"),
                                      QStringLiteral("edit"), QStringLiteral("delete")};
    if (!known.contains(action)) {
        return ctx.fail(
            QCoreApplication::translate("cli", "Unknown action \"%1\"; use list, add, show, edit or delete.")
                .arg(action),
            ExitUsage);
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    ContactStore store(*db);

    if (action == QLatin1String("list")) {
        ContactFilter f;
        f.search = p.value(QStringLiteral("search"));
        f.scope = p.isSet(QStringLiteral("trash"))      ? ContactFilter::Scope::Trash
                  : p.isSet(QStringLiteral("archived")) ? ContactFilter::Scope::Archived
                                                        : ContactFilter::Scope::Active;
        int limit = 1'000'000;
        if (const int code =
                ctx.intOption(p, QStringLiteral("limit"), 1,
                              QCoreApplication::translate("cli", "--limit needs a positive number."), &limit);
            code >= 0) {
            return code;
        }
        auto rows = ContactQuery(*db).page(f, 0, limit);
        if (!rows) {
            return ctx.fail(rows.error());
        }
        if (ctx.json()) {
            QJsonArray a;
            for (const auto& r : rows.value()) {
                a.append(json::fromSummary(r));
            }
            ctx.printJson(a);
        } else {
            for (const auto& r : rows.value()) {
                ctx.out() << QString::number(r.id).rightJustified(6) << "  " << text::elide(r.displayName, 60);
                if (!r.company.isEmpty()) {
                    ctx.out() << " — " << text::elide(r.company, 60);
                }
                ctx.out() << '\n';
            }
        }
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        Contact c;
        applyFields(p, c, nullptr);
        auto added = store.add(c);
        if (!added) {
            return ctx.fail(added.error());
        }
        auto saved = store.get(added.value());
        if (!saved) {
            return ctx.fail(saved.error());
        }
        if (ctx.json()) {
            printContact(ctx, saved.value());
        } else {
            ctx.out() << QCoreApplication::translate("cli", "Added %1 (#%2).").arg(saved->name()).arg(saved->id)
                      << Qt::endl;
        }
        return ExitOk;
    }
    auto id = idArgument(ctx, p);
    if (!id) {
        return ctx.fail(id.error(), ExitUsage);
    }
    auto contact = store.get(id.value());
    if (!contact) {
        return ctx.fail(contact.error());
    }
    if (action == QLatin1String("show")) {
        printContact(ctx, contact.value());
        return ExitOk;
    }
    if (action == QLatin1String("edit")) {
        Contact c = contact.value();
        QStringList changed;
        applyFields(p, c, &changed);
        if (p.isSet(QStringLiteral("name"))) {
            // A new full name replaces the parts it was derived from.
            c.firstName = p.isSet(QStringLiteral("first-name")) ? c.firstName : QString();
            c.lastName = p.isSet(QStringLiteral("last-name")) ? c.lastName : QString();
        } else if (p.isSet(QStringLiteral("first-name")) || p.isSet(QStringLiteral("last-name"))) {
            c.displayName.clear();
        }
        if (auto s = store.update(c, changed); !s) {
            return ctx.fail(s.error());
        }
        auto saved = store.get(c.id);
        if (saved) {
            printContact(ctx, saved.value());
        }
        return ExitOk;
    }
    // delete
    const bool purge = p.isSet(QStringLiteral("purge"));
    if (auto s = purge ? store.purge({id.value()}) : store.moveToTrash({id.value()}); !s) {
        return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("id"), id.value()},
                        {QStringLiteral("deleted"), purge ? QStringLiteral("purged") : QStringLiteral("trash")}});
    } else {
        ctx.out() << (purge ? QCoreApplication::translate("cli", "Deleted %1 for good.")
                            : QCoreApplication::translate("cli", "Moved %1 to the Trash."))
                         .arg(contact->name())
                  << Qt::endl;
    }
    return ExitOk;
}

const Registration reg("contacts", QT_TRANSLATE_NOOP("cli", "list, add, show, edit or delete contacts"), run);

} // namespace
} // namespace rapport::cli
