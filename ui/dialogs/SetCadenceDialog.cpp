#include "SetCadenceDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace rapport {

SetCadenceDialog::SetCadenceDialog(int contactCount, QWidget* parent, int ideal, int max) : QDialog(parent)
{
    setWindowTitle(tr("Set Cadence"));
    auto* form = new QFormLayout(this);
    form->addRow(
        new QLabel(tr("How often to talk to %n contact(s). 0 uses the tier's default.", nullptr, contactCount), this));
    m_ideal = new QSpinBox(this);
    m_ideal->setRange(0, 3650);
    m_ideal->setSuffix(tr(" days"));
    m_ideal->setValue(ideal);
    m_ideal->setAccessibleName(tr("Ideal interval in days"));
    m_max = new QSpinBox(this);
    m_max->setRange(0, 3650);
    m_max->setSuffix(tr(" days"));
    m_max->setValue(max);
    m_max->setAccessibleName(tr("Maximum interval in days"));
    form->addRow(tr("&Ideal every:"), m_ideal);
    form->addRow(tr("&At most every:"), m_max);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ideal, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_max->value() < v) {
            m_max->setValue(v);
        }
    });
}

int SetCadenceDialog::idealDays() const
{
    return m_ideal->value();
}

int SetCadenceDialog::maxDays() const
{
    return std::max(m_max->value(), m_ideal->value());
}

} // namespace rapport
