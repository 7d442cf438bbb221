#include "ContactQuery.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace rapport {

ContactQuery::ContactQuery(db::Database& db) : m_db(db) {}

QString ContactQuery::ftsQuery(const QString& text)
{
    static const QRegularExpression splitter(QStringLiteral("[\\s\"*^():+\\-]+"));
    QStringList terms;
    for (const QString& word : text.split(splitter, Qt::SkipEmptyParts)) {
        QString w = word;
        w.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + w + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString ContactQuery::whereClause(const ContactFilter& f, QVariantList& binds) const
{
    QStringList where;
    switch (f.scope) {
    case ContactFilter::Scope::Active:
        where << QStringLiteral("c.deleted_at IS NULL AND c.archived=0");
        break;
    case ContactFilter::Scope::Archived:
        where << QStringLiteral("c.deleted_at IS NULL AND c.archived=1");
        break;
    case ContactFilter::Scope::Trash:
        where << QStringLiteral("c.deleted_at IS NOT NULL");
        break;
    case ContactFilter::Scope::All:
        where << QStringLiteral("c.deleted_at IS NULL");
        break;
    }
    const QString fts = ftsQuery(f.search);
    if (!fts.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)");
        binds << fts;
    }
    if (f.circleId > 0) {
        where << QStringLiteral("c.id IN (SELECT contact_id FROM contact_circles WHERE circle_id=?)");
        binds << f.circleId;
    }
    if (!f.tier.isEmpty()) {
        where << QStringLiteral("s.tier=?");
        binds << f.tier;
    }
    if (!f.company.isEmpty()) {
        where << QStringLiteral("c.company=? COLLATE NOCASE");
        binds << f.company;
    }
    if (f.neverTalked) {
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM conversation_contacts cc JOIN conversations cv ON "
                                "cv.id=cc.conversation_id WHERE cc.contact_id=c.id AND cv.two_way=1)");
    }
    if (f.overdue) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM followups f WHERE f.contact_id=c.id AND f.status='open' AND "
                                "max(f.due_date, coalesce(f.snoozed_until, '')) < ?)");
        binds << Clock::today().toString(Qt::ISODate);
    }
    return QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

namespace {
const QString kFrom = QStringLiteral(" FROM contacts c LEFT JOIN contact_scores s ON s.contact_id=c.id");

QString orderBy(const ContactFilter& f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (f.sort) {
    case ContactFilter::Sort::Name:
        return QStringLiteral(" ORDER BY c.display_name COLLATE NOCASE") + dir + QStringLiteral(", c.id");
    case ContactFilter::Sort::Company:
        return QStringLiteral(" ORDER BY c.company COLLATE NOCASE") + dir + QStringLiteral(", c.display_name");
    case ContactFilter::Sort::Position:
        return QStringLiteral(" ORDER BY c.position COLLATE NOCASE") + dir + QStringLiteral(", c.display_name");
    case ContactFilter::Sort::LastConversation:
        return QStringLiteral(" ORDER BY last_conv") + dir + QStringLiteral(", c.display_name");
    case ContactFilter::Sort::NextFollowUp:
        return QStringLiteral(" ORDER BY next_fu IS NULL, next_fu") + dir + QStringLiteral(", c.display_name");
    case ContactFilter::Sort::Score:
        return QStringLiteral(" ORDER BY coalesce(s.score, -1)") + dir + QStringLiteral(", c.display_name");
    }
    return {};
}
} // namespace

Result<qint64> ContactQuery::count(const ContactFilter& filter)
{
    QVariantList binds;
    db::SqlQuery q(m_db, QStringLiteral("SELECT count(*)") + kFrom + whereClause(filter, binds));
    for (const auto& b : binds) {
        q.bind(b);
    }
    if (!q.exec() || !q.next()) {
        return Result<qint64>::fail(q.error());
    }
    return Result<qint64>::ok(q.int64(0));
}

Result<QList<ContactSummary>> ContactQuery::page(const ContactFilter& filter, int offset, int limit)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    const QString sql =
        QStringLiteral("SELECT c.id, c.display_name, c.company, c.position, "
                       "(SELECT max(cv.happened_at) FROM conversation_contacts cc JOIN conversations cv ON "
                       "cv.id=cc.conversation_id WHERE cc.contact_id=c.id) AS last_conv, "
                       "(SELECT min(max(f.due_date, coalesce(f.snoozed_until, ''))) FROM followups f WHERE "
                       "f.contact_id=c.id AND f.status='open') AS next_fu, "
                       "s.score, s.tier, "
                       "(SELECT group_concat(name, ', ') FROM (SELECT ci.name FROM contact_circles x JOIN circles ci "
                       "ON ci.id=x.circle_id WHERE x.contact_id=c.id ORDER BY ci.name COLLATE NOCASE)), c.archived") +
        kFrom + where + orderBy(filter) + QStringLiteral(" LIMIT ? OFFSET ?");
    db::SqlQuery q(m_db, sql);
    for (const auto& b : binds) {
        q.bind(b);
    }
    q.bind(limit).bind(offset);
    if (!q.exec()) {
        return Result<QList<ContactSummary>>::fail(q.error());
    }
    QList<ContactSummary> out;
    out.reserve(limit);
    while (q.next()) {
        ContactSummary s;
        s.id = q.int64(0);
        s.displayName = q.string(1);
        s.company = q.string(2);
        s.position = q.string(3);
        s.lastConversation = q.string(4);
        s.nextFollowUp = q.string(5);
        s.score = q.value(6).isNull() ? -1 : q.value(6).toDouble();
        s.tier = q.string(7);
        s.circles = q.string(8);
        s.archived = q.value(9).toInt() != 0;
        out.append(std::move(s));
    }
    return Result<QList<ContactSummary>>::ok(std::move(out));
}

Result<QList<qint64>> ContactQuery::ids(const ContactFilter& filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    return db::ids(m_db, QStringLiteral("SELECT c.id") + kFrom + where, binds);
}

} // namespace rapport
