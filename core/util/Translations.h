#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rapport::i18n {

/// A language the user can pick, named in itself ("Deutsch") as language menus do.
struct Language
{
    QString code; ///< locale name for install(): "en", "de", "sk"
    QString nativeName;
};

/// Languages Rapport ships translations for, as locale names ("de", "sk"); English is built in.
QStringList availableLanguages();

/// The same languages with their own names, English first, for a language setting.
QList<Language> languages();

/// Loads Rapport's and Qt's own translations for the language (empty = the system locale) and
/// makes it the default QLocale so dates and numbers follow it. A language Rapport has no
/// catalogue for shows the English text, with the English plural forms ("1 contact").
/// Calling it again replaces what the previous call installed. Returns the language in use.
QString install(QCoreApplication& app, const QString& languageOverride = QString());

} // namespace rapport::i18n
