#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport {

/// A connection request, incoming or outgoing, with the triage verdict once analysed.
struct Invitation
{
    qint64 id = 0;
    bool incoming = true;
    QString fromName;
    QString fromHeadline;
    QString fromUrl;
    QString toName;
    QString toUrl;
    QString message;
    QDateTime sentAt;
    std::optional<int> mutualConnections;
    std::optional<int> senderConnectionCount;
    qint64 contactId = 0;
    QString status = QStringLiteral("pending"); ///< pending / accepted / ignored
    QString verdict;                            ///< "", collector, unclear, genuine
    double score = -1;
    QString reasons;      ///< JSON array of {reason, evidence}
    QString userDecision; ///< "", accepted, ignored, flag_wrong
    QString externalKey;  ///< dedupe key for re-imports
    qint64 batchId = 0;
};

} // namespace rapport
