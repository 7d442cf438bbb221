#include "FileParser.h"

#include "AddressBookCsvParser.h"
#include "CsvReader.h"
#include "LinkedInParsers.h"
#include "VCardParser.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace rapport::importers {

namespace {

constexpr int kHeaderSearchRows = 10;

bool looksLikeVCard(QFile& f)
{
    QByteArray head = f.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    return head.trimmed().toUpper().startsWith("BEGIN:VCARD");
}

} // namespace

void forEachCsvRow(CsvReader& reader, ParsedFile& file, const std::function<void(const QStringList&, qint64)>& row)
{
    CsvRecord record;
    for (;;) {
        const auto next = reader.next(record);
        if (next == CsvReader::Next::End) {
            return;
        }
        if (next == CsvReader::Next::Error) {
            ++file.records;
            file.addError(reader.errorLine(), reader.error());
            if (!reader.canContinue()) {
                return;
            }
            continue;
        }
        if (record.isBlank()) {
            continue;
        }
        ++file.records;
        row(record.fields, record.line);
    }
}

ParsedFile parseFile(const QString& path, const QString& displayName, const ParseLimits& limits)
{
    ParsedFile file;
    file.path = path;
    file.displayName = displayName.isEmpty() ? path : displayName;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        file.addError(0, QCoreApplication::translate("Import", "Cannot open the file: %1").arg(f.errorString()));
        return file;
    }
    if (looksLikeVCard(f)) {
        file.format = ImportFormat::VCard;
        if (f.size() > limits.maxVCardFileBytes) {
            file.addError(0, QCoreApplication::translate("Import", "The vCard file is larger than %1 MB.")
                                 .arg(limits.maxVCardFileBytes / (1024 * 1024)));
            return file;
        }
        parseVCards(f.readAll(), file);
        return file;
    }

    CsvReader::Options options;
    options.maxRecordChars = limits.maxRecordChars;
    CsvReader reader(f, options);
    if (!reader.open()) {
        file.addError(0, reader.error());
        return file;
    }
    file.encoding = reader.encoding();

    // The header is found by content: LinkedIn puts a 3-line "Notes:" preamble before it in some eras.
    CsvRecord record;
    HeaderMap header;
    for (int i = 0; i < kHeaderSearchRows; ++i) {
        const auto next = reader.next(record);
        if (next == CsvReader::Next::End) {
            break;
        }
        if (next == CsvReader::Next::Error) {
            file.addError(reader.errorLine(), reader.error());
            if (!reader.canContinue()) {
                return file;
            }
            continue;
        }
        const HeaderMap candidate(record.fields);
        file.format = detectCsvHeader(candidate);
        if (file.format != ImportFormat::Unknown) {
            header = candidate;
            break;
        }
    }
    qCDebug(lcImport) << file.displayName << "detected as" << formatKey(file.format) << encodingName(file.encoding);

    switch (file.format) {
    case ImportFormat::Unknown:
        if (file.errors.isEmpty()) {
            file.addError(0, QCoreApplication::translate("Import", "Unknown file: the header does not match a "
                                                                   "LinkedIn, Google, Outlook or vCard export."));
        }
        break;
    case ImportFormat::LinkedInOther:
        break;
    case ImportFormat::LinkedInConnections:
        // Room for the rows the file's size suggests (a connection takes 120 bytes or more), so
        // 30,000 records are not moved again at every doubling; capped (LinkedIn allows 30,000).
        file.people.reserve(std::size_t(std::min<qint64>(f.size() / 120, 100'000)));
        parseConnections(reader, header, file);
        break;
    case ImportFormat::LinkedInMessages:
        file.messages.rows.reserve(std::size_t(std::min<qint64>(f.size() / 150, 1'000'000)));
        parseMessages(reader, header, file);
        break;
    case ImportFormat::LinkedInInvitations:
        parseInvitations(reader, header, file);
        break;
    case ImportFormat::LinkedInProfile:
        parseProfile(reader, header, file);
        break;
    case ImportFormat::GoogleCsv:
    case ImportFormat::GoogleLegacyCsv:
        parseGoogleCsv(reader, header, file);
        break;
    case ImportFormat::OutlookCsv:
    case ImportFormat::OutlookComCsv:
        parseOutlookCsv(reader, header, file);
        break;
    case ImportFormat::VCard:
        break;
    }
    return file;
}

} // namespace rapport::importers
