#include "ImportSources.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace rapport::importers {

namespace {

bool isZip(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}

bool isTextExport(const QString& name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".vcf")) ||
           lower.endsWith(QLatin1String(".vcard"));
}

} // namespace

ImportSources::ImportSources(ZipLimits limits) : m_limits(limits) {}

void ImportSources::add(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        m_errors.append({path, 0, QCoreApplication::translate("Import", "No such file or folder.")});
        return;
    }
    if (info.isDir()) {
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isTextExport(file) || isZip(file)) {
                found.append(file);
            }
        }
        std::sort(found.begin(), found.end());
        for (const QString& file : std::as_const(found)) {
            if (isZip(file)) {
                addZip(file, QDir(path).relativeFilePath(file));
            } else {
                m_files.append({file, file, false});
            }
        }
        return;
    }
    if (isZip(path)) {
        addZip(path, info.fileName());
        return;
    }
    m_files.append({path, path, true});
}

void ImportSources::addZip(const QString& path, const QString& displayPrefix)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        m_errors.append(
            {path, 0,
             QCoreApplication::translate("Import", "Cannot create a temporary folder: %1").arg(dir->errorString())});
        return;
    }
    QList<ExtractedMember> members;
    extractZip(path, dir->path(), m_limits, &members, &m_errors);
    std::sort(members.begin(), members.end(),
              [](const ExtractedMember& a, const ExtractedMember& b) { return a.displayName < b.displayName; });
    const QString archiveName = QFileInfo(path).fileName();
    for (const ExtractedMember& m : std::as_const(members)) {
        QString display = m.displayName;
        if (display.startsWith(archiveName)) {
            display = displayPrefix + display.mid(archiveName.size());
        }
        m_files.append({m.path, display, false});
    }
    m_tempDirs.push_back(std::move(dir));
}

} // namespace rapport::importers
