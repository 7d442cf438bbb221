#pragma once

#include "ImportRecords.h"

#include <QList>
#include <QString>

namespace rapport::importers {

/// What a zip may inflate to before it is refused: a LinkedIn export is a few MB; anything near
/// these numbers is a broken or hostile file.
struct ZipLimits
{
    qint64 maxMemberBytes = 512LL * 1024 * 1024;
    qint64 maxTotalBytes = 2LL * 1024 * 1024 * 1024;
    /// Inflated/compressed ratio beyond which a member counts as a zip bomb, once it is past ratioFloorBytes
    /// (small, highly repetitive CSVs compress well and are fine).
    double maxRatio = 200.0;
    qint64 ratioFloorBytes = 8LL * 1024 * 1024;
    int maxEntries = 10000;
};

/// A zip member written to a temporary file.
struct ExtractedMember
{
    QString path;        ///< the temporary file
    QString displayName; ///< "archive.zip:Connections.csv"
};

/// Extracts the text members (.csv, .vcf, .vcard) of a zip into targetDir under generated names,
/// inflating in chunks and counting real bytes. Refuses the whole archive when any entry names an
/// absolute path or climbs with "..", or when it inflates like a bomb; a single oversized member is
/// reported and left out. Errors go to `errors` (file = the archive, line 0).
bool extractZip(const QString& zipPath, const QString& targetDir, const ZipLimits& limits,
                QList<ExtractedMember>* members, QList<RowError>* errors);

} // namespace rapport::importers
