#include "CsvWriter.h"

#include <QCoreApplication>

namespace rapport::exporters {

namespace {

const QString kJoin = QStringLiteral("; ");

QString values(const QList<LabeledValue>& list)
{
    QStringList out;
    for (const LabeledValue& lv : list) {
        if (!lv.value.trimmed().isEmpty()) {
            out.append(lv.value.trimmed());
        }
    }
    return out.join(kJoin);
}

} // namespace

QString neutralizeFormula(const QString& cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const QChar first = cell.front();
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QLatin1Char('\n')) {
        return QLatin1Char('\'') + cell;
    }
    // Some spreadsheets skip leading spaces before deciding that a cell is a formula.
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char(' ')) {
        ++i;
    }
    if (i < cell.size()) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')) {
            return QLatin1Char('\'') + cell;
        }
    }
    return cell;
}

QString csvField(const QString& cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')) &&
        !cell.contains(QLatin1Char('\r'))) {
        return cell;
    }
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvRecord(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& c : cells) {
        fields.append(csvField(neutralizeFormula(c)));
    }
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray csvByteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QStringList contactCsvHeader()
{
    return {QCoreApplication::translate("Export", "Name"),
            QCoreApplication::translate("Export", "First name"),
            QCoreApplication::translate("Export", "Last name"),
            QCoreApplication::translate("Export", "Company"),
            QCoreApplication::translate("Export", "Position"),
            QCoreApplication::translate("Export", "Headline"),
            QCoreApplication::translate("Export", "Industry"),
            QCoreApplication::translate("Export", "Location"),
            QCoreApplication::translate("Export", "E-mail addresses"),
            QCoreApplication::translate("Export", "Phone numbers"),
            QCoreApplication::translate("Export", "LinkedIn"),
            QCoreApplication::translate("Export", "Web addresses"),
            QCoreApplication::translate("Export", "Circles"),
            QCoreApplication::translate("Export", "Tags"),
            QCoreApplication::translate("Export", "How we met"),
            QCoreApplication::translate("Export", "Birthday"),
            QCoreApplication::translate("Export", "Connected on"),
            QCoreApplication::translate("Export", "Champion stage"),
            QCoreApplication::translate("Export", "Ideal days between contacts"),
            QCoreApplication::translate("Export", "Most days between contacts"),
            QCoreApplication::translate("Export", "Archived"),
            QCoreApplication::translate("Export", "Notes"),
            QCoreApplication::translate("Export", "UID")};
}

QStringList contactCsvCells(const Contact& c)
{
    const auto days = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    return {c.displayName.isEmpty() ? c.name() : c.displayName,
            c.firstName,
            c.lastName,
            c.company,
            c.position,
            c.headline,
            c.industry,
            c.location,
            values(c.emails),
            values(c.phones),
            c.linkedinUrl,
            values(c.urls),
            c.circles.join(kJoin),
            c.tags.join(kJoin),
            c.howMet,
            c.birthday,
            c.connectedOn.toString(Qt::ISODate),
            championStageName(c.championStage),
            days(c.cadenceIdealDays),
            days(c.cadenceMaxDays),
            c.archived ? QCoreApplication::translate("Export", "yes") : QString(),
            c.notes,
            c.uid};
}

} // namespace rapport::exporters
