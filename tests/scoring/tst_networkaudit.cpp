// The network audit: the "Do you know them?" queue, its actions and their undo, and the Dunbar summary.
#include "ScoringFixture.h"

#include "scoring/NetworkAudit.h"
#include "scoring/ScoringService.h"

using namespace rapport;
using namespace rapport::scoring;
using rapport::scoring::test::Fixture;

namespace {

QList<qint64> ids(const QList<AuditEntry>& entries)
{
    QList<qint64> out;
    for (const auto& e : entries) {
        out << e.contactId;
    }
    return out;
}

// A scored network of `real` talked-to contacts (scores 90, 89, ...) with the given tiers.
ScoredNetwork network(int real, int champions, int inner, int collected)
{
    ScoredNetwork n;
    for (int i = 0; i < real + collected; ++i) {
        ContactSignals s;
        s.contactId = i + 1;
        s.twoWayTotal = i < real ? 1 : 0;
        ScoreResult r;
        r.contactId = s.contactId;
        r.score = i < real ? 90 - i * 0.1 : 0;
        r.tier = i >= real ? ScoreTier::Collected
                           : (i < champions ? ScoreTier::Champion
                                            : (i < champions + inner ? ScoreTier::Inner : ScoreTier::Active));
        n.contacts << s;
        n.results << r;
    }
    return n;
}

} // namespace

class tst_NetworkAudit : public QObject
{
    Q_OBJECT

private slots:
    void queueHoldsOnlyNeverTalkedWithoutContext();
    void keepLeavesQueueAndUndoBringsBack();
    void giveContextRecordsPreviousValues();
    void archiveAndDeleteAreUndoable();
    void layersFillByRank();
    void warnsWhenInnerLayersOverflow();
    void quietWhenWithinCapacity();
    void summaryFromDatabase();
};

void tst_NetworkAudit::queueHoldsOnlyNeverTalkedWithoutContext()
{
    Fixture f;
    const qint64 old = f.contact(QStringLiteral("Old"), {}, {}, 900);
    const qint64 fresh = f.contact(QStringLiteral("Fresh"), {}, {}, 10);
    const qint64 undated = f.contact(QStringLiteral("Undated"));
    const qint64 talked = f.contact(QStringLiteral("Talked"));
    const qint64 known = f.contact(QStringLiteral("Known"), QStringLiteral("at school"));
    const qint64 ignored = f.contact(QStringLiteral("Ignored"), {}, {}, 30);
    f.talk(talked, 30);
    f.talk(ignored, 3, ConversationKind::Message, Initiator::Me, false); // outreach, no answer
    f.talk(ignored, 2, ConversationKind::Message, Initiator::Me, false);
    f.collectorInvitation(old);
    Q_UNUSED(known);

    auto q = NetworkAudit(f.db()).queue();
    QVERIFY2(q, qPrintable(q.error()));
    // Most recently connected first, undated last; talked-to and known-how-met are not asked about.
    QCOMPARE(ids(q.value()), (QList<qint64>{fresh, ignored, old, undated}));
    QCOMPARE(q->at(1).unansweredOutreach, 2);
    QVERIFY(q->at(2).collector);
    QCOMPARE(q->at(2).connectedOn, test::fixedNow().date().addDays(-900));
    QCOMPARE(NetworkAudit(f.db()).queue(2)->size(), 2);
}

void tst_NetworkAudit::keepLeavesQueueAndUndoBringsBack()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    const qint64 b = f.contact(QStringLiteral("B"));
    NetworkAudit audit(f.db());
    auto change = audit.keep(a);
    QVERIFY(change);
    QCOMPARE(ids(audit.queue().value()), QList<qint64>{b});
    QVERIFY(audit.revert(change.value()));
    QCOMPARE(ids(audit.queue().value()), (QList<qint64>{a, b}));
}

