#pragma once

#include "Contact.h"
#include "Conversation.h"
#include "FollowUp.h"

#include <QJsonObject>

namespace rapport::json {

/// Stable JSON forms of the domain types, shared by the CLI's --json output and the JSON export.
QJsonObject fromContact(const Contact& c);
QJsonObject fromSummary(const ContactSummary& s);
QJsonObject fromConversation(const Conversation& c);
QJsonObject fromFollowUp(const FollowUp& f);

} // namespace rapport::json
