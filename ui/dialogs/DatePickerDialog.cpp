#include "DatePickerDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rapport {

DatePickerDialog::DatePickerDialog(const QString& title, const QDate& initial, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_calendar = new QCalendarWidget(this);
    m_calendar->setSelectedDate(initial);
    m_calendar->setAccessibleName(title);
    layout->addWidget(m_calendar);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    m_calendar->setFocus();
}

QDate DatePickerDialog::date() const
{
    return m_calendar->selectedDate();
}

} // namespace rapport
