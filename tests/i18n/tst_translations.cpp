// The shipped catalogues: German and Slovak load through i18n::install() and translate core
// text, dates and plurals; English gets its plural forms; every .ts message is finished, has the
// right number of plural forms and keeps the source's placeholders and accelerators.
#include "db/Backup.h"
#include "followups/PlainWords.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace rapport;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void germanTranslatesCoreText();
    void slovakTranslatesCoreText();
    void englishHasPluralForms_data();
    void englishHasPluralForms();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cliFollowsRapportLanguage_data();
    void cliFollowsRapportLanguage();

private:
    static QString plural(const char* context, const char* text, int n)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }
};

void TestTranslations::cleanup()
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTranslations::germanTranslatesCoreText()
{
    QCOMPARE(i18n::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    const QString missing = QStringLiteral("/nonexistent/rapport-backup.sqlite");
    QCOMPARE(db::verifyBackupFile(missing).error(), QStringLiteral("Die Datei %1 existiert nicht.").arg(missing));
    QCOMPARE(plural("Export", "%n contact(s)", 1), QStringLiteral("1 Kontakt"));
    QCOMPARE(plural("Export", "%n contact(s)", 5), QStringLiteral("5 Kontakte"));
    QCOMPARE(followups::words::duration(1), QStringLiteral("1 Tag"));
    QCOMPARE(followups::words::duration(3), QStringLiteral("3 Tage"));
    // Dates follow the language: QLocale month names in the catalogue's own pattern.
    QCOMPARE(followups::words::longDate(QDate(2026, 11, 25)), QStringLiteral("25. November 2026"));
    QCOMPARE(followups::words::weekdayDate(QDate(2026, 11, 17)), QStringLiteral("Dienstag, 17. November"));
}

void TestTranslations::slovakTranslatesCoreText()
{
    QCOMPARE(i18n::install(*QCoreApplication::instance(), QStringLiteral("sk")), QStringLiteral("sk"));
    const QString missing = QStringLiteral("/nonexistent/rapport-backup.sqlite");
    QCOMPARE(db::verifyBackupFile(missing).error(), QStringLiteral("Súbor %1 neexistuje.").arg(missing));
    // Slovak has three plural forms: 1, 2–4, and the rest.
    QCOMPARE(plural("Export", "%n contact(s)", 1), QStringLiteral("1 kontakt"));
    QCOMPARE(plural("Export", "%n contact(s)", 3), QStringLiteral("3 kontakty"));
    QCOMPARE(plural("Export", "%n contact(s)", 5), QStringLiteral("5 kontaktov"));
    QCOMPARE(followups::words::duration(10), QStringLiteral("10 dní"));
    // Next to a day number the month takes the genitive ("novembra", not "november").
    QCOMPARE(followups::words::longDate(QDate(2026, 11, 25)), QStringLiteral("25. novembra 2026"));
}

void TestTranslations::englishHasPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("British English") << QStringLiteral("en_GB");
    // A language without a catalogue shows English text, so it gets the English plurals too.
    QTest::newRow("French (no catalogue)") << QStringLiteral("fr");
}

void TestTranslations::englishHasPluralForms()
{
    QFETCH(QString, language);
    i18n::install(*QCoreApplication::instance(), language);
    QCOMPARE(plural("Import",
                    "%n problem(s) found; nothing was imported. Fix the file, or skip the bad rows to import the rest.",
                    1),
             QStringLiteral("1 problem found; nothing was imported. Fix the file, or skip the bad rows to import "
                            "the rest."));
    QCOMPARE(plural("Export", "%n contact(s)", 1), QStringLiteral("1 contact"));
    QCOMPARE(plural("Export", "%n contact(s)", 2), QStringLiteral("2 contacts"));
    QCOMPARE(plural("Scoring", "introduced you to %n person(s)", 1), QStringLiteral("introduced you to 1 person"));
    QCOMPARE(plural("Scoring", "introduced you to %n person(s)", 3), QStringLiteral("introduced you to 3 people"));
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms");
    QTest::newRow("German") << QStringLiteral("rapport_de.ts") << 2;
    QTest::newRow("Slovak") << QStringLiteral("rapport_sk.ts") << 3;
    QTest::newRow("English plurals") << QStringLiteral("rapport_en.ts") << 2;
}

namespace {

// "%1".."%99", "%L1" and "%n" as a sorted list, so a dropped or doubled placeholder shows.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return text.remove(QStringLiteral("&&")).contains(re);
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList forms; ///< the translation, or one entry per plural form
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message m;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform")) {
                        m.forms << xml.readElementText();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                m.forms << xml.readElementText();
            }
            messages << m;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

} // namespace

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(RAPPORT_TRANSLATIONS_DIR "/") + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = QStringLiteral("[%1] \"%2\": ").arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            problems << where + m.type;
            continue;
        }
        if (m.numerus && m.forms.size() != forms) {
            problems << where + QStringLiteral("%1 plural forms, expected %2").arg(m.forms.size()).arg(forms);
        }
        const QStringList wanted = placeholders(m.source);
        for (const QString& t : m.forms) {
            if (t.isEmpty()) {
                problems << where + QStringLiteral("empty translation");
            } else if (placeholders(t) != wanted) {
                problems << where + QStringLiteral("placeholders %1 instead of %2")
                                        .arg(placeholders(t).join(QLatin1Char(' ')), wanted.join(QLatin1Char(' ')));
            } else if (hasAccelerator(m.source) != hasAccelerator(t)) {
                problems << where + QStringLiteral("keyboard accelerator (&) lost or added");
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::cliFollowsRapportLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringLiteral("Kontakte auflisten, hinzufügen, anzeigen, bearbeiten und löschen.");
    QTest::newRow("Slovak") << QStringLiteral("sk")
                            << QStringLiteral("Vypísať, pridať, zobraziť, upraviť a odstrániť kontakty.");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("List, add, show, edit and delete contacts.");
}

void TestTranslations::cliFollowsRapportLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_LANGUAGE"), language);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_CLI_PATH), {QStringLiteral("contacts"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
