#pragma once

#include "WeeklyListHtml.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;

namespace rapport::reports {

/// Paginates the weekly list entry by entry (QTextDocument measures each one, so no entry is
/// split across pages and a day's heading stays with its first entry) and paints it with a
/// header on every page: the ISO week and "Page 2 of 3".
///
/// Works on any QPagedPaintDevice: writePdf() uses QPdfWriter; the UI's print preview calls
/// paint() with its QPrinter from QPrintPreviewDialog::paintRequested. Painting text needs a
/// QGuiApplication (fonts); the caller owns it.
class WeeklyListPrinter
{
public:
    explicit WeeklyListPrinter(WeeklyList list, WeeklyListOptions options = {});

    /// Paints every page onto the device with its current page layout (size, margins, resolution).
    /// Returns the number of pages.
    Result<int> paint(QPagedPaintDevice* device) const;

    /// Writes a PDF (A4 or Letter as given, 15 mm margins). Returns the number of pages.
    Result<int> writePdf(const QString& path, const QPageSize& pageSize) const;

    /// Letter for the territories that use it (United States, Canada, Mexico, the Philippines,
    /// much of Central and South America), A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale& locale = QLocale());
    /// Portrait, the locale's page size, 15 mm margins: what the UI's printer should start with.
    static QPageLayout defaultPageLayout(const QLocale& locale = QLocale());

private:
    WeeklyList m_list;
    WeeklyListOptions m_options;
};

} // namespace rapport::reports
