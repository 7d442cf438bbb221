#pragma once

#include "model/Conversation.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QDateEdit;
class QDateTimeEdit;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace rapport {

namespace db {
class Database;
}
class ContactTableModel;

/// Logs a conversation with one or more contacts: who (typed, with completion over the whole
/// database), how, when, how long, what was said and the agreed next step with its date.
class LogConversationDialog : public QDialog
{
    Q_OBJECT
public:
    LogConversationDialog(db::Database& db, const QList<qint64>& contactIds, QWidget* parent = nullptr);

    Conversation conversation() const;
    void addContact(qint64 id);
    QList<qint64> contactIds() const { return m_ids; }
    QLineEdit* contactField() const { return m_who; }
    QPlainTextEdit* summaryField() const { return m_summary; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFirstMatch();
    void updateOk();

    db::Database& m_db;
    QList<qint64> m_ids;
    ContactTableModel* m_matches = nullptr;
    QCompleter* m_completer = nullptr;
    QTimer* m_debounce = nullptr;
    QLineEdit* m_who = nullptr;
    QListWidget* m_chosen = nullptr;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_initiator = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_nextStep = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace rapport
