// IsoWeek: ISO 8601 week numbering at the edges (week 1 and 53, year changes) and its labels.
#include "followups/IsoWeek.h"

#include <QTest>

using rapport::followups::IsoWeek;

class TestIsoWeek : public QObject
{
    Q_OBJECT
private slots:
    void containing_data();
    void containing();
    void mondayToSunday();
    void parses_data();
    void parses();
    void weeksInYear();
    void labels_data();
    void labels();
    void stepsAcrossYears();
};

void TestIsoWeek::containing_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("week");
    QTest::newRow("week 48 Monday") << QDate(2026, 11, 23) << 2026 << 48;
    QTest::newRow("week 48 Sunday") << QDate(2026, 11, 29) << 2026 << 48;
    QTest::newRow("30 Dec 2024 is in 2025-W01") << QDate(2024, 12, 30) << 2025 << 1;
    QTest::newRow("1 Jan 2021 is in 2020-W53") << QDate(2021, 1, 1) << 2020 << 53;
    QTest::newRow("3 Jan 2021 is in 2020-W53") << QDate(2021, 1, 3) << 2020 << 53;
    QTest::newRow("4 Jan 2021 is 2021-W01") << QDate(2021, 1, 4) << 2021 << 1;
    QTest::newRow("31 Dec 2026 is in 2026-W53") << QDate(2026, 12, 31) << 2026 << 53;
    QTest::newRow("3 Jan 2027 is in 2026-W53") << QDate(2027, 1, 3) << 2026 << 53;
    QTest::newRow("1 Jan 2023 (Sunday) is 2022-W52") << QDate(2023, 1, 1) << 2022 << 52;
    QTest::newRow("29 Feb 2028") << QDate(2028, 2, 29) << 2028 << 9;
}

void TestIsoWeek::containing()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QFETCH(int, week);
    const IsoWeek w = IsoWeek::containing(date);
    QCOMPARE(w.year(), year);
    QCOMPARE(w.week(), week);
    QVERIFY(w.contains(date));
    QCOMPARE(w.monday().dayOfWeek(), 1);
    QVERIFY(w.monday() <= date && date <= w.sunday());
}

void TestIsoWeek::mondayToSunday()
{
    const IsoWeek w(2026, 48);
    QCOMPARE(w.monday(), QDate(2026, 11, 23));
    QCOMPARE(w.sunday(), QDate(2026, 11, 29));
    QCOMPARE(IsoWeek(2025, 1).monday(), QDate(2024, 12, 30));
    QCOMPARE(IsoWeek(2020, 53).sunday(), QDate(2021, 1, 3));
}

void TestIsoWeek::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("canonical") << "2026-W48" << true << "2026-W48";
    QTest::newRow("compact") << "2026W48" << true << "2026-W48";
    QTest::newRow("lower case, one digit") << "2026-w5" << true << "2026-W05";
    QTest::newRow("week 53 exists in 2026") << "2026-W53" << true << "2026-W53";
    QTest::newRow("week 53 does not exist in 2025") << "2025-W53" << false << "";
    QTest::newRow("week 0") << "2026-W00" << false << "";
    QTest::newRow("a date") << "2026-11-23" << false << "";
    QTest::newRow("junk") << "next week" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestIsoWeek::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const IsoWeek w = IsoWeek::fromString(text);
    QCOMPARE(w.isValid(), valid);
    QCOMPARE(w.toString(), canonical);
}

void TestIsoWeek::weeksInYear()
{
    QCOMPARE(IsoWeek::weeksInYear(2020), 53);
    QCOMPARE(IsoWeek::weeksInYear(2021), 52);
    QCOMPARE(IsoWeek::weeksInYear(2025), 52);
    QCOMPARE(IsoWeek::weeksInYear(2026), 53);
    QCOMPARE(IsoWeek::weeksInYear(2032), 53);
}

void TestIsoWeek::labels_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("week");
    QTest::addColumn<QString>("label");
    QTest::newRow("one month") << 2026 << 48 << QStringLiteral("Week 48, 23\u201329 November 2026");
    QTest::newRow("two months") << 2026 << 49 << QStringLiteral("Week 49, 30 November \u2013 6 December 2026");
    QTest::newRow("two years") << 2026 << 53 << QStringLiteral("Week 53, 28 December 2026 \u2013 3 January 2027");
    QTest::newRow("week 1 starting in December")
        << 2025 << 1 << QStringLiteral("Week 1, 30 December 2024 \u2013 5 January 2025");
}

void TestIsoWeek::labels()
{
    QFETCH(int, year);
    QFETCH(int, week);
    QFETCH(QString, label);
    QCOMPARE(IsoWeek(year, week).label(), label);
}

void TestIsoWeek::stepsAcrossYears()
{
    QCOMPARE(IsoWeek(2026, 53).next(), IsoWeek(2027, 1));
    QCOMPARE(IsoWeek(2027, 1).previous(), IsoWeek(2026, 53));
    QCOMPARE(IsoWeek(2025, 52).next(), IsoWeek(2026, 1));
}

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "tst_isoweek.moc"
