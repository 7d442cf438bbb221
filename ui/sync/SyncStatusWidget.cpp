#include "SyncStatusWidget.h"

#include "SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace rapport {

SyncStatusWidget::SyncStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_label->setAccessibleName(tr("Sync state"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->setToolTip(tr("Stop syncing; what was already synced stays, the rest follows next time"));
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(30000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_controller) {
            m_controller->cancel();
        }
    });
    hide();
}

void SyncStatusWidget::setController(SyncController* controller)
{
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    m_hideTimer->stop();
    hide();
    if (!controller) {
        return;
    }
    connect(controller, &SyncController::runningChanged, this, &SyncStatusWidget::runningChanged);
    connect(controller, &SyncController::stateTextChanged, m_label, &QLabel::setText);
    connect(controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    connect(controller, &SyncController::finished, this, &SyncStatusWidget::finished);
    if (controller->isRunning()) {
        runningChanged(true);
    }
}

void SyncStatusWidget::setSummaryDuration(int milliseconds)
{
    m_hideTimer->setInterval(milliseconds);
}

void SyncStatusWidget::runningChanged(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        m_hideTimer->stop();
        m_label->setToolTip(QString());
        showProgress(0, 0);
        show();
    }
}

void SyncStatusWidget::showProgress(int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the total is not known yet
        m_progress->setToolTip(QString());
    } else {
        m_progress->setRange(0, total);
        m_progress->setValue(qBound(0, done, total));
        m_progress->setToolTip(tr("%L1 of %L2").arg(done).arg(total));
    }
}

void SyncStatusWidget::finished(const sync::SyncSummary& summary, const QString& line)
{
    m_label->setText(line);
    m_label->setToolTip(SyncController::summaryDetails(summary));
    show();
    if (m_hideTimer->interval() > 0) {
        m_hideTimer->start();
    }
}

} // namespace rapport
