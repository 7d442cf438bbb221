#include "InvitationsView.h"

#include "AppContext.h"
#include "dialogs/WriteNoteDialog.h"
#include "models/InvitationListModel.h"
#include "store/SettingsStore.h"
#include "triage/InvitationTriage.h"
#include "widgets/Icons.h"
#include "widgets/TriageStyle.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

enum ReasonRole { SpanStartRole = Qt::UserRole + 1, SpanLengthRole };

QString verdictSentence(const Invitation& inv)
{
    const auto verdict = triage::verdictFromKey(inv.verdict);
    const int sure = InvitationListModel::verdictConfidence(inv);
    QString s;
    if (!verdict) {
        s = InvitationsView::tr("Not analysed yet");
    } else if (sure < 0) {
        s = *verdict == triage::Verdict::Unclear
                ? InvitationsView::tr("Unclear: could be either (%1% likely to be a name collector)")
                      .arg(qRound(std::max(inv.score, 0.0) * 100))
                : triage::verdictDisplayName(*verdict);
    } else if (*verdict == triage::Verdict::Collector) {
        s = InvitationsView::tr("Looks like a name collector (%1% sure)").arg(sure);
    } else {
        s = InvitationsView::tr("Looks genuine (%1% sure)").arg(sure);
    }
    if (inv.userDecision == QLatin1String("flag_wrong")) {
        s += QLatin1Char(' ') + InvitationsView::tr("You said this verdict is wrong.");
    }
    return s;
}

