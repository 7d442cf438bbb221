#pragma once

#include <QDate>
#include <QDateTime>

namespace rapport {

/// The one place core reads the time, so tests can pin "now" (KeePassXC's MockClock idea).
class Clock
{
public:
    static QDateTime now();
    static QDate today();
    /// Pins the clock to a fixed instant; an invalid QDateTime returns to the system clock.
    static void setFixed(const QDateTime& fixed);
    /// ISO 8601 local date-time without zone, the form every timestamp column uses.
    static QString isoNow();
};

} // namespace rapport
