#pragma once

#include "VCardWriter.h"
#include "model/Contact.h"

#include <QByteArray>

namespace rapport::exporters {

/// One contact as a complete vCard (BEGIN:VCARD ... END:VCARD, CRLF, folded at 75 octets).
///
/// Standard properties carry what other address books understand: FN, N, ORG, TITLE, EMAIL/TEL
/// (TYPE, and PREF=1 or TYPE=pref on the first), ADR (the location as locality), URL (LinkedIn and
/// the other web addresses), NOTE, CATEGORIES (the circles), BDAY, UID and REV. A label that is not a
/// standard type ("Assistant", "Büro") is written the Apple way (item1.EMAIL + item1.X-ABLabel).
/// Rapport's own data travels in X-RAPPORT-* properties (headline, industry, how met, champion stage,
/// cadence, tags) and X-CRM-LINKEDIN-CONNECTED-ON, with the names sync/VCardCodec uses. Rapport's
/// vCard import reads headline, industry, how met and the connection date back.
///
/// Birthdays without a year are BDAY:--MMDD in 4.0; 3.0 has no such form, so they are written as
/// Apple does (BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD).
QByteArray contactToVCard(const Contact& contact, VCardVersion version);

} // namespace rapport::exporters
