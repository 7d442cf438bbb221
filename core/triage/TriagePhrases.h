#pragma once

#include "TriageFeatures.h"

#include <QRegularExpression>

#include <initializer_list>

namespace rapport::triage::phrases {

// Every expression is compiled once (function-local statics, thread-safe initialisation) and
// matched against the folded message (TriageText::foldKeepingLength) unless its name says
// "original". Patterns cover English, German, Slovak, Spanish and French.

/// Joins alternatives into one expression; a space in a pattern matches any whitespace run. Matching
/// is case-sensitive with ASCII word boundaries: the folded text is lower case and unaccented, and
/// caseless Unicode matching made triage several times slower. For the phrase tables only: call it
/// once per pattern and keep the result in a static.
QRegularExpression compilePhrases(std::initializer_list<const char*> alternatives);

/// The phrase pattern of a feature found by plain matching, or nullptr for features computed
/// another way (metadata, pronoun counts, conjunctions).
const QRegularExpression* forFeature(Feature f);

/// LinkedIn's default invitation texts, current, older and translated.
const QRegularExpression& defaultTemplate();
/// Words that carry no content in a connection note ("hi", "let's connect", "thanks").
const QRegularExpression& fillerWord();
/// "your paper", "used your", "Ihr Vortrag", "votre article": a reference to the recipient's work.
const QRegularExpression& workReference();
/// "we met at", "great to see you at": an encounter whose event must be named to count.
const QRegularExpression& encounter();
/// "the conference", "your industry event": an event reference that needs naming.
const QRegularExpression& vagueEvent();
/// Time words that date an encounter ("yesterday", "last month", "mardi", "gestern").
const QRegularExpression& timeReference();
/// Relevant question, feedback or offer around a specific reference (rule 2).
const QRegularExpression& engagement();
/// First- and second-person words, for the self-promotion ratio.
const QRegularExpression& firstPerson();
const QRegularExpression& secondPerson();
/// Headline markers that rule 9 treats as open networking or selling.
const QRegularExpression& networkerHeadline();
/// Original-case patterns: "LION" and a named person's relative ("Neha's brother").
const QRegularExpression& lionOriginal();
const QRegularExpression& namedRelativeOriginal();

} // namespace rapport::triage::phrases
