#pragma once

#include "navigation/View.h"
#include "services/commands/DecideInvitations.h"

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace rapport {

class InvitationListModel;
class WriteNoteDialog;

/// Incoming connection requests with the collector detector's verdict (issue #5): genuine ones
/// first, name collectors last; the current request's message with the evidence highlighted and
/// the reasons in plain words; Accept / Ignore / Flag Was Wrong on the whole selection as one
/// undoable step; Ask for Context copies a polite reply; Write a Note opens the draft coach.
class InvitationsView : public View
{
    Q_OBJECT
public:
    explicit InvitationsView(AppContext& context, QWidget* parent = nullptr);

    void activated() override;
    QList<QAction*> viewActions() const override { return m_actions; }
    QString viewMenuTitle() const override { return tr("&Invitation"); }

    InvitationListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* messageView() const { return m_message; }
    QListWidget* reasonsList() const { return m_reasons; }
    QList<qint64> selectedIds() const;

    void acceptSelected() { decide(DecideInvitations::Decision::Accept); }
    void ignoreSelected() { decide(DecideInvitations::Decision::Ignore); }
    void flagSelectedAsWrong() { decide(DecideInvitations::Decision::FlagWrong); }
    /// Copies a reply asking how they came across the user, one per selected sender.
    void askForContext();
    /// Analyses the pending invitations again with the weights learned so far.
    void reanalyse();
    /// Opens the note box (not modal) addressed to the current sender; it closes itself.
    WriteNoteDialog* writeNote();

private:
    QAction* makeAction(const QString& name, const QString& iconName, const QString& text,
                        const QList<QKeySequence>& keys);
    QWidget* buildDetail(QWidget* parent);
    void decide(DecideInvitations::Decision decision);
    /// Triages invitations nobody has analysed yet (new imports), quietly unless there are some.
    void triageUntriaged();
    void rememberSelection();
    void restoreSelection();
    void showCurrent();
    void updateActions();
    void updateStatus();

    InvitationListModel* m_model = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_verdict = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_detailPages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_sender = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_verdictBadge = nullptr;
    QTextBrowser* m_message = nullptr;
    QListWidget* m_reasons = nullptr;
    QToolButton* m_openContact = nullptr;
    QAction* m_accept = nullptr;
    QAction* m_ignore = nullptr;
    QAction* m_flag = nullptr;
    QAction* m_ask = nullptr;
    QAction* m_reanalyse = nullptr;
    QAction* m_writeNote = nullptr;
    QList<QAction*> m_actions;
    QList<qint64> m_keptIds;
    qint64 m_keptCurrent = 0;
    int m_keptRow = -1;
};

} // namespace rapport
