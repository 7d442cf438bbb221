#include "ScoreEngine.h"

#include <algorithm>
#include <cmath>

namespace rapport::scoring {

namespace {

constexpr double kDaysPerMonth = 30.4375;

double saturate(double value, double full)
{
    return full <= 0 ? 1.0 : std::clamp(value / full, 0.0, 1.0);
}

int months(double days)
{
    return static_cast<int>(std::lround(days / kDaysPerMonth));
}

// Channel depth: richer channels carry more of a tie (Gilbert & Karahalios' "intimacy").
double depthUnits(const ContactSignals& s)
{
    return s.meetings * 1.0 + s.calls * 0.8 + s.videos * 0.7 + s.events * 0.5 + s.written * 0.25;
}

class Builder
{
public:
    void add(const char* key, int n, double points) { m_reasons.append({QString::fromLatin1(key), n, points}); }
    double total() const
    {
        double sum = 0;
        for (const auto& r : m_reasons) {
            sum += r.points;
        }
        return sum;
    }
    QList<ScoreReason> take()
    {
        for (auto& r : m_reasons) {
            r.points = std::round(r.points * 10.0) / 10.0;
        }
        // Weightiest first; stable so ties keep the order they were added in (deterministic).
        std::stable_sort(m_reasons.begin(), m_reasons.end(), [](const ScoreReason& a, const ScoreReason& b) {
            return std::abs(a.points) > std::abs(b.points);
        });
        return std::move(m_reasons);
    }

private:
    QList<ScoreReason> m_reasons;
};

} // namespace

ScoreEngine::ScoreEngine(const ScoreWeights& weights) : m_w(weights) {}

ScoreResult ScoreEngine::score(const ContactSignals& s) const
{
    Builder b;
    const bool talked = s.twoWayTotal > 0;

    // Recency: halves every recencyHalfLifeDays.
    if (talked && s.daysSinceLastTwoWay >= 0) {
        const double d = s.daysSinceLastTwoWay;
        const double pts = m_w.recency * std::pow(0.5, d / std::max(1.0, m_w.recencyHalfLifeDays));
        if (d < 1) {
            b.add("spokeToday", 0, pts);
        } else if (d < 14) {
            b.add("spokeDaysAgo", static_cast<int>(d), pts);
        } else if (d < 61) {
            b.add("spokeWeeksAgo", static_cast<int>(d / 7), pts);
        } else if (d < 183) {
            b.add("spokeMonthsAgo", months(d), pts);
        } else {
            b.add("notSpoken", months(d), pts);
        }
    }

    // Frequency over the last year, logarithmic: the 2nd conversation adds more than the 20th.
    if (s.twoWayLastYear > 0) {
        const double pts = m_w.frequency * std::min(1.0, std::log1p(s.twoWayLastYear) /
                                                             std::log1p(std::max(1.0, m_w.frequencySaturation)));
        b.add("conversationsThisYear", s.twoWayLastYear, pts);
    }

    // Reciprocity: full marks once they start at least half of the conversations (and write at
    // least half of the messages); a one-sided tie earns nothing.
    {
        double shares = 0;
        int parts = 0;
        const int known = s.initiatedByMe + s.initiatedByThem;
        if (talked && known > 0) {
            shares += double(s.initiatedByThem) / known;
            ++parts;
        }
        const int messages = s.messagesFromMe + s.messagesFromThem;
        if (messages > 0) {
            shares += double(s.messagesFromThem) / messages;
            ++parts;
        }
        if (parts > 0) {
            const double pts = m_w.reciprocity * saturate(shares / parts, 0.5);
            if (talked && s.initiatedByThem > 0) {
                b.add("theyStarted", s.initiatedByThem, pts);
            } else if (talked && s.initiatedByMe >= 2 && s.initiatedByThem == 0) {
                b.add("youAlwaysStart", s.initiatedByMe, pts);
            } else if (s.messagesFromThem > 0) {
                b.add("theyWroteBack", s.messagesFromThem, pts);
            }
        }
    }

    // Channel depth.
    if (talked) {
        const double pts = m_w.depth * saturate(depthUnits(s), 4.0);
        if (s.meetings > 0) {
            b.add("metInPerson", s.meetings, pts);
        } else if (s.calls + s.videos > 0) {
            b.add("calls", s.calls + s.videos, pts);
        } else if (s.written > 0) {
            b.add("onlyWritten", s.written, pts);
        } else if (pts > 0) {
            b.add("metInPerson", s.events, pts);
        }
    }

    // Duration: how long known counts only once there is a real tie to last.
    if (talked && s.daysKnown() >= kDaysPerMonth) {
        const double years = s.daysKnown() / 365.25;
        const double pts = m_w.duration * saturate(years, m_w.durationSaturationYears);
        if (years >= 1) {
            b.add("knownYears", static_cast<int>(years), pts);
        } else {
            b.add("knownMonths", months(s.daysKnown()), pts);
        }
    }

    // Help each way. Received weighs most: it is what a champion does.
    if (s.receivedTotal() > 0) {
        const double pts = m_w.helpReceived * saturate(s.receivedTotal(), 2.0);
        const double share = pts / s.receivedTotal();
        if (s.introductionsReceived > 0) {
            b.add("introducedYou", s.introductionsReceived, share * s.introductionsReceived);
        }
        if (s.referralsReceived > 0) {
            b.add("referredYou", s.referralsReceived, share * s.referralsReceived);
        }
        if (s.helpReceived > 0) {
            b.add("helpedYou", s.helpReceived, share * s.helpReceived);
        }
    }
    if (s.helpGiven > 0) {
        b.add("youHelped", s.helpGiven, m_w.helpGiven * saturate(s.helpGiven, 3.0));
    }

    if (s.marketDimensions > 0 && s.marketMatches > 0) {
        b.add("marketFit", s.marketMatches, m_w.marketFit * saturate(s.marketMatches, std::min(2, s.marketDimensions)));
    }

    // Knowing how you met matters more than knowing a job title (which an import fills in).
    if (s.knowsWhatTheyDo && s.knowsHowMet) {
        b.add("knowsBoth", 0, m_w.knowledge);
    } else if (s.knowsHowMet) {
        b.add("knowsHowMet", 0, m_w.knowledge * 0.6);
    } else if (s.knowsWhatTheyDo) {
        b.add("knowsWork", 0, m_w.knowledge * 0.4);
    } else {
        b.add("knowsNothing", 0, 0);
    }

    if (s.stage != ChampionStage::Connection) {
        b.add("stage", static_cast<int>(s.stage), m_w.stage * static_cast<int>(s.stage) / 3.0);
    }

    // Penalties.
    if (s.collectorInvitation) {
        b.add("collector", 0, -m_w.collectorPenalty);
    }
    if (!talked && s.daysSinceConnected >= 0) {
        const int m = months(s.daysSinceConnected);
        if (m >= 1) {
            b.add("neverTalkedMonths", m, -m_w.neverTalkedPenalty);
        } else {
            b.add("neverTalked", 0, -m_w.neverTalkedPenalty);
        }
    }
    if (s.unansweredOutreach > 0) {
        const double pts = -m_w.unansweredPenalty * saturate(s.unansweredOutreach, 3.0);
        b.add(talked ? "someUnanswered" : "neverReplied", s.unansweredOutreach, talked ? pts / 2 : pts);
    }

    ScoreResult r;
    r.contactId = s.contactId;
    r.score = std::round(std::clamp(b.total(), 0.0, 100.0) * 10.0) / 10.0;
    r.tier = tierFor(s, r.score);
    r.reasons = b.take();
    return r;
}

ScoreTier ScoreEngine::tierFor(const ContactSignals& s, double score) const
{
    if (s.twoWayTotal <= 0) {
        return ScoreTier::Collected;
    }
    const bool advocates =
        s.introductionsReceived + s.referralsReceived > 0 || s.helpReceived > 0 || s.stage == ChampionStage::Champion;
    if (score >= m_w.championThreshold && advocates) {
        return ScoreTier::Champion;
    }
    const bool recent = s.daysSinceLastTwoWay >= 0 && s.daysSinceLastTwoWay <= m_w.activeWithinDays;
    if (score >= m_w.innerThreshold && recent) {
        return ScoreTier::Inner;
    }
    return recent ? ScoreTier::Active : ScoreTier::Dormant;
}

} // namespace rapport::scoring
