#include "ScoreKeeper.h"

#include "ScoringService.h"
#include "util/Logging.h"

#include <QThread>
#include <QTimer>

namespace rapport::scoring {

ScoreKeeper::ScoreKeeper(db::Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &ScoreKeeper::run);
    connect(&m_db, &db::Database::changed, this, &ScoreKeeper::onChanged);
}

ScoreKeeper::~ScoreKeeper()
{
    if (m_worker) {
        // The worker holds its own connection; let it finish its one transaction.
        m_worker->wait();
    }
}

void ScoreKeeper::setDelay(int ms)
{
    m_timer->setInterval(ms);
}

void ScoreKeeper::onChanged(db::Entity entity, const QList<qint64>& ids)
{
    if (m_announcing) {
        return; // our own "scores changed" notice
    }
    switch (entity) {
    case db::Entity::Contact:
    case db::Entity::Conversation:
    case db::Entity::Introduction:
    case db::Entity::Invitation:
        // Conversation, introduction and invitation ids are not contact ids: rescore whom they touch
        // by rescoring everyone unless the change named contacts.
        if (entity == db::Entity::Contact && !ids.isEmpty()) {
            for (const qint64 id : ids) {
                m_pending.insert(id);
            }
        } else {
            m_full = true;
        }
        break;
    case db::Entity::Settings:
    case db::Entity::Everything:
        m_full = true; // new weights, an import, a restored backup
        break;
    case db::Entity::FollowUp:
    case db::Entity::Circle:
        return; // neither counts towards a score
    }
    m_timer->start();
}

void ScoreKeeper::rescoreAllSoon()
{
    m_full = true;
    m_timer->start();
}

void ScoreKeeper::catchUp()
{
    if (ScoringService(m_db).unscoredCount() > 0) {
        rescoreAllSoon();
    }
}

void ScoreKeeper::announce(const QList<qint64>& ids)
{
    m_announcing = true;
    m_db.notifyChanged(db::Entity::Contact, ids);
    m_announcing = false;
}

void ScoreKeeper::run()
{
    if (m_worker) {
        m_timer->start(); // one at a time: try again when the running one is done
        return;
    }
    if (m_full || m_pending.size() > kFullRescoreThreshold) {
        m_full = false;
        m_pending.clear();
        startFull();
        return;
    }
    const QList<qint64> ids = m_pending.values();
    m_pending.clear();
    if (ids.isEmpty()) {
        return;
    }
    ScoringService service(m_db);
    m_announcing = true; // rescoreContact announces each contact itself
    int done = 0;
    QString error;
    for (const qint64 id : ids) {
        if (auto r = service.rescoreContact(id); r) {
            ++done;
        } else if (error.isEmpty()) {
            error = r.error(); // a contact deleted meanwhile, say; the others still count
        }
    }
    m_announcing = false;
    if (!error.isEmpty() && done == 0) {
        emit failed(error);
        return;
    }
    emit rescored(done);
}

void ScoreKeeper::startFull()
{
    const QString path = m_db.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        // A second connection cannot see an in-memory database: score here.
        auto r = ScoringService(m_db).rescoreAll();
        if (!r) {
            emit failed(r.error());
            return;
        }
        announce({});
        emit rescored(r->contacts);
        return;
    }
    struct Outcome
    {
        int contacts = 0;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    // A connection belongs to the thread that opens it: the worker opens, uses and closes its own.
    m_worker = QThread::create([path, outcome] {
        db::Database::Options o;
        o.backupBeforeMigration = false;
        auto connection = db::Database::open(path, o);
        if (!connection) {
            outcome->error = connection.error();
            return;
        }
        auto r = ScoringService(*connection.value()).rescoreAll();
        if (r) {
            outcome->contacts = r->contacts;
        } else {
            outcome->error = r.error();
        }
    });
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!outcome->error.isEmpty()) {
            qCWarning(lcDb) << "rescoring failed:" << outcome->error;
            emit failed(outcome->error);
        } else {
            announce({});
            emit rescored(outcome->contacts);
        }
        if (m_full || !m_pending.isEmpty()) {
            m_timer->start();
        }
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace rapport::scoring
