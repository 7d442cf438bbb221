#include "ScoreReason.h"

#include "ScoringText.h"
#include "model/Contact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace rapport::scoring {

namespace {

struct Wording
{
    const char* key;
    const char* text; ///< with %n where the count goes
};

// Every reason the engine can give. Texts use Qt's numerus notation (see scoringText).
const Wording kWordings[] = {
    {"spokeToday", QT_TRANSLATE_NOOP("Scoring", "you spoke today")},
    {"spokeDaysAgo", QT_TRANSLATE_N_NOOP("Scoring", "last spoke %n day(s) ago")},
    {"spokeWeeksAgo", QT_TRANSLATE_N_NOOP("Scoring", "last spoke %n week(s) ago")},
    {"spokeMonthsAgo", QT_TRANSLATE_N_NOOP("Scoring", "last spoke %n month(s) ago")},
    {"notSpoken", QT_TRANSLATE_N_NOOP("Scoring", "you have not spoken in %n month(s)")},
    {"conversationsThisYear", QT_TRANSLATE_N_NOOP("Scoring", "%n two-way conversation(s) this year")},
    {"theyStarted", QT_TRANSLATE_N_NOOP("Scoring", "they started %n conversation(s)")},
    {"youAlwaysStart", QT_TRANSLATE_N_NOOP("Scoring", "you started all %n conversation(s)")},
    {"theyWroteBack", QT_TRANSLATE_N_NOOP("Scoring", "they wrote %n message(s) to you")},
    {"metInPerson", QT_TRANSLATE_N_NOOP("Scoring", "met in person %n time(s)")},
    {"calls", QT_TRANSLATE_N_NOOP("Scoring", "%n call(s) or video call(s)")},
    {"onlyWritten", QT_TRANSLATE_N_NOOP("Scoring", "%n written exchange(s), no calls or meetings")},
    {"knownYears", QT_TRANSLATE_N_NOOP("Scoring", "known for %n year(s)")},
    {"knownMonths", QT_TRANSLATE_N_NOOP("Scoring", "known for %n month(s)")},
    {"introducedYou", QT_TRANSLATE_N_NOOP("Scoring", "introduced you to %n person(s)")},
    {"referredYou", QT_TRANSLATE_N_NOOP("Scoring", "sent you %n referral(s)")},
    {"helpedYou", QT_TRANSLATE_N_NOOP("Scoring", "helped you %n time(s)")},
    {"youHelped", QT_TRANSLATE_N_NOOP("Scoring", "you helped them %n time(s)")},
    {"marketFit", QT_TRANSLATE_N_NOOP("Scoring", "fits your target market on %n point(s)")},
    {"knowsBoth", QT_TRANSLATE_NOOP("Scoring", "you know what they do and how you met")},
    {"knowsWork", QT_TRANSLATE_NOOP("Scoring", "you know what they do")},
    {"knowsHowMet", QT_TRANSLATE_NOOP("Scoring", "you know how you met")},
    {"knowsNothing", QT_TRANSLATE_NOOP("Scoring", "you have not noted what they do or how you met")},
    {"collector", QT_TRANSLATE_NOOP("Scoring", "their invitation looked like a collector's")},
    {"neverTalkedMonths", QT_TRANSLATE_N_NOOP("Scoring", "connected %n month(s) ago but never talked")},
    {"neverTalked", QT_TRANSLATE_NOOP("Scoring", "connected but never talked")},
    {"neverReplied", QT_TRANSLATE_N_NOOP("Scoring", "never replied to your %n message(s)")},
    {"someUnanswered", QT_TRANSLATE_N_NOOP("Scoring", "left %n of your message(s) unanswered")},
};

const QString kKey = QStringLiteral("key");
const QString kN = QStringLiteral("n");
const QString kPoints = QStringLiteral("points");

} // namespace

QString ScoreReason::text() const
{
    if (key == QLatin1String("stage")) {
        return QCoreApplication::translate("Scoring", "you put them at the %1 stage")
            .arg(championStageName(static_cast<ChampionStage>(qBound(0, n, 3))));
    }
    for (const Wording& w : kWordings) {
        if (key == QLatin1String(w.key)) {
            return std::strstr(w.text, "%n") != nullptr ? scoringText(w.text, n) : scoringText(w.text);
        }
    }
    return key;
}

namespace {
void appendJsonString(QByteArray& out, const QString& s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[(c >> 4) & 0xf];
            out += "0123456789abcdef"[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}
} // namespace

const ReasonJsonCache::Pieces& ReasonJsonCache::pieces(const ScoreReason& reason)
{
    const std::pair<QString, int> id{reason.key, reason.n};
    auto it = m_pieces.find(id);
    if (it == m_pieces.end()) {
        Pieces p;
        p.head = QByteArrayLiteral("{\"key\":");
        appendJsonString(p.head, reason.key);
        p.head += ",\"n\":" + QByteArray::number(reason.n) + ",\"points\":";
        // "text" is the wording at scoring time, for readers that do not know the keys.
        p.tail = QByteArrayLiteral(",\"text\":");
        appendJsonString(p.tail, reason.text());
        p.tail += '}';
        it = m_pieces.insert(id, std::move(p));
    }
    return it.value();
}

QByteArray reasonsToJsonUtf8(const QList<ScoreReason>& reasons, ReasonJsonCache& cache)
{
    // Written by hand: this runs 100,000 times in a full rescore and QJsonDocument is the slow part.
    QByteArray out;
    out.reserve(90 * reasons.size() + 2);
    out += '[';
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const ScoreReason& r = reasons.at(i);
        const ReasonJsonCache::Pieces& p = cache.pieces(r);
        if (i > 0) {
            out += ',';
        }
        out += p.head;
        out += QByteArray::number(r.points, 'f', 1);
        out += p.tail;
    }
    out += ']';
    return out;
}

QString reasonsToJson(const QList<ScoreReason>& reasons)
{
    ReasonJsonCache cache;
    return QString::fromUtf8(reasonsToJsonUtf8(reasons, cache));
}

QList<ScoreReason> reasonsFromJson(const QString& json)
{
    QList<ScoreReason> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(kKey).toString(), o.value(kN).toInt(), o.value(kPoints).toDouble()});
    }
    return out;
}

QJsonArray reasonsToDisplayJson(const QList<ScoreReason>& reasons)
{
    QJsonArray a;
    for (const ScoreReason& r : reasons) {
        a.append(QJsonObject{{kKey, r.key}, {kN, r.n}, {kPoints, r.points}, {QStringLiteral("text"), r.text()}});
    }
    return a;
}

} // namespace rapport::scoring
