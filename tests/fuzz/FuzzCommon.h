#pragma once
// Shared by the libFuzzer harnesses: turn the fuzzer's bytes into the devices and files the
// importers read, with limits small enough that one input cannot eat the fuzzer's RSS budget.

#include "importers/CsvReader.h"
#include "importers/FileParser.h"
#include "importers/ImportFormat.h"
#include "importers/ParsedFile.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace rapport::fuzz {

/// Bytes the fuzzer owns, viewed without a copy (the harness never writes to them).
inline QByteArray view(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// One parser of the CsvReader + HeaderMap family (LinkedIn files, Google, Outlook).
using CsvParser = void (*)(importers::CsvReader&, const importers::HeaderMap&, importers::ParsedFile&);

/// Finds the header the way FileParser does (first of ten rows that detectCsvHeader knows); when
/// none is known the first record is taken as the header anyway, so the parser's column lookups
/// still meet hostile names. Then hands the rest of the input to `parser`.
inline void runCsvParser(const uint8_t* data, size_t size, CsvParser parser)
{
    QByteArray bytes = view(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    importers::CsvReader::Options options;
    options.maxRecordChars = 1 << 20; // also exercises the oversized-record path
    importers::CsvReader reader(device, options);
    if (!reader.open()) {
        return;
    }
    importers::ParsedFile file;
    file.displayName = QStringLiteral("fuzz.csv");
    importers::CsvRecord record;
    importers::HeaderMap header;
    bool haveHeader = false;
    for (int i = 0; i < 10 && !haveHeader; ++i) {
        const auto next = reader.next(record);
        if (next == importers::CsvReader::Next::End) {
            break;
        }
        if (next == importers::CsvReader::Next::Error) {
            if (!reader.canContinue()) {
                return;
            }
            continue;
        }
        const importers::HeaderMap candidate(record.fields);
        if (importers::detectCsvHeader(candidate) != importers::ImportFormat::Unknown || i == 0) {
            header = candidate;
            haveHeader = importers::detectCsvHeader(candidate) != importers::ImportFormat::Unknown;
        }
    }
    parser(reader, header, file);
}

} // namespace rapport::fuzz
