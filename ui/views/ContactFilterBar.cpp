#include "ContactFilterBar.h"

#include "models/CircleListModel.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

ContactFilterBar::ContactFilterBar(CircleListModel* circles, QWidget* parent) : QWidget(parent), m_circles(circles)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, companies, positions, notes… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->addAction(icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    outer->addWidget(m_search);

    auto* row = new QHBoxLayout;
    m_circle = new QComboBox(this);
    m_circle->setAccessibleName(tr("Filter by circle"));
    m_tier = new QComboBox(this);
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_tier->addItem(tr("Any tier"), QString());
    m_tier->addItem(tr("Champions"), QStringLiteral("champion"));
    m_tier->addItem(tr("Inner circle"), QStringLiteral("inner"));
    m_tier->addItem(tr("Active"), QStringLiteral("active"));
    m_tier->addItem(tr("Dormant"), QStringLiteral("dormant"));
    m_tier->addItem(tr("Collected"), QStringLiteral("collected"));
    m_company = new QLineEdit(this);
    m_company->setPlaceholderText(tr("Company"));
    m_company->setAccessibleName(tr("Filter by company"));
    m_company->setClearButtonEnabled(true);
    m_neverTalked = new QCheckBox(tr("&Never talked"), this);
    m_overdue = new QCheckBox(tr("&Overdue"), this);
    row->addWidget(m_circle);
    row->addWidget(m_tier);
    row->addWidget(m_company, 1);
    row->addWidget(m_neverTalked);
    row->addWidget(m_overdue);
    outer->addLayout(row);

    auto refillCircles = [this] {
        const qint64 current = m_circle->currentData().toLongLong();
        const QSignalBlocker block(m_circle);
        m_circle->clear();
        m_circle->addItem(tr("All circles"), qint64(0));
        for (int i = 0; i < m_circles->rowCount(); ++i) {
            const QModelIndex idx = m_circles->index(i);
            m_circle->addItem(idx.data(CircleListModel::NameRole).toString(), idx.data(CircleListModel::IdRole));
        }
        const int at = m_circle->findData(current);
        m_circle->setCurrentIndex(at < 0 ? 0 : at);
    };
    refillCircles();
    connect(m_circles, &QAbstractItemModel::modelReset, this, refillCircles);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ContactFilterBar::emitNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_company, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_circle, &QComboBox::currentIndexChanged, this, &ContactFilterBar::emitNow);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &ContactFilterBar::emitNow);
    connect(m_neverTalked, &QCheckBox::toggled, this, &ContactFilterBar::emitNow);
    connect(m_overdue, &QCheckBox::toggled, this, &ContactFilterBar::emitNow);
}

ContactFilter ContactFilterBar::filter() const
{
    ContactFilter f;
    f.search = m_search->text();
    f.circleId = m_circle->currentData().toLongLong();
    f.tier = m_tier->currentData().toString();
    f.company = m_company->text().trimmed();
    f.neverTalked = m_neverTalked->isChecked();
    f.overdue = m_overdue->isChecked();
    return f;
}

bool ContactFilterBar::isFiltering() const
{
    const ContactFilter f = filter();
    return !f.search.trimmed().isEmpty() || f.circleId > 0 || !f.tier.isEmpty() || !f.company.isEmpty() ||
           f.neverTalked || f.overdue;
}

void ContactFilterBar::setCircle(qint64 circleId)
{
    const int at = m_circle->findData(circleId);
    m_circle->setCurrentIndex(at < 0 ? 0 : at);
}

void ContactFilterBar::emitNow()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

} // namespace rapport
