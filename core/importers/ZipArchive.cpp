#include "ZipArchive.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

namespace rapport::importers {

namespace {

struct ZipCloser
{
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

bool unsafeName(const QString& name)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')) || (n.size() >= 2 && n.at(1) == QLatin1Char(':'))) {
        return true;
    }
    const QStringList parts = n.split(QLatin1Char('/'));
    return parts.contains(QLatin1String(".."));
}

bool wanted(const QString& name)
{
    const QString lower = name.toLower();
    return !lower.endsWith(QLatin1Char('/')) &&
           (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".vcf")) ||
            lower.endsWith(QLatin1String(".vcard")));
}

QString mb(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

bool extractZip(const QString& zipPath, const QString& targetDir, const ZipLimits& limits,
                QList<ExtractedMember>* members, QList<RowError>* errors)
{
    const QString archiveName = QFileInfo(zipPath).fileName();
    const auto fail = [&](const QString& reason) {
        errors->append({zipPath, 0, reason});
        return false;
    };
    int zerr = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &zerr));
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, zerr);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(QCoreApplication::translate("Import", "Cannot open the zip archive: %1").arg(why));
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count > limits.maxEntries) {
        return fail(QCoreApplication::translate("Import", "The archive has %1 entries; more than %2 is not a "
                                                          "LinkedIn export.")
                        .arg(count)
                        .arg(limits.maxEntries));
    }
    // First pass: names only. One unsafe path and the archive is refused before anything is written.
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(zip.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (unsafeName(name)) {
            return fail(QCoreApplication::translate("Import", "The archive contains an unsafe path \"%1\" (absolute "
                                                              "or with \"..\"); it was not imported.")
                            .arg(name));
        }
    }
    qint64 total = 0;
    bool ok = true;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
            continue;
        }
        const QString name = QString::fromUtf8(st.name);
        if (!wanted(name)) {
            continue;
        }
        const QString display = archiveName + QLatin1Char(':') + name;
        if ((st.valid & ZIP_STAT_SIZE) && qint64(st.size) > limits.maxMemberBytes) {
            errors->append({display, 0,
                            QCoreApplication::translate("Import", "The member inflates to %1 MB, more than the "
                                                                  "limit of %2 MB; it was not read.")
                                .arg(mb(qint64(st.size)), mb(limits.maxMemberBytes))});
            ok = false;
            continue;
        }
        const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        std::unique_ptr<zip_file_t, ZipFileCloser> in(zip_fopen_index(zip.get(), zip_uint64_t(i), 0));
        if (!in) {
            errors->append({display, 0,
                            QCoreApplication::translate("Import", "Cannot read the member: %1")
                                .arg(QString::fromUtf8(zip_strerror(zip.get())))});
            ok = false;
            continue;
        }
        const QString target = QDir(targetDir).filePath(
            QStringLiteral("member-%1%2")
                .arg(i)
                .arg(name.toLower().endsWith(QLatin1String(".csv")) ? QStringLiteral(".csv") : QStringLiteral(".vcf")));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly)) {
            return fail(
                QCoreApplication::translate("Import", "Cannot write a temporary file: %1").arg(out.errorString()));
        }
        qint64 inflated = 0;
        bool memberOk = true;
        for (;;) {
            const zip_int64_t n = zip_fread(in.get(), buffer.data(), zip_uint64_t(buffer.size()));
            if (n < 0) {
                errors->append({display, 0,
                                QCoreApplication::translate("Import", "The member is damaged: %1")
                                    .arg(QString::fromUtf8(zip_file_strerror(in.get())))});
                ok = memberOk = false;
                break;
            }
            if (n == 0) {
                break;
            }
            inflated += n;
            total += n;
            // Sizes in the header can lie; only the bytes actually inflated count.
            if (inflated > limits.maxMemberBytes) {
                errors->append({display, 0,
                                QCoreApplication::translate("Import", "The member inflates to more than "
                                                                      "%1 MB; it was not read.")
                                    .arg(mb(limits.maxMemberBytes))});
                ok = memberOk = false;
                break;
            }
            if (inflated > limits.ratioFloorBytes && compressed > 0 &&
                double(inflated) / double(compressed) > limits.maxRatio) {
                out.close();
                out.remove();
                return fail(QCoreApplication::translate("Import", "The archive looks like a zip bomb: \"%1\" inflates "
                                                                  "more than %2 times its compressed size. Nothing "
                                                                  "was imported from it.")
                                .arg(name)
                                .arg(limits.maxRatio));
            }
            if (total > limits.maxTotalBytes) {
                out.close();
                out.remove();
                return fail(QCoreApplication::translate("Import", "The archive inflates to more than %1 MB in total; "
                                                                  "it was not imported.")
                                .arg(mb(limits.maxTotalBytes)));
            }
            if (out.write(buffer.constData(), n) != n) {
                return fail(
                    QCoreApplication::translate("Import", "Cannot write a temporary file: %1").arg(out.errorString()));
            }
        }
        out.close();
        if (memberOk) {
            members->append({target, display});
        } else {
            out.remove();
        }
    }
    qCDebug(lcImport) << "extracted" << members->size() << "members from" << zipPath;
    return ok;
}

} // namespace rapport::importers
