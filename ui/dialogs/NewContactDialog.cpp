#include "NewContactDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace rapport {

NewContactDialog::NewContactDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New Contact"));
    auto* form = new QFormLayout(this);
    auto field = [this, form](const QString& label, const QString& accessible) {
        auto* e = new QLineEdit(this);
        e->setAccessibleName(accessible);
        form->addRow(label, e);
        return e;
    };
    m_first = field(tr("&First name:"), tr("First name"));
    m_first->setObjectName(QStringLiteral("firstName"));
    m_last = field(tr("&Last name:"), tr("Last name"));
    m_last->setObjectName(QStringLiteral("lastName"));
    m_company = field(tr("&Company:"), tr("Company"));
    m_company->setObjectName(QStringLiteral("company"));
    m_position = field(tr("&Position:"), tr("Position"));
    m_email = field(tr("&E-mail:"), tr("E-mail"));
    m_howMet = field(tr("&How we met:"), tr("How we met"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    auto check = [this, ok] { ok->setEnabled(!(m_first->text() + m_last->text()).trimmed().isEmpty()); };
    connect(m_first, &QLineEdit::textChanged, this, check);
    connect(m_last, &QLineEdit::textChanged, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Contact NewContactDialog::contact() const
{
    Contact c;
    c.firstName = m_first->text().trimmed();
    c.lastName = m_last->text().trimmed();
    c.company = m_company->text().trimmed();
    c.position = m_position->text().trimmed();
    c.howMet = m_howMet->text().trimmed();
    if (!m_email->text().trimmed().isEmpty()) {
        c.emails.append({tr("work"), m_email->text().trimmed()});
    }
    c.editedFields = {QStringLiteral("firstName"), QStringLiteral("lastName")};
    c.deriveDisplayName();
    return c;
}

} // namespace rapport
