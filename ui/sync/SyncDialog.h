#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace rapport {

class SyncController;

/// File › Sync…: the CardDAV account (server, https:// unless http:// is typed; user; password,
/// remembered in the system keychain only; whether follow-ups are published to a calendar),
/// Sync Now, Forget Account, the last run's summary, and the conflicts earlier runs resolved by
/// the rule (the newer edit wins, an edit beats a deletion) with what differed, so nothing is
/// lost silently. The run itself belongs to the controller: the dialog closes when it starts.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncDialog(SyncController& controller, QWidget* parent = nullptr);

    /// Checks the fields, saves the account (and the password, when Remember is on), starts a
    /// sync and closes. False, with the reason shown, when something needs the user first.
    bool syncNow();
    /// Asks, then removes the account and its keychain entry.
    void forgetAccount();
    /// Dismisses the selected conflicts (their saved versions are dropped).
    void dismissSelected();
    void reloadConflicts();

    /// The fields that differ between two versions of a contact (vCards), as "Company, Phone".
    /// toolTip, when given, receives each field with both values.
    static QString differences(const QString& localCard, const QString& remoteCard, QString* toolTip = nullptr);

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QCheckBox* publishBox() const { return m_publish; }
    QPushButton* syncButton() const { return m_sync; }
    QPushButton* forgetButton() const { return m_forget; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QTableView* conflictsView() const { return m_conflicts; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* lastRunLabel() const { return m_lastRun; }

private:
    void loadAccount();
    void updateServerHint();
    void updateLastRun();
    void updateButtons();
    void showProblem(const QString& text);

    SyncController& m_controller;
    QLineEdit* m_server = nullptr;
    QLabel* m_serverHint = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QCheckBox* m_publish = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_lastRun = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_conflicts = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_sync = nullptr;
    QPushButton* m_forget = nullptr;
};

} // namespace rapport
