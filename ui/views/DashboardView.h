#pragma once

#include "navigation/View.h"
#include "reports/DashboardStats.h"

class QAction;
class QChart;
class QChartView;
class QLabel;
class QTimer;

namespace rapport {

/// The dashboard: the network in pictures rather than numbers to read — contacts by tier, real
/// relationships against Dunbar's layers (over-capacity warnings above), conversations per week
/// over the past year, follow-ups done on time, and the reply rate to the user's outreach. Every
/// chart carries a plain-words caption with the same numbers, for screen readers and for people
/// who would rather read. "Start Audit…" opens the "Do you know them?" dialog.
///
/// The numbers come from reports::computeDashboardStats(); the view recomputes them when shown
/// and, while visible, shortly after the database changes.
class DashboardView : public View
{
    Q_OBJECT
public:
    explicit DashboardView(AppContext& context, QWidget* parent = nullptr);

    void activated() override;
    QList<QAction*> viewActions() const override { return {m_auditAction}; }
    QString viewMenuTitle() const override { return tr("&Dashboard"); }

    const reports::DashboardStats& stats() const { return m_stats; }
    QAction* auditAction() const { return m_auditAction; }

public slots:
    /// Recomputes the numbers and redraws every chart.
    void reload();
    /// Opens the network audit (modal); the dashboard catches up with its answers when it closes.
    void startAudit();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QWidget* box = nullptr;
        QChartView* view = nullptr;
        QLabel* caption = nullptr;
    };

    Card addCard(const QString& objectName, const QString& title, QWidget* parent, QWidget* above = nullptr);
    void scheduleReload();
    void populate();
    void emitStatus();
    void showTiers();
    void showLayers();
    void showWeeks();
    void showFollowUps();
    void showReplies();
    void setCaption(const Card& card, const QString& text);
    /// Restarts a chart for new series: the theme follows the palette (light or dark).
    QChart* resetChart(const Card& card);

    reports::DashboardStats m_stats;
    QLabel* m_headline = nullptr;
    QLabel* m_warnings = nullptr;
    Card m_tiers;
    Card m_layers;
    Card m_weeks;
    Card m_followUps;
    QLabel* m_replyFigure = nullptr;
    QLabel* m_replyCaption = nullptr;
    QAction* m_auditAction = nullptr;
    QTimer* m_reloadTimer = nullptr;
    bool m_dirty = true;
    bool m_auditing = false;
};

} // namespace rapport
