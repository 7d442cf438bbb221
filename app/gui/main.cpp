// rapport: the desktop app. Opens the database and shows the main window.
#include "MainWindow.h"
#include "db/Database.h"
#include "util/Paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rapport, a personal-network CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QApplication::translate("main", "Open this database file."), QStringLiteral("PATH")});
    parser.process(app);

    auto db = rapport::db::Database::open(rapport::paths::databasePath(parser.value(QStringLiteral("db"))));
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport"), db.error());
        return 1;
    }
    rapport::MainWindow window(*db.value());
    window.show();
    return QApplication::exec();
}
