#pragma once

#include "DavClient.h"
#include "SyncTypes.h"

#include <QObject>

namespace rapport::sync {

class RequestQueue;

/// What the contact sync and the follow-up publisher share: their requests go through one
/// RequestQueue of `parallel` slots on a DavClient, and a run ends exactly once, with
/// finished(None, "") when every request is through or with the first fatal network error
/// (which stops the queue and aborts what is in flight).
class SyncJob : public QObject
{
    Q_OBJECT
public:
    void stop();

signals:
    void progress(int done, int total);
    /// error None and an empty message: done.
    void finished(rapport::sync::NetError error, const QString& message);

protected:
    SyncJob(DavClient& client, int parallel, QObject* parent);

    /// True when the run is over: it already ended, or `r` failed at the network level (then it
    /// ends here with that error). Request handlers return at once on true.
    bool fatal(const DavResult& r);
    void fail(NetError error, const QString& message);
    /// Ends the run once; later calls do nothing.
    void finish(NetError error, const QString& message);

    DavClient& m_client;
    RequestQueue* m_queue;
    bool m_finished = false;
};

} // namespace rapport::sync
