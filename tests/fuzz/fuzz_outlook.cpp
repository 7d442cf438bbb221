// libFuzzer: Outlook CSV parser, behind the same header search FileParser uses.
#include "FuzzCommon.h"
#include "importers/AddressBookCsvParser.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::runCsvParser(data, size, &importers::parseOutlookCsv);
    return 0;
}
