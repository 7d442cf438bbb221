#pragma once

#include <QDate>
#include <QString>

namespace rapport::followups {

/// Reads a date a person typed: "2026-11-24", "today", "tomorrow", "+3" or "+3d" (days from
/// today), "+2w" (weeks). An invalid QDate for anything else.
QDate parseDateInput(const QString& text, const QDate& today);

} // namespace rapport::followups
