#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rapport::i18n {

namespace {

// Marks the translators install() owns, so a second call can take them out again.
constexpr auto kTranslatorName = "rapport-i18n";

bool load(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    for (const Language& l : languages()) {
        codes << l.code;
    }
    return codes;
}

QList<Language> languages()
{
    // Each language is named in itself and never translated: the reader may not know the current one.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("sk"), QStringLiteral("Slovenčina")}};
}

QString install(QCoreApplication& app, const QString& languageOverride)
{
    const auto previous = app.findChildren<QTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
    QLocale::setDefault(locale);
    const QString own = QStringLiteral("rapport");
    const QString ownFolder = QStringLiteral(":/i18n");
    // English is the source language; its catalogue holds only the plural forms, and every
    // language without a catalogue of its own falls back to the English text.
    if (!load(app, locale, own, ownFolder)) {
        load(app, QLocale(QLocale::English), own, ownFolder);
    }
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return QLocale::languageToCode(locale.language());
}

} // namespace rapport::i18n
