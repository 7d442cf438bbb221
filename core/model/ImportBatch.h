#pragma once

#include <QString>

namespace rapport {

/// One import (or generated sample data) as recorded, so it can be listed and undone.
struct ImportBatch
{
    qint64 id = 0;
    QString startedAt;
    QString finishedAt;
    QString sourcePath;
    QString format;
    QString status; ///< running / done / failed / undone
    int added = 0;
    int updated = 0;
    int merged = 0;
    int unchanged = 0;
    int skipped = 0;
    int errors = 0;
    QString summary;
    QString undoneAt;
};

} // namespace rapport
