#pragma once

#include "model/Contact.h"
#include "model/FollowUp.h"

#include <QString>

namespace rapport::sync {

/// Fingerprints of what sync sends, stored in sync_items.local_hash: when the current value
/// differs from the stored one, the item changed here since the last sync. Only fields that
/// travel are included (not ids, timestamps or cached scores, which change on their own).
namespace hash {

/// Order-insensitive for circles and tags, whitespace-trimmed, empty values dropped, so a
/// contact and the same contact read back from the server hash alike.
QString contact(const Contact& contact);
/// What the published VTODO shows: dates, reason, status and the contact's name.
QString followUp(const FollowUp& followUp, const QString& contactName);

} // namespace hash
} // namespace rapport::sync
