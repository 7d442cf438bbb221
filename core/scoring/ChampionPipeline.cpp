#include "ChampionPipeline.h"

#include "ScoringService.h"
#include "ScoringText.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::scoring {

ChampionPipeline::ChampionPipeline(db::Database& db) : m_db(db) {}

ChampionStage ChampionPipeline::earnedStage(const ContactSignals& c, const PipelineRules& rules)
{
    if (c.introductionsReceived + c.referralsReceived > 0) {
        return ChampionStage::Champion;
    }
    const double span = c.daysSinceFirstTwoWay - c.daysSinceLastTwoWay;
    if (c.twoWayTotal >= rules.relationshipConversations && span >= rules.relationshipSpanDays) {
        return ChampionStage::Relationship;
    }
    if (c.twoWayTotal >= 1) {
        return ChampionStage::Conversation;
    }
    return ChampionStage::Connection;
}

std::optional<StageSuggestion> ChampionPipeline::suggestion(const ContactSignals& c, const PipelineRules& rules)
{
    const ChampionStage earned = earnedStage(c, rules);
    if (static_cast<int>(earned) <= static_cast<int>(c.stage)) {
        return std::nullopt;
    }
    StageSuggestion s;
    s.contactId = c.contactId;
    s.name = c.name;
    s.current = c.stage;
    s.suggested = earned;
    switch (earned) {
    case ChampionStage::Champion:
        s.reason = scoringText(QT_TRANSLATE_N_NOOP("Scoring", "made %n introduction(s) or referral(s) for you"),
                               c.introductionsReceived + c.referralsReceived);
        break;
    case ChampionStage::Relationship:
        s.reason = scoringText(QT_TRANSLATE_N_NOOP("Scoring", "%n two-way conversation(s) over time"), c.twoWayTotal);
        break;
    case ChampionStage::Conversation:
    case ChampionStage::Connection:
        s.reason = scoringText(QT_TRANSLATE_N_NOOP("Scoring", "%n two-way conversation(s)"), c.twoWayTotal);
        break;
    }
    return s;
}

Result<PipelineOverview> ChampionPipeline::overview(int developLimit)
{
    using R = Result<PipelineOverview>;
    ScoringService scoring(m_db);
    auto net = scoring.computeAll();
    if (!net) {
        return R::fail(net.error());
    }
    PipelineOverview o;
    for (qsizetype i = 0; i < net->contacts.size(); ++i) {
        const ContactSignals& c = net->contacts.at(i);
        const ScoreResult& r = net->results.at(i);
        if (c.archived) {
            continue;
        }
        ++o.stageCounts[static_cast<int>(c.stage)];
        if (auto s = suggestion(c, m_rules)) {
            o.promotions.append(*s);
        }
        const ChampionStage effective = std::max(c.stage, earnedStage(c, m_rules));
        const bool developing = effective == ChampionStage::Conversation || effective == ChampionStage::Relationship;
        const bool reciprocates = c.initiatedByThem > 0 || c.messagesFromThem > 0;
        const bool recent = c.daysSinceLastTwoWay >= 0 && c.daysSinceLastTwoWay <= m_rules.developWithinDays;
        if (developing && reciprocates && recent && r.score >= m_rules.developMinScore) {
            QStringList why;
            for (const ScoreReason& reason : r.reasons) {
                if (reason.points > 0 && why.size() < 3) {
                    why << reason.text();
                }
            }
            o.developNext.append({c.contactId, c.name, effective, r.score, why.join(QStringLiteral("; "))});
        }
        if (c.helpGiven > 0 || c.receivedTotal() > 0) {
            o.balances.append({c.contactId, c.name, c.helpGiven, c.receivedTotal()});
        }
    }
    // Champions first among promotions, then by name; best score first for developing.
    std::stable_sort(o.promotions.begin(), o.promotions.end(), [](const StageSuggestion& a, const StageSuggestion& b) {
        return a.suggested != b.suggested ? a.suggested > b.suggested : a.name.localeAwareCompare(b.name) < 0;
    });
    std::stable_sort(o.developNext.begin(), o.developNext.end(),
                     [](const DevelopSuggestion& a, const DevelopSuggestion& b) {
                         return a.score != b.score ? a.score > b.score : a.contactId < b.contactId;
                     });
    if (developLimit >= 0 && o.developNext.size() > developLimit) {
        o.developNext.resize(developLimit);
    }
    std::stable_sort(o.balances.begin(), o.balances.end(), [](const HelpBalance& a, const HelpBalance& b) {
        const int ta = a.given + a.received;
        const int tb = b.given + b.received;
        return ta != tb ? ta > tb : a.contactId < b.contactId;
    });
    db::SqlQuery q(m_db, QStringLiteral("SELECT direction, count(*) FROM introductions GROUP BY direction"));
    if (!q.exec()) {
        return R::fail(q.error());
    }
    while (q.next()) {
        (q.string(0) == QLatin1String("given") ? o.totalGiven : o.totalReceived) = static_cast<int>(q.int64(1));
    }
    return R::ok(std::move(o));
}

Result<ChampionStage> ChampionPipeline::apply(qint64 contactId, ChampionStage stage)
{
    const QVariant previous =
        db::scalar(m_db, QStringLiteral("SELECT champion_stage FROM contacts WHERE id=?"), {contactId});
    if (!previous.isValid()) {
        return Result<ChampionStage>::fail(
            QCoreApplication::translate("Scoring", "There is no contact with id %1.").arg(contactId));
    }
    ContactStore contacts(m_db);
    if (auto s = contacts.setChampionStage(contactId, stage); !s) {
        return Result<ChampionStage>::fail(s.error());
    }
    return Result<ChampionStage>::ok(static_cast<ChampionStage>(qBound(0, previous.toInt(), 3)));
}

} // namespace rapport::scoring
