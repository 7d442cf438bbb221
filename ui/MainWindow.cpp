#include "MainWindow.h"

#include "db/Database.h"
#include "models/ContactTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

MainWindow::MainWindow(db::Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Rapport"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search names, companies, positions, notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_model = new ContactTableModel(m_db, this);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Contacts"));
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);
    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        ContactFilter f = m_model->filter();
        f.search = m_search->text();
        m_model->setFilter(f);
    });
    connect(m_model, &ContactTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1000, 640);
}

void MainWindow::updateStatus()
{
    m_count->setText(tr("%n contact(s)", nullptr, static_cast<int>(m_model->totalCount())));
}

} // namespace rapport
