#pragma once

#include "CollectorDetector.h"

#include <QStringList>

namespace rapport::triage {

/// The coach's view of a note being written: how it would be judged, plus what to add.
struct DraftAdvice
{
    TriageResult result;
    QStringList suggestions; ///< translated, most useful first; empty when the note is good
};

/// Checks a connection note before it is sent ("Write a note" box): the same detector the
/// user's inbox uses, so the advice is exactly "this is what would make it look collected".
/// Metadata rules do not apply to a draft (there is no sender profile yet).
class DraftCoach
{
public:
    /// LinkedIn's limit for a connection note.
    static constexpr int kMaxNoteLength = 300;

    explicit DraftCoach(TriageWeights weights = TriageWeights::defaults());

    DraftAdvice analyzeDraft(const QString& draft, const QString& recipientName) const;

private:
    CollectorDetector m_detector;
};

} // namespace rapport::triage
