#pragma once

#include <QMainWindow>

class QLineEdit;
class QTableView;
class QLabel;

namespace rapport {
namespace db {
class Database;
}
class ContactTableModel;

/// The main window: the contact list over the database, searchable from the keyboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(db::Database& db, QWidget* parent = nullptr);

private:
    void updateStatus();

    db::Database& m_db;
    ContactTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace rapport
