#pragma once

#include "model/Contact.h"

#include <QDialog>

class QButtonGroup;
class QGridLayout;
class QRadioButton;

namespace rapport {

namespace db {
class Database;
}

/// Merges two contacts field by field: for each field that differs, a choice between the two
/// values (keyboard: Tab between rows, arrows between the two choices). E-mails, phones,
/// circles, conversations, follow-ups and introductions of both are kept.
class MergeContactsDialog : public QDialog
{
    Q_OBJECT
public:
    MergeContactsDialog(db::Database& db, qint64 firstId, qint64 secondId, QWidget* parent = nullptr);

    qint64 keptId() const;
    qint64 removedId() const;
    Contact merged() const;

private:
    void rebuild();

    Contact m_a;
    Contact m_b;
    QRadioButton* m_keepA = nullptr;
    QRadioButton* m_keepB = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QPair<QString, QButtonGroup*>> m_choices;
};

} // namespace rapport
