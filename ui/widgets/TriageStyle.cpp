#include "TriageStyle.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace rapport::triagestyle {

namespace {

QColor blend(const QColor& base, const QColor& hue)
{
    // Dark themes need more of the hue to show at all; light ones less to stay calm.
    const double t = base.lightnessF() < 0.5 ? 0.42 : 0.28;
    QColor c;
    c.setRgbF(static_cast<float>(base.redF() * (1 - t) + hue.redF() * t),
              static_cast<float>(base.greenF() * (1 - t) + hue.greenF() * t),
              static_cast<float>(base.blueF() * (1 - t) + hue.blueF() * t));
    return c;
}

const QColor kCollectorHue(235, 125, 20);
const QColor kGenuineHue(40, 120, 230);
const QColor kNeutralHue(150, 150, 150);

/// Reasons whose span lies inside a text of this length, weakest first.
QList<triage::TriageReason> spansIn(const QList<triage::TriageReason>& reasons, qsizetype textLength)
{
    QList<triage::TriageReason> out;
    for (const triage::TriageReason& r : reasons) {
        if (r.start >= 0 && r.length > 0 && r.start + r.length <= textLength) {
            out << r;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const triage::TriageReason& a, const triage::TriageReason& b) {
        return std::abs(a.contribution()) < std::abs(b.contribution());
    });
    return out;
}

} // namespace

Direction directionOf(const triage::TriageReason& reason)
{
    return reason.contribution() > 0 ? Direction::TowardsCollector : Direction::TowardsGenuine;
}

QString directionText(Direction direction)
{
    return direction == Direction::TowardsCollector
               ? QCoreApplication::translate("TriageStyle", "Points to a name collector")
               : QCoreApplication::translate("TriageStyle", "Points to a genuine request");
}

QString reasonLine(const triage::TriageReason& reason)
{
    const QString evidence = reason.evidence.simplified();
    if (evidence.isEmpty()) {
        //: %1 direction ("Points to a name collector"), %2 the reason in plain words
        return QCoreApplication::translate("TriageStyle", "%1: %2")
            .arg(directionText(directionOf(reason)), reason.text);
    }
    //: %1 direction, %2 the reason in plain words, %3 the words of the message that triggered it
    return QCoreApplication::translate("TriageStyle", "%1: %2 (“%3”)")
        .arg(directionText(directionOf(reason)), reason.text, evidence);
}

QColor tint(const QColor& base, Direction direction)
{
    return blend(base, direction == Direction::TowardsCollector ? kCollectorHue : kGenuineHue);
}

QColor verdictTint(const QColor& base, std::optional<triage::Verdict> verdict)
{
    if (verdict == triage::Verdict::Collector) {
        return blend(base, kCollectorHue);
    }
    if (verdict == triage::Verdict::Genuine) {
        return blend(base, kGenuineHue);
    }
    return blend(base, kNeutralHue);
}

QTextCharFormat evidenceFormat(const QPalette& palette, const triage::TriageReason& reason)
{
    const Direction d = directionOf(reason);
    QTextCharFormat f;
    f.setBackground(tint(palette.color(QPalette::Base), d));
    f.setUnderlineStyle(d == Direction::TowardsCollector ? QTextCharFormat::WaveUnderline
                                                         : QTextCharFormat::SingleUnderline);
    f.setUnderlineColor(d == Direction::TowardsCollector ? kCollectorHue : kGenuineHue);
    f.setToolTip(reasonLine(reason));
    f.setProperty(EvidenceDirectionProperty, static_cast<int>(d));
    return f;
}

void setPlainMessage(QTextDocument* document, const QString& message)
{
    QString text = message;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\r')) {
            const bool pair = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
            text[i] = pair ? QLatin1Char(' ') : QLatin1Char('\n');
        }
    }
    document->clear();
    QTextCursor cursor(document);
    cursor.insertText(text);
}

int highlightEvidence(QTextDocument* document, const QList<triage::TriageReason>& reasons, const QPalette& palette)
{
    // characterCount() includes the final paragraph separator.
    const QList<triage::TriageReason> spans = spansIn(reasons, document->characterCount() - 1);
    QTextCursor cursor(document);
    for (const triage::TriageReason& r : spans) {
        cursor.setPosition(r.start);
        cursor.setPosition(r.start + r.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(evidenceFormat(palette, r));
    }
    return static_cast<int>(spans.size());
}

QList<QTextEdit::ExtraSelection> evidenceSelections(QPlainTextEdit* editor, const QList<triage::TriageReason>& reasons)
{
    QList<QTextEdit::ExtraSelection> out;
    QTextDocument* document = editor->document();
    for (const triage::TriageReason& r : spansIn(reasons, document->characterCount() - 1)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document);
        s.cursor.setPosition(r.start);
        s.cursor.setPosition(r.start + r.length, QTextCursor::KeepAnchor);
        s.format = evidenceFormat(editor->palette(), r);
        out << s;
    }
    return out;
}

void setVerdictBackground(QWidget* label, std::optional<triage::Verdict> verdict)
{
    // Tint the surroundings' colour, not the label's own: called again, it must not darken further.
    const QWidget* around = label->parentWidget();
    const QColor base = (around ? around->palette() : QApplication::palette(label)).color(QPalette::Window);
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, verdictTint(base, verdict));
    label->setPalette(pal);
    label->setAutoFillBackground(true);
}

} // namespace rapport::triagestyle
