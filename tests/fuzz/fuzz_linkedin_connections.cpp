// libFuzzer: LinkedIn Connections.csv parser, behind the same header search FileParser uses.
#include "FuzzCommon.h"
#include "importers/LinkedInParsers.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::runCsvParser(data, size, &importers::parseConnections);
    return 0;
}
