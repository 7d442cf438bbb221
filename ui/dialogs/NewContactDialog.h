#pragma once

#include "model/Contact.h"

#include <QDialog>

class QLineEdit;

namespace rapport {

/// The few fields needed to start a contact; the detail panel takes it from there.
class NewContactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewContactDialog(QWidget* parent = nullptr);
    Contact contact() const;

private:
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_position = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_howMet = nullptr;
};

} // namespace rapport
