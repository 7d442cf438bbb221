#include "LabeledValuesEditor.h"

#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

LabeledValuesEditor::LabeledValuesEditor(const QString& what, const QStringList& defaultLabels, QWidget* parent)
    : QWidget(parent), m_labels(defaultLabels)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 2, this);
    m_table->setAccessibleName(what);
    m_table->setHorizontalHeaderLabels({tr("Label"), what});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(0, 80);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 5);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QToolButton(this);
    add->setText(tr("+"));
    add->setToolTip(tr("Add %1").arg(what));
    add->setAccessibleName(tr("Add %1").arg(what));
    auto* remove = new QToolButton(this);
    remove->setText(tr("−"));
    remove->setToolTip(tr("Remove the selected %1").arg(what));
    remove->setAccessibleName(tr("Remove %1").arg(what));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, [this] {
        addRow({m_labels.value(0), QString()});
        m_table->setCurrentCell(m_table->rowCount() - 1, 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            emit edited(values());
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) {
            emit edited(values());
        }
    });
}

void LabeledValuesEditor::addRow(const LabeledValue& v)
{
    const bool was = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(v.label));
    m_table->setItem(row, 1, new QTableWidgetItem(v.value));
    m_loading = was;
}

void LabeledValuesEditor::setValues(const QList<LabeledValue>& values)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const LabeledValue& v : values) {
        addRow(v);
    }
    m_loading = false;
}

QList<LabeledValue> LabeledValuesEditor::values() const
{
    QList<LabeledValue> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString label = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        const QString value = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        if (!value.isEmpty()) {
            out.append({label, value});
        }
    }
    return out;
}

} // namespace rapport
