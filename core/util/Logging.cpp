#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "rapport.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "rapport.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "rapport.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTriage, "rapport.triage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcScoring, "rapport.scoring", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "rapport.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "rapport.ui", QtWarningMsg)
