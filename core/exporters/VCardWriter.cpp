#include "VCardWriter.h"

#include <utility>

namespace rapport::exporters {

namespace {

/// Parameter values are tokens here. A comma separates list values (TYPE=work,fax), so it stays
/// bare; a value with ';' or ':' is quoted, and '"' and line breaks (not allowed) are dropped.
QString paramValue(QString v)
{
    v.remove(QLatin1Char('"'));
    v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char(':'))) {
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace

void VCardLineWriter::raw(const QString& name, const QString& value, const Params& params, const QString& group)
{
    line(group, name, params, value);
}

void VCardLineWriter::text(const QString& name, const QString& value, const Params& params, const QString& group)
{
    line(group, name, params, escapeVCardText(value));
}

void VCardLineWriter::structured(const QString& name, const QStringList& components, const Params& params)
{
    QStringList escaped;
    escaped.reserve(components.size());
    for (const QString& c : components) {
        escaped.append(escapeVCardText(c));
    }
    line({}, name, params, escaped.join(QLatin1Char(';')));
}

void VCardLineWriter::list(const QString& name, const QStringList& items, const Params& params)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (const QString& item : items) {
        escaped.append(escapeVCardText(item));
    }
    line({}, name, params, escaped.join(QLatin1Char(',')));
}

QByteArray VCardLineWriter::take()
{
    return std::exchange(m_data, QByteArray());
}

void VCardLineWriter::line(const QString& group, const QString& name, const Params& params, const QString& value)
{
    QString content;
    if (!group.isEmpty()) {
        content += group + QLatin1Char('.');
    }
    content += name;
    for (const auto& [key, v] : params) {
        content += QLatin1Char(';') + key + QLatin1Char('=') + paramValue(v);
    }
    content += QLatin1Char(':') + value;
    m_data += foldVCardLine(content.toUtf8());
}

} // namespace rapport::exporters
