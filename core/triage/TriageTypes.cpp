#include "TriageTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::triage {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Collector:
        return QStringLiteral("collector");
    case Verdict::Genuine:
        return QStringLiteral("genuine");
    case Verdict::Unclear:
        break;
    }
    return QStringLiteral("unclear");
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    if (key == u"collector") {
        return Verdict::Collector;
    }
    if (key == u"genuine") {
        return Verdict::Genuine;
    }
    if (key == u"unclear") {
        return Verdict::Unclear;
    }
    return std::nullopt;
}

QString verdictDisplayName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Collector:
        return QCoreApplication::translate("Triage", "Name collector");
    case Verdict::Genuine:
        return QCoreApplication::translate("Triage", "Genuine");
    case Verdict::Unclear:
        break;
    }
    return QCoreApplication::translate("Triage", "Unclear");
}

QString reasonsToJson(const QList<TriageReason>& reasons)
{
    QJsonArray array;
    for (const TriageReason& r : reasons) {
        QJsonObject o;
        o.insert(QStringLiteral("feature"), r.featureKey);
        o.insert(QStringLiteral("reason"), r.text);
        o.insert(QStringLiteral("evidence"), r.evidence);
        o.insert(QStringLiteral("start"), r.start);
        o.insert(QStringLiteral("length"), r.length);
        o.insert(QStringLiteral("weight"), r.weight);
        o.insert(QStringLiteral("value"), r.value);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TriageReason> reasonsFromJson(const QString& json)
{
    QList<TriageReason> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        TriageReason r;
        r.featureKey = o.value(QStringLiteral("feature")).toString();
        r.text = o.value(QStringLiteral("reason")).toString();
        r.evidence = o.value(QStringLiteral("evidence")).toString();
        r.start = o.value(QStringLiteral("start")).toInt(-1);
        r.length = o.value(QStringLiteral("length")).toInt(0);
        r.weight = o.value(QStringLiteral("weight")).toDouble();
        r.value = o.value(QStringLiteral("value")).toDouble(1.0);
        out.append(r);
    }
    return out;
}

} // namespace rapport::triage
