#pragma once

#include <QLoggingCategory>

// One logging category per module; enable with QT_LOGGING_RULES="rapport.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcTriage)
Q_DECLARE_LOGGING_CATEGORY(lcScoring)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
