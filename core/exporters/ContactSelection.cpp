#include "ContactSelection.h"

#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::exporters {

namespace {} // namespace

Result<QList<qint64>> selectContacts(db::Database& db, const ContactSelection& selection)
{
    using R = Result<QList<qint64>>;
    const bool includeTrash = selection.includeTrash || !selection.ids.isEmpty();
    const QString order = selection.orderByName ? QStringLiteral(" ORDER BY c.display_name COLLATE NOCASE, c.id")
                                                : QStringLiteral(" ORDER BY c.id");
    QString sql = QStringLiteral("SELECT c.id FROM contacts c");
    QVariantList binds;
    if (!selection.circle.trimmed().isEmpty()) {
        const QVariant circleId =
            db::scalar(db, QStringLiteral("SELECT id FROM circles WHERE name=?"), {selection.circle.trimmed()});
        if (!circleId.isValid()) {
            return R::fail(QCoreApplication::translate("Export", "There is no circle named \"%1\".")
                               .arg(selection.circle.trimmed()));
        }
        sql += QStringLiteral(" JOIN contact_circles cc ON cc.contact_id=c.id AND cc.circle_id=?");
        binds << circleId;
    }
    if (!includeTrash) {
        sql += QStringLiteral(" WHERE c.deleted_at IS NULL");
    }
    db::SqlQuery q(db, sql + order);
    for (const QVariant& b : binds) {
        q.bind(b);
    }
    if (!q.exec()) {
        return R::fail(QCoreApplication::translate("Export", "Cannot read the contacts: %1").arg(q.error()));
    }
    const QSet<qint64> wanted(selection.ids.cbegin(), selection.ids.cend());
    QList<qint64> out;
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (wanted.isEmpty() || wanted.contains(id)) {
            out.append(id);
        }
    }
    if (!wanted.isEmpty()) {
        for (const qint64 id : selection.ids) {
            if (!db::scalar(db, QStringLiteral("SELECT 1 FROM contacts WHERE id=?"), {id}).isValid()) {
                return R::fail(QCoreApplication::translate("Export", "There is no contact with id %1.").arg(id));
            }
        }
    }
    return R::ok(std::move(out));
}

} // namespace rapport::exporters
