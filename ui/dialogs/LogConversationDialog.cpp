#include "LogConversationDialog.h"

#include "models/ContactTableModel.h"
#include "store/ContactStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace rapport {

LogConversationDialog::LogConversationDialog(db::Database& db, const QList<qint64>& contactIds, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Log Conversation"));
    setObjectName(QStringLiteral("logConversationDialog"));
    auto* form = new QFormLayout(this);

    m_who = new QLineEdit(this);
    m_who->setObjectName(QStringLiteral("contactField"));
    m_who->setPlaceholderText(tr("Type a name and press Enter"));
    m_who->setAccessibleName(tr("Add a contact"));
    m_matches = new ContactTableModel(db, this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionColumn(ContactTableModel::Name);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_who->setCompleter(m_completer);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_who, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        ContactFilter f;
        f.search = m_who->text();
        m_matches->setFilter(f);
        if (!m_who->text().isEmpty()) {
            m_completer->complete();
        }
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& i) {
        addContact(i.data(ContactTableModel::IdRole).toLongLong());
        QTimer::singleShot(0, m_who, &QLineEdit::clear);
    });
    m_who->installEventFilter(this);
    form->addRow(tr("&With:"), m_who);

    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenContacts"));
    m_chosen->setAccessibleName(tr("Contacts in this conversation (Delete removes)"));
    m_chosen->setMaximumHeight(m_chosen->fontMetrics().height() * 5);
    auto* removeAction = new QAction(tr("Remove"), m_chosen);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_chosen->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, [this] {
        const int row = m_chosen->currentRow();
        if (row >= 0) {
            m_ids.removeAt(row);
            delete m_chosen->takeItem(row);
            updateOk();
        }
    });
    form->addRow(QString(), m_chosen);

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    for (const ConversationKind k : allConversationKinds()) {
        m_kind->addItem(conversationKindName(k), static_cast<int>(k));
    }
    form->addRow(tr("&Kind:"), m_kind);
    m_initiator = new QComboBox(this);
    m_initiator->setAccessibleName(tr("Who reached out"));
    m_initiator->addItem(tr("I did"), static_cast<int>(Initiator::Me));
    m_initiator->addItem(tr("They did"), static_cast<int>(Initiator::Them));
    m_initiator->addItem(tr("Not sure"), static_cast<int>(Initiator::Unknown));
    form->addRow(tr("Who &reached out:"), m_initiator);
    m_when = new QDateTimeEdit(Clock::now(), this);
    m_when->setCalendarPopup(true);
    m_when->setAccessibleName(tr("When"));
    form->addRow(tr("W&hen:"), m_when);
    m_duration = new QSpinBox(this);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not recorded"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    form->addRow(tr("&Duration:"), m_duration);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("What did you talk about?"));
    form->addRow(tr("&Summary:"), m_summary);
    m_nextStep = new QLineEdit(this);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setPlaceholderText(tr("e.g. send the deck"));
    form->addRow(tr("&Next step:"), m_nextStep);
    m_hasDue = new QCheckBox(tr("Follow &up on"), this);
    m_due = new QDateEdit(Clock::today().addDays(7), this);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Follow-up date"));
    m_due->setEnabled(false);
    form->addRow(m_hasDue, m_due);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_nextStep, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (!t.isEmpty()) {
            m_hasDue->setChecked(true);
        }
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Log"));
    m_ok->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* accept = new QAction(this);
    accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(accept);
    connect(accept, &QAction::triggered, this, [this] {
        if (m_ok->isEnabled()) {
            QDialog::accept();
        }
    });

    for (const qint64 id : contactIds) {
        addContact(id);
    }
    updateOk();
    (m_ids.isEmpty() ? static_cast<QWidget*>(m_who) : m_summary)->setFocus();
}

bool LogConversationDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the name field adds the best match instead of logging a half-filled dialog.
    if (watched == m_who && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addFirstMatch();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LogConversationDialog::addFirstMatch()
{
    m_debounce->stop();
    if (m_who->text().trimmed().isEmpty()) {
        return;
    }
    ContactFilter f;
    f.search = m_who->text();
    m_matches->setFilter(f);
    if (m_matches->rowCount() > 0) {
        addContact(m_matches->idAt(0));
        m_who->clear();
    }
}

void LogConversationDialog::addContact(qint64 id)
{
    if (id <= 0 || m_ids.contains(id)) {
        return;
    }
    const QString name = ContactStore(m_db).field(id, QStringLiteral("displayName"));
    if (name.isEmpty()) {
        return;
    }
    m_ids << id;
    m_chosen->addItem(name);
    updateOk();
}

void LogConversationDialog::updateOk()
{
    m_ok->setEnabled(!m_ids.isEmpty());
}

Conversation LogConversationDialog::conversation() const
{
    Conversation c;
    c.contactIds = m_ids;
    c.kind = static_cast<ConversationKind>(m_kind->currentData().toInt());
    c.initiatedBy = static_cast<Initiator>(m_initiator->currentData().toInt());
    c.happenedAt = m_when->dateTime();
    c.durationMinutes = m_duration->value();
    c.summary = m_summary->toPlainText().trimmed();
    c.nextStep = m_nextStep->text().trimmed();
    if (m_hasDue->isChecked() && !c.nextStep.isEmpty()) {
        c.nextStepDue = m_due->date();
    }
    return c;
}

} // namespace rapport
