#pragma once

#include "triage/TriageTypes.h"

#include <QColor>
#include <QList>
#include <QTextEdit>
#include <QTextFormat>

#include <optional>

class QPalette;
class QPlainTextEdit;
class QTextCharFormat;
class QTextDocument;
class QWidget;

namespace rapport::triagestyle {

/// Which way a reason pushes the verdict.
enum class Direction { TowardsCollector, TowardsGenuine };

/// Set on the character format of highlighted evidence: the Direction as an int. Lets tests
/// (and anything reading the document) find the highlights without comparing colours.
inline constexpr int EvidenceDirectionProperty = QTextFormat::UserProperty + 1;

Direction directionOf(const triage::TriageReason& reason);
/// "Points to a name collector" / "Points to a genuine request".
QString directionText(Direction direction);
/// One reason as a line of a list: its direction, the plain words and the evidence quoted.
QString reasonLine(const triage::TriageReason& reason);

/// A background for the palette's base colour (window or base) with a hue: orange towards a
/// collector, blue towards genuine (a pair colour-blind readers tell apart), grey for unclear.
/// Blended, not fixed, so the palette's own text colour stays readable on light and dark themes.
QColor tint(const QColor& base, Direction direction);
QColor verdictTint(const QColor& base, std::optional<triage::Verdict> verdict);

/// The evidence look: the tint, plus a wavy underline towards a collector and a plain one
/// towards genuine (so it does not rely on colour alone), and the reason as the tool tip.
QTextCharFormat evidenceFormat(const QPalette& palette, const triage::TriageReason& reason);

/// Puts a message into the document as plain text with document positions equal to string
/// positions (a "\r\n" would otherwise become one block separator and shift every span after it).
void setPlainMessage(QTextDocument* document, const QString& message);
/// Highlights each reason's evidence span in a document filled by setPlainMessage(); the
/// strongest reason wins where spans overlap. Returns how many spans were marked.
int highlightEvidence(QTextDocument* document, const QList<triage::TriageReason>& reasons, const QPalette& palette);
/// The same highlights as extra selections, for an editor the user is typing in (they leave its
/// text and undo history alone).
QList<QTextEdit::ExtraSelection> evidenceSelections(QPlainTextEdit* editor, const QList<triage::TriageReason>& reasons);

/// Gives a label the verdict's tinted background (the label's text must say the verdict in words).
void setVerdictBackground(QWidget* label, std::optional<triage::Verdict> verdict);

} // namespace rapport::triagestyle
