#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rapport::i18n {

/// Languages Rapport ships translations for, as locale names ("de", "sk"); English is built in.
QStringList availableLanguages();

/// Loads Rapport's and Qt's own translations for the language (empty = the system locale) and
/// makes it the default QLocale so dates and numbers follow it. Returns the language in use.
QString install(QCoreApplication& app, const QString& languageOverride = QString());

} // namespace rapport::i18n
