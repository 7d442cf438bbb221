#pragma once

#include <QString>

namespace rapport::triage::text {

/// Lower-cases, drops accents and unifies apostrophes and quotes, one UTF-16 unit for one, so a
/// match position in the folded text is the same position in the original message. Phrase
/// patterns are written against this form ("danke fur", "dakujem za"), which makes them
/// insensitive to how a sender typed accents (rule 10: form is not evidence).
QString foldKeepingLength(const QString& s);

/// True when most letters are capitals: case then says nothing about proper names.
bool isMostlyUpperCase(const QString& s);

/// Start of the sentence that contains position pos.
int sentenceStart(const QString& s, int pos);
/// End (exclusive) of the sentence that contains position pos, including its final punctuation.
int sentenceEnd(const QString& s, int pos);

/// True when [from, to) of the original text names something: a capitalised word that does not
/// start a sentence, an acronym, a number, a hash reference or a quoted or bracketed detail.
/// With ignoreCase (all-caps messages) any longer word counts, since case cannot tell.
bool namesSomething(const QString& original, int from, int to, bool ignoreCase);

/// Number of letters in s.
int letterCount(QStringView s);

} // namespace rapport::triage::text
