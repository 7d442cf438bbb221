#include "DateInput.h"

#include <QRegularExpression>

namespace rapport::followups {

QDate parseDateInput(const QString& text, const QDate& today)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("today")) {
        return today;
    }
    if (t == QLatin1String("tomorrow")) {
        return today.addDays(1);
    }
    static const QRegularExpression relative(QStringLiteral("^\\+(\\d{1,4})([dw]?)$"));
    if (const auto m = relative.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        return today.addDays(m.captured(2) == QLatin1String("w") ? qint64(n) * 7 : n);
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(t).hasMatch()) {
        return {};
    }
    return QDate::fromString(t, Qt::ISODate);
}

} // namespace rapport::followups
