// libFuzzer: CsvReader on arbitrary bytes (encoding sniffing, quoting, line ends, oversized records).
#include "FuzzCommon.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = fuzz::view(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    importers::CsvReader::Options options;
    options.maxRecordChars = 4096; // small, so the skip-an-oversized-record path is reached often
    importers::CsvReader reader(device, options);
    if (!reader.open()) {
        return 0;
    }
    importers::CsvRecord record;
    for (;;) {
        const auto next = reader.next(record);
        if (next == importers::CsvReader::Next::End) {
            break;
        }
        if (next == importers::CsvReader::Next::Error && !reader.canContinue()) {
            break;
        }
        (void)record.isBlank();
    }
    // Same bytes through the in-memory sniffer the vCard path uses.
    (void)importers::sniffEncoding(QByteArrayView(bytes));
    (void)importers::isValidUtf8(QByteArrayView(bytes));
    return 0;
}
