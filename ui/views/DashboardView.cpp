#include "DashboardView.h"

#include "AppContext.h"
#include "db/Database.h"
#include "dialogs/AuditDialog.h"
#include "scoring/ScoreTier.h"
#include "util/Clock.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport {

namespace {

// About five whole-number ticks, each 1, 2 or 5 times a power of ten.
double niceStep(double max)
{
    const double raw = std::max(1.0, max / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw) {
            return m * magnitude;
        }
    }
    return 10.0 * magnitude;
}

// Fixed ticks: Qt Charts 6.4 draws no labels for "%d" with dynamic ticks or localised numbers.
QValueAxis* countAxis(double max, const QColor& text)
{
    auto* axis = new QValueAxis;
    const double step = niceStep(max);
    const int ticks = std::max(1, static_cast<int>(std::ceil(max / step)));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsColor(text);
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories, const QColor& text)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsColor(text);
    return axis;
}

void attachAxes(QChart* chart, QAbstractSeries* series, QAbstractAxis* bottom, QAbstractAxis* left)
{
    chart->addAxis(bottom, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    series->attachAxis(bottom);
    series->attachAxis(left);
}

QFont scaledFont(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

DashboardView::DashboardView(AppContext& ctx, QWidget* parent) : View(ctx, parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);

    auto* header = new QHBoxLayout;
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setFont(scaledFont(m_headline->font(), 1.2, true));
    header->addWidget(m_headline, 1);
    m_auditAction = new QAction(icons::icon(QStringLiteral("done")), tr("Start &Audit…"), this);
    m_auditAction->setObjectName(QStringLiteral("startAudit"));
    m_auditAction->setToolTip(tr("Do you know them? Go through the people you have never talked with."));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_auditAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_auditAction);
    auto* auditButton = new QToolButton(page);
    auditButton->setObjectName(QStringLiteral("startAuditButton"));
    auditButton->setDefaultAction(m_auditAction);
    auditButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header->addWidget(auditButton);
    layout->addLayout(header);

    m_warnings = new QLabel(page);
    m_warnings->setObjectName(QStringLiteral("dunbarWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setFont(scaledFont(m_warnings->font(), 1.0, true));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->hide();

    m_tiers = addCard(QStringLiteral("tiersChart"), tr("Contacts by tier"), page);
    m_layers = addCard(QStringLiteral("layersChart"), tr("Real relationships in Dunbar's layers"), page, m_warnings);
    m_weeks = addCard(QStringLiteral("weeksChart"), tr("Conversations per week, past year"), page);
    m_followUps = addCard(QStringLiteral("followUpsChart"), tr("Follow-ups due in the last 90 days"), page);

    auto* replyBox = new QGroupBox(tr("Replies to your outreach"), page);
    auto* replyLayout = new QVBoxLayout(replyBox);
    m_replyFigure = new QLabel(replyBox);
    m_replyFigure->setObjectName(QStringLiteral("replyRate"));
    m_replyFigure->setAccessibleName(tr("Reply rate"));
    m_replyFigure->setAlignment(Qt::AlignCenter);
    m_replyFigure->setFont(scaledFont(m_replyFigure->font(), 3.0, true));
    m_replyCaption = new QLabel(replyBox);
    m_replyCaption->setObjectName(QStringLiteral("replyRateCaption"));
    m_replyCaption->setWordWrap(true);
    m_replyCaption->setAlignment(Qt::AlignCenter);
    replyLayout->addStretch();
    replyLayout->addWidget(m_replyFigure);
    replyLayout->addWidget(m_replyCaption);
    replyLayout->addStretch();

    auto* grid = new QGridLayout;
    grid->addWidget(m_tiers.box, 0, 0);
    grid->addWidget(m_layers.box, 0, 1);
    grid->addWidget(m_weeks.box, 1, 0, 1, 2);
    grid->addWidget(m_followUps.box, 2, 0);
    grid->addWidget(replyBox, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch();
    scroll->setWidget(page);
    outer->addWidget(scroll);
    setFocusProxy(auditButton);

    // Scoring every contact is the costly part: coalesce bursts of changes into one reload.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardView::reload);
    connect(&ctx.db(), &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if (e != db::Entity::Circle) {
            scheduleReload();
        }
    });
    connect(m_auditAction, &QAction::triggered, this, &DashboardView::startAudit);
}

DashboardView::Card DashboardView::addCard(const QString& objectName, const QString& title, QWidget* parent,
                                           QWidget* above)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    if (above != nullptr) {
        layout->addWidget(above);
    }
    Card card;
    card.box = box;
    card.caption = new QLabel(box);
    card.caption->setObjectName(objectName + QStringLiteral("Caption"));
    card.caption->setWordWrap(true);
    layout->addWidget(card.caption);
    card.view = new QChartView(new QChart, box);
    card.view->setObjectName(objectName);
    card.view->setAccessibleName(title);
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setFrameShape(QFrame::NoFrame);
    card.view->setMinimumHeight(240);
    card.view->chart()->setAnimationOptions(QChart::NoAnimation);
    layout->addWidget(card.view, 1);
    return card;
}

void DashboardView::activated()
{
    // The week and the 90-day window move with the date, even when nothing was edited.
    if (m_dirty || m_stats.today != Clock::today()) {
        reload();
    } else {
        emitStatus();
    }
}

void DashboardView::scheduleReload()
{
    m_dirty = true;
    // Hidden, the dashboard catches up when shown; visible, it follows edits. During the audit
    // it waits: rescoring the network after every key would make the keys lag.
    if (isVisible() && !m_auditing) {
        m_reloadTimer->start();
    }
}

void DashboardView::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    auto stats = reports::computeDashboardStats(context().db());
    if (!stats) {
        context().showError(stats.error());
        return;
    }
    m_stats = std::move(stats).value();
    populate();
}