void tst_NetworkAudit::giveContextRecordsPreviousValues()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"), {}, QStringLiteral("Engineer"));
    NetworkAudit audit(f.db());
    auto change = audit.giveContext(a, QStringLiteral("CTO"), QString(), QStringLiteral("met at PyCon"));
    QVERIFY2(change, qPrintable(change.error()));
    QCOMPARE(change->previousFields.value(QStringLiteral("position")), QStringLiteral("Engineer"));
    QCOMPARE(change->previousFields.value(QStringLiteral("howMet")), QString());
    QVERIFY(!change->previousFields.contains(QStringLiteral("company")));
    QVERIFY(audit.queue()->isEmpty()); // they now have context
    auto c = ContactStore(f.db()).get(a);
    QCOMPARE(c->position, QStringLiteral("CTO"));
    QCOMPARE(c->howMet, QStringLiteral("met at PyCon"));

    QVERIFY(audit.revert(change.value()));
    c = ContactStore(f.db()).get(a);
    QCOMPARE(c->position, QStringLiteral("Engineer"));
    QCOMPARE(c->howMet, QString());
    QCOMPARE(audit.queue()->size(), 1);

    // A position alone (no "how we met") is still an answer: the contact leaves the queue, and
    // undoing it puts them back.
    auto positionOnly = audit.giveContext(a, QStringLiteral("Head of Data"), QString(), QString());
    QVERIFY2(positionOnly, qPrintable(positionOnly.error()));
    QVERIFY(positionOnly->markedKept);
    QVERIFY(audit.queue()->isEmpty());
    QVERIFY(audit.revert(positionOnly.value()));
    QCOMPARE(audit.queue()->size(), 1);
}

void tst_NetworkAudit::archiveAndDeleteAreUndoable()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    const qint64 b = f.contact(QStringLiteral("B"));
    NetworkAudit audit(f.db());
    auto archived = audit.archive(a);
    auto deleted = audit.remove(b);
    QVERIFY(archived && deleted);
    QVERIFY(audit.queue()->isEmpty());
    QVERIFY(ContactStore(f.db()).get(a)->archived);
    QVERIFY(!ContactStore(f.db()).get(b)->deletedAt.isEmpty());
    QVERIFY(audit.revert(archived.value()));
    QVERIFY(audit.revert(deleted.value()));
    QVERIFY(!ContactStore(f.db()).get(a)->archived);
    QVERIFY(ContactStore(f.db()).get(b)->deletedAt.isEmpty());
    QCOMPARE(audit.queue()->size(), 2);
}

void tst_NetworkAudit::layersFillByRank()
{
    const AuditSummary s = NetworkAudit::summarize(network(40, 2, 5, 7));
    QCOMPARE(s.contacts, 47);
    QCOMPARE(s.realRelationships, 40);
    QCOMPARE(s.connectionsOnly, 7);
    QCOMPARE(s.layers.size(), 4);
    QCOMPARE(s.layers.at(0).capacity, 5);
    QCOMPARE(s.layers.at(0).count, 5);
    QCOMPARE(s.layers.at(1).count, 10);
    QCOMPARE(s.layers.at(2).count, 25);
    QCOMPARE(s.layers.at(3).count, 0);
    QCOMPARE(s.layers.at(3).lowestScore, -1.0);
    QCOMPARE(s.layers.at(0).lowestScore, 89.6);
    QCOMPARE(s.beyondLayers, 0);
    QCOMPARE(s.tierCounts[int(ScoreTier::Champion)], 2);
    QCOMPARE(s.tierCounts[int(ScoreTier::Collected)], 7);
}

void tst_NetworkAudit::warnsWhenInnerLayersOverflow()
{
    const AuditSummary s = NetworkAudit::summarize(network(200, 8, 10, 0));
    QCOMPARE(s.beyondLayers, 50);
    QCOMPARE(s.warnings.size(), 3);
    QVERIFY(s.warnings.at(0).startsWith(QStringLiteral("8 people are champions")));
    QVERIFY(s.warnings.at(1).startsWith(QStringLiteral("18 people are champions or inner circle")));
    QVERIFY(s.warnings.at(2).startsWith(QStringLiteral("200 people are active")));
}

void tst_NetworkAudit::quietWhenWithinCapacity()
{
    QVERIFY(NetworkAudit::summarize(network(100, 5, 10, 1000)).warnings.isEmpty());
}

void tst_NetworkAudit::summaryFromDatabase()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    const qint64 b = f.contact(QStringLiteral("B"));
    f.contact(QStringLiteral("C"));
    f.talk(a, 3);
    f.talk(b, 400);
    QVERIFY(ContactStore(f.db()).setArchived({b}, true));
    auto s = NetworkAudit(f.db()).summary();
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->contacts, 2); // archived left out
    QCOMPARE(s->realRelationships, 1);
    QCOMPARE(s->connectionsOnly, 1);
    QCOMPARE(s->layers.first().count, 1);
}

QTEST_GUILESS_MAIN(tst_NetworkAudit)
#include "tst_networkaudit.moc"
