#pragma once

#include "navigation/View.h"

class QAction;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace rapport {

/// The champions pipeline: how many contacts are at each stage (Connection → Conversation →
/// Relationship → Champion), who has earned a step up and why, whom to develop next, and the
/// give-and-take of introductions and help. Promotions are undoable; nobody is ever moved down.
class ChampionsView : public View
{
    Q_OBJECT
public:
    explicit ChampionsView(AppContext& context, QWidget* parent = nullptr);

    void activated() override;
    QList<QAction*> viewActions() const override { return m_actions; }
    QString viewMenuTitle() const override { return tr("C&hampions"); }

    QStandardItemModel* promotionsModel() const { return m_promotions; }
    QStandardItemModel* developModel() const { return m_develop; }
    QStandardItemModel* balanceModel() const { return m_balance; }
    QTableView* promotionsTable() const { return m_promotionsTable; }
    QLabel* stagesLabel() const { return m_stages; }

    /// Moves the selected contacts to the stage suggested for them (one undo step).
    void promoteSelected();
    void openContact();
    void logConversation();

public slots:
    void reload();

private:
    QTableView* makeTable(QStandardItemModel* model, const QString& name, const QString& accessibleName);
    QTableView* focusedTable() const;
    QList<qint64> contactIds(QTableView* table) const;

    QLabel* m_stages = nullptr;
    QLabel* m_totals = nullptr;
    QStandardItemModel* m_promotions = nullptr;
    QStandardItemModel* m_develop = nullptr;
    QStandardItemModel* m_balance = nullptr;
    QTableView* m_promotionsTable = nullptr;
    QTableView* m_developTable = nullptr;
    QTableView* m_balanceTable = nullptr;
    QTimer* m_reloadTimer = nullptr;
    QList<QAction*> m_actions;
    QAction* m_promote = nullptr;
    bool m_dirty = true;
};

} // namespace rapport
