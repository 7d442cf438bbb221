#pragma once

#include <QString>

namespace rapport::paths {

/// The database a program opens: --db wins, then RAPPORT_DB, then rapport.sqlite in AppDataLocation.
QString databasePath(const QString& commandLineValue);

/// Folder for the rolling backups of a database file: "<dir of db>/backups".
QString backupDirFor(const QString& databasePath);

} // namespace rapport::paths
