#include "ChampionsView.h"

#include "AppContext.h"
#include "db/Database.h"
#include "scoring/ChampionPipeline.h"
#include "services/Session.h"
#include "services/commands/UpdateContact.h"
#include "store/ContactStore.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

namespace {

constexpr int kContactIdRole = Qt::UserRole + 1;
constexpr int kStageRole = Qt::UserRole + 2;

QStandardItem* textItem(const QString& text, qint64 contactId)
{
    auto* item = new QStandardItem(text);
    item->setData(contactId, kContactIdRole);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

QStandardItem* numberItem(double value, qint64 contactId, int decimals = 0)
{
    auto* item = new QStandardItem(QLocale().toString(value, 'f', decimals));
    item->setData(contactId, kContactIdRole);
    item->setData(value, Qt::UserRole + 3);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

} // namespace

ChampionsView::ChampionsView(AppContext& ctx, QWidget* parent) : View(ctx, parent)
{
    setObjectName(QStringLiteral("championsView"));
    auto* layout = new QVBoxLayout(this);
    m_stages = new QLabel(this);
    m_stages->setObjectName(QStringLiteral("stageCounts"));
    m_stages->setTextFormat(Qt::PlainText);
    QFont big = m_stages->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_stages->setFont(big);
    m_stages->setWordWrap(true);
    layout->addWidget(m_stages);
    auto* explain = new QLabel(tr("A first two-way conversation makes a connection a Conversation; two or more "
                                  "spread over time, a Relationship; an introduction or referral they made for you, "
                                  "a Champion."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    m_promotions = new QStandardItemModel(0, 4, this);
    m_promotions->setHorizontalHeaderLabels({tr("Contact"), tr("Now"), tr("Has earned"), tr("Because")});
    m_develop = new QStandardItemModel(0, 4, this);
    m_develop->setHorizontalHeaderLabels({tr("Contact"), tr("Stage"), tr("Score"), tr("Why")});
    m_balance = new QStandardItemModel(0, 4, this);
    m_balance->setHorizontalHeaderLabels({tr("Contact"), tr("You gave"), tr("You received"), tr("Balance")});

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("championsSplitter"));
    auto addGroup = [this, splitter](const QString& title, QStandardItemModel* model, const QString& name,
                                     QLabel** footer) {
        auto* box = new QGroupBox(title, splitter);
        auto* l = new QVBoxLayout(box);
        QTableView* table = makeTable(model, name, title);
        l->addWidget(table);
        if (footer) {
            *footer = new QLabel(box);
            (*footer)->setWordWrap(true);
            l->addWidget(*footer);
        }
        splitter->addWidget(box);
        return table;
    };
    m_promotionsTable = addGroup(tr("Ready to move on"), m_promotions, QStringLiteral("promotions"), nullptr);
    m_developTable = addGroup(tr("Develop next"), m_develop, QStringLiteral("developNext"), nullptr);
    m_balanceTable = addGroup(tr("Give and take"), m_balance, QStringLiteral("helpBalance"), &m_totals);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_promotionsTable);

    m_promote = new QAction(icons::icon(QStringLiteral("done")), tr("&Promote to Earned Stage"), this);
    m_promote->setObjectName(QStringLiteral("promote"));
    m_promote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto* open = new QAction(icons::icon(QStringLiteral("contacts")), tr("&Open Contact"), this);
    open->setObjectName(QStringLiteral("openContact"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* log = new QAction(icons::icon(QStringLiteral("log-conversation")), tr("&Log Conversation With…"), this);
    log->setObjectName(QStringLiteral("logWith"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_actions = {m_promote, open, log};
    for (QAction* a : std::as_const(m_actions)) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_promotionsTable->addAction(m_promote);
    for (QTableView* t : {m_promotionsTable, m_developTable, m_balanceTable}) {
        t->addAction(open);
        t->addAction(log);
        connect(t, &QAbstractItemView::activated, this, &ChampionsView::openContact);
    }
    connect(m_promote, &QAction::triggered, this, &ChampionsView::promoteSelected);
    connect(open, &QAction::triggered, this, &ChampionsView::openContact);
    connect(log, &QAction::triggered, this, &ChampionsView::logConversation);
    connect(m_promotionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_promote->setEnabled(m_promotionsTable->selectionModel()->hasSelection()); });
    m_promote->setEnabled(false);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, &ChampionsView::reload);
    connect(&ctx.db(), &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if (e == db::Entity::FollowUp || e == db::Entity::Circle || e == db::Entity::Settings) {
            return;
        }
        m_dirty = true;
        if (isVisible()) {
            m_reloadTimer->start();
        }
    });
}

QTableView* ChampionsView::makeTable(QStandardItemModel* model, const QString& name, const QString& accessibleName)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 200);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return table;
}

void ChampionsView::activated()
{
    if (m_dirty) {
        reload();
    }
    m_promotionsTable->setFocus();
}

void ChampionsView::reload()
{
    m_dirty = false;
    scoring::ChampionPipeline pipeline(context().db());
    auto overview = pipeline.overview(15);
    if (!overview) {
        context().showError(overview.error());
        return;
    }
    const scoring::PipelineOverview& o = overview.value();
    const QLocale locale;
    QStringList stages;
    for (int s = 0; s < 4; ++s) {
        stages << tr("%1: %2").arg(championStageName(static_cast<ChampionStage>(s)), locale.toString(o.stageCounts[s]));
    }
    m_stages->setText(stages.join(QStringLiteral("  →  ")));
    m_stages->setAccessibleName(tr("Contacts per stage: %1").arg(stages.join(QStringLiteral(", "))));

    const QList<qint64> keep = contactIds(m_promotionsTable);
    m_promotions->removeRows(0, m_promotions->rowCount());
    for (const scoring::StageSuggestion& s : o.promotions) {
        auto* name = textItem(s.name, s.contactId);
        name->setData(static_cast<int>(s.suggested), kStageRole);
        m_promotions->appendRow({name, textItem(championStageName(s.current), s.contactId),
                                 textItem(championStageName(s.suggested), s.contactId),
                                 textItem(s.reason, s.contactId)});
    }
    m_develop->removeRows(0, m_develop->rowCount());
    for (const scoring::DevelopSuggestion& d : o.developNext) {
        m_develop->appendRow({textItem(d.name, d.contactId), textItem(championStageName(d.stage), d.contactId),
                              numberItem(d.score, d.contactId), textItem(d.reason, d.contactId)});
    }
    m_balance->removeRows(0, m_balance->rowCount());
    for (const scoring::HelpBalance& b : o.balances) {
        auto* balance = numberItem(b.balance(), b.contactId);
        balance->setText(b.balance() > 0   ? tr("+%1 for them").arg(locale.toString(b.balance()))
                         : b.balance() < 0 ? tr("%1 for you").arg(locale.toString(-b.balance()))
                                           : tr("even"));
        m_balance->appendRow({textItem(b.name, b.contactId), numberItem(b.given, b.contactId),
                              numberItem(b.received, b.contactId), balance});
    }
    m_totals->setText(tr("In all you made %1 and received %2 introductions, referrals or favours.")
                          .arg(locale.toString(o.totalGiven), locale.toString(o.totalReceived)));
    // Keep the selection on the people still listed.
    for (int row = 0; row < m_promotions->rowCount(); ++row) {
        if (keep.contains(m_promotions->item(row)->data(kContactIdRole).toLongLong())) {
            m_promotionsTable->selectionModel()->select(m_promotions->index(row, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    emit statusTextChanged(tr("%n champion(s)", nullptr, o.stageCounts[static_cast<int>(ChampionStage::Champion)]));
}

QTableView* ChampionsView::focusedTable() const
{
    for (QTableView* t : {m_developTable, m_balanceTable}) {
        if (t->hasFocus()) {
            return t;
        }
    }
    return m_promotionsTable;
}

QList<qint64> ChampionsView::contactIds(QTableView* table) const
{
    QList<qint64> ids;
    for (const QModelIndex& i : table->selectionModel()->selectedRows()) {
        const qint64 id = i.data(kContactIdRole).toLongLong();
        if (id > 0 && !ids.contains(id)) {
            ids << id;
        }
    }
    if (ids.isEmpty() && table->currentIndex().isValid()) {
        if (const qint64 id = table->currentIndex().data(kContactIdRole).toLongLong(); id > 0) {
            ids << id;
        }
    }
    return ids;
}

void ChampionsView::promoteSelected()
{
    QList<std::pair<qint64, ChampionStage>> moves;
    for (const QModelIndex& i : m_promotionsTable->selectionModel()->selectedRows()) {
        const QModelIndex nameIndex = m_promotions->index(i.row(), 0);
        moves.append({nameIndex.data(kContactIdRole).toLongLong(),
                      static_cast<ChampionStage>(nameIndex.data(kStageRole).toInt())});
    }
    if (moves.isEmpty()) {
        return;
    }
    ContactStore store(context().db());
    QUndoStack* stack = context().session().undoStack();
    stack->beginMacro(tr("Promote %n contact(s)", nullptr, static_cast<int>(moves.size())));
    int done = 0;
    for (const auto& [id, stage] : moves) {
        auto before = store.get(id);
        if (!before) {
            context().showError(before.error());
            continue;
        }
        if (before.value().championStage >= stage) {
            continue; // never lowered; already there
        }
        Contact after = before.value();
        after.championStage = stage;
        if (context().run(new UpdateContact(before.value(), after,
                                            tr("Promote %1 to %2").arg(after.name(), championStageName(stage))))) {
            ++done;
        }
    }
    stack->endMacro();
    if (done > 0) {
        context().showUndoable(tr("%n contact(s) moved on in the pipeline.", nullptr, done));
    }
    reload();
}

void ChampionsView::openContact()
{
    const QList<qint64> ids = contactIds(focusedTable());
    if (!ids.isEmpty()) {
        emit context().openContactRequested(ids.first());
    }
}

void ChampionsView::logConversation()
{
    const QList<qint64> ids = contactIds(focusedTable());
    if (!ids.isEmpty()) {
        emit context().logConversationRequested(ids);
    }
}

} // namespace rapport
