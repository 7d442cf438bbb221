#pragma once

#include "ExportService.h"

#include <algorithm>

namespace rapport::exporters {

/// What one export run shares with the format writers: its options, the report they fill in, and
/// progress and cancel, reported at most every few records so a UI is not flooded.
class ExportJob
{
public:
    ExportJob(const ExportOptions& options, ExportReport& report) : m_options(options), m_report(report) {}

    const ExportOptions& options() const { return m_options; }
    ExportReport& report() { return m_report; }

    void setTotal(qint64 total)
    {
        m_total = total;
        notify();
    }
    /// Counts one record as written; false when the user asked to stop.
    bool step()
    {
        ++m_done;
        if (m_done % kEvery == 0) {
            notify();
        }
        return !cancelled();
    }
    bool cancelled() const { return m_options.cancel != nullptr && m_options.cancel->load(); }
    void finish()
    {
        m_done = m_total = std::max(m_done, m_total);
        notify();
    }

private:
    static constexpr qint64 kEvery = 25;
    void notify()
    {
        if (m_options.progress) {
            m_options.progress(m_done, m_total);
        }
    }
    const ExportOptions& m_options;
    ExportReport& m_report;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace rapport::exporters
