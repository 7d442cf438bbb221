#include "ExportService.h"

#include "ContactSelection.h"
#include "ContactVCard.h"
#include "CsvWriter.h"
#include "ExportJob.h"
#include "JsonExport.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

namespace rapport::exporters {

namespace {

/// A read transaction for a consistent snapshot; nothing to undo, so it always ends with COMMIT.
/// Skipped when the connection is already inside a transaction (which then is the snapshot).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(db::Database& db) : m_db(db)
    {
        if (db.transactionDepth() == 0) {
            m_active = QSqlQuery(db.sql()).exec(QStringLiteral("BEGIN DEFERRED"));
        }
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlQuery(m_db.sql()).exec(QStringLiteral("COMMIT"));
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    db::Database& m_db;
    bool m_active = false;
};

/// vCard and CSV: one contact after the other, each written as soon as it is read.
Status writeContacts(db::Database& db, const QList<qint64>& ids, QIODevice& out, ExportJob& job)
{
    const ExportFormat format = job.options().format;
    ContactStore store(db);
    qint64 bytes = 0;
    auto put = [&](const QByteArray& data) {
        const bool ok = out.write(data) == data.size();
        bytes += data.size();
        return ok;
    };
    bool ok = true;
    if (format == ExportFormat::Csv) {
        ok = put(csvByteOrderMark() + csvRecord(contactCsvHeader()));
    }
    const VCardVersion version = format == ExportFormat::VCard3 ? VCardVersion::V3 : VCardVersion::V4;
    for (const qint64 id : ids) {
        if (!ok) {
            break;
        }
        auto c = store.get(id);
        if (!c) {
            return Status::fail(c.error());
        }
        ok = put(format == ExportFormat::Csv ? csvRecord(contactCsvCells(c.value()))
                                             : contactToVCard(c.value(), version));
        ++job.report().contacts;
        if (!job.step()) {
            return Status::fail(QCoreApplication::translate("Export", "The export was cancelled."));
        }
    }
    job.report().bytes = bytes;
    if (!ok) {
        return Status::fail(QCoreApplication::translate("Export", "Writing the file failed (is the disk full?)."));
    }
    return Status::ok();
}

} // namespace

QString ExportReport::summary() const
{
    if (!ok()) {
        return error;
    }
    const QString file = QDir::toNativeSeparators(filePath);
    if (format != ExportFormat::Json) {
        return QCoreApplication::translate("Export", "Wrote %n contact(s) to %1 (%2).", nullptr, contacts)
            .arg(file, exportFormatName(format));
    }
    const QStringList parts = {QCoreApplication::translate("Export", "%n contact(s)", nullptr, contacts),
                               QCoreApplication::translate("Export", "%n conversation(s)", nullptr, conversations),
                               QCoreApplication::translate("Export", "%n message(s)", nullptr, messages),
                               QCoreApplication::translate("Export", "%n follow-up(s)", nullptr, followUps),
                               QCoreApplication::translate("Export", "%n introduction(s)", nullptr, introductions),
                               QCoreApplication::translate("Export", "%n invitation(s)", nullptr, invitations),
                               QCoreApplication::translate("Export", "%n circle(s)", nullptr, circles),
                               QCoreApplication::translate("Export", "%n import(s)", nullptr, importBatches)};
    return QCoreApplication::translate("Export", "Wrote %1 to %2.").arg(parts.join(QStringLiteral(", ")), file);
}

QJsonObject ExportReport::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), filePath},
                  {QStringLiteral("format"), exportFormatKey(format)},
                  {QStringLiteral("ok"), ok()},
                  {QStringLiteral("contacts"), contacts},
                  {QStringLiteral("bytes"), bytes}};
    if (!ok()) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("cancelled"), cancelled);
    }
    if (format == ExportFormat::Json) {
        o.insert(QStringLiteral("conversations"), conversations);
        o.insert(QStringLiteral("messages"), messages);
        o.insert(QStringLiteral("followUps"), followUps);
        o.insert(QStringLiteral("introductions"), introductions);
        o.insert(QStringLiteral("invitations"), invitations);
        o.insert(QStringLiteral("circles"), circles);
        o.insert(QStringLiteral("importBatches"), importBatches);
    }
    return o;
}

ExportService::ExportService(db::Database& db) : m_db(db) {}

ExportReport ExportService::run(const ExportOptions& options)
{
    ExportReport report;
    report.filePath = options.filePath;
    report.format = options.format;
    // A failed export wrote nothing, so its report carries no counts.
    auto failed = [&options](const QString& message) {
        qCInfo(lcExport) << "export to" << options.filePath << "failed:" << message;
        ExportReport r;
        r.filePath = options.filePath;
        r.format = options.format;
        r.error = message;
        r.cancelled = options.cancel != nullptr && options.cancel->load();
        return r;
    };
    if (options.filePath.trimmed().isEmpty()) {
        return failed(QCoreApplication::translate("Export", "Choose a file to export to."));
    }
    if (QFileInfo(options.filePath).isDir()) {
        return failed(QCoreApplication::translate("Export", "Cannot write %1: it is a folder.")
                          .arg(QDir::toNativeSeparators(options.filePath)));
    }

    ReadSnapshot snapshot(m_db);
    const bool json = options.format == ExportFormat::Json;
    const bool everything = options.circle.trimmed().isEmpty() && options.ids.isEmpty();
    auto ids = selectContacts(m_db, {options.circle, options.ids, json, !json});
    if (!ids) {
        return failed(ids.error());
    }

    QSaveFile file(options.filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(QCoreApplication::translate("Export", "Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(options.filePath), file.errorString()));
    }
    ExportJob job(options, report);
    Status written = Status::ok();
    if (json) {
        written = writeJsonExport(m_db, ids.value(), everything, file, job);
    } else {
        job.setTotal(ids->size());
        written = writeContacts(m_db, ids.value(), file, job);
    }
    if (!written) {
        file.cancelWriting();
        return failed(written.error());
    }
    if (!file.commit()) {
        return failed(QCoreApplication::translate("Export", "Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(options.filePath), file.errorString()));
    }
    job.finish();
    qCInfo(lcExport) << "exported" << report.contacts << "contacts to" << options.filePath << "as"
                     << exportFormatKey(options.format);
    return report;
}

} // namespace rapport::exporters