QString factsLine(const Invitation& inv)
{
    QStringList parts;
    parts << (inv.mutualConnections ? InvitationsView::tr("%n mutual connection(s)", nullptr, *inv.mutualConnections)
                                    : InvitationsView::tr("Mutual connections not known"));
    parts << (inv.senderConnectionCount
                  ? InvitationsView::tr("%n connection(s) in their network", nullptr, *inv.senderConnectionCount)
                  : InvitationsView::tr("Network size not known"));
    if (inv.sentAt.isValid()) {
        parts << InvitationsView::tr("Received %1").arg(QLocale().toString(inv.sentAt.date(), QLocale::LongFormat));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

InvitationsView::InvitationsView(AppContext& ctx, QWidget* parent) : View(ctx, parent)
{
    setObjectName(QStringLiteral("invitationsView"));
    // Nothing is read until the view is first shown: every open database builds every view.
    m_model = new InvitationListModel(ctx.db(), this);
    // Window shortcuts free of the window's own (Ctrl+N/L/I/O/Q/Z/F/Comma/1..9, Ctrl+Shift+Z/H).
    m_accept = makeAction(QStringLiteral("acceptInvitations"), QStringLiteral("add-contact"), tr("&Accept"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ignore = makeAction(QStringLiteral("ignoreInvitations"), QStringLiteral("close"), tr("&Ignore"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    m_flag = makeAction(QStringLiteral("flagVerdictWrong"), QString(), tr("&Flag Verdict as Wrong"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_ask = makeAction(QStringLiteral("askForContext"), QStringLiteral("log-conversation"), tr("Ask for &Context"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_writeNote = makeAction(QStringLiteral("writeNote"), QString(), tr("&Write a Note…"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_reanalyse = makeAction(QStringLiteral("reanalyseInvitations"), QString(), tr("&Re-analyse Pending"),
                             {QKeySequence(Qt::Key_F5)});
    m_accept->setToolTip(tr("Accept: adds the sender to your contacts (or links the one you have)"));
    m_ask->setToolTip(tr("Copies a polite reply asking how they came across you"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("invitationsSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto* filters = new QHBoxLayout;
    m_scope = new QComboBox(left);
    m_scope->setObjectName(QStringLiteral("invitationScope"));
    m_scope->addItem(tr("Pending"), static_cast<int>(InvitationListModel::Scope::Pending));
    m_scope->addItem(tr("All"), static_cast<int>(InvitationListModel::Scope::All));
    auto* scopeLabel = new QLabel(tr("&Show:"), left);
    scopeLabel->setBuddy(m_scope);
    m_verdict = new QComboBox(left);
    m_verdict->setObjectName(QStringLiteral("invitationVerdictFilter"));
    m_verdict->addItem(tr("Any verdict"), QString());
    for (const auto v : {triage::Verdict::Genuine, triage::Verdict::Unclear, triage::Verdict::Collector}) {
        m_verdict->addItem(triage::verdictDisplayName(v), triage::verdictKey(v));
    }
    auto* verdictLabel = new QLabel(tr("&Verdict:"), left);
    verdictLabel->setBuddy(m_verdict);
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scope);
    filters->addSpacing(12);
    filters->addWidget(verdictLabel);
    filters->addWidget(m_verdict);
    filters->addStretch(1);
    leftLayout->addLayout(filters);

    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("invitationTable"));
    m_table->setAccessibleName(tr("Invitations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(InvitationListModel::FromColumn, 140);
    m_table->setColumnWidth(InvitationListModel::HeadlineColumn, 120);
    m_table->setColumnWidth(InvitationListModel::VerdictColumn, 140);
    m_table->setColumnWidth(InvitationListModel::ReceivedColumn, 85);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    leftLayout->addWidget(m_table, 1);

    m_detailPages = new QStackedWidget(m_splitter);
    m_placeholder = new QLabel(m_detailPages);
    m_placeholder->setObjectName(QStringLiteral("invitationPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_detailPages->addWidget(m_placeholder);
    m_detailPages->addWidget(buildDetail(m_detailPages));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailPages);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 460});
    layout->addWidget(m_splitter);

    connect(m_accept, &QAction::triggered, this, &InvitationsView::acceptSelected);
    connect(m_ignore, &QAction::triggered, this, &InvitationsView::ignoreSelected);
    connect(m_flag, &QAction::triggered, this, &InvitationsView::flagSelectedAsWrong);
    connect(m_ask, &QAction::triggered, this, &InvitationsView::askForContext);
    connect(m_writeNote, &QAction::triggered, this, &InvitationsView::writeNote);
    connect(m_reanalyse, &QAction::triggered, this, &InvitationsView::reanalyse);

    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addActions(m_actions);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setScope(static_cast<InvitationListModel::Scope>(m_scope->currentData().toInt())); });
    connect(m_verdict, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setVerdictFilter(m_verdict->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &InvitationsView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreSelection();
        showCurrent();
        updateActions();
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvitationsView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationsView::updateActions);
    setFocusProxy(m_table);
    QWidget::setTabOrder(m_scope, m_verdict);
    QWidget::setTabOrder(m_verdict, m_table);
    showCurrent();
    updateActions();
}

QAction* InvitationsView::makeAction(const QString& name, const QString& iconName, const QString& text,
                                     const QList<QKeySequence>& keys)
{
    auto* a = new QAction(iconName.isEmpty() ? QIcon() : icons::icon(iconName), text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    m_actions << a;
    return a;
}

QWidget* InvitationsView::buildDetail(QWidget* parent)
{
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("invitationDetail"));
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(12, 6, 6, 6);
    m_sender = new QLabel(page);
    m_sender->setObjectName(QStringLiteral("invitationSender"));
    QFont big = m_sender->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_sender->setFont(big);
    m_sender->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("invitationHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(page);
    m_facts->setObjectName(QStringLiteral("invitationFacts"));
    m_facts->setWordWrap(true);
    m_verdictBadge = new QLabel(page);
    m_verdictBadge->setObjectName(QStringLiteral("invitationVerdict"));
    m_verdictBadge->setWordWrap(true);
    m_verdictBadge->setMargin(6);
    v->addWidget(m_sender);
    v->addWidget(m_headline);
    v->addWidget(m_facts);
    v->addWidget(m_verdictBadge);

    auto* messageLabel = new QLabel(tr("&Message:"), page);
    m_message = new QTextBrowser(page);
    m_message->setObjectName(QStringLiteral("invitationMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setOpenLinks(false);
    messageLabel->setBuddy(m_message);
    v->addWidget(messageLabel);
    v->addWidget(m_message, 1);
    auto* reasonsLabel = new QLabel(tr("&Why:"), page);
    m_reasons = new QListWidget(page);
    m_reasons->setObjectName(QStringLiteral("invitationReasons"));
    m_reasons->setAccessibleName(tr("Reasons for the verdict"));
    m_reasons->setWordWrap(true);
    m_reasons->setResizeMode(QListView::Adjust);
    m_reasons->setSpacing(2);
    reasonsLabel->setBuddy(m_reasons);
    v->addWidget(reasonsLabel);
    v->addWidget(m_reasons, 1);
    // Choosing a reason selects its evidence in the message, for readers who cannot see the tint.
    connect(m_reasons, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item || item->data(SpanStartRole).toInt() < 0) {
            return;
        }
        QTextCursor c(m_message->document());
        const int start = item->data(SpanStartRole).toInt();
        c.setPosition(start);
        c.setPosition(start + item->data(SpanLengthRole).toInt(), QTextCursor::KeepAnchor);
        m_message->setTextCursor(c);
        m_message->ensureCursorVisible();
    });

    auto* buttons = new QHBoxLayout;
    for (QAction* a : {m_accept, m_ignore, m_ask, m_writeNote}) {
        auto* b = new QToolButton(page);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(b);
    }
    m_openContact = new QToolButton(page);
    m_openContact->setObjectName(QStringLiteral("openInvitationContact"));
    m_openContact->setIcon(icons::icon(QStringLiteral("contacts")));
    m_openContact->setText(tr("&Open Contact"));
    m_openContact->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_openContact, &QToolButton::clicked, this, [this] {
        if (const Invitation* inv = m_model->invitationAt(m_table->currentIndex().row()); inv && inv->contactId > 0) {
            emit context().openContactRequested(inv->contactId);
        }
    });
    buttons->addWidget(m_openContact);
    buttons->addStretch(1);
    v->addLayout(buttons);
    return page;
}

void InvitationsView::activated()
{
    if (!m_model->isLoaded()) {
        m_model->reload();
    }
    triageUntriaged();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateStatus();
    m_table->setFocus();
}

QList<qint64> InvitationsView::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : std::as_const(rows)) {
        ids << m_model->idAt(row);
    }
    return ids;
}

void InvitationsView::decide(DecideInvitations::Decision decision)
{
    const QString key = DecideInvitations::decisionKey(decision);
    QList<qint64> ids;
    bool skippedUnclear = false;
    for (const qint64 id : selectedIds()) {
        const Invitation* inv = m_model->invitationAt(m_model->rowOf(id));
        if (!inv || inv->userDecision == key) {
            continue;
        }
        // "Wrong" needs a verdict to be wrong about; the learner ignores it on an unclear one.
        if (decision == DecideInvitations::Decision::FlagWrong &&
            (inv->verdict.isEmpty() || inv->verdict == QLatin1String("unclear"))) {
            skippedUnclear = true;
            continue;
        }
        ids << id;
    }
    if (ids.isEmpty()) {
        if (skippedUnclear) {
            context().showInfo(tr("Only a clear verdict (genuine or name collector) can be flagged as wrong."));
        }
        return;
    }
    auto* command = new DecideInvitations(ids, decision);
    if (!context().run(command)) {
        return;
    }
    const int n = static_cast<int>(ids.size());
    QString message;
    switch (decision) {
    case DecideInvitations::Decision::Accept: {
        const int created = static_cast<int>(command->createdContactIds().size());
        message = tr("Accepted %n invitation(s).", nullptr, n);
        if (created > 0) {
            message += QLatin1Char(' ') + tr("%n new contact(s) added.", nullptr, created);
        }
        if (n > created) {
            message += QLatin1Char(' ') + tr("%n linked to existing contacts.", nullptr, n - created);
        }
        break;
    }
    case DecideInvitations::Decision::Ignore:
        message = tr("Ignored %n invitation(s).", nullptr, n);
        break;
    case DecideInvitations::Decision::FlagWrong:
        message = tr("Noted: %n verdict(s) flagged as wrong, and Rapport has learned from it. Re-analyse (%1) to "
                     "apply that to the other pending invitations.",
                     nullptr, n)
                      .arg(m_reanalyse->shortcut().toString(QKeySequence::NativeText));
        break;
    }
    context().showUndoable(message);
}

void InvitationsView::askForContext()
{
    const QString userName = SettingsStore(context().db()).profile().name;
    const QList<qint64> ids = selectedIds();
    QStringList replies;
    QString firstName;
    for (const qint64 id : ids) {
        if (const Invitation* inv = m_model->invitationAt(m_model->rowOf(id))) {
            const QString reply = triage::InvitationTriage::askForContextReply(inv->fromName, userName);
            if (firstName.isEmpty()) {
                firstName = inv->fromName;
            }
            // Several replies go out one by one; say who each is for.
            replies << (ids.size() == 1 ? reply : tr("To %1:").arg(inv->fromName) + QLatin1Char('\n') + reply);
        }
    }
    if (replies.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(replies.join(QStringLiteral("\n\n")));
    if (replies.size() == 1) {
        context().showInfo(
            tr("Copied a reply asking %1 how they came across you; paste it into your answer on LinkedIn.")
                .arg(firstName.isEmpty() ? tr("the sender") : firstName));
    } else {
        context().showInfo(tr("Copied %n replies asking how they came across you, one per sender.", nullptr,
                              static_cast<int>(replies.size())));
    }
}

void InvitationsView::reanalyse()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = triage::InvitationTriage(context().db()).triageStored(false);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        context().showError(result.error());
        return;
    }
    context().showInfo(
        tr("Analysed %n pending invitation(s) again.", nullptr, static_cast<int>(result.value().size())));
}

void InvitationsView::triageUntriaged()
{
    const int fresh = m_model->untriagedPendingCount();
    if (fresh == 0) {
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = triage::InvitationTriage(context().db()).triageStored(false);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        context().showError(result.error());
        return;
    }
    // The model re-reads on the change notice; read now so the first paint already has verdicts.
    m_model->reload();
    context().showInfo(tr("Analysed %n new invitation(s).", nullptr, fresh));
}

WriteNoteDialog* InvitationsView::writeNote()
{
    const Invitation* inv = m_model->invitationAt(m_table->currentIndex().row());
    auto* dialog = new WriteNoteDialog(inv ? inv->fromName : QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void InvitationsView::rememberSelection()
{
    m_keptIds = selectedIds();
    m_keptCurrent = m_model->idAt(m_table->currentIndex().row());
    m_keptRow = m_table->currentIndex().row();
}

void InvitationsView::restoreSelection()
{
    // Keep what was selected when it is still listed; after Accept or Ignore took it off the
    // Pending list, select what moved into its place, so the next request is one key away.
    QList<int> rows;
    for (const qint64 id : std::as_const(m_keptIds)) {
        if (const int row = m_model->rowOf(id); row >= 0) {
            rows << row;
        }
    }
    int current = m_model->rowOf(m_keptCurrent);
    if (rows.isEmpty() && m_keptRow >= 0 && m_model->rowCount() > 0) {
        current = std::min(m_keptRow, m_model->rowCount() - 1);
        rows << current;
    }
    if (current < 0 && !rows.isEmpty()) {
        current = rows.first();
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        selection.select(m_model->index(rows.at(i), 0), m_model->index(rows.at(j), lastColumn));
        i = j + 1;
    }
    QItemSelectionModel* sm = m_table->selectionModel();
    const QSignalBlocker block(sm);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0) {
        sm->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    }
    m_keptIds.clear();
    m_keptCurrent = 0;
    m_keptRow = -1;
}

void InvitationsView::showCurrent()
{
    const int row = m_table->currentIndex().row();
    const Invitation* inv = m_model->invitationAt(row);
    if (!inv) {
        m_placeholder->setText(m_model->rowCount() > 0 || !m_model->isLoaded()
                                   ? tr("Choose an invitation to read its message and why Rapport judged it so.")
                                   : tr("No invitations here. Import your LinkedIn data to see the connection "
                                        "requests you received."));
        m_detailPages->setCurrentIndex(0);
        return;
    }
    m_sender->setText(inv->fromName.isEmpty() ? tr("Unnamed sender") : inv->fromName);
    m_headline->setText(inv->fromHeadline);
    m_headline->setVisible(!inv->fromHeadline.isEmpty());
    m_facts->setText(factsLine(*inv));
    m_verdictBadge->setText(verdictSentence(*inv));
    triagestyle::setVerdictBackground(m_verdictBadge, triage::verdictFromKey(inv->verdict));

    const QList<triage::TriageReason> reasons = m_model->reasonsAt(row);
    triagestyle::setPlainMessage(m_message->document(), inv->message);
    triagestyle::highlightEvidence(m_message->document(), reasons, m_message->palette());
    m_message->moveCursor(QTextCursor::Start);

    m_reasons->clear();
    for (const triage::TriageReason& r : reasons) {
        auto* item = new QListWidgetItem(triagestyle::reasonLine(r), m_reasons);
        item->setData(SpanStartRole, r.start);
        item->setData(SpanLengthRole, r.length);
    }
    if (reasons.isEmpty()) {
        m_reasons->addItem(inv->verdict.isEmpty() ? tr("Not analysed yet.") : tr("No particular signs either way."));
    }
    m_openContact->setVisible(inv->contactId > 0);
    m_detailPages->setCurrentIndex(1);
}

void InvitationsView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    for (QAction* a : {m_accept, m_ignore, m_flag, m_ask}) {
        a->setEnabled(any);
    }
}

void InvitationsView::updateStatus()
{
    const int n = m_model->rowCount();
    QString text = m_model->scope() == InvitationListModel::Scope::Pending ? tr("%n pending invitation(s)", nullptr, n)
                                                                           : tr("%n invitation(s)", nullptr, n);
    if (const int collectors = m_model->countWithVerdict(QStringLiteral("collector")); collectors > 0) {
        text += QStringLiteral(" · ") + tr("%n from name collectors", nullptr, collectors);
    }
    emit statusTextChanged(text);
}

} // namespace rapport
