// WeeklyListPrinter: the paginated weekly list as PDF — page size from the locale, page numbers,
// no entry split across pages, hostile text printed as text. Needs fonts, so a QGuiApplication
// (offscreen) rather than QTEST_GUILESS_MAIN.
#include "reports/WeeklyListPrinter.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::reports;

namespace {

WeeklyList sampleList(int people)
{
    WeeklyList list;
    list.week = followups::IsoWeek(2026, 48);
    list.today = QDate(2026, 11, 23);
    for (int i = 0; i < people; ++i) {
        WeeklyEntry e;
        auto& item = e.item;
        item.followUp.id = i + 1;
        item.followUp.uid = QStringLiteral("uid-%1").arg(i);
        item.followUp.due = list.week.monday().addDays(i % 7);
        item.due = item.followUp.due;
        item.listedOn = item.due;
        item.contactName = QStringLiteral("Person %1 Kováčová").arg(i + 1);
        item.company = QStringLiteral("Company %1").arg(i + 1);
        item.kind = i % 3 == 0 ? followups::PlanItem::Kind::NextStep : followups::PlanItem::Kind::CadenceDue;
        item.whyNow = QStringLiteral("No conversation in 4 months; you aim for every 2 months.");
        e.phone = QStringLiteral("+421 905 000 %1").arg(i, 3, 10, QLatin1Char('0'));
        e.email = QStringLiteral("person%1@example.com").arg(i + 1);
        e.lastConversationOn = QDate(2026, 7, 14);
        // Some entries are much taller than others, to exercise the page breaks.
        e.lastSummary = QStringLiteral("Talked about the data team and hiring. ").repeated(1 + (i % 4) * 2);
        e.opener = QStringLiteral("Pick up where you left off on 14 July.");
        list.entries << e;
    }
    return list;
}

int countPages(const QByteArray& pdf)
{
    // Page objects, not the /Pages tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

QString pdfText(const QString& path, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                          QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestWeeklyListPrinter : public QObject
{
    Q_OBJECT
private slots:
    void pageSizeFollowsTheLocale_data();
    void pageSizeFollowsTheLocale();
    void writesPdfWithPageCountAndSize();
    void keepsEntriesWholeAndNumbersPages();
    void printsHostileTextAsText();
    void paintsOnAnyPagedDevice();
    void reportsAnUnwritableFile();
};

void TestWeeklyListPrinter::pageSizeFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("size");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << int(QPageSize::Letter);
    QTest::newRow("en_CA") << QLocale(QLocale::English, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << int(QPageSize::Letter);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << int(QPageSize::A4);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
    QTest::newRow("sk_SK") << QLocale(QLocale::Slovak, QLocale::Slovakia) << int(QPageSize::A4);
    QTest::newRow("C") << QLocale::c() << int(QPageSize::A4);
}

void TestWeeklyListPrinter::pageSizeFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, size);
    QCOMPARE(int(WeeklyListPrinter::pageSizeFor(locale).id()), size);
    QCOMPARE(int(WeeklyListPrinter::defaultPageLayout(locale).pageSize().id()), size);
}

void TestWeeklyListPrinter::writesPdfWithPageCountAndSize()
{
    QTemporaryDir dir;
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    const WeeklyListPrinter printer(sampleList(30));
    auto pages = printer.writePdf(a4, QPageSize(QPageSize::A4));
    QVERIFY2(pages, qPrintable(pages.error()));
    QVERIFY(pages.value() >= 3);
    QFile f(a4);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(countPages(pdf), pages.value());
    QVERIFY(pdf.contains("/MediaBox [0 0 595"));

    auto letterPages = printer.writePdf(letter, QPageSize(QPageSize::Letter));
    QVERIFY(letterPages);
    QFile g(letter);
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QByteArray letterPdf = g.readAll();
    QVERIFY(letterPdf.contains("/MediaBox [0 0 612") && !letterPdf.contains("/MediaBox [0 0 595"));
    QCOMPARE(countPages(letterPdf), letterPages.value());

    const WeeklyListPrinter empty(sampleList(0));
    QCOMPARE(empty.writePdf(dir.filePath(QStringLiteral("empty.pdf")), QPageSize(QPageSize::A4)).value(), 1);
}

void TestWeeklyListPrinter::keepsEntriesWholeAndNumbersPages()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    auto pages = WeeklyListPrinter(sampleList(30)).writePdf(path, QPageSize(QPageSize::A4));
    QVERIFY(pages);
    int whys = 0;
    for (int p = 1; p <= pages.value(); ++p) {
        const QString text = pdfText(path, p);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages.value())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Week 48, 23\u201329 November 2026")));
        // Each entry starts with its name line and ends with the opener: both on the same page.
        const int why = static_cast<int>(text.count(QStringLiteral("Why now:")));
        QCOMPARE(static_cast<int>(text.count(QStringLiteral("Opener:"))), why);
        QCOMPARE(static_cast<int>(text.count(QStringLiteral("Kováčová"))), why);
        whys += why;
    }
    QCOMPARE(whys, 30);
}

void TestWeeklyListPrinter::printsHostileTextAsText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    WeeklyList list = sampleList(1);
    list.entries[0].item.contactName = QStringLiteral("<img src=x>");
    list.entries[0].lastSummary = QStringLiteral("<script>alert(1)</script>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
    QVERIFY(WeeklyListPrinter(list).writePdf(path, QPageSize(QPageSize::A4)));
    const QString text = pdfText(path, 1);
    QVERIFY2(text.contains(QStringLiteral("<img src=x>")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
}

void TestWeeklyListPrinter::paintsOnAnyPagedDevice()
{
    // What the UI does with a QPrinter: its own page layout, resolution and margins.
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("device.pdf")));
    writer.setResolution(600);
    writer.setPageLayout(WeeklyListPrinter::defaultPageLayout(QLocale(QLocale::English, QLocale::UnitedStates)));
    auto pages = WeeklyListPrinter(sampleList(12)).paint(&writer);
    QVERIFY2(pages, qPrintable(pages.error()));
    QVERIFY(pages.value() >= 1);
    QVERIFY(!WeeklyListPrinter(sampleList(1)).paint(nullptr));
}

void TestWeeklyListPrinter::reportsAnUnwritableFile()
{
    auto r =
        WeeklyListPrinter(sampleList(1)).writePdf(QStringLiteral("/nonexistent-dir/x.pdf"), QPageSize(QPageSize::A4));
    QVERIFY(!r);
    QVERIFY(r.error().contains(QStringLiteral("/nonexistent-dir/x.pdf")));
}

QTEST_MAIN(TestWeeklyListPrinter)
#include "tst_weeklylistprinter.moc"
