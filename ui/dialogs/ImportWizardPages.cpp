#include "ImportWizardPages.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace rapport::importui {

/// A read-only table for looking, not editing; Tab leaves it, arrows move inside it.
QTableWidget* makeTable(QWidget* parent, const char* objectName, const QString& accessibleName,
                        const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(objectName));
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem* numberItem(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setRow(QTableWidget* table, int row, const QList<QTableWidgetItem*>& items)
{
    for (int c = 0; c < items.size(); ++c) {
        table->setItem(row, c, items.at(c));
    }
}

QString lineText(qint64 line)
{
    return line > 0 ? QLocale().toString(line) : QCoreApplication::translate("rapport::ImportWizard", "whole file");
}

QLabel* makeLabel(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(objectName));
    l->setAccessibleName(accessibleName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace rapport::importui
