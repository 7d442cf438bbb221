// libFuzzer: vCard 2.1/3.0/4.0 parser (quoted-printable, folding, charsets, grouped properties).
#include "FuzzCommon.h"
#include "importers/VCardParser.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    importers::ParsedFile file;
    file.displayName = QStringLiteral("fuzz.vcf");
    importers::parseVCards(fuzz::view(data, size), file);
    return 0;
}
