#pragma once

#include <QString>

namespace rapport::scoring {

/// Translates a "Scoring" text with a count: `scoringText("%n conversation(s)", n)`.
/// Source texts use Qt's numerus notation so lupdate offers plural forms to translators. When no
/// translation is installed (English, the source language), "(s)" is resolved here, and
/// "person(s)" becomes "person"/"people", so untranslated builds still read naturally.
QString scoringText(const char* source, int n);

/// Translates a "Scoring" text without a count.
QString scoringText(const char* source);

} // namespace rapport::scoring
