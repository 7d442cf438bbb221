#pragma once

#include <QString>

namespace rapport::importers {

/// Decodes the HTML entities LinkedIn leaves in message text (&amp; &nbsp; &rsquo; &#39; &#x2019; ...).
/// Unknown entities stay as written. &nbsp; becomes a plain space: people search for words, not U+00A0.
QString decodeHtmlEntities(const QString& text);

/// True for LinkedIn's sponsored/InMail bodies (spinmail editor HTML, unfilled %FIRSTNAME%).
bool looksSponsored(const QString& rawContent);

} // namespace rapport::importers
