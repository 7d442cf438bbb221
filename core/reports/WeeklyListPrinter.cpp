#include "WeeklyListPrinter.h"

#include "followups/PlainWords.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace rapport::reports {

namespace {

// One laid-out piece of the list: the intro, a heading or an entry.
struct Block
{
    std::unique_ptr<QTextDocument> doc;
    bool keepWithNext = false;
    qreal height = 0;
    qreal gapAfter = 0; ///< white space below; a document's own first/last margins are dropped

    int page = 0;
    qreal y = 0;
};

QFont baseFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(10);
    return f;
}

} // namespace

WeeklyListPrinter::WeeklyListPrinter(WeeklyList list, WeeklyListOptions options)
    : m_list(std::move(list)), m_options(options)
{}

QPageSize WeeklyListPrinter::pageSizeFor(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::UnitedStatesOutlyingIslands:
    case QLocale::UnitedStatesVirginIslands:
    case QLocale::PuertoRico:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        break;
    }
    return QPageSize(QPageSize::A4);
}

QPageLayout WeeklyListPrinter::defaultPageLayout(const QLocale& locale)
{
    return QPageLayout(pageSizeFor(locale), QPageLayout::Portrait, QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter);
}

Result<int> WeeklyListPrinter::paint(QPagedPaintDevice* device) const
{
    using R = Result<int>;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return R::fail(QCoreApplication::translate(
            "Reports", "Printing needs the graphical part of Qt (a QGuiApplication) for fonts."));
    }
    if (!device) {
        return R::fail(QCoreApplication::translate("Reports", "There is nothing to print to."));
    }
    QPainter painter;
    if (!painter.begin(device)) {
        return R::fail(
            QCoreApplication::translate("Reports", "Cannot start printing: the output could not be opened."));
    }
    const qreal dpi = device->logicalDpiY();
    const qreal pt = dpi / 72.0; // device units per point
    const QRectF area(0, 0, device->width(), device->height());
    const QString css = html::styleSheet(pt);
    const QFont font = baseFont();

    QFont headerFont = font;
    headerFont.setPointSizeF(8);
    const QFontMetricsF headerMetrics(headerFont, device);
    const qreal headerHeight = headerMetrics.height() + 8 * pt;
    const qreal footerHeight = headerMetrics.height() + 6 * pt;
    const qreal bodyHeight = area.height() - headerHeight - footerHeight;

    auto makeBlock = [&](const QString& body, bool keepWithNext, qreal gapAfter = 0) {
        Block b;
        b.doc = std::make_unique<QTextDocument>();
        b.doc->documentLayout()->setPaintDevice(device);
        b.doc->setDefaultFont(font);
        b.doc->setDefaultStyleSheet(css);
        b.doc->setDocumentMargin(0);
        b.doc->setTextWidth(area.width());
        b.doc->setHtml(body);
        b.height = b.doc->size().height();
        b.keepWithNext = keepWithNext;
        b.gapAfter = gapAfter;
        return b;
    };

    std::vector<Block> blocks;
    blocks.push_back(makeBlock(html::intro(m_list), false, 6 * pt));
    const auto groups = groupEntries(m_list, m_options.grouping);
    if (groups.isEmpty()) {
        blocks.push_back(makeBlock(html::emptyNote(), false));
    }
    for (const auto& g : groups) {
        blocks.push_back(makeBlock(html::heading(g.heading), true, 3 * pt));
        for (const qsizetype i : g.entries) {
            blocks.push_back(makeBlock(html::entry(m_list.entries.at(i), m_list.today, m_options), false, 8 * pt));
        }
    }

    // Pagination: a block that does not fit starts a new page; a heading moves with its first entry.
    int page = 0;
    qreal y = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        qreal need = blocks[i].height;
        if (blocks[i].keepWithNext && i + 1 < blocks.size()) {
            need += blocks[i + 1].height;
        }
        if (y > 0 && y + need > bodyHeight) {
            ++page;
            y = 0;
        }
        blocks[i].page = page;
        blocks[i].y = y;
        y += blocks[i].height + blocks[i].gapAfter;
    }
    const int pages = page + 1;

    const QString title = m_list.week.label();
    const QString printed = QCoreApplication::translate("Reports", "Rapport \u00b7 weekly list \u00b7 printed %1")
                                .arg(followups::words::longDate(m_list.today));
    std::size_t next = 0;
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage()) {
            painter.end();
            return R::fail(QCoreApplication::translate("Reports", "Cannot start page %1 of the printout.").arg(p + 1));
        }
        painter.setPen(Qt::black);
        painter.setFont(headerFont);
        const QRectF headerRect(0, 0, area.width(), headerMetrics.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("Reports", "Page %1 of %2").arg(p + 1).arg(pages));
        const qreal ruleY = headerMetrics.height() + 3 * pt;
        painter.setPen(QPen(Qt::black, 0.5 * pt));
        painter.drawLine(QPointF(0, ruleY), QPointF(area.width(), ruleY));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, area.height() - headerMetrics.height(), area.width(), headerMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, printed);

        for (; next < blocks.size() && blocks[next].page == p; ++next) {
            const Block& b = blocks[next];
            painter.save();
            painter.translate(0, headerHeight + b.y);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette.setColor(QPalette::Text, Qt::black);
            // An entry taller than a page (only with absurd options) is clipped rather than overflowing.
            ctx.clip = QRectF(0, 0, area.width(), std::min(b.height, bodyHeight));
            painter.setClipRect(ctx.clip);
            b.doc->documentLayout()->draw(&painter, ctx);
            painter.restore();
        }
    }
    painter.end();
    return R::ok(pages);
}

Result<int> WeeklyListPrinter::writePdf(const QString& path, const QPageSize& pageSize) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Rapport"));
    writer.setTitle(m_list.week.label());
    writer.setPageLayout(
        QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter));
    auto pages = paint(&writer);
    if (!pages) {
        return Result<int>::fail(
            QCoreApplication::translate("Reports", "Cannot write %1: %2").arg(path, pages.error()));
    }
    return pages;
}

} // namespace rapport::reports
