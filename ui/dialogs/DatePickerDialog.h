#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace rapport {

/// Picks one date with the keyboard (arrow keys in the calendar, Enter to accept).
class DatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    DatePickerDialog(const QString& title, const QDate& initial, QWidget* parent = nullptr);
    QDate date() const;

private:
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace rapport
