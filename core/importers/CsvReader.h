#pragma once

#include "Encoding.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport::importers {

/// One CSV record and the physical line (1-based) it starts on; a quoted field may span lines.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;

    /// True for a blank line (one empty field) or a row of empty fields.
    bool isBlank() const;
};

/// Streaming RFC 4180 reader. Reads the device in chunks, so memory is bounded by the longest
/// record (and a record longer than maxRecordChars is reported and skipped, never buffered).
/// Accepts LF, CRLF, lone CR, a missing final newline, ragged rows, quoted fields with embedded
/// line breaks and doubled quotes, a BOM, UTF-8/UTF-16/Windows-1252 and a TAB delimiter.
class CsvReader
{
public:
    struct Options
    {
        qsizetype maxRecordChars = 16 * 1024 * 1024;
        /// 0: sniff between ',' and TAB from the start of the file.
        char16_t delimiter = 0;
    };

    enum class Next { Record, End, Error };

    explicit CsvReader(QIODevice& device);
    CsvReader(QIODevice& device, Options options);

    /// Sniffs encoding and delimiter; false (with error()) for a binary file.
    bool open();
    /// Reads the next record. After Error, canContinue() says whether later records can still be read
    /// (an oversized record is skipped; an unterminated quote swallowed the rest of the file).
    Next next(CsvRecord& record);

    const QString& error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    bool canContinue() const { return m_canContinue; }
    TextEncoding encoding() const { return m_sniff.encoding; }
    QChar delimiter() const { return QChar(m_delimiter); }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    bool peekIs(char16_t c);
    Next fail(const QString& message, qint64 line, bool canContinue);

    QIODevice& m_device;
    Options m_options;
    EncodingSniff m_sniff;
    std::optional<TextDecoder> m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    char16_t m_delimiter = u',';
    bool m_eof = false;
    QString m_error;
    qint64 m_errorLine = 0;
    bool m_canContinue = false;
};

} // namespace rapport::importers