void DashboardView::changeEvent(QEvent* event)
{
    View::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_replyFigure != nullptr) {
        populate(); // the chart theme follows the palette: light or dark
    }
}

void DashboardView::populate()
{
    const scoring::AuditSummary& net = m_stats.network;
    const QString headline = tr("%1 real relationships among %2 contacts; the other %3 are connections only.")
                                 .arg(locale().toString(net.realRelationships), locale().toString(net.contacts),
                                      locale().toString(net.connectionsOnly));
    m_headline->setText(headline);
    m_warnings->setText(net.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!net.warnings.isEmpty());
    showTiers();
    showLayers();
    showWeeks();
    showFollowUps();
    showReplies();
    emitStatus();
}

void DashboardView::emitStatus()
{
    const scoring::AuditSummary& net = m_stats.network;
    emit statusTextChanged(tr("%1 real relationships, %2 contacts")
                               .arg(locale().toString(net.realRelationships), locale().toString(net.contacts)));
}

QChart* DashboardView::resetChart(const Card& card)
{
    QChart* chart = card.view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The view's own background (the palette's base colour) shows through, so a custom or
    // high-contrast palette is followed exactly, not just "light or dark".
    chart->setBackgroundVisible(false);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->setLocale(locale());
    return chart;
}

void DashboardView::setCaption(const Card& card, const QString& text)
{
    card.caption->setText(text);
    card.view->setAccessibleDescription(text);
}

