#include "ScoringText.h"

#include <QCoreApplication>

namespace rapport::scoring {

QString scoringText(const char* source, int n)
{
    const QString translated = QCoreApplication::translate("Scoring", source, nullptr, n);
    QString untranslated = QString::fromUtf8(source);
    untranslated.replace(QLatin1String("%n"), QString::number(n));
    if (translated != untranslated) {
        return translated; // a translator supplied the right plural form
    }
    const bool one = n == 1;
    untranslated.replace(QLatin1String("person(s)"), one ? QLatin1String("person") : QLatin1String("people"));
    untranslated.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return untranslated;
}

QString scoringText(const char* source)
{
    return QCoreApplication::translate("Scoring", source);
}

} // namespace rapport::scoring
