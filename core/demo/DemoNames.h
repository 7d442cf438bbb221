#pragma once

#include <QStringList>

namespace rapport::demo {

// Invented people and places for sample data, several scripts on purpose.
const QStringList& firstNames();
const QStringList& lastNames();
const QStringList& companies();
const QStringList& positions();
const QStringList& cities();
const QStringList& industries();
const QStringList& circleNames();
const QStringList& conversationSummaries();
const QStringList& nextSteps();
const QStringList& collectorInvitations();
const QStringList& genuineInvitations();
const QStringList& collectorHeadlines();
const QStringList& genuineHeadlines();

} // namespace rapport::demo
