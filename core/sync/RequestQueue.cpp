#include "RequestQueue.h"

#include <QTimer>

namespace rapport::sync {

RequestQueue::RequestQueue(int parallel, QObject* parent) : QObject(parent), m_parallel(qMax(1, parallel)) {}

void RequestQueue::add(Task task)
{
    m_pending.push_back(std::move(task));
    ++m_total;
    if (m_started) {
        pump();
    }
}

void RequestQueue::start()
{
    m_started = true;
    if (m_pending.empty() && m_running == 0) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation]() {
            if (generation == m_generation && m_pending.empty() && m_running == 0) {
                emit drained();
            }
        });
        return;
    }
    pump();
}

void RequestQueue::stop()
{
    ++m_generation;
    m_pending.clear();
    m_running = 0;
    m_started = false;
}

void RequestQueue::pump()
{
    while (m_running < m_parallel && !m_pending.empty()) {
        Task task = std::move(m_pending.front());
        m_pending.pop_front();
        ++m_running;
        const int generation = m_generation;
        auto finished = std::make_shared<bool>(false);
        task([this, generation, finished]() {
            if (*finished || generation != m_generation) {
                return;
            }
            *finished = true;
            --m_running;
            ++m_completed;
            emit progress(m_completed, m_total);
            if (m_pending.empty() && m_running == 0) {
                emit drained();
            } else {
                pump();
            }
        });
        if (generation != m_generation) {
            return; // the task stopped the queue
        }
    }
}

} // namespace rapport::sync
