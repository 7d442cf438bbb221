#pragma once

#include <QString>

namespace rapport::text {

/// Lower-case, accent-folded, whitespace-collapsed form of a person's name, used to match
/// "Jana Kováčová" with "jana  kovacova". Credentials after a comma ("Lambert, PhD") are dropped.
QString normalizedName(const QString& name);

/// Canonical form of a LinkedIn profile URL: percent-decoded, scheme and host unified,
/// no query, no trailing slash, lower-case slug. Empty for anything that is not a /in/ profile URL.
QString normalizedLinkedInUrl(const QString& url);

/// Lower-cased, trimmed e-mail address.
QString normalizedEmail(const QString& email);

/// Digits of a phone number with a leading + kept; "+421 905 123 456" and "00421905123456" agree.
QString normalizedPhone(const QString& phone);

/// Removes accents (NFKD and drops combining marks) and lower-cases.
QString foldForSearch(const QString& s);

/// Shortens text for display; the stored value is never cut. Appends an ellipsis when cut.
QString elide(const QString& s, qsizetype maxChars);

} // namespace rapport::text
