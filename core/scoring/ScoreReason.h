#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <utility>

namespace rapport::scoring {

/// One plain-words reason behind a score, with the points it contributed (negative for penalties).
/// Stored with key and count too, so a reader can render the words in its own language.
struct ScoreReason
{
    QString key; ///< stable id, e.g. "conversationsThisYear", "introducedYou", "notSpoken"
    int n = 0;   ///< the count the words mention (days, months, people, ...)
    double points = 0;

    /// E.g. "3 two-way conversations this year", "you have not spoken in 14 months".
    QString text() const;

    bool operator==(const ScoreReason&) const = default;
};

/// The JSON pieces around each reason's points, kept for one scoring run: 100,000 contacts share a
/// few dozen (key, count) pairs, so their wording is translated and escaped once, not 500,000 times.
class ReasonJsonCache
{
public:
    struct Pieces
    {
        QByteArray head; ///< {"key":"...","n":N,"points":
        QByteArray tail; ///< ,"text":"..."}
    };
    const Pieces& pieces(const ScoreReason& reason);

private:
    QHash<std::pair<QString, int>, Pieces> m_pieces;
};

/// contact_scores.reasons: a compact JSON array of {"key","n","points","text"}, as UTF-8.
QByteArray reasonsToJsonUtf8(const QList<ScoreReason>& reasons, ReasonJsonCache& cache);
QString reasonsToJson(const QList<ScoreReason>& reasons);
QList<ScoreReason> reasonsFromJson(const QString& json);
/// For output: [{"key","n","points","text"}].
QJsonArray reasonsToDisplayJson(const QList<ScoreReason>& reasons);

} // namespace rapport::scoring
