// libFuzzer: the collector detector's public API. An input that is a JSON object (one line of
// tests/data/triage/*.jsonl) fills every field; anything else is taken as the message text.
#include "FuzzCommon.h"
#include "triage/CollectorDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapport;

namespace {

std::optional<int> optionalInt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const triage::CollectorDetector detector;
    const QByteArray bytes = fuzz::view(data, size);
    triage::TriageInput input;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        input.message = o.value(QLatin1String("message")).toString();
        input.fromName = o.value(QLatin1String("from_name")).toString();
        input.fromHeadline = o.value(QLatin1String("from_headline")).toString();
        input.mutualConnections = optionalInt(o, "mutual_connections");
        input.senderConnectionCount = optionalInt(o, "sender_connection_count");
        input.priorConversations = o.value(QLatin1String("prior_conversations")).toInt();
        input.introducedBySomeone = o.value(QLatin1String("introduced_by_someone")).toBool();
        input.recipientName = o.value(QLatin1String("recipient_name")).toString();
        for (const QJsonValue& k : o.value(QLatin1String("recipient_keywords")).toArray()) {
            input.recipientKeywords.append(k.toString());
        }
    } else {
        input.message = QString::fromUtf8(bytes);
        input.fromName = input.message.left(40);
        input.recipientKeywords = input.message.mid(40, 80).split(QLatin1Char(' '));
    }
    const triage::TriageResult r = detector.analyze(input);
    // The evidence spans point into the message; a span outside it is a bug the UI would trip on.
    for (const triage::TriageReason& reason : r.reasons) {
        if (reason.start >= 0 && (reason.start + reason.length > input.message.size() || reason.length < 0)) {
            __builtin_trap();
        }
    }
    if (!(r.score >= 0.0 && r.score <= 1.0)) {
        __builtin_trap();
    }
    // Round trip of the stored reasons.
    (void)triage::reasonsFromJson(triage::reasonsToJson(r.reasons));
    return 0;
}
