#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rapport::importers {

namespace {
constexpr qint64 kChunkBytes = 256 * 1024;

bool isSpecial(char16_t c, char16_t delimiter)
{
    return c == delimiter || c == u'"' || c == u'\n' || c == u'\r';
}
} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

CsvReader::CsvReader(QIODevice& device) : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice& device, Options options) : m_device(device), m_options(options) {}

bool CsvReader::open()
{
    m_sniff = sniffEncoding(m_device);
    if (m_sniff.binary) {
        m_error = QCoreApplication::translate("Import", "This is a binary file, not a CSV text export.");
        m_errorLine = 0;
        return false;
    }
    if (m_sniff.bomLength > 0) {
        m_device.read(m_sniff.bomLength);
        m_bytesRead += m_sniff.bomLength;
    }
    m_decoder.emplace(m_sniff.encoding);
    if (m_options.delimiter != 0) {
        m_delimiter = m_options.delimiter;
    } else {
        fill();
        // LinkedIn and address books use ','; a UTF-16 Excel re-save uses TAB. Decide on the first lines.
        const QStringView head = QStringView(m_buf).left(4096);
        m_delimiter = head.count(u'\t') > head.count(u',') ? u'\t' : u',';
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    const QByteArray raw = m_device.read(kChunkBytes);
    if (raw.isEmpty()) {
        m_eof = true;
        // Flush whatever a stateful decoder still holds (a truncated multi-byte sequence).
        const QString rest = m_decoder->decode(QByteArrayView());
        if (!rest.isEmpty()) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
            m_buf.append(rest);
            return true;
        }
        return false;
    }
    m_bytesRead += raw.size();
    m_buf.remove(0, m_pos);
    m_pos = 0;
    m_buf.append(m_decoder->decode(raw));
    return true;
}

bool CsvReader::peekIs(char16_t c)
{
    while (m_pos >= m_buf.size()) {
        if (!fill()) {
            return false;
        }
    }
    return m_buf.at(m_pos).unicode() == c;
}

CsvReader::Next CsvReader::fail(const QString& message, qint64 line, bool canContinue)
{
    m_error = message;
    m_errorLine = line;
    m_canContinue = canContinue;
    return Next::Error;
}

CsvReader::Next CsvReader::next(CsvRecord& record)
{
    record.fields.clear();
    record.line = m_line;
    m_canContinue = false;
    QString field;
    bool inQuotes = false;
    bool quoted = false;
    bool any = false;
    bool oversized = false;
    qsizetype recordChars = 0;
    const qsizetype limit = m_options.maxRecordChars;
    const char16_t delim = m_delimiter;

    auto account = [&](qsizetype n) {
        recordChars += n;
        if (!oversized && recordChars > limit) {
            // Keep scanning to the end of the record so the next one starts in the right place, but
            // stop storing: a hostile or broken file must not make us allocate without bound.
            oversized = true;
            field = QString();
            record.fields = QStringList();
        }
    };
    auto endField = [&]() {
        if (!oversized) {
            record.fields.append(field);
        }
        field.clear();
        quoted = false;
    };
    auto finish = [&]() -> Next {
        endField();
        if (oversized) {
            record.fields.clear();
            return fail(QCoreApplication::translate("Import", "The record is longer than %1 MB; it was not read.")
                            .arg(limit / (1024 * 1024)),
                        record.line, true);
        }
        return Next::Record;
    };

    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (inQuotes) {
                return fail(QCoreApplication::translate("Import", "A quoted field is never closed: the closing "
                                                                  "quote is missing before the end of the file."),
                            record.line, false);
            }
            if (!any) {
                return Next::End;
            }
            return finish();
        }
        any = true;
        const char16_t* data = reinterpret_cast<const char16_t*>(m_buf.constData());
        const qsizetype size = m_buf.size();
        if (inQuotes) {
            qsizetype end = m_pos;
            while (end < size && data[end] != u'"' && data[end] != u'\n' && data[end] != u'\r') {
                ++end;
            }
            if (end > m_pos) {
                account(end - m_pos);
                if (!oversized) {
                    field.append(QStringView(data + m_pos, end - m_pos));
                }
                m_pos = end;
                continue;
            }
            const char16_t c = data[m_pos++];
            account(1);
            if (c == u'"') {
                if (peekIs(u'"')) {
                    ++m_pos;
                    if (!oversized) {
                        field.append(QLatin1Char('"'));
                    }
                } else {
                    inQuotes = false;
                }
            } else {
                // Line breaks inside quotes are data; count them so later records report true lines.
                if (c == u'\n' || (c == u'\r' && !peekIs(u'\n'))) {
                    ++m_line;
                }
                if (!oversized) {
                    field.append(QChar(c));
                }
            }
            continue;
        }
        qsizetype end = m_pos;
        while (end < size && !isSpecial(data[end], delim)) {
            ++end;
        }
        if (end > m_pos) {
            account(end - m_pos);
            if (!oversized) {
                field.append(QStringView(data + m_pos, end - m_pos));
            }
            m_pos = end;
            continue;
        }
        const char16_t c = data[m_pos++];
        if (c == delim) {
            account(1);
            endField();
        } else if (c == u'"') {
            account(1);
            if (field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (!oversized) {
                // A stray quote inside an unquoted field: keep it, as spreadsheet programs do.
                field.append(QLatin1Char('"'));
            }
        } else {
            if (c == u'\r' && peekIs(u'\n')) {
                ++m_pos;
            }
            ++m_line;
            return finish();
        }
    }
}

} // namespace rapport::importers
