#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace rapport {

class Session;

/// File › Import History: every import with its counts, undoable newest first, and the questions
/// imports left open — fields the user edited by hand that a file wanted to change — answered here
/// with "Keep Mine" or "Use Imported".
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Session& session, QWidget* parent = nullptr);

    QTableView* batchesTable() const { return m_batches; }
    QTableView* conflictsTable() const { return m_conflicts; }
    QStandardItemModel* batchesModel() const { return m_batchModel; }
    QStandardItemModel* conflictsModel() const { return m_conflictModel; }

    /// Undoes the selected import after asking. Returns whether it was undone.
    bool undoSelectedBatch();
    /// Answers the selected conflicts.
    void keepMine();
    void useImported();

public slots:
    void reload();

private:
    qint64 selectedBatchId() const;
    QList<qint64> selectedConflictIds() const;
    void resolveSelected(bool useImported);
    void updateButtons();

    Session& m_session;
    QStandardItemModel* m_batchModel = nullptr;
    QStandardItemModel* m_conflictModel = nullptr;
    QTableView* m_batches = nullptr;
    QTableView* m_conflicts = nullptr;
    QLabel* m_conflictsTitle = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_take = nullptr;
};

} // namespace rapport
