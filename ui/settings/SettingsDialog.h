#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace rapport {

namespace db {
class Database;
}

/// Settings that travel with the database: the user's profile and target market, the default
/// cadence per tier; plus where the database lives and its backups, and this user's language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(db::Database& db, QWidget* parent = nullptr);

    /// Saves the profile and cadences; returns false (and tells the user) when a value is refused.
    bool save();
    QTabWidget* tabs() const { return m_tabs; }

    /// The language chosen here ("de"), or empty to follow the system; main() passes it to
    /// i18n::install() before any widget exists, so a change applies at the next start.
    static QString savedLanguage();

signals:
    void openAnotherDatabaseRequested();
    /// A backup replaced the database contents; views must re-read everything.
    void databaseRestored();

private:
    QWidget* profilePage();
    QWidget* cadencePage();
    QWidget* scoringPage();
    QWidget* databasePage();
    QWidget* languagePage();
    void reloadBackups();
    void restoreSelectedBackup();

    db::Database& m_db;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, QLineEdit*> m_profile;
    QHash<QString, QPair<QSpinBox*, QSpinBox*>> m_cadences;
    QListWidget* m_backups = nullptr;
    QComboBox* m_language = nullptr;
    QHash<QString, QDoubleSpinBox*> m_weights;
};

} // namespace rapport
