#pragma once

#include "ZipArchive.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace rapport::importers {

/// A file to parse and how the user named it.
struct SourceFile
{
    QString path;
    QString displayName;
    /// Named by the user directly: an unknown format is an error. Files found in a folder or zip
    /// that are not exports (photos, other LinkedIn files) are only noted.
    bool explicitlyNamed = false;
};

/// Turns what the user passed (files, unpacked export folders, LinkedIn .zip archives) into a list
/// of files. Zip members are extracted to a private temporary folder that lives as long as this object.
class ImportSources
{
public:
    explicit ImportSources(ZipLimits limits = {});

    void add(const QString& path);
    const QList<SourceFile>& files() const { return m_files; }
    const QList<RowError>& errors() const { return m_errors; }

private:
    void addZip(const QString& path, const QString& displayPrefix);

    ZipLimits m_limits;
    QList<SourceFile> m_files;
    QList<RowError> m_errors;
    std::vector<std::unique_ptr<QTemporaryDir>> m_tempDirs;
};

} // namespace rapport::importers
