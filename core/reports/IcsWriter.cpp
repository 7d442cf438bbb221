#include "IcsWriter.h"

namespace rapport::ics {

QString formatDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString formatUtc(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void IcsWriter::line(const QString& content)
{
    m_data += foldLine(content.toUtf8());
}

void IcsWriter::begin(const QString& component)
{
    line(QStringLiteral("BEGIN:") + component);
}

void IcsWriter::end(const QString& component)
{
    line(QStringLiteral("END:") + component);
}

void IcsWriter::raw(const QString& name, const QString& value, const Params& params)
{
    QString l = name;
    for (const auto& [key, v] : params) {
        // Parameter values with separators are quoted; a double quote cannot appear in one at all.
        QString pv = v;
        pv.remove(QLatin1Char('"'));
        pv.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (pv.contains(QLatin1Char(':')) || pv.contains(QLatin1Char(';')) || pv.contains(QLatin1Char(','))) {
            pv = QLatin1Char('"') + pv + QLatin1Char('"');
        }
        l += QLatin1Char(';') + key + QLatin1Char('=') + pv;
    }
    line(l + QLatin1Char(':') + value);
}

void IcsWriter::text(const QString& name, const QString& value, const Params& params)
{
    raw(name, escapeText(value), params);
}

void IcsWriter::date(const QString& name, const QDate& date)
{
    raw(name, formatDate(date), {{QStringLiteral("VALUE"), QStringLiteral("DATE")}});
}

void IcsWriter::utc(const QString& name, const QDateTime& dateTime)
{
    raw(name, formatUtc(dateTime));
}

} // namespace rapport::ics
