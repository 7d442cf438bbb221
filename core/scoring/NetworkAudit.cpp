#include "NetworkAudit.h"

#include "ScoringService.h"
#include "ScoringText.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"
#include "store/SettingsStore.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace rapport::scoring {

namespace {

const QString kIds = QStringLiteral("ids");

// Dunbar's layers: support clique, sympathy group, band, active network.
constexpr int kLayers[] = {5, 15, 50, 150};

} // namespace

NetworkAudit::NetworkAudit(db::Database& db) : m_db(db) {}

QList<qint64> NetworkAudit::keptIds()
{
    SettingsStore settings(m_db);
    QList<qint64> out;
    for (const auto& v : settings.json(keptSettingsKey()).value(kIds).toArray()) {
        out << static_cast<qint64>(v.toDouble());
    }
    return out;
}

Status NetworkAudit::setKept(qint64 contactId, bool kept)
{
    QList<qint64> ids = keptIds();
    ids.removeAll(contactId);
    if (kept) {
        ids << contactId;
    }
    QJsonArray a;
    for (const qint64 id : std::as_const(ids)) {
        a.append(id);
    }
    SettingsStore settings(m_db);
    return settings.setJson(keptSettingsKey(), QJsonObject{{kIds, a}});
}

Result<QList<AuditEntry>> NetworkAudit::queue(int limit)
{
    using R = Result<QList<AuditEntry>>;
    db::SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.display_name, c.headline, c.position, c.company, c.connected_on, "
            "EXISTS (SELECT 1 FROM invitations i WHERE i.contact_id=c.id AND i.verdict='collector' "
            "AND i.user_decision<>'flag_wrong'), "
            "(SELECT count(*) FROM conversation_contacts cc JOIN conversations v ON v.id=cc.conversation_id "
            "WHERE cc.contact_id=c.id AND v.initiated_by='me' AND v.two_way=0) "
            "FROM contacts c WHERE c.deleted_at IS NULL AND c.archived=0 AND trim(c.how_met)='' "
            "AND NOT EXISTS (SELECT 1 FROM conversation_contacts cc JOIN conversations v ON v.id=cc.conversation_id "
            "WHERE cc.contact_id=c.id AND v.two_way<>0) "
            "ORDER BY c.connected_on IS NULL OR c.connected_on='', c.connected_on DESC, "
            "c.display_name COLLATE NOCASE, c.id"));
    if (!q.exec()) {
        return R::fail(q.error());
    }
    const QList<qint64> keptList = keptIds();
    const QSet<qint64> kept(keptList.cbegin(), keptList.cend());
    QList<AuditEntry> out;
    while (q.next() && (limit < 0 || out.size() < limit)) {
        if (kept.contains(q.int64(0))) {
            continue;
        }
        AuditEntry e;
        e.contactId = q.int64(0);
        e.name = q.string(1);
        e.headline = q.string(2);
        e.position = q.string(3);
        e.company = q.string(4);
        e.connectedOn = QDate::fromString(q.string(5), Qt::ISODate);
        e.collector = q.value(6).toInt() != 0;
        e.unansweredOutreach = q.value(7).toInt();
        out.append(e);
    }
    return R::ok(std::move(out));
}

Result<AuditChange> NetworkAudit::keep(qint64 contactId)
{
    if (auto s = setKept(contactId, true); !s) {
        return Result<AuditChange>::fail(s.error());
    }
    return Result<AuditChange>::ok({AuditChange::Action::Keep, contactId, {}});
}

Result<AuditChange> NetworkAudit::giveContext(qint64 contactId, const QString& position, const QString& company,
                                              const QString& howMet)
{
    ContactStore contacts(m_db);
    AuditChange change{AuditChange::Action::GiveContext, contactId, {}};
    const QPair<QString, QString> fields[] = {{QStringLiteral("position"), position.trimmed()},
                                              {QStringLiteral("company"), company.trimmed()},
                                              {QStringLiteral("howMet"), howMet.trimmed()}};
    for (const auto& [key, value] : fields) {
        if (value.isEmpty()) {
            continue;
        }
        const QString before = contacts.field(contactId, key);
        if (before == value) {
            continue;
        }
        if (auto s = contacts.setField(contactId, key, value); !s) {
            static_cast<void>(revert(change)); // leave nothing half-done
            return Result<AuditChange>::fail(s.error());
        }
        change.previousFields.insert(key, before);
    }
    // Context given is an answer: the contact leaves the queue even without a "how we met".
    if (!keptIds().contains(contactId)) {
        if (auto s = setKept(contactId, true); !s) {
            static_cast<void>(revert(change));
            return Result<AuditChange>::fail(s.error());
        }
        change.markedKept = true;
    }
    return Result<AuditChange>::ok(change);
}

