#include "Json.h"

#include <QJsonArray>

namespace rapport::json {

namespace {
QJsonArray labeled(const QList<LabeledValue>& values)
{
    QJsonArray a;
    for (const auto& v : values) {
        a.append(QJsonObject{{QStringLiteral("label"), v.label}, {QStringLiteral("value"), v.value}});
    }
    return a;
}

} // namespace

QJsonObject fromContact(const Contact& c)
{
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uid"), c.uid},
        {QStringLiteral("name"), c.name()},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("headline"), c.headline},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("company"), c.company},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("location"), c.location},
        {QStringLiteral("linkedinUrl"), c.linkedinUrl},
        {QStringLiteral("howMet"), c.howMet},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("birthday"), c.birthday},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("connectedOn"), c.connectedOn.toString(Qt::ISODate)},
        {QStringLiteral("championStage"), championStageKey(c.championStage)},
        {QStringLiteral("cadenceIdealDays"), c.cadenceIdealDays},
        {QStringLiteral("cadenceMaxDays"), c.cadenceMaxDays},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("inTrash"), !c.deletedAt.isEmpty()},
        {QStringLiteral("emails"), labeled(c.emails)},
        {QStringLiteral("phones"), labeled(c.phones)},
        {QStringLiteral("urls"), labeled(c.urls)},
        {QStringLiteral("circles"), QJsonArray::fromStringList(c.circles)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("createdAt"), c.createdAt},
        {QStringLiteral("updatedAt"), c.updatedAt},
    };
    return o;
}

QJsonObject fromSummary(const ContactSummary& s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.displayName},
                  {QStringLiteral("company"), s.company},
                  {QStringLiteral("position"), s.position},
                  {QStringLiteral("lastConversation"), s.lastConversation},
                  {QStringLiteral("nextFollowUp"), s.nextFollowUp},
                  {QStringLiteral("circles"), s.circles}};
    if (s.score >= 0) {
        o.insert(QStringLiteral("score"), s.score);
        o.insert(QStringLiteral("tier"), s.tier);
    }
    return o;
}

QJsonObject fromConversation(const Conversation& c)
{
    QJsonArray contacts;
    for (const qint64 id : c.contactIds) {
        contacts.append(id);
    }
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("uid"), c.uid},
                       {QStringLiteral("happenedAt"), c.happenedAt.toString(Qt::ISODate)},
                       {QStringLiteral("kind"), conversationKindKey(c.kind)},
                       {QStringLiteral("initiatedBy"), initiatorKey(c.initiatedBy)},
                       {QStringLiteral("durationMinutes"), c.durationMinutes},
                       {QStringLiteral("summary"), c.summary},
                       {QStringLiteral("twoWay"), c.twoWay},
                       {QStringLiteral("nextStep"), c.nextStep},
                       {QStringLiteral("nextStepDue"), c.nextStepDue.toString(Qt::ISODate)},
                       {QStringLiteral("source"), c.source},
                       {QStringLiteral("contactIds"), contacts}};
}

QJsonObject fromFollowUp(const FollowUp& f)
{
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("uid"), f.uid},
                       {QStringLiteral("contactId"), f.contactId},
                       {QStringLiteral("due"), f.due.toString(Qt::ISODate)},
                       {QStringLiteral("effectiveDue"), f.effectiveDue().toString(Qt::ISODate)},
                       {QStringLiteral("reason"), f.reason},
                       {QStringLiteral("origin"), followUpOriginKey(f.origin)},
                       {QStringLiteral("status"), followUpStatusKey(f.status)},
                       {QStringLiteral("snoozedUntil"), f.snoozedUntil.toString(Qt::ISODate)},
                       {QStringLiteral("recurrenceDays"), f.recurrenceDays}};
}

} // namespace rapport::json
