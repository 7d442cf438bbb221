#pragma once

#include "CadencePolicy.h"

#include <QDate>
#include <QString>

namespace rapport::followups {

/// Turns dates, intervals and follow-up facts into the short sentences the Today list, the
/// weekly list and the CLI show ("No conversation in 4 months; you aim for every 2 months").
namespace words {

/// "3 days", "2 weeks", "4 months", "1 year" (rounded the way people speak).
QString duration(int days);
/// "every day", "every week", "every 2 months", "every year".
QString every(int days);
/// "today", "tomorrow", "yesterday", "Tuesday" (within the coming week), else "Tuesday 17 November"
/// (with the year when it is not this year).
QString day(const QDate& date, const QDate& today);
/// "17 November 2026", in the language's own date pattern ("17. November 2026").
QString longDate(const QDate& date);
/// "Tuesday 17 November", in the language's own date pattern ("Dienstag, 17. November").
QString weekdayDate(const QDate& date);
/// A promise as written ("Send the deck.") made to follow "You agreed to": "send the deck".
QString asClause(const QString& reason);

/// Why a cadence reminder is up: "No conversation in 4 months; you aim for every 2 months."
QString cadenceWhy(const CadenceStatus& status, const Cadence& cadence, bool neverTalked);
/// "You agreed to send the deck by Tuesday." (plus how long ago when overdue)
QString nextStepWhy(const QString& reason, const QDate& due, const QDate& today);
/// "Your reminder for Tuesday: ask about the new role."
QString manualWhy(const QString& reason, const QDate& due, const QDate& today);

/// Facts for a suggested first sentence when getting in touch.
struct OpenerFacts
{
    bool isNextStep = false;
    bool isManual = false;
    QString reason;
    QDate lastConversationOn;
    QString lastSummary;
    QString howMet;
    QString company;
    QDate today;
};
/// A suggested opener in plain words, built from the agreed next step, the last conversation or how
/// you met ("Pick up where you left off on 3 November: “hiring for the data team”. Ask how it went.").
QString opener(const OpenerFacts& facts);

} // namespace words
} // namespace rapport::followups
