// Benchmark: the main window over 100,000 contacts. Reports time to the first painted row and
// the filtering time per keystroke, next to the raw SQL count+page queries as a baseline.
#include "MainWindow.h"
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "models/ContactTableModel.h"
#include "services/Session.h"
#include "store/ContactQuery.h"
#include "views/ContactFilterBar.h"
#include "views/ContactsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QUuid>

using namespace rapport;

namespace {

constexpr int kContacts = 100000;
const QString kQuery = QStringLiteral("mar sch");

std::unique_ptr<db::Database> makeBigDb(QTemporaryDir& dir)
{
    auto db = test::openTempDb(dir);
    static const char* first[] = {"Anna",  "Marek", "Jana",   "Peter", "Maria", "Tomas", "Eva",  "Martin",
                                  "Lucia", "Juraj", "Sophie", "Lukas", "Mila",  "Oskar", "Nina", "Pavol"};
    static const char* last[] = {"Novak",   "Schmidt", "Horvath", "Kovac", "Varga", "Schneider", "Toth",  "Nagy",
                                 "Mueller", "Balaz",   "Fischer", "Weber", "Meyer", "Kral",      "Marsh", "Schulz"};
    static const char* company[] = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell"};
    QElapsedTimer t;
    t.start();
    db->begin();
    db::SqlQuery q(*db, QStringLiteral("INSERT INTO contacts (uid, first_name, last_name, display_name, name_key, "
                                       "company, position, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < kContacts; ++i) {
        const QString f = QString::fromLatin1(first[i % 16]);
        const QString l = QString::fromLatin1(last[(i / 16) % 16]) + QString::number(i / 256);
        const QString name = f + QLatin1Char(' ') + l;
        q.bindAll({QUuid::createUuid().toString(QUuid::WithoutBraces), f, l, name, name.toLower(),
                   QString::fromLatin1(company[i % 8]), QStringLiteral("Engineer"),
                   QStringLiteral("2024-01-01T00:00:00"), QStringLiteral("2024-01-01T00:00:00")});
        if (!q.exec()) {
            qFatal("insert failed: %s", qPrintable(q.error()));
        }
    }
    db->commit();
    qInfo("generated %d contacts in %lld ms", kContacts, static_cast<long long>(t.elapsed()));
    return db;
}

/// Paint events on the table's viewport once it has rows.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QTableView* table, QElapsedTimer* clock) : m_table(table), m_clock(clock)
    {
        table->viewport()->installEventFilter(this);
    }
    qint64 firstPaintMs = -1;

protected:
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint && firstPaintMs < 0 && m_table->model()->rowCount() > 0) {
            firstPaintMs = m_clock->elapsed();
        }
        return QObject::eventFilter(o, e);
    }

private:
    QTableView* m_table;
    QElapsedTimer* m_clock;
};

} // namespace

class BenchContactList : public QObject
{
    Q_OBJECT
private slots:
    void openAndSearch();
};

void BenchContactList::openAndSearch()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RapportBench"));
    QTemporaryDir dir;
    auto db = makeBigDb(dir);

    // Baseline: the raw SQL a first screen needs (count + first page), and per search prefix.
    ContactQuery query(*db);
    QElapsedTimer t;
    t.start();
    ContactFilter all;
    QCOMPARE(query.count(all).value(), qint64(kContacts));
    QCOMPARE(query.page(all, 0, ContactTableModel::pageSize)->size(), ContactTableModel::pageSize);
    const qint64 baselineOpen = t.elapsed();
    QList<double> baselineKeys;
    for (int n = 1; n <= kQuery.size(); ++n) {
        ContactFilter f;
        f.search = kQuery.left(n);
        QElapsedTimer k;
        k.start();
        (void)query.count(f);
        (void)query.page(f, 0, ContactTableModel::pageSize);
        baselineKeys << k.nsecsElapsed() / 1e6;
    }

    // The window: construction to the first painted row.
    QElapsedTimer clock;
    clock.start();
    MainWindow window(std::make_unique<Session>(std::move(db)));
    auto* view = window.view<ContactsView>(QStringLiteral("contacts"));
    PaintWatcher watcher(view->table(), &clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(watcher.firstPaintMs >= 0);

    // Per keystroke: the work one debounced keystroke triggers (query, model reset, repaint).
    QList<double> perKey;
    for (int n = 1; n <= kQuery.size(); ++n) {
        ContactFilter f = view->model()->filter();
        f.search = kQuery.left(n);
        QElapsedTimer k;
        k.start();
        view->model()->setFilter(f);
        view->table()->viewport()->repaint();
        perKey << k.nsecsElapsed() / 1e6;
    }
    const qint64 matches = view->model()->totalCount();
    // And the real thing once: typing into the search field end to end.
    view->model()->setFilter(ContactFilter());
    QElapsedTimer typed;
    typed.start();
    QTest::keyClicks(view->filterBar()->searchField(), kQuery);
    QTRY_COMPARE(view->model()->totalCount(), matches);
    const qint64 typedMs = typed.elapsed();

    auto fmt = [](const QList<double>& v) {
        QStringList s;
        for (double d : v) {
            s << QString::number(d, 'f', 1);
        }
        return s.join(QStringLiteral(" / "));
    };
    qInfo("contacts: %d", kContacts);
    qInfo("baseline SQL count+first page: %lld ms", static_cast<long long>(baselineOpen));
    qInfo("window constructed to first painted row: %lld ms", static_cast<long long>(watcher.firstPaintMs));
    qInfo("per keystroke for \"%s\", SQL only (ms): %s", qPrintable(kQuery), qPrintable(fmt(baselineKeys)));
    qInfo("per keystroke for \"%s\", model+repaint (ms): %s", qPrintable(kQuery), qPrintable(fmt(perKey)));
    qInfo("typed \"%s\" into the search field (%d ms debounce included): %lld ms until %lld matches shown",
          qPrintable(kQuery), ContactFilterBar::debounceMs, static_cast<long long>(typedMs),
          static_cast<long long>(matches));
}

QTEST_MAIN(BenchContactList)
#include "bench_contactlist.moc"