Result<AuditChange> NetworkAudit::archive(qint64 contactId)
{
    ContactStore contacts(m_db);
    if (auto s = contacts.setArchived({contactId}, true); !s) {
        return Result<AuditChange>::fail(s.error());
    }
    return Result<AuditChange>::ok({AuditChange::Action::Archive, contactId, {}});
}

Result<AuditChange> NetworkAudit::remove(qint64 contactId)
{
    ContactStore contacts(m_db);
    if (auto s = contacts.moveToTrash({contactId}); !s) {
        return Result<AuditChange>::fail(s.error());
    }
    return Result<AuditChange>::ok({AuditChange::Action::Delete, contactId, {}});
}

Status NetworkAudit::revert(const AuditChange& change)
{
    ContactStore contacts(m_db);
    switch (change.action) {
    case AuditChange::Action::Keep:
        return setKept(change.contactId, false);
    case AuditChange::Action::GiveContext:
        for (auto it = change.previousFields.cbegin(); it != change.previousFields.cend(); ++it) {
            if (auto s = contacts.setField(change.contactId, it.key(), it.value()); !s) {
                return s;
            }
        }
        return change.markedKept ? setKept(change.contactId, false) : Status::ok();
    case AuditChange::Action::Archive:
        return contacts.setArchived({change.contactId}, false);
    case AuditChange::Action::Delete:
        return contacts.restoreFromTrash({change.contactId});
    }
    return Status::ok();
}

Result<AuditSummary> NetworkAudit::summary()
{
    ScoringService scoring(m_db);
    auto net = scoring.computeAll();
    if (!net) {
        return Result<AuditSummary>::fail(net.error());
    }
    return Result<AuditSummary>::ok(summarize(net.value()));
}

AuditSummary NetworkAudit::summarize(const ScoredNetwork& net)
{
    AuditSummary s;
    QList<double> realScores;
    for (qsizetype i = 0; i < net.contacts.size(); ++i) {
        const ContactSignals& c = net.contacts.at(i);
        if (c.archived) {
            continue;
        }
        const ScoreResult& r = net.results.at(i);
        ++s.contacts;
        ++s.tierCounts[static_cast<int>(r.tier)];
        if (c.twoWayTotal > 0) {
            realScores << r.score;
        }
    }
    s.realRelationships = static_cast<int>(realScores.size());
    s.connectionsOnly = s.contacts - s.realRelationships;
    std::sort(realScores.begin(), realScores.end(), std::greater<>());
    int previous = 0;
    for (const int capacity : kLayers) {
        DunbarLayer layer;
        layer.capacity = capacity;
        layer.count = std::clamp(s.realRelationships - previous, 0, capacity - previous);
        if (layer.count > 0) {
            layer.lowestScore = realScores.at(previous + layer.count - 1);
        }
        s.layers << layer;
        previous = capacity;
    }
    s.beyondLayers = std::max(0, s.realRelationships - kLayers[3]);

    const int champions = s.tierCounts[static_cast<int>(ScoreTier::Champion)];
    const int inner = champions + s.tierCounts[static_cast<int>(ScoreTier::Inner)];
    const int active = inner + s.tierCounts[static_cast<int>(ScoreTier::Active)];
    if (champions > kLayers[0]) {
        s.warnings << scoringText(QT_TRANSLATE_N_NOOP("Scoring", "%n people are champions, but the innermost circle "
                                                                 "holds about 5: is each one really in it?"),
                                  champions);
    }
    if (inner > kLayers[1]) {
        s.warnings << scoringText(QT_TRANSLATE_N_NOOP("Scoring", "%n people are champions or inner circle, but that "
                                                                 "layer holds about 15: some may be drifting."),
                                  inner);
    }
    if (active > kLayers[3]) {
        s.warnings << scoringText(QT_TRANSLATE_N_NOOP("Scoring", "%n people are active, more than the 150 or so "
                                                                 "relationships a person can keep up."),
                                  active);
    }
    return s;
}

} // namespace rapport::scoring
