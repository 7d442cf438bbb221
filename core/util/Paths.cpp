#include "Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rapport::paths {

QString databasePath(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty()) {
        return QFileInfo(commandLineValue).absoluteFilePath();
    }
    const QString env = qEnvironmentVariable("RAPPORT_DB");
    if (!env.isEmpty()) {
        return QFileInfo(env).absoluteFilePath();
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rapport.sqlite"));
}

QString backupDirFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace rapport::paths
