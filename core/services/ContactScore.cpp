#include "ContactScore.h"

#include "db/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {

ContactScore ContactScore::read(db::Database& db, qint64 contactId)
{
    ContactScore s;
    db::SqlQuery q(db,
                   QStringLiteral("SELECT score, tier, reasons, computed_at FROM contact_scores WHERE contact_id=?"));
    q.bind(contactId);
    if (q.exec() && q.next()) {
        s.present = true;
        s.score = q.value(0).toDouble();
        s.tier = q.string(1);
        s.reasons = parseReasons(q.string(2));
        s.computedAt = q.string(3);
    }
    return s;
}

QStringList ContactScore::parseReasons(const QString& json)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue& v : doc.array()) {
        if (v.isString()) {
            out << v.toString();
            continue;
        }
        const QJsonObject o = v.toObject();
        QString text;
        for (const char* key : {"reason", "text", "label", "description", "feature"}) {
            text = o.value(QLatin1String(key)).toString();
            if (!text.isEmpty()) {
                break;
            }
        }
        if (text.isEmpty()) {
            continue;
        }
        QJsonValue points = o.value(QStringLiteral("points"));
        if (points.isUndefined()) {
            points = o.value(QStringLiteral("weight"));
        }
        if (points.isDouble()) {
            text += QStringLiteral(" (%1%2)")
                        .arg(points.toDouble() >= 0 ? QStringLiteral("+") : QString())
                        .arg(points.toDouble(), 0, 'g', 3);
        }
        out << text;
    }
    return out;
}

} // namespace rapport
