// MergeService: a merge moves every link to the kept contact and its undo puts each one back.
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "model/Conversation.h"
#include "services/MergeService.h"
#include "store/CircleStore.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"
#include <QSqlRecord>

using namespace rapport;

class TestMergeService : public QObject
{
    Q_OBJECT
private slots:
    void mergeMovesLinksAndUndoRestoresThem();
};

namespace {
QString snapshot(db::Database& db)
{
    QStringList out;
    for (const char* sql : {"SELECT conversation_id, contact_id FROM conversation_contacts ORDER BY 1, 2",
                            "SELECT id, contact_id, status FROM followups ORDER BY 1",
                            "SELECT contact_id, circle_id FROM contact_circles ORDER BY 1, 2",
                            "SELECT contact_id, address FROM contact_emails ORDER BY 1, 2",
                            "SELECT id, display_name, company, deleted_at IS NULL, coalesce(linkedin_url, '') "
                            "FROM contacts ORDER BY 1"}) {
        db::SqlQuery q(db, QString::fromLatin1(sql));
        if (!q.exec()) {
            return q.error();
        }
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.raw().record().count(); ++i) {
                row << q.string(i);
            }
            out << row.join(QLatin1Char('|'));
        }
        out << QStringLiteral("--");
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

void TestMergeService::mergeMovesLinksAndUndoRestoresThem()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    const qint64 a = test::addContact(*db, QStringLiteral("Jana"), QStringLiteral("Novak"), QString(),
                                      QStringLiteral("jana@work.example"));
    const qint64 b = test::addContact(*db, QStringLiteral("Jana"), QStringLiteral("Nováková"), QStringLiteral("Acme"),
                                      QStringLiteral("jana@home.example"));
    QVERIFY(ContactStore(*db)
                .setField(b, QStringLiteral("linkedinUrl"), QStringLiteral("https://www.linkedin.com/in/jana-novak"))
                .isOk());
    CircleStore circles(*db);
    QVERIFY(circles.addMembers(circles.ensure(QStringLiteral("Berlin")).value(), {b}).isOk());
    Conversation shared;
    shared.contactIds = {a, b};
    shared.happenedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 0));
    QVERIFY(ConversationStore(*db).add(shared).isOk());
    Conversation own;
    own.contactIds = {b};
    own.happenedAt = QDateTime(QDate(2024, 2, 3), QTime(9, 0));
    own.nextStep = QStringLiteral("Coffee");
    own.nextStepDue = QDate(2024, 3, 1);
    QVERIFY(ConversationStore(*db).add(own).isOk());

    const QString before = snapshot(*db);
    ContactStore contacts(*db);
    const Contact merged = MergeService::proposal(contacts.get(a).value(), contacts.get(b).value());
    QCOMPARE(merged.company, QStringLiteral("Acme"));
    QCOMPARE(merged.emails.size(), 2);
    MergeService service(*db);
    auto rec = service.merge(a, b, merged);
    QVERIFY2(rec.isOk(), qPrintable(rec.error()));
    QCOMPARE(ConversationStore(*db).forContact(a)->size(), 2);
    QCOMPARE(FollowUpStore(*db).forContact(a)->size(), 1);
    QCOMPARE(contacts.get(a)->circles, QStringList{QStringLiteral("Berlin")});
    QCOMPARE(contacts.get(a)->linkedinUrl, QStringLiteral("https://www.linkedin.com/in/jana-novak"));
    QVERIFY(!contacts.get(b)->deletedAt.isEmpty());

    QVERIFY(service.undo(rec.value()).isOk());
    QCOMPARE(snapshot(*db), before);
}

QTEST_GUILESS_MAIN(TestMergeService)
#include "tst_mergeservice.moc"
