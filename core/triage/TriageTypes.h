#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::triage {

/// The detector's answer in words the UI and the `invitations.verdict` column share.
enum class Verdict { Collector, Unclear, Genuine };

/// "collector", "unclear" or "genuine": the values the schema's CHECK constraint allows.
QString verdictKey(Verdict verdict);
std::optional<Verdict> verdictFromKey(QStringView key);
/// Translated, for display.
QString verdictDisplayName(Verdict verdict);

/// Everything the detector looks at for one connection request. The DB context fields come from
/// Rapport's own records (not from the message), which is why they count as strong evidence.
struct TriageInput
{
    QString message;
    QString fromName;
    QString fromHeadline;
    std::optional<int> mutualConnections;
    std::optional<int> senderConnectionCount;
    int priorConversations = 0;
    bool introducedBySomeone = false;
    QString recipientName;
    /// The user's own profile: name, company, work topics. A message that names them is more
    /// likely to be about the recipient.
    QStringList recipientKeywords;
};

/// One piece of evidence, phrased for a person, with where it sits in the message.
struct TriageReason
{
    QString featureKey; ///< stable key, also the `triage_weights.feature` row
    QString text;       ///< plain words, translated
    QString evidence;   ///< exact words of the message (or the metadata) that triggered it
    int start = -1;     ///< position of evidence in the message, -1 when it is metadata
    int length = 0;
    double weight = 0; ///< the model weight (default or learned); positive pushes towards collector
    double value = 1;  ///< the feature's strength in [0, 1]; contribution = weight * value

    double contribution() const { return weight * value; }
};

struct TriageResult
{
    double score = 0.5; ///< P(collector), 0..1
    Verdict verdict = Verdict::Unclear;
    /// Strongest first (by absolute contribution).
    QList<TriageReason> reasons;
};

/// Reasons as the JSON text stored in `invitations.reasons`, and back.
QString reasonsToJson(const QList<TriageReason>& reasons);
QList<TriageReason> reasonsFromJson(const QString& json);

} // namespace rapport::triage
