#pragma once

#include "model/Contact.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace rapport {

/// Edits a list of labelled values (e-mails or phones): label and value per row, add and remove.
/// Emits edited() with the whole list when the user finishes a change.
class LabeledValuesEditor : public QWidget
{
    Q_OBJECT
public:
    LabeledValuesEditor(const QString& what, const QStringList& defaultLabels, QWidget* parent = nullptr);

    void setValues(const QList<LabeledValue>& values);
    QList<LabeledValue> values() const;

signals:
    void edited(const QList<rapport::LabeledValue>& values);

private:
    void addRow(const LabeledValue& v);
    QTableWidget* m_table = nullptr;
    QStringList m_labels;
    bool m_loading = false;
};

} // namespace rapport
