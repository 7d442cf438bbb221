// libFuzzer: the zip reader on an arbitrary archive. extractZip() takes a path, so each input is
// written to a private temporary file first (on /dev/shm when there is one, to stay in memory).
#include "FuzzCommon.h"
#include "importers/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace rapport;

namespace {
std::unique_ptr<QTemporaryDir> g_dir;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const QString base = QDir(QStringLiteral("/dev/shm")).exists()
                             ? QStringLiteral("/dev/shm/rapport-fuzz-zip-XXXXXX")
                             : QDir::tempPath() + QStringLiteral("/rapport-fuzz-zip-XXXXXX");
    g_dir = std::make_unique<QTemporaryDir>(base);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString archive = g_dir->filePath(QStringLiteral("input.zip"));
    {
        QFile f(archive);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 0;
        }
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const QString target = g_dir->filePath(QStringLiteral("out"));
    QDir().mkpath(target);
    importers::ZipLimits limits;
    limits.maxMemberBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.ratioFloorBytes = 1024 * 1024;
    limits.maxEntries = 256;
    QList<importers::ExtractedMember> members;
    QList<importers::RowError> errors;
    importers::extractZip(archive, target, limits, &members, &errors);
    QDir(target).removeRecursively();
    return 0;
}
