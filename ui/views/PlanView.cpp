#include "PlanView.h"

#include "AppContext.h"
#include "db/Database.h"
#include "dialogs/DatePickerDialog.h"
#include "dialogs/WriteNoteDialog.h"
#include "models/PlanItemModel.h"
#include "reports/FollowUpCalendar.h"
#include "reports/WeeklyListPrinter.h"
#include "services/Session.h"
#include "services/commands/ChangeFollowUpDate.h"
#include "services/commands/MarkFollowUpDone.h"
#include "util/Clock.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

using followups::IsoWeek;
using followups::PlanItem;

PlanView::PlanView(Mode mode, AppContext& ctx, QWidget* parent)
    : View(ctx, parent), m_mode(mode), m_week(IsoWeek::containing(Clock::today()))
{
    setObjectName(mode == Mode::Today ? QStringLiteral("todayView") : QStringLiteral("weekView"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title);
    header->addStretch();
    layout->addLayout(header);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new PlanItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(mode == Mode::Today ? QStringLiteral("todayTable") : QStringLiteral("weekTable"));
    m_table->setAccessibleName(mode == Mode::Today ? tr("Due today") : tr("This week's follow-ups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PlanItemModel::WhyNowColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(PlanItemModel::NameColumn, 200);
    m_table->setColumnWidth(PlanItemModel::CompanyColumn, 160);
    m_table->setColumnWidth(PlanItemModel::DueColumn, 200);
    m_table->setColumnWidth(PlanItemModel::TierColumn, 150);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    auto make = [this](const QString& name, const QString& iconName, const QString& text, const QKeySequence& key) {
        auto* a = new QAction(iconName.isEmpty() ? QIcon() : icons::icon(iconName), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_actions << a;
        return a;
    };
    auto* done =
        make(QStringLiteral("markDone"), QStringLiteral("done"), tr("Mark &Done"), QKeySequence(Qt::CTRL | Qt::Key_D));
    auto* day = make(QStringLiteral("snoozeDay"), QStringLiteral("snooze"), tr("Snooze a &Day"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto* week = make(QStringLiteral("snoozeWeek"), QStringLiteral("snooze"), tr("Snooze a &Week"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    auto* until = make(QStringLiteral("snoozeUntil"), QStringLiteral("calendar"), tr("Snooze &Until…"), QKeySequence());
    auto* resched = make(QStringLiteral("reschedule"), QStringLiteral("calendar"), tr("&Reschedule…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_itemActions = {done, day, week, until, resched};
    auto* open = make(QStringLiteral("openContact"), QStringLiteral("contacts"), tr("&Open Contact"),
                      QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* log = make(QStringLiteral("logWith"), QStringLiteral("log-conversation"), tr("&Log Conversation With…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(done, &QAction::triggered, this, &PlanView::markDone);
    connect(day, &QAction::triggered, this, [this] { snoozeDays(1); });
    connect(week, &QAction::triggered, this, [this] { snoozeDays(7); });
    connect(until, &QAction::triggered, this, &PlanView::snoozeUntilPicked);
    connect(resched, &QAction::triggered, this, &PlanView::reschedule);
    connect(open, &QAction::triggered, this, &PlanView::openContact);
    connect(log, &QAction::triggered, this, &PlanView::logConversation);
    auto* note = make(QStringLiteral("writeNote"), QString(), tr("&Write a Note…"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(note, &QAction::triggered, this, &PlanView::writeNote);
    connect(m_table, &QAbstractItemView::activated, this, &PlanView::openContact);

    if (mode == Mode::Week) {
        auto* sep = new QAction(this);
        sep->setSeparator(true);
        addAction(sep);
        m_actions << sep;
        auto* prev =
            make(QStringLiteral("previousWeek"), QString(), tr("&Previous Week"), QKeySequence(Qt::ALT | Qt::Key_Left));
        auto* next =
            make(QStringLiteral("nextWeek"), QString(), tr("&Next Week"), QKeySequence(Qt::ALT | Qt::Key_Right));
        auto* current =
            make(QStringLiteral("thisWeek"), QString(), tr("&This Week"), QKeySequence(Qt::ALT | Qt::Key_Home));
        auto* preview = make(QStringLiteral("printPreview"), QStringLiteral("print"), tr("Print Pre&view…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        auto* printAction = make(QStringLiteral("print"), QStringLiteral("print"), tr("&Print…"), QKeySequence::Print);
        auto* pdf = make(QStringLiteral("exportPdf"), QString(), tr("Export as P&DF…"), QKeySequence());
        auto* ics = make(QStringLiteral("exportCalendar"), QStringLiteral("calendar"), tr("Export to &Calendar…"),
                         QKeySequence());
        connect(prev, &QAction::triggered, this, [this] { setWeek(m_week.previous()); });
        connect(next, &QAction::triggered, this, [this] { setWeek(m_week.next()); });
        connect(current, &QAction::triggered, this, [this] { setWeek(IsoWeek::containing(Clock::today())); });
        connect(preview, &QAction::triggered, this, &PlanView::printPreview);
        connect(printAction, &QAction::triggered, this, &PlanView::print);
        connect(pdf, &QAction::triggered, this, [this] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export as PDF"),
                                             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                 .filePath(tr("follow-ups-%1.pdf").arg(m_week.toString())),
                                             tr("PDF files (*.pdf)"));
            if (!path.isEmpty() && exportPdf(path)) {
                context().showInfo(tr("The week's list was saved as %1.").arg(QDir::toNativeSeparators(path)));
            }
        });
        connect(ics, &QAction::triggered, this, [this] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export to Calendar"),
                                             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                 .filePath(tr("follow-ups-%1.ics").arg(m_week.toString())),
                                             tr("iCalendar files (*.ics)"));
            if (!path.isEmpty() && exportCalendar(path)) {
                context().showInfo(tr("The week's follow-ups were saved as %1.").arg(QDir::toNativeSeparators(path)));
            }
        });

        auto addButton = [this, header](QAction* a, const QString& text) {
            auto* b = new QToolButton(this);
            b->setDefaultAction(a);
            b->setText(text);
            b->setAccessibleName(a->text().remove(QLatin1Char('&')));
            b->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                        a->shortcut().toString(QKeySequence::NativeText)));
            header->addWidget(b);
        };
        addButton(prev, QStringLiteral("‹"));
        addButton(current, tr("This week"));
        addButton(next, QStringLiteral("›"));
        m_groupingBox = new QComboBox(this);
        m_groupingBox->setObjectName(QStringLiteral("grouping"));
        m_groupingBox->setAccessibleName(tr("Group the list"));
        m_groupingBox->addItem(tr("By day"), QStringLiteral("day"));
        m_groupingBox->addItem(tr("By priority"), QStringLiteral("priority"));
        connect(m_groupingBox, &QComboBox::currentIndexChanged, this, [this](int i) {
            setGrouping(m_groupingBox->itemData(i).toString() == QLatin1String("priority")
                            ? reports::Grouping::ByPriority
                            : reports::Grouping::ByDay);
        });
        header->addWidget(m_groupingBox);
        auto* printButton = new QToolButton(this);
        printButton->setDefaultAction(preview);
        printButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(printButton);
    }

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(50);
    connect(m_reloadTimer, &QTimer::timeout, this, &PlanView::reload);
    connect(&ctx.db(), &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if (e == db::Entity::FollowUp || e == db::Entity::Contact || e == db::Entity::Conversation ||
            e == db::Entity::Everything || e == db::Entity::Settings) {
            scheduleReload();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanView::updateActions);
    updateActions();
}

QString PlanView::viewMenuTitle() const
{
    return m_mode == Mode::Today ? tr("&Today") : tr("&Week");
}

QAction* PlanView::action(const QString& objectName) const
{
    for (QAction* a : m_actions) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    return nullptr;
}

void PlanView::activated()
{
    // The day may have changed since the view was last shown.
    if (m_dirty || m_plan.today != Clock::today()) {
        reload();
    }
    updateHeader();
    m_table->setFocus();
    if (!m_table->currentIndex().isValid() && m_model->firstItemRow() >= 0) {
        m_table->setCurrentIndex(m_model->index(m_model->firstItemRow(), 0));
    }
}

void PlanView::scheduleReload()
{
    m_dirty = true;
    // Hidden views catch up when they are shown; the visible one follows edits at once.
    if (isVisible()) {
        m_reloadTimer->start();
    }
}

void PlanView::reload()
{
    m_dirty = false;
    const QList<qint64> keep = selectedFollowUpIds();
    followups::FollowUpPlanner planner(context().db());
    QList<std::pair<QString, int>> headings;
    if (m_mode == Mode::Today) {
        auto items = planner.today();
        if (!items) {
            context().showError(items.error());
            return;
        }
        m_plan = {IsoWeek::containing(Clock::today()), Clock::today(), items.value()};
        m_model->setItems(m_plan.items);
    } else {
        auto plan = planner.week(m_week);
        if (!plan) {
            context().showError(plan.error());
            return;
        }
        m_plan = plan.value();
        // The same groups as on paper, so the screen and the printout agree.
        reports::WeeklyList list;
        list.week = m_plan.week;
        list.today = m_plan.today;
        for (const PlanItem& item : std::as_const(m_plan.items)) {
            reports::WeeklyEntry e;
            e.item = item;
            list.entries << e;
        }
        QList<PlanItem> ordered;
        for (const reports::WeeklyGroup& g : reports::groupEntries(list, m_grouping)) {
            headings.append({g.heading, static_cast<int>(ordered.size())});
            for (const qsizetype i : g.entries) {
                ordered << m_plan.items.at(i);
            }
        }
        m_model->setItems(ordered, headings);
    }
    selectFollowUps(keep);
    if (!m_table->currentIndex().isValid() && m_model->firstItemRow() >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(m_model->firstItemRow(), 0),
                                                   keep.isEmpty()
                                                       ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                                       : QItemSelectionModel::NoUpdate);
    }
    updateHeader();
}

void PlanView::updateHeader()
{
    const QLocale locale;
    const int n = m_model->itemCount();
    int overdue = 0;
    for (const PlanItem& item : m_model->items()) {
        overdue += item.isOverdue() ? 1 : 0;
    }
    if (m_mode == Mode::Today) {
        m_title->setText(tr("Today, %1").arg(locale.toString(Clock::today(), QLocale::LongFormat)));
        m_summary->setText(n == 0 ? tr("Nothing is due today. A good day to have a real conversation.")
                                  : tr("%n to get in touch with", nullptr, n) +
                                        (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()) +
                                        tr(". Best first: work down the list, one call at a time."));
        emit statusTextChanged(tr("%n due today", nullptr, n));
        return;
    }
    const bool current = m_week == IsoWeek::containing(Clock::today());
    m_title->setText(current ? tr("This week — %1").arg(m_week.label()) : m_week.label());
    m_summary->setText(n == 0 ? tr("Nothing planned for this week.")
                              : tr("%n follow-up(s) this week", nullptr, n) +
                                    (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()) +
                                    (m_week.monday() > Clock::today()
                                         ? tr(". Keep-in-touch reminders for a future week are projected "
                                              "(in italics) and saved when the week comes.")
                                         : QStringLiteral(".")));
    emit statusTextChanged(tr("%n follow-up(s) this week", nullptr, n));
}

void PlanView::setWeek(const IsoWeek& week)
{
    if (!week.isValid()) {
        return;
    }
    m_week = week;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    reload();
}

void PlanView::setGrouping(reports::Grouping grouping)
{
    m_grouping = grouping;
    if (m_groupingBox) {
        const int i = m_groupingBox->findData(grouping == reports::Grouping::ByPriority ? QStringLiteral("priority")
                                                                                        : QStringLiteral("day"));
        if (i != m_groupingBox->currentIndex()) {
            m_groupingBox->setCurrentIndex(i); // comes back here through the signal
            return;
        }
    }
    reload();
}

void PlanView::selectFollowUps(const QList<qint64>& followUpIds)
{
    if (followUpIds.isEmpty()) {
        return;
    }
    QItemSelection selection;
    int first = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PlanItem* item = m_model->itemAt(row);
        if (item && !item->isProjected() && followUpIds.contains(item->followUp.id)) {
            selection.select(m_model->index(row, 0), m_model->index(row, PlanItemModel::ColumnCount - 1));
            if (first < 0) {
                first = row;
            }
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    }
}

QList<qint64> PlanView::selectedFollowUpIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        const PlanItem* item = m_model->itemAt(i.row());
        if (item && !item->isProjected() && !ids.contains(item->followUp.id)) {
            ids << item->followUp.id;
        }
    }
    return ids;
}

QList<qint64> PlanView::selectedContactIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        const PlanItem* item = m_model->itemAt(i.row());
        if (item && !ids.contains(item->followUp.contactId)) {
            ids << item->followUp.contactId;
        }
    }
    if (ids.isEmpty()) {
        if (const PlanItem* item = m_model->itemAt(m_table->currentIndex().row())) {
            ids << item->followUp.contactId;
        }
    }
    return ids;
}

void PlanView::updateActions()
{
    const bool any = !selectedFollowUpIds().isEmpty();
    for (QAction* a : std::as_const(m_itemActions)) {
        a->setEnabled(any);
    }
}

void PlanView::markDone()
{
    const QList<qint64> ids = selectedFollowUpIds();
    if (ids.isEmpty()) {
        return;
    }
    QUndoStack* stack = context().session().undoStack();
    stack->beginMacro(tr("Mark %n follow-up(s) done", nullptr, static_cast<int>(ids.size())));
    for (const qint64 id : ids) {
        context().run(new MarkFollowUpDone(id));
    }
    stack->endMacro();
    context().showUndoable(tr("%n follow-up(s) done.", nullptr, static_cast<int>(ids.size())));
}

void PlanView::snoozeDays(int days)
{
    const QList<qint64> ids = selectedFollowUpIds();
    if (ids.isEmpty()) {
        return;
    }
    QUndoStack* stack = context().session().undoStack();
    stack->beginMacro(tr("Snooze %n follow-up(s)", nullptr, static_cast<int>(ids.size())));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PlanItem* item = m_model->itemAt(row);
        if (item && ids.contains(item->followUp.id)) {
            // From the later of today and its date: snoozing a future item a day moves it a day.
            const QDate base = std::max(Clock::today(), item->due);
            context().run(
                new ChangeFollowUpDate(item->followUp.id, ChangeFollowUpDate::Kind::Snooze, base.addDays(days)));
        }
    }
    stack->endMacro();
}

void PlanView::snoozeUntilPicked()
{
    const QList<qint64> ids = selectedFollowUpIds();
    if (ids.isEmpty()) {
        return;
    }
    DatePickerDialog dialog(tr("Snooze Until"), Clock::today().addDays(3), this);
    if (dialog.exec() == QDialog::Accepted) {
        changeDates(ids, ChangeFollowUpDate::Kind::Snooze, dialog.date(),
                    tr("Snooze %n follow-up(s)", nullptr, static_cast<int>(ids.size())));
    }
}

void PlanView::reschedule()
{
    const QList<qint64> ids = selectedFollowUpIds();
    if (ids.isEmpty()) {
        return;
    }
    const PlanItem* current = m_model->itemAt(m_table->currentIndex().row());
    DatePickerDialog dialog(tr("Reschedule"), current ? current->due : Clock::today(), this);
    if (dialog.exec() == QDialog::Accepted) {
        changeDates(ids, ChangeFollowUpDate::Kind::Reschedule, dialog.date(),
                    tr("Reschedule %n follow-up(s)", nullptr, static_cast<int>(ids.size())));
    }
}

void PlanView::changeDates(const QList<qint64>& ids, ChangeFollowUpDate::Kind kind, const QDate& date,
                           const QString& undoText)
{
    // One undo step for the whole selection.
    QUndoStack* stack = context().session().undoStack();
    stack->beginMacro(undoText);
    for (const qint64 id : ids) {
        context().run(new ChangeFollowUpDate(id, kind, date));
    }
    stack->endMacro();
}

void PlanView::openContact()
{
    const QList<qint64> ids = selectedContactIds();
    if (!ids.isEmpty()) {
        emit context().openContactRequested(ids.first());
    }
}

void PlanView::logConversation()
{
    const QList<qint64> ids = selectedContactIds();
    if (!ids.isEmpty()) {
        emit context().logConversationRequested(ids);
    }
}

WriteNoteDialog* PlanView::writeNote()
{
    // The same coach as for invitations: a message to send before the call reads as personal,
    // not as a form letter.
    const PlanItem* item = m_model->itemAt(m_table->currentIndex().row());
    QString opener;
    if (item && !item->followUp.reason.isEmpty()) {
        opener = tr("Hi %1, ").arg(item->contactName.section(QLatin1Char(' '), 0, 0));
    }
    auto* dialog = new WriteNoteDialog(item ? item->contactName : QString(), opener, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

Result<reports::WeeklyList> PlanView::weeklyList()
{
    if (m_mode == Mode::Week && m_plan.week == m_week) {
        return reports::buildWeeklyList(context().db(), m_plan);
    }
    return reports::buildWeeklyList(context().db(), m_week);
}

void PlanView::printPreview()
{
    auto list = weeklyList();
    if (!list) {
        context().showError(list.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("weeklyPrintPreview"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(m_week.label()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &list](QPrinter* p) { paintWeeklyList(list.value(), p); });
    dialog.exec();
}

void PlanView::print()
{
    auto list = weeklyList();
    if (!list) {
        context().showError(list.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        paintWeeklyList(list.value(), &printer);
    }
}

void PlanView::preparePrinter(QPrinter& printer) const
{
    printer.setPageLayout(reports::WeeklyListPrinter::defaultPageLayout());
    printer.setDocName(tr("Follow-ups %1").arg(m_week.toString()));
}

void PlanView::paintWeeklyList(const reports::WeeklyList& list, QPrinter* printer)
{
    reports::WeeklyListOptions options;
    options.grouping = m_grouping;
    if (auto pages = reports::WeeklyListPrinter(list, options).paint(printer); !pages) {
        context().showError(pages.error());
    }
}

bool PlanView::exportPdf(const QString& path)
{
    auto list = weeklyList();
    if (!list) {
        context().showError(list.error());
        return false;
    }
    reports::WeeklyListOptions options;
    options.grouping = m_grouping;
    const reports::WeeklyListPrinter printer(list.value(), options);
    if (auto pages = printer.writePdf(path, reports::WeeklyListPrinter::pageSizeFor()); !pages) {
        context().showError(pages.error());
        return false;
    }
    return true;
}

bool PlanView::exportCalendar(const QString& path)
{
    auto list = weeklyList();
    if (!list) {
        context().showError(list.error());
        return false;
    }
    const QByteArray ics = reports::calendar::toIcs(reports::calendar::fromWeeklyList(list.value()), Clock::now());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        context().showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace rapport
