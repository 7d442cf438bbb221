#pragma once

#include "exporters/ExportService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace rapport {

namespace db {
class Database;
}

/// File › Export: vCard 4.0 / 3.0 for address books, a CSV spreadsheet (formula-safe) or the whole
/// database as JSON; all contacts, one circle, or the contacts selected in the list. The export
/// runs with a progress dialog that can cancel it; the target file is replaced only when complete.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(db::Database& db, const QList<qint64>& selectedIds, QWidget* parent = nullptr);

    /// The options chosen (without progress or cancel hooks).
    exporters::ExportOptions options() const;
    /// Runs the export with the chosen options and a progress dialog; the report says what happened.
    exporters::ExportReport exportNow();

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* fileField() const { return m_file; }
    QRadioButton* circleScope() const { return m_scopeCircle; }
    QRadioButton* selectionScope() const { return m_scopeSelection; }
    QComboBox* circleBox() const { return m_circle; }

    void accept() override;
    /// What the last export wrote (after the dialog was accepted).
    const exporters::ExportReport& exportReport() const { return m_report; }

private:
    void chooseFile();
    void formatChanged();
    exporters::ExportFormat format() const;

    db::Database& m_db;
    QList<qint64> m_selected;
    QComboBox* m_format = nullptr;
    QRadioButton* m_scopeAll = nullptr;
    QRadioButton* m_scopeCircle = nullptr;
    QRadioButton* m_scopeSelection = nullptr;
    QComboBox* m_circle = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_hint = nullptr;
    exporters::ExportReport m_report;
};

} // namespace rapport
