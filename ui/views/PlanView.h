#pragma once

#include "followups/IsoWeek.h"
#include "navigation/View.h"
#include "reports/WeeklyList.h"
#include "services/commands/ChangeFollowUpDate.h"

class QAction;
class QComboBox;
class QPrinter;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport {

class PlanItemModel;
class WriteNoteDialog;

/// Today ("10 calls before 10": what is due or overdue now, best first) and This week (the
/// week's list by day or by priority, any week, with print preview, PDF and calendar export).
/// Done, snooze and reschedule work on the selection from the keyboard, each one undoable.
class PlanView : public View
{
    Q_OBJECT
public:
    enum class Mode { Today, Week };

    PlanView(Mode mode, AppContext& context, QWidget* parent = nullptr);

    void activated() override;
    QList<QAction*> viewActions() const override { return m_actions; }
    QString viewMenuTitle() const override;

    Mode mode() const { return m_mode; }
    PlanItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    followups::IsoWeek week() const { return m_week; }
    QAction* action(const QString& objectName) const;

    void setWeek(const followups::IsoWeek& week);
    void setGrouping(reports::Grouping grouping);
    /// Selects the rows of these follow-ups (tests, and keeping the selection across a reload).
    void selectFollowUps(const QList<qint64>& followUpIds);
    QList<qint64> selectedFollowUpIds() const;

    void markDone();
    void snoozeDays(int days);
    void snoozeUntilPicked();
    void reschedule();
    void openContact();
    void logConversation();
    /// Opens the note coach for the current contact (a message before the call).
    WriteNoteDialog* writeNote();
    void printPreview();
    void print();
    /// Writes the week's list as PDF; returns false (and says why) on failure.
    bool exportPdf(const QString& path);
    /// Writes the week's follow-ups as iCalendar to-dos.
    bool exportCalendar(const QString& path);

public slots:
    void reload();

private:
    void scheduleReload();
    void updateActions();
    void updateHeader();
    Result<reports::WeeklyList> weeklyList();
    void changeDates(const QList<qint64>& ids, ChangeFollowUpDate::Kind kind, const QDate& date,
                     const QString& undoText);
    void preparePrinter(QPrinter& printer) const;
    void paintWeeklyList(const reports::WeeklyList& list, QPrinter* printer);
    QList<qint64> selectedContactIds() const;

    Mode m_mode;
    followups::IsoWeek m_week;
    followups::WeekPlan m_plan;
    reports::Grouping m_grouping = reports::Grouping::ByDay;
    PlanItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_groupingBox = nullptr;
    QTimer* m_reloadTimer = nullptr;
    QList<QAction*> m_actions;
    QList<QAction*> m_itemActions; ///< enabled only with a saved follow-up selected
    bool m_dirty = true;
};

} // namespace rapport
