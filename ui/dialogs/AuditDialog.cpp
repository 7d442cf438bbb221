#include "AuditDialog.h"

#include "AppContext.h"
#include "services/Session.h"
#include "services/commands/AuditAction.h"
#include "widgets/Icons.h"

#include <QAccessible>
#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

namespace {

// A button for a key action: shows the action's first key, follows its enabled state, and never
// takes focus, so keys keep going to the dialog's shortcuts and Enter never "clicks" it.
QPushButton* keyButton(QAction* action, QWidget* parent, const QString& keyText = QString())
{
    const QString key = keyText.isEmpty() ? action->shortcut().toString(QKeySequence::NativeText) : keyText;
    auto* b = new QPushButton(action->icon(),
                              AuditDialog::tr("%1 (%2)", "button: action (key)").arg(action->text(), key), parent);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    b->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never squeezed: the key must show
    b->setEnabled(action->isEnabled());
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts()) {
        keys << k.toString(QKeySequence::NativeText);
    }
    b->setToolTip(keys.join(AuditDialog::tr(" or ")));
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
    return b;
}

} // namespace

AuditDialog::AuditDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Do You Know Them?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You have never had a real conversation with these people, and nothing says how you "
                                "met. Do you know them?"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);

    auto* keepAction = addKeyAction(QStringLiteral("keep"), tr("Keep"), {QKeySequence(Qt::Key_K)});
    keepAction->setIcon(icons::icon(QStringLiteral("done")));
    auto* contextAction = addKeyAction(QStringLiteral("giveContext"), tr("Give Context"), {QKeySequence(Qt::Key_C)});
    contextAction->setIcon(icons::icon(QStringLiteral("log-conversation")));
    auto* archiveAction = addKeyAction(QStringLiteral("archive"), tr("Archive"), {QKeySequence(Qt::Key_A)});
    archiveAction->setIcon(icons::icon(QStringLiteral("archive")));
    auto* deleteAction =
        addKeyAction(QStringLiteral("delete"), tr("Delete"), {QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_Delete)});
    deleteAction->setIcon(icons::icon(QStringLiteral("trash")));
    m_undo = addKeyAction(QStringLiteral("undo"), tr("Undo"),
                          {QKeySequence(Qt::Key_Backspace), QKeySequence(QKeySequence::Undo)});
    m_undo->setIcon(icons::icon(QStringLiteral("undo")));
    m_save = addKeyAction(QStringLiteral("saveContext"), tr("Save"),
                          {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Enabled only while the form is open; otherwise Esc reaches QDialog and closes.
    m_cancel = addKeyAction(QStringLiteral("cancelContext"), tr("Cancel"), {QKeySequence(Qt::Key_Escape)});
    m_answerActions = {keepAction, contextAction, archiveAction, deleteAction};
    connect(keepAction, &QAction::triggered, this, &AuditDialog::keep);
    connect(contextAction, &QAction::triggered, this, &AuditDialog::startContext);
    connect(archiveAction, &QAction::triggered, this, &AuditDialog::archive);
    connect(deleteAction, &QAction::triggered, this, &AuditDialog::remove);
    connect(m_undo, &QAction::triggered, this, &AuditDialog::undoLast);
    connect(m_save, &QAction::triggered, this, &AuditDialog::saveContext);
    connect(m_cancel, &QAction::triggered, this, &AuditDialog::cancelContext);

    m_pages = new QStackedWidget(this);
    m_card = new QWidget(m_pages);
    buildCard(m_card);
    m_pages->addWidget(m_card);
    m_doneText = new QLabel(m_pages);
    m_doneText->setObjectName(QStringLiteral("auditDone"));
    m_doneText->setWordWrap(true);
    m_doneText->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_doneText);
    layout->addWidget(m_pages, 1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("auditHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto* row = new QHBoxLayout;
    for (QAction* a : std::as_const(m_answerActions)) {
        row->addWidget(keyButton(a, this));
    }
    row->addStretch();
    row->addWidget(keyButton(m_undo, this));
    auto* close =
        new QPushButton(tr("%1 (%2)", "button: action (key)")
                            .arg(tr("Close"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)),
                        this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setFocusPolicy(Qt::NoFocus);
    close->setAutoDefault(false);
    close->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);

    // Failures are reported on the session (the main window shows them behind this dialog).
    connect(&m_context.session(), &Session::errorOccurred, this,
            [this](const QString& message) { m_hint->setText(message); });

    auto queue = scoring::NetworkAudit(m_context.db()).queue();
    if (queue) {
        m_queue = std::move(queue).value();
        m_loaded = true;
    } else {
        m_hint->setText(queue.error());
    }
    showCurrent();
}

QAction* AuditDialog::addKeyAction(const QString& objectName, const QString& text, const QList<QKeySequence>& keys)
{
    auto* a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    m_actions << a;
    return a;
}

void AuditDialog::buildCard(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    // The card takes the focus (so the keys work and a screen reader reads who is shown).
    page->setFocusPolicy(Qt::StrongFocus);
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("auditName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("auditHeadline"));
    m_headline->setWordWrap(true);
    m_work = new QLabel(page);
    m_work->setObjectName(QStringLiteral("auditWork"));
    m_connected = new QLabel(page);
    m_connected->setObjectName(QStringLiteral("auditConnected"));
    m_flags = new QLabel(page);
    m_flags->setObjectName(QStringLiteral("auditFlags"));
    m_flags->setWordWrap(true);
    for (QLabel* l : {m_name, m_headline, m_work, m_connected, m_flags}) {
        layout->addWidget(l);
    }

    m_contextForm = new QWidget(page);
    m_contextForm->setObjectName(QStringLiteral("contextForm"));
    auto* form = new QFormLayout(m_contextForm);
    form->setContentsMargins(0, 6, 0, 0);
    m_positionEdit = new QLineEdit(m_contextForm);
    m_positionEdit->setObjectName(QStringLiteral("contextPosition"));
    m_companyEdit = new QLineEdit(m_contextForm);
    m_companyEdit->setObjectName(QStringLiteral("contextCompany"));
    m_howMetEdit = new QLineEdit(m_contextForm);
    m_howMetEdit->setObjectName(QStringLiteral("contextHowMet"));
    m_howMetEdit->setPlaceholderText(tr("e.g. a colleague of Jana's, met at a meetup in 2021"));
    form->addRow(tr("&Position:"), m_positionEdit);
    form->addRow(tr("&Company:"), m_companyEdit);
    form->addRow(tr("&How you met:"), m_howMetEdit);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(keyButton(m_save, m_contextForm, tr("Enter")));
    formButtons->addWidget(keyButton(m_cancel, m_contextForm));
    form->addRow(formButtons);
    layout->addWidget(m_contextForm);
    layout->addStretch();
}

qint64 AuditDialog::currentContactId() const
{
    return m_position < total() ? m_queue.at(m_position).contactId : 0;
}

QAction* AuditDialog::action(const QString& objectName) const
{
    for (QAction* a : m_actions) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    return nullptr;
}

QString AuditDialog::summaryText() const
{
    if (m_answers.isEmpty()) {
        return tr("No changes.");
    }
    const auto n = [this](Action a) { return locale().toString(static_cast<int>(m_answers.count(a))); };
    return tr("Kept %1, gave context for %2, archived %3, deleted %4.")
        .arg(n(Action::Keep), n(Action::GiveContext), n(Action::Archive), n(Action::Delete));
}

void AuditDialog::keep()
{
    answer(Action::Keep);
}

void AuditDialog::archive()
{
    answer(Action::Archive);
}

void AuditDialog::remove()
{
    answer(Action::Delete);
}

void AuditDialog::startContext()
{
    if (!m_loaded || m_position >= total() || m_givingContext) {
        return;
    }
    const scoring::AuditEntry& e = m_queue.at(m_position);
    m_positionEdit->setText(e.position);
    m_companyEdit->setText(e.company);
    m_howMetEdit->clear();
    m_givingContext = true;
    m_hint->clear();
    showCurrent();
    QLineEdit* first = m_howMetEdit;
    for (QLineEdit* edit : {m_positionEdit, m_companyEdit}) {
        if (edit->text().trimmed().isEmpty()) {
            first = edit;
            break;
        }
    }
    first->setFocus();
}

void AuditDialog::saveContext()
{
    if (!m_givingContext) {
        return;
    }
    const scoring::AuditEntry& e = m_queue.at(m_position);
    const auto changes = [](const QLineEdit* edit, const QString& before) {
        const QString now = edit->text().trimmed();
        return !now.isEmpty() && now != before;
    };
    if (!changes(m_positionEdit, e.position) && !changes(m_companyEdit, e.company) &&
        !changes(m_howMetEdit, QString())) {
        m_hint->setText(tr("Type what they do or how you met, or press Esc to go back."));
        return;
    }
    answer(Action::GiveContext);
}

void AuditDialog::cancelContext()
{
    m_givingContext = false;
    m_hint->clear();
    showCurrent();
}

void AuditDialog::answer(Action action)
{
    if (!m_loaded || m_position >= total()) {
        return;
    }
    const scoring::AuditEntry& e = m_queue.at(m_position);
    auto* command = action == Action::GiveContext ? new AuditAction(e.contactId, e.name, m_positionEdit->text(),
                                                                    m_companyEdit->text(), m_howMetEdit->text())
                                                  : new AuditAction(action, e.contactId, e.name);
    m_hint->clear();
    if (!m_context.run(command)) {
        return; // the stack dropped the command; errorOccurred put the reason in the hint
    }
    m_pushed << command;
    m_answers << action;
    ++m_position;
    m_givingContext = false;
    showCurrent();
}

void AuditDialog::undoLast()
{
    if (m_pushed.isEmpty() || m_givingContext) {
        return;
    }
    QUndoStack* stack = m_context.session().undoStack();
    // Only this dialog's own answers: anything done before it opened stays for the main window.
    if (stack->index() == 0 || stack->command(stack->index() - 1) != m_pushed.constLast()) {
        m_hint->setText(tr("The last change was not made here; undo it from the main window."));
        return;
    }
    m_hint->clear();
    stack->undo();
    m_pushed.removeLast();
    m_answers.removeLast();
    --m_position;
    showCurrent();
}

void AuditDialog::showCurrent()
{
    m_contextForm->setVisible(m_givingContext);
    if (!m_loaded || m_position >= total()) {
        m_pages->setCurrentWidget(m_doneText);
        m_progress->setText(total() == 0 ? QString() : tr("All %Ln reviewed", nullptr, total()));
        if (!m_loaded) {
            m_doneText->setText(tr("The list of people to review could not be read."));
        } else if (total() == 0) {
            m_doneText->setText(tr("Nobody to ask about: you have talked with everyone in your network or noted "
                                   "how you met."));
        } else {
            m_doneText->setText(tr("That was everyone.") + QLatin1Char(' ') + summaryText());
        }
        updateActions();
        return;
    }
    const scoring::AuditEntry& e = m_queue.at(m_position);
    m_pages->setCurrentWidget(m_card);
    m_progress->setText(tr("%1 of %2").arg(locale().toString(m_position + 1), locale().toString(total())));
    m_name->setText(e.name.isEmpty() ? tr("(no name)") : e.name);
    m_headline->setText(e.headline);
    m_headline->setVisible(!e.headline.isEmpty());
    if (!e.position.isEmpty() && !e.company.isEmpty()) {
        m_work->setText(tr("%1 at %2").arg(e.position, e.company));
    } else if (!e.position.isEmpty() || !e.company.isEmpty()) {
        m_work->setText(e.position.isEmpty() ? e.company : e.position);
    } else {
        m_work->setText(tr("No position or company noted."));
    }
    m_connected->setText(e.connectedOn.isValid()
                             ? tr("Connected on %1.").arg(locale().toString(e.connectedOn, QLocale::LongFormat))
                             : tr("When you connected is not known."));
    QStringList flags;
    if (e.collector) {
        flags << tr("Their invitation was flagged as a collector's.");
    }
    if (e.unansweredOutreach > 0) {
        flags << tr("You reached out %Ln time(s) and never got an answer.", nullptr, e.unansweredOutreach);
    }
    m_flags->setText(flags.join(QLatin1Char('\n')));
    m_flags->setVisible(!flags.isEmpty());

    QStringList spoken{m_progress->text(), m_name->text()};
    for (const QLabel* l : {m_headline, m_work, m_connected, m_flags}) {
        if (!l->isHidden()) {
            spoken << l->text();
        }
    }
    m_card->setAccessibleName(spoken.join(QStringLiteral(". ")));
    QAccessibleEvent event(m_card, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    if (!m_givingContext) {
        m_card->setFocus();
    }
    updateActions();
}

void AuditDialog::updateActions()
{
    const bool asking = m_loaded && m_position < total() && !m_givingContext;
    for (QAction* a : std::as_const(m_answerActions)) {
        a->setEnabled(asking);
    }
    m_undo->setEnabled(!m_givingContext && !m_pushed.isEmpty());
    m_save->setEnabled(m_givingContext);
    m_cancel->setEnabled(m_givingContext);
}

} // namespace rapport
