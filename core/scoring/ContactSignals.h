#pragma once

#include "model/Contact.h"

#include <QString>

namespace rapport::scoring {

/// Everything the score looks at for one contact, already counted: plain numbers, so the
/// ScoreEngine can be tested without a database. Ages are in days before "now" (-1: never/unknown).
/// "Two-way" means a real exchange (conversations.two_way = 1), the research's unit of a tie.
struct ContactSignals
{
    qint64 contactId = 0;
    QString name; ///< for listings only; the engine ignores it
    ChampionStage stage = ChampionStage::Connection;
    bool archived = false;

    // Conversations
    int twoWayTotal = 0;
    int twoWayLastYear = 0;
    double daysSinceLastTwoWay = -1;
    double daysSinceFirstTwoWay = -1;
    double daysSinceConnected = -1; ///< contacts.connected_on
    int initiatedByMe = 0;          ///< two-way conversations the user started
    int initiatedByThem = 0;        ///< two-way conversations they started
    int meetings = 0;               ///< two-way, by channel (depth)
    int calls = 0;
    int videos = 0;
    int events = 0;
    int written = 0; ///< messages and e-mails
    int messagesFromMe = 0;
    int messagesFromThem = 0;
    int unansweredOutreach = 0; ///< conversations the user started that never became two-way

    // Introductions, referrals and help (see SignalLoader for who gets the credit)
    int introductionsReceived = 0; ///< they introduced the user to someone
    int referralsReceived = 0;
    int helpReceived = 0;
    int helpGiven = 0; ///< introductions, referrals and help the user gave them

    // What the user knows, and fit with the user's target market
    bool knowsWhatTheyDo = false; ///< position or company filled in
    bool knowsHowMet = false;
    int marketMatches = 0;    ///< target-market dimensions (industry, role, company, region) they match
    int marketDimensions = 0; ///< dimensions the user's profile names (0: no target market set)

    bool collectorInvitation = false; ///< their invitation was flagged as a collector's

    int receivedTotal() const { return introductionsReceived + referralsReceived + helpReceived; }
    /// Longest known: since connecting or since the first real conversation, whichever is earlier.
    double daysKnown() const
    {
        return daysSinceConnected > daysSinceFirstTwoWay ? daysSinceConnected : daysSinceFirstTwoWay;
    }
};

} // namespace rapport::scoring
