#pragma once

#include <QObject>

#include <deque>
#include <functional>
#include <memory>

namespace rapport::sync {

/// Runs asynchronous tasks a few at a time (a server handles a handful of parallel requests
/// best) and says when all are done. stop() drops what has not started; late completions of
/// tasks already running are ignored.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void()>;
    using Task = std::function<void(Done done)>;

    explicit RequestQueue(int parallel, QObject* parent = nullptr);

    void add(Task task);
    /// Starts; drained() follows (from the event loop when there is nothing to do).
    void start();
    void stop();
    int total() const { return m_total; }
    int completed() const { return m_completed; }

signals:
    void progress(int completed, int total);
    void drained();

private:
    void pump();

    std::deque<Task> m_pending;
    int m_parallel;
    int m_running = 0;
    int m_total = 0;
    int m_completed = 0;
    int m_generation = 0;
    bool m_started = false;
};

} // namespace rapport::sync
