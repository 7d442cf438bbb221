#pragma once

#include <QDialog>

class QSpinBox;

namespace rapport {

/// Asks for a keep-in-touch cadence: ideal and maximum days between conversations (0 = tier default).
class SetCadenceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetCadenceDialog(int contactCount, QWidget* parent = nullptr, int ideal = 30, int max = 60);
    int idealDays() const;
    int maxDays() const;

private:
    QSpinBox* m_ideal = nullptr;
    QSpinBox* m_max = nullptr;
};

} // namespace rapport
