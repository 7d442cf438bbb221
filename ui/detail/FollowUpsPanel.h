#pragma once

#include <QWidget>

class QListView;
class QToolButton;

namespace rapport {

class AppContext;
class FollowUpListModel;

/// A contact's open follow-ups with Done, Snooze (a day, a week, a date) and Reschedule, all
/// undoable and reachable from the keyboard (Ctrl+D, Ctrl+Shift+S, Ctrl+Shift+R while the list
/// has focus; the same from its context menu).
class FollowUpsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpsPanel(AppContext& context, QWidget* parent = nullptr);

    void setContactId(qint64 contactId);
    QListView* list() const { return m_list; }
    FollowUpListModel* model() const { return m_model; }

    void markDone();
    void snoozeDays(int days);
    void snoozeUntilPicked();
    void reschedule();

private:
    qint64 currentId() const;
    void updateButtons();

    AppContext& m_context;
    FollowUpListModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QToolButton* m_done = nullptr;
    QToolButton* m_snooze = nullptr;
    QToolButton* m_reschedule = nullptr;
};

} // namespace rapport
