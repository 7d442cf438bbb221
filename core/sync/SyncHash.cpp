#include "SyncHash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::sync::hash {

namespace {

/// Trimmed, with CRLF and CR as LF: a card has one kind of line break.
QString norm(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s.trimmed();
}

QJsonArray labeled(const QList<LabeledValue>& values)
{
    QJsonArray out;
    for (const auto& v : values) {
        if (!v.value.trimmed().isEmpty()) {
            out.append(QJsonArray{v.label.trimmed(), v.value.trimmed()});
        }
    }
    return out;
}

QJsonArray sortedSet(QStringList values)
{
    for (QString& v : values) {
        v = v.trimmed();
    }
    values.removeAll(QString());
    values.sort(Qt::CaseInsensitive);
    values.removeDuplicates();
    return QJsonArray::fromStringList(values);
}

QString digest(const QJsonObject& o)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex());
}

} // namespace

QString contact(const Contact& in)
{
    Contact c = in;
    c.deriveDisplayName();
    QJsonObject o;
    o[QStringLiteral("fn")] = norm(c.firstName);
    o[QStringLiteral("ln")] = norm(c.lastName);
    o[QStringLiteral("dn")] = norm(c.displayName);
    o[QStringLiteral("hl")] = norm(c.headline);
    o[QStringLiteral("po")] = norm(c.position);
    o[QStringLiteral("co")] = norm(c.company);
    o[QStringLiteral("in")] = norm(c.industry);
    o[QStringLiteral("lo")] = norm(c.location);
    o[QStringLiteral("li")] = norm(c.linkedinUrl);
    o[QStringLiteral("hm")] = norm(c.howMet);
    o[QStringLiteral("no")] = norm(c.notes);
    o[QStringLiteral("bd")] = norm(c.birthday);
    o[QStringLiteral("cn")] = c.connectedOn.toString(Qt::ISODate);
    o[QStringLiteral("st")] = static_cast<int>(c.championStage);
    o[QStringLiteral("ci")] = c.cadenceIdealDays;
    o[QStringLiteral("cm")] = c.cadenceMaxDays;
    o[QStringLiteral("ar")] = c.archived;
    o[QStringLiteral("em")] = labeled(c.emails);
    o[QStringLiteral("ph")] = labeled(c.phones);
    o[QStringLiteral("ur")] = labeled(c.urls);
    o[QStringLiteral("cc")] = sortedSet(c.circles);
    o[QStringLiteral("tg")] = sortedSet(c.tags);
    return digest(o);
}

QString followUp(const FollowUp& f, const QString& contactName)
{
    QJsonObject o;
    o[QStringLiteral("due")] = f.effectiveDue().toString(Qt::ISODate);
    o[QStringLiteral("reason")] = f.reason;
    o[QStringLiteral("status")] = followUpStatusKey(f.status);
    o[QStringLiteral("done")] = f.doneAt;
    o[QStringLiteral("name")] = contactName;
    return digest(o);
}

} // namespace rapport::sync::hash
