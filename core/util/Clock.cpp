#include "Clock.h"

#include <atomic>

namespace rapport {

namespace {
std::atomic<qint64> g_fixedMsecs{-1};
}

QDateTime Clock::now()
{
    const qint64 fixed = g_fixedMsecs.load();
    if (fixed >= 0) {
        return QDateTime::fromMSecsSinceEpoch(fixed);
    }
    return QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setFixed(const QDateTime& fixed)
{
    g_fixedMsecs.store(fixed.isValid() ? fixed.toMSecsSinceEpoch() : -1);
}

QString Clock::isoNow()
{
    return now().toString(Qt::ISODate);
}

} // namespace rapport
