#include "SyncJob.h"

#include "RequestQueue.h"

namespace rapport::sync {

SyncJob::SyncJob(DavClient& client, int parallel, QObject* parent)
    : QObject(parent), m_client(client), m_queue(new RequestQueue(parallel, this))
{
    connect(m_queue, &RequestQueue::progress, this, &SyncJob::progress);
}

void SyncJob::stop()
{
    m_finished = true;
    m_queue->stop();
}

bool SyncJob::fatal(const DavResult& r)
{
    if (m_finished) {
        return true;
    }
    if (r.error == NetError::None) {
        return false;
    }
    fail(r.error, r.errorText);
    return true;
}

void SyncJob::fail(NetError error, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_queue->stop();
    m_client.abortAll();
    finish(error, message);
}

void SyncJob::finish(NetError error, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(error, message);
}

} // namespace rapport::sync
