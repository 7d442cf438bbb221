#pragma once

#include "sync/SyncTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace rapport {

class SyncController;

/// The sync corner of the status bar: what the run is doing, a progress bar (busy while the
/// total is not known) and Cancel, shown only while a run is going; the one-line summary of
/// the run stays for a while afterwards, with the counts in its tooltip.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    /// Follows this controller (the open database's); null shows nothing.
    void setController(SyncController* controller);
    /// How long the summary stays after a run (default 30 s; 0 keeps it).
    void setSummaryDuration(int milliseconds);

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolButton* cancelButton() const { return m_cancel; }

private:
    void runningChanged(bool running);
    void showProgress(int done, int total);
    void finished(const rapport::sync::SyncSummary& summary, const QString& line);

    QPointer<SyncController> m_controller;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QTimer* m_hideTimer = nullptr;
};

} // namespace rapport