void DashboardView::showTiers()
{
    QChart* chart = resetChart(m_tiers);
    const QColor text = palette().color(QPalette::Text);
    auto* set = new QBarSet(tr("Contacts"));
    set->setLabelColor(text);
    QStringList categories;
    QStringList words;
    int max = 0;
    for (const scoring::ScoreTier tier : scoring::allTiers()) {
        const int n = m_stats.network.tierCounts[static_cast<int>(tier)];
        // Horizontal bars run bottom to top: prepend, so the closest tier is on top.
        set->insert(0, n);
        categories.prepend(scoring::tierName(tier));
        words << tr("%1: %2", "tier: number of contacts").arg(scoring::tierName(tier), locale().toString(n));
        max = std::max(max, n);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    attachAxes(chart, series, countAxis(max, text), categoryAxis(categories, text));
    chart->legend()->hide();
    setCaption(m_tiers, tr("Contacts by tier: %1.").arg(locale().createSeparatedList(words)));
}

void DashboardView::showLayers()
{
    QChart* chart = resetChart(m_layers);
    const QColor text = palette().color(QPalette::Text);
    auto* filled = new QBarSet(tr("Real relationships"));
    auto* open = new QBarSet(tr("Open places"));
    QStringList categories;
    QStringList words;
    int cumulative = 0;
    // Each layer holds the ones inside it: the closest 15 include the closest 5. Each bar is the
    // layer's whole capacity, so how full it is reads the same for 5 as for 150.
    for (const scoring::DunbarLayer& layer : m_stats.network.layers) {
        cumulative += layer.count;
        filled->insert(0, cumulative);
        open->insert(0, std::max(0, layer.capacity - cumulative));
        categories.prepend(tr("Closest %1").arg(layer.capacity));
        words << tr("%1 of %2").arg(locale().toString(cumulative), locale().toString(layer.capacity));
    }
    for (QBarSet* set : {filled, open}) {
        set->setLabelColor(text);
    }
    auto* series = new QHorizontalPercentBarSeries;
    series->append(filled);
    series->append(open);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(5);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->setLabelsColor(text);
    attachAxes(chart, series, percent, categoryAxis(categories, text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QString caption =
        tr("Real relationships filling the closest 5, 15, 50 and 150: %1.").arg(locale().createSeparatedList(words));
    if (m_stats.network.beyondLayers > 0) {
        caption += QLatin1Char(' ') + tr("%Ln more beyond 150.", nullptr, m_stats.network.beyondLayers);
    }
    setCaption(m_layers, caption);
}

void DashboardView::showWeeks()
{
    QChart* chart = resetChart(m_weeks);
    const QColor text = palette().color(QPalette::Text);
    auto* twoWay = new QLineSeries;
    twoWay->setName(tr("Both ways"));
    auto* oneWay = new QLineSeries;
    oneWay->setName(tr("One way"));
    int max = 0;
    const reports::WeekActivity* busiest = nullptr;
    for (const reports::WeekActivity& w : std::as_const(m_stats.weeks)) {
        const auto x = static_cast<qreal>(w.monday.startOfDay().toMSecsSinceEpoch());
        twoWay->append(x, w.twoWay);
        oneWay->append(x, w.oneWay);
        max = std::max({max, w.twoWay, w.oneWay});
        if (busiest == nullptr || w.total() > busiest->total()) {
            busiest = &w;
        }
    }
    chart->addSeries(twoWay);
    chart->addSeries(oneWay);
    if (!m_stats.weeks.isEmpty()) {
        auto* x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("MMM"));
        x->setTickCount(7);
        x->setRange(m_stats.weeks.first().monday.startOfDay(), m_stats.weeks.last().monday.startOfDay());
        x->setLabelsColor(text);
        QValueAxis* y = countAxis(max, text);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries* s : {twoWay, oneWay}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);

    const int total = m_stats.twoWayTotal() + m_stats.oneWayTotal();
    QString caption;
    if (total == 0 || busiest == nullptr) {
        caption = tr("No conversations in the past 52 weeks.");
    } else {
        caption = tr("%Ln conversation(s) in the past 52 weeks,", nullptr, total) + QLatin1Char(' ') +
                  tr("%Ln of them both ways.", nullptr, m_stats.twoWayTotal()) + QLatin1Char(' ') +
                  tr("The busiest was the week of %1, with %Ln.", nullptr, busiest->total())
                      .arg(locale().toString(busiest->monday, QLocale::ShortFormat));
    }
    setCaption(m_weeks, caption);
}

void DashboardView::showFollowUps()
{
    QChart* chart = resetChart(m_followUps);
    const QColor text = palette().color(QPalette::Text);
    const reports::FollowUpPunctuality& f = m_stats.followUps;
    auto* series = new QPieSeries;
    series->setHoleSize(0.35);
    const std::array<std::pair<QString, int>, 3> parts{
        {{tr("On time"), f.onTime}, {tr("Late"), f.late}, {tr("Still overdue"), f.overdue}}};
    for (const auto& [name, n] : parts) {
        QPieSlice* slice = series->append(tr("%1: %2", "slice: count").arg(name, locale().toString(n)), n);
        slice->setLabelVisible(n > 0);
        slice->setLabelColor(text);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    setCaption(m_followUps, f.total() == 0 ? tr("No follow-ups came due in the last 90 days.")
                                           : tr("Of %Ln follow-up(s) due in the last 90 days, %1 done on time, %2 "
                                                "done late, %3 still overdue.",
                                                nullptr, f.total())
                                                 .arg(locale().toString(f.onTime), locale().toString(f.late),
                                                      locale().toString(f.overdue)));
}

void DashboardView::showReplies()
{
    const reports::OutreachReplies& o = m_stats.outreach;
    QString caption;
    if (o.started == 0) {
        m_replyFigure->setText(QStringLiteral("–"));
        caption = tr("You have not started a conversation in the past 52 weeks.");
    } else {
        const int percent = qRound(o.rate() * 100);
        m_replyFigure->setText(locale().toString(percent) + locale().percent());
        caption = tr("%1 of the %Ln conversation(s) you started in the past 52 weeks got a reply; %2 did not.", nullptr,
                     o.started)
                      .arg(locale().toString(o.answered), locale().toString(o.unanswered()));
    }
    m_replyCaption->setText(caption);
    m_replyFigure->setAccessibleDescription(caption);
}

void DashboardView::startAudit()
{
    AuditDialog dialog(context(), this);
    m_auditing = true;
    dialog.exec();
    m_auditing = false;
    if (m_dirty) {
        reload();
    }
    if (dialog.answeredCount() > 0) {
        context().showInfo(dialog.summaryText());
    }
}

} // namespace rapport
