#include "CirclesView.h"

#include "AppContext.h"
#include "models/CircleListModel.h"
#include "store/CircleStore.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace rapport {

CirclesView::CirclesView(AppContext& ctx, QWidget* parent) : View(ctx, parent)
{
    setObjectName(QStringLiteral("circlesView"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Enter opens a circle's members. F2 renames, Delete removes the circle "
                               "(its members stay). Add contacts to a circle from the Contacts view (Ctrl+G)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_model = new CircleListModel(ctx.db(), this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("circleList"));
    m_list->setAccessibleName(tr("Circles"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    auto* open = new QAction(icons::icon(QStringLiteral("contacts")), tr("Show &Members"), this);
    open->setShortcut(QKeySequence(Qt::Key_Return));
    open->setShortcutContext(Qt::WidgetShortcut);
    auto* remove = new QAction(icons::icon(QStringLiteral("trash")), tr("&Delete Circle"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(open);
    m_list->addAction(remove);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& i) { emit context().openCircleRequested(m_model->idAt(i.row())); });
    connect(open, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid()) {
            emit context().openCircleRequested(m_model->idAt(m_list->currentIndex().row()));
        }
    });
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex i = m_list->currentIndex();
        if (!i.isValid()) {
            return;
        }
        const QString name = i.data(CircleListModel::NameRole).toString();
        if (MessageBox::question(this, tr("Delete Circle"),
                                 tr("Delete the circle %1? Its members stay in your contacts.").arg(name)) !=
            QMessageBox::Yes) {
            return;
        }
        if (auto s = CircleStore(context().db()).remove(m_model->idAt(i.row())); !s) {
            context().showError(s.error());
        }
    });
    connect(m_model, &CircleListModel::renameRequested, this, [this](qint64 id, const QString& name) {
        if (auto s = CircleStore(context().db()).rename(id, name); !s) {
            context().showError(s.error());
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { emit statusTextChanged(tr("%n circle(s)", nullptr, m_model->rowCount())); });
}

void CirclesView::activated()
{
    emit statusTextChanged(tr("%n circle(s)", nullptr, m_model->rowCount()));
    m_list->setFocus();
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    }
}

} // namespace rapport
