#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

class QIODevice;

namespace rapport::exporters {

/// Writes one large JSON object piece by piece: scalar members, and arrays streamed element by
/// element (one compact element per line), so memory is bounded by the largest single element, not
/// by the file. The output is ordinary JSON any parser reads.
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QIODevice& out) : m_out(out) {}

    void beginDocument();
    /// A member of the top-level object (any JSON value).
    void member(QLatin1StringView key, const QJsonValue& value);
    void beginArray(QLatin1StringView key);
    void element(const QJsonObject& object);
    void endArray();
    void endDocument();

    /// False once a write failed (disk full, ...); later writes are skipped.
    bool ok() const { return m_ok; }
    qint64 bytesWritten() const { return m_bytes; }

private:
    void write(const QByteArray& bytes);
    void key(QLatin1StringView key);
    QIODevice& m_out;
    bool m_ok = true;
    bool m_firstMember = true;
    bool m_firstElement = true;
    qint64 m_bytes = 0;
};

} // namespace rapport::exporters
