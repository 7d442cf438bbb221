#include "JsonStreamWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace rapport::exporters {

namespace {

/// Any JSON value in compact form (QJsonDocument only takes objects and arrays: wrap and unwrap).
QByteArray compact(const QJsonValue& value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

void JsonStreamWriter::write(const QByteArray& bytes)
{
    if (!m_ok) {
        return;
    }
    if (m_out.write(bytes) != bytes.size()) {
        m_ok = false;
        return;
    }
    m_bytes += bytes.size();
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    write(m_firstMember ? QByteArrayLiteral("\n  ") : QByteArrayLiteral(",\n  "));
    m_firstMember = false;
    write(compact(QJsonValue(QString(name))) + ": ");
}

void JsonStreamWriter::beginDocument()
{
    write("{");
    m_firstMember = true;
}

void JsonStreamWriter::member(QLatin1StringView name, const QJsonValue& value)
{
    key(name);
    write(compact(value));
}

void JsonStreamWriter::beginArray(QLatin1StringView name)
{
    key(name);
    write("[");
    m_firstElement = true;
}

void JsonStreamWriter::element(const QJsonObject& object)
{
    write(m_firstElement ? QByteArrayLiteral("\n    ") : QByteArrayLiteral(",\n    "));
    m_firstElement = false;
    write(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void JsonStreamWriter::endArray()
{
    write(m_firstElement ? QByteArrayLiteral("]") : QByteArrayLiteral("\n  ]"));
}

void JsonStreamWriter::endDocument()
{
    write("\n}\n");
}

} // namespace rapport::exporters
