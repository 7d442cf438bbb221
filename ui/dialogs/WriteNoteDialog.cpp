#include "WriteNoteDialog.h"

#include "widgets/TriageStyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

namespace {

/// Typing pause before the draft is analysed again: fast enough to feel live, slow enough not
/// to re-run the detector on every key.
constexpr int kDebounceMs = 150;

QListWidget* makeList(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::TabFocus);
    return list;
}

} // namespace

WriteNoteDialog::WriteNoteDialog(const QString& recipientName, const QString& initialText, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("writeNoteDialog"));
    setWindowTitle(tr("Write a Note"));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    m_recipient = new QLineEdit(recipientName, this);
    m_recipient->setObjectName(QStringLiteral("noteRecipient"));
    m_recipient->setAccessibleName(tr("Recipient's name"));
    m_recipient->setPlaceholderText(tr("Their name, so the advice can use it"));
    form->addRow(tr("&To:"), m_recipient);
    layout->addLayout(form);

    auto* noteLabel = new QLabel(tr("&Note:"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteText"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Where you know them from, something specific about their work, and how you could "
                                  "help."));
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(initialText);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 2);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("noteCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_counter);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("noteVerdict"));
    m_verdict->setMargin(6);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);

    auto* reasonsLabel = new QLabel(tr("&Why:"), this);
    m_reasons = makeList(QStringLiteral("noteReasons"), tr("Why the note reads this way"), this);
    reasonsLabel->setBuddy(m_reasons);
    layout->addWidget(reasonsLabel);
    layout->addWidget(m_reasons, 1);
    auto* suggestionsLabel = new QLabel(tr("What to &add:"), this);
    m_suggestions = makeList(QStringLiteral("noteSuggestions"), tr("What to add to the note"), this);
    suggestionsLabel->setBuddy(m_suggestions);
    layout->addWidget(suggestionsLabel);
    layout->addWidget(m_suggestions, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy Note"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyNote"));
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("noteCopied"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_copied, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(copy, &QPushButton::clicked, this, &WriteNoteDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &WriteNoteDialog::analyzeNow);
    const auto edited = [this] {
        updateCounter();
        m_copied->clear();
        m_debounce->start();
    };
    connect(m_note, &QPlainTextEdit::textChanged, this, edited);
    connect(m_recipient, &QLineEdit::textChanged, this, edited);

    updateCounter();
    analyzeNow();
    m_note->setFocus();
    resize(560, 560);
}

QString WriteNoteDialog::note() const
{
    return m_note->toPlainText();
}

QString WriteNoteDialog::recipientName() const
{
    return m_recipient->text().trimmed();
}

void WriteNoteDialog::analyzeNow()
{
    m_debounce->stop();
    m_advice = m_coach.analyzeDraft(note(), recipientName());
    showAdvice();
}

void WriteNoteDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(note());
    m_copied->setText(tr("Copied to the clipboard."));
}

void WriteNoteDialog::updateCounter()
{
    const auto length = note().size();
    const qsizetype limit = triage::DraftCoach::kMaxNoteLength;
    QFont f = m_counter->font();
    f.setBold(length > limit);
    m_counter->setFont(f);
    if (length > limit) {
        // Said in words as well as tinted, so the warning does not depend on seeing colour.
        m_counter->setText(
            tr("%1 / %2 — %n character(s) over LinkedIn's limit", nullptr, static_cast<int>(length - limit))
                .arg(length)
                .arg(limit));
        triagestyle::setVerdictBackground(m_counter, triage::Verdict::Collector);
    } else {
        m_counter->setText(tr("%1 / %2").arg(length).arg(limit));
        m_counter->setAutoFillBackground(false);
    }
    m_counter->setAccessibleName(m_counter->text());
}

void WriteNoteDialog::showAdvice()
{
    const bool empty = note().trimmed().isEmpty();
    const triage::TriageResult& result = m_advice.result;
    QString words;
    if (empty) {
        words = tr("Nothing written yet");
    } else if (result.verdict == triage::Verdict::Collector) {
        words = tr("Reads like a name collector's note");
    } else if (result.verdict == triage::Verdict::Genuine) {
        words = tr("Reads as a personal note");
    } else {
        words = tr("Could read either way");
    }
    m_verdict->setText(words);
    m_verdict->setAccessibleName(words);
    m_verdict->setToolTip(empty ? QString()
                                : tr("%1% likely to be taken for collecting names").arg(qRound(result.score * 100)));
    triagestyle::setVerdictBackground(m_verdict, empty ? std::nullopt : std::optional(result.verdict));

    m_reasons->clear();
    if (!empty) {
        for (const triage::TriageReason& r : result.reasons) {
            m_reasons->addItem(triagestyle::reasonLine(r));
        }
    }
    m_note->setExtraSelections(empty ? QList<QTextEdit::ExtraSelection>()
                                     : triagestyle::evidenceSelections(m_note, result.reasons));

    m_suggestions->clear();
    m_suggestions->addItems(m_advice.suggestions);
    if (m_advice.suggestions.isEmpty()) {
        m_suggestions->addItem(tr("Nothing to add: the note is specific and personal."));
    }
}

} // namespace rapport
