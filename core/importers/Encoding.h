#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace rapport::importers {

/// The text encodings an import file can arrive in. LinkedIn writes UTF-8; Excel re-saves add a
/// BOM; old Outlook writes the ANSI code page; a few LinkedIn files were seen as UTF-16 with a BOM.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

QString encodingName(TextEncoding encoding);

/// What sniffing a file's first bytes (and, for files, all of its bytes) found.
struct EncodingSniff
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;   ///< bytes to skip at the start
    bool binary = false; ///< NUL bytes in a file that is not UTF-16: not a text export at all
};

/// Reads the device from its current position to decide the encoding, then seeks back. Random-access
/// devices are validated as UTF-8 in full (so a stray Windows-1252 byte deep in the file is caught
/// before parsing starts); sequential devices are judged on what peek() shows.
EncodingSniff sniffEncoding(QIODevice& device);

/// Same decision for bytes already in memory (vCard files, tests).
EncodingSniff sniffEncoding(QByteArrayView bytes);

/// Incremental decoder: chunks may split a multi-byte sequence anywhere.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);
    QString decode(QByteArrayView chunk);
    bool hasError() const;

private:
    TextEncoding m_encoding;
    std::optional<QStringDecoder> m_decoder;
};

/// Windows-1252: Latin-1 plus the printable characters Microsoft put into 0x80-0x9F. Qt 6.4 has no
/// codec for it without ICU, and Outlook's "ANSI" CSV is exactly this.
QString decodeWindows1252(QByteArrayView bytes);

/// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

} // namespace rapport::importers
