#include "Encoding.h"

#include <QIODevice>

namespace rapport::importers {

namespace {

constexpr qint64 kSniffChunk = 1 << 20;

// 0x80-0x9F of Windows-1252; the five holes map to the C1 controls, as the WHATWG encoding standard does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/// Streaming UTF-8 validator: keeps the expected continuation state across chunk boundaries.
class Utf8Validator
{
public:
    bool feed(QByteArrayView bytes)
    {
        for (const char ch : bytes) {
            const auto b = static_cast<unsigned char>(ch);
            if (m_need == 0) {
                if (b < 0x80) {
                    continue;
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    m_need = 1;
                    m_lo = 0x80;
                    m_hi = 0xBF;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    m_need = 2;
                    m_lo = b == 0xE0 ? 0xA0 : 0x80;
                    m_hi = b == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
                } else if (b >= 0xF0 && b <= 0xF4) {
                    m_need = 3;
                    m_lo = b == 0xF0 ? 0x90 : 0x80;
                    m_hi = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    return false;
                }
                continue;
            }
            if (b < m_lo || b > m_hi) {
                return false;
            }
            m_lo = 0x80;
            m_hi = 0xBF;
            --m_need;
        }
        return true;
    }
    bool complete() const { return m_need == 0; }

private:
    int m_need = 0;
    unsigned char m_lo = 0x80;
    unsigned char m_hi = 0xBF;
};

/// A UTF-16 file without BOM shows as ASCII interleaved with NULs; tell it apart from binary junk.
std::optional<TextEncoding> utf16WithoutBom(QByteArrayView head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 512) & ~qsizetype(1);
    if (n < 8) {
        return std::nullopt;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += head[i] == '\0';
        oddNul += head[i + 1] == '\0';
    }
    const int pairs = int(n / 2);
    if (oddNul == pairs && evenNul == 0) {
        return TextEncoding::Utf16LE;
    }
    if (evenNul == pairs && oddNul == 0) {
        return TextEncoding::Utf16BE;
    }
    return std::nullopt;
}

EncodingSniff fromBom(QByteArrayView head, bool* found)
{
    *found = true;
    if (head.startsWith("\xEF\xBB\xBF")) {
        return {TextEncoding::Utf8, 3, false};
    }
    if (head.startsWith("\xFF\xFE")) {
        return {TextEncoding::Utf16LE, 2, false};
    }
    if (head.startsWith("\xFE\xFF")) {
        return {TextEncoding::Utf16BE, 2, false};
    }
    *found = false;
    return {};
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool isValidUtf8(QByteArrayView bytes)
{
    Utf8Validator v;
    return v.feed(bytes) && v.complete();
}

EncodingSniff sniffEncoding(QByteArrayView bytes)
{
    bool bom = false;
    EncodingSniff s = fromBom(bytes, &bom);
    if (bom) {
        return s;
    }
    if (bytes.contains('\0')) {
        if (const auto u16 = utf16WithoutBom(bytes)) {
            return {*u16, 0, false};
        }
        return {TextEncoding::Utf8, 0, true};
    }
    s.encoding = isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    return s;
}

EncodingSniff sniffEncoding(QIODevice& device)
{
    const QByteArray head = device.peek(kSniffChunk);
    bool bom = false;
    EncodingSniff s = fromBom(head, &bom);
    if (bom) {
        return s;
    }
    if (head.contains('\0')) {
        if (const auto u16 = utf16WithoutBom(head)) {
            return {*u16, 0, false};
        }
        return {TextEncoding::Utf8, 0, true};
    }
    if (device.isSequential() || device.size() <= head.size()) {
        s.encoding = isValidUtf8(head) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        return s;
    }
    // Whole-file pass: cheap next to parsing, and the only way to pick one decoder up front.
    const qint64 start = device.pos();
    Utf8Validator v;
    bool valid = true;
    QByteArray chunk;
    while (!device.atEnd()) {
        chunk = device.read(kSniffChunk);
        if (chunk.isEmpty()) {
            break;
        }
        if (chunk.contains('\0')) {
            s.binary = true;
            break;
        }
        if (valid && !v.feed(chunk)) {
            valid = false;
        }
    }
    device.seek(start);
    s.encoding = valid && v.complete() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    return s;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

TextDecoder::TextDecoder(TextEncoding encoding) : m_encoding(encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        m_decoder.emplace(QStringDecoder::Utf8);
        break;
    case TextEncoding::Utf16LE:
        m_decoder.emplace(QStringDecoder::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        m_decoder.emplace(QStringDecoder::Utf16BE);
        break;
    case TextEncoding::Windows1252:
        break;
    }
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    if (m_encoding == TextEncoding::Windows1252) {
        return decodeWindows1252(chunk);
    }
    return m_decoder->decode(chunk);
}

bool TextDecoder::hasError() const
{
    return m_decoder && m_decoder->hasError();
}

} // namespace rapport::importers
