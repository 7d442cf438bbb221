#pragma once

#include "scoring/NetworkAudit.h"

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QUndoCommand;

namespace rapport {

class AppContext;

/// "Do you know them?": the network audit, one contact at a time, one key per answer — K keep,
/// C give context (what they do, how you met; Enter saves), A archive, D or Delete to the Trash,
/// Backspace or Ctrl+Z undo the last answer (the contact comes back), Esc closes. Every answer
/// is a command on the session's undo stack, so it can also be undone after the dialog closed.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditDialog(AppContext& context, QWidget* parent = nullptr);

    /// Contacts in the queue when the dialog opened.
    int total() const { return static_cast<int>(m_queue.size()); }
    /// Index of the contact shown; total() once everyone has an answer.
    int position() const { return m_position; }
    qint64 currentContactId() const;
    bool isGivingContext() const { return m_givingContext; }
    /// Answers given in this dialog and not undone.
    int answeredCount() const { return static_cast<int>(m_answers.size()); }
    /// "Kept 2, gave context for 1, archived 1, deleted 3." (translated)
    QString summaryText() const;
    QAction* action(const QString& objectName) const;

    void keep();
    void startContext();
    void saveContext();
    void cancelContext();
    void archive();
    void remove();
    void undoLast();

private:
    using Action = scoring::AuditChange::Action;

    QAction* addKeyAction(const QString& objectName, const QString& text, const QList<QKeySequence>& keys);
    void buildCard(QWidget* page);
    void answer(Action action);
    void showCurrent();
    void updateActions();

    AppContext& m_context;
    QList<scoring::AuditEntry> m_queue;
    int m_position = 0;
    bool m_givingContext = false;
    bool m_loaded = false;
    /// The commands this dialog pushed, oldest first; undo only ever takes back the last of these.
    QList<const QUndoCommand*> m_pushed;
    QList<Action> m_answers;

    QLabel* m_progress = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_card = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_work = nullptr;
    QLabel* m_connected = nullptr;
    QLabel* m_flags = nullptr;
    QWidget* m_contextForm = nullptr;
    QLineEdit* m_positionEdit = nullptr;
    QLineEdit* m_companyEdit = nullptr;
    QLineEdit* m_howMetEdit = nullptr;
    QLabel* m_doneText = nullptr;
    QLabel* m_hint = nullptr;
    QList<QAction*> m_actions;
    QList<QAction*> m_answerActions; ///< K, C, A, D: only with a contact shown and no form open
    QAction* m_undo = nullptr;
    QAction* m_save = nullptr;
    QAction* m_cancel = nullptr;
};

} // namespace rapport
