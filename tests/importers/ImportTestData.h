#pragma once

#include <QString>

// Sample exports copied from the format research (tests/data/import, see README.md there).
inline QString importData(const char* relative)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/import/") + QString::fromUtf8(relative);
}
