// rapport: the desktop app. One running copy per user: a second launch hands its file arguments
// to the first and exits. Opens the database and shows the main window.
#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "models/ContactTableModel.h"
#include "navigation/NavigationPane.h"
#include "services/Session.h"
#include "services/SingleInstance.h"
#include "settings/SettingsDialog.h"
#include "util/Paths.h"
#include "util/Translations.h"
#include "views/ContactsView.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.rapport.Rapport"));
    // Before any text is made: RAPPORT_LANGUAGE (as for the CLI) wins over the Settings choice,
    // which wins over the system locale.
    QString language = qEnvironmentVariable("RAPPORT_LANGUAGE");
    if (language.isEmpty()) {
        language = rapport::SettingsDialog::savedLanguage();
    }
    rapport::i18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rapport, a personal-network CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QApplication::translate("main", "Open this database file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("new-instance"),
                      QApplication::translate("main", "Do not hand over to a running copy of Rapport.")});
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption screenshotView(QStringLiteral("screenshot-view"), QString(), QStringLiteral("ID"));
    screenshotView.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotView);
    QCommandLineOption screenshotSample(QStringLiteral("screenshot-sample"), QString());
    screenshotSample.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotSample);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Files to import."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    QStringList files;
    for (const QString& f : parser.positionalArguments()) {
        files << QFileInfo(f).absoluteFilePath();
    }
    const bool single = !parser.isSet(QStringLiteral("new-instance")) && !parser.isSet(screenshot);
    rapport::SingleInstance instance(rapport::SingleInstance::defaultKey());
    if (single && !instance.listen()) {
        if (rapport::SingleInstance::sendToRunning(rapport::SingleInstance::defaultKey(), files)) {
            return 0;
        }
    }

    QString dbPath = parser.value(QStringLiteral("db"));
    if (dbPath.isEmpty() && qEnvironmentVariableIsEmpty("RAPPORT_DB")) {
        dbPath = QSettings().value(QStringLiteral("database/path")).toString();
    }
    auto session = rapport::Session::open(rapport::paths::databasePath(dbPath));
    if (!session) {
        rapport::MessageBox::critical(nullptr, QApplication::translate("main", "Rapport"), session.error());
        return 1;
    }
    rapport::MainWindow window(std::move(session).value());
    QObject::connect(&instance, &rapport::SingleInstance::activationRequested, &window,
                     &rapport::MainWindow::bringToFront);
    QObject::connect(&instance, &rapport::SingleInstance::importRequested, &window, &rapport::MainWindow::queueImport,
                     Qt::QueuedConnection);
    window.show();

    if (parser.isSet(screenshot)) {
        // Documentation screenshots: show a view, let the event loop settle, grab, quit.
        const QString file = parser.value(screenshot);
        const QString viewId = parser.value(screenshotView);
        if (parser.isSet(screenshotSample) && !rapport::demo::hasSampleData(window.session().db())) {
            rapport::MessageBox::setNextAnswer(QMessageBox::Ok);
            window.loadSampleData();
        }
        QTimer::singleShot(300, &window, [&window, viewId] {
            if (!viewId.isEmpty()) {
                window.navigation()->setCurrentView(viewId);
            }
            if (auto* contacts = window.view<rapport::ContactsView>(QStringLiteral("contacts"));
                contacts && contacts->model()->rowCount() > 3) {
                contacts->showContact(contacts->model()->idAt(3));
            }
        });
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    } else {
        for (const QString& f : std::as_const(files)) {
            QTimer::singleShot(0, &window, [&window, f] { window.queueImport(f); });
        }
    }
    return QApplication::exec();
}
