#include "FollowUpsPanel.h"

#include "AppContext.h"
#include "dialogs/DatePickerDialog.h"
#include "models/FollowUpListModel.h"
#include "services/commands/ChangeFollowUpDate.h"
#include "services/commands/MarkFollowUpDone.h"
#include "util/Clock.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

FollowUpsPanel::FollowUpsPanel(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new FollowUpListModel(context.db(), this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("followUpList"));
    m_list->setAccessibleName(tr("Open follow-ups"));
    m_list->setModel(m_model);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_list);

    auto makeAction = [this](const QString& iconName, const QString& text, const QKeySequence& key) {
        auto* a = new QAction(icons::icon(iconName), text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return a;
    };
    auto* done = makeAction(QStringLiteral("done"), tr("Mark &Done"), QKeySequence(Qt::CTRL | Qt::Key_D));
    auto* day =
        makeAction(QStringLiteral("snooze"), tr("Snooze a &Day"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto* week =
        makeAction(QStringLiteral("snooze"), tr("Snooze a &Week"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    auto* pick = makeAction(QStringLiteral("calendar"), tr("Snooze &Until…"), QKeySequence());
    auto* resched =
        makeAction(QStringLiteral("calendar"), tr("&Reschedule…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction* a : {done, day, week, pick, resched}) {
        m_list->addAction(a);
    }
    connect(done, &QAction::triggered, this, &FollowUpsPanel::markDone);
    connect(day, &QAction::triggered, this, [this] { snoozeDays(1); });
    connect(week, &QAction::triggered, this, [this] { snoozeDays(7); });
    connect(pick, &QAction::triggered, this, &FollowUpsPanel::snoozeUntilPicked);
    connect(resched, &QAction::triggered, this, &FollowUpsPanel::reschedule);

    auto* buttons = new QHBoxLayout;
    m_done = new QToolButton(this);
    m_done->setDefaultAction(done);
    m_done->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_snooze = new QToolButton(this);
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setIcon(icons::icon(QStringLiteral("snooze")));
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_snooze);
    menu->addActions({day, week, pick});
    m_snooze->setMenu(menu);
    m_reschedule = new QToolButton(this);
    m_reschedule->setDefaultAction(resched);
    m_reschedule->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_reschedule);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpsPanel::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FollowUpsPanel::updateButtons);
    updateButtons();
}

void FollowUpsPanel::setContactId(qint64 contactId)
{
    m_model->setContactId(contactId);
}

qint64 FollowUpsPanel::currentId() const
{
    const QModelIndex idx = m_list->currentIndex();
    if (idx.isValid()) {
        return m_model->idAt(idx.row());
    }
    return m_model->rowCount() > 0 ? m_model->idAt(0) : 0;
}

void FollowUpsPanel::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_snooze->setEnabled(any);
    for (QAction* a : m_list->actions()) {
        a->setEnabled(any);
    }
    if (any && !m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_model->index(0));
    }
}

void FollowUpsPanel::markDone()
{
    if (const qint64 id = currentId(); id > 0) {
        m_context.run(new MarkFollowUpDone(id));
    }
}

void FollowUpsPanel::snoozeDays(int days)
{
    if (const qint64 id = currentId(); id > 0) {
        const QDate base = std::max(Clock::today(), m_list->currentIndex().data(FollowUpListModel::DueRole).toDate());
        m_context.run(new ChangeFollowUpDate(id, ChangeFollowUpDate::Kind::Snooze, base.addDays(days)));
    }
}

void FollowUpsPanel::snoozeUntilPicked()
{
    const qint64 id = currentId();
    if (id <= 0) {
        return;
    }
    DatePickerDialog dialog(tr("Snooze Until"), Clock::today().addDays(3), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_context.run(new ChangeFollowUpDate(id, ChangeFollowUpDate::Kind::Snooze, dialog.date()));
    }
}

void FollowUpsPanel::reschedule()
{
    const qint64 id = currentId();
    if (id <= 0) {
        return;
    }
    const QDate due = m_list->currentIndex().data(FollowUpListModel::DueRole).toDate();
    DatePickerDialog dialog(tr("Reschedule"), due.isValid() ? due : Clock::today(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_context.run(new ChangeFollowUpDate(id, ChangeFollowUpDate::Kind::Reschedule, dialog.date()));
    }
}

} // namespace rapport
