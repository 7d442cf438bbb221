#include "SettingsDialog.h"

#include "db/Backup.h"
#include "db/Database.h"
#include "followups/CadencePolicy.h"
#include "scoring/ScoringService.h"
#include "store/SettingsStore.h"
#include "util/Translations.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

// Per user, not per database: QSettings rather than SettingsStore.
const QString kLanguageKey = QStringLiteral("ui/language");

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& s : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty()) {
            out << s.trimmed();
        }
    }
    return out;
}
} // namespace

SettingsDialog::SettingsDialog(db::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(profilePage(), tr("&Profile"));
    m_tabs->addTab(cadencePage(), tr("&Cadences"));
    m_tabs->addTab(scoringPage(), tr("&Scoring"));
    m_tabs->addTab(databasePage(), tr("&Database"));
    m_tabs->addTab(languagePage(), tr("Lang&uage"));
    layout->addWidget(m_tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 480);
}

QWidget* SettingsDialog::profilePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* intro = new QLabel(tr("Who you are, so Rapport can tell your messages from others', and whom you want "
                                "to know, so scores favour them. Lists are separated by commas."),
                             page);
    intro->setWordWrap(true);
    form->addRow(intro);
    const UserProfile p = SettingsStore(m_db).profile();
    const QList<std::tuple<QString, QString, QString>> fields = {
        {QStringLiteral("name"), tr("&Name:"), p.name},
        {QStringLiteral("linkedinUrl"), tr("&LinkedIn URL:"), p.linkedinUrl},
        {QStringLiteral("headline"), tr("&Headline:"), p.headline},
        {QStringLiteral("industries"), tr("&Industries:"), p.industries.join(QStringLiteral(", "))},
        {QStringLiteral("roles"), tr("&Roles:"), p.roles.join(QStringLiteral(", "))},
        {QStringLiteral("companies"), tr("C&ompanies:"), p.companies.join(QStringLiteral(", "))},
        {QStringLiteral("regions"), tr("Re&gions:"), p.regions.join(QStringLiteral(", "))},
    };
    for (const auto& [key, label, value] : fields) {
        auto* e = new QLineEdit(value, page);
        e->setObjectName(key);
        QString accessible = label;
        e->setAccessibleName(accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, e);
        m_profile.insert(key, e);
    }
    return page;
}

QWidget* SettingsDialog::scoringPage()
{
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("What a relationship score is made of, in points out of 100 (penalties are taken "
                                "off), and where the tiers begin. Scores are recalculated when you press OK."),
                             page);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    auto* form = new QFormLayout(inner);
    const scoring::ScoreWeights weights = scoring::ScoringService(m_db).weights();
    for (const scoring::ScoreWeights::Field& f : scoring::ScoreWeights::fields()) {
        auto* box = new QDoubleSpinBox(inner);
        box->setObjectName(QStringLiteral("weight.") + f.key);
        box->setAccessibleName(f.label);
        box->setRange(f.minimum, f.maximum);
        box->setDecimals(f.maximum > 100 ? 0 : 1);
        box->setValue(weights.*(f.member));
        form->addRow(f.label + QLatin1Char(':'), box);
        m_weights.insert(f.key, box);
    }
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    auto* defaults = new QPushButton(tr("Restore &Defaults"), page);
    defaults->setObjectName(QStringLiteral("weightDefaults"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        const scoring::ScoreWeights d;
        for (const scoring::ScoreWeights::Field& f : scoring::ScoreWeights::fields()) {
            m_weights.value(f.key)->setValue(d.*(f.member));
        }
    });
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(defaults);
    outer->addLayout(row);
    return page;
}

QWidget* SettingsDialog::cadencePage()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    auto* intro = new QLabel(tr("How often to be in touch, by tier, unless a contact has its own cadence. "
                                "An ideal of 0 means no reminders."),
                             page);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Ideal (days)"), page), 1, 1);
    grid->addWidget(new QLabel(tr("At most (days)"), page), 1, 2);
    const followups::CadencePolicy policy(m_db);
    int row = 2;
    for (const QString& tier : followups::CadencePolicy::tierKeys()) {
        const followups::Cadence c = policy.defaultFor(tier);
        auto* ideal = new QSpinBox(page);
        ideal->setRange(0, 3650);
        ideal->setValue(c.idealDays);
        ideal->setAccessibleName(tr("%1: ideal days").arg(followups::CadencePolicy::tierName(tier)));
        auto* max = new QSpinBox(page);
        max->setRange(0, 3650);
        max->setValue(c.maxDays);
        max->setAccessibleName(tr("%1: maximum days").arg(followups::CadencePolicy::tierName(tier)));
        auto* label = new QLabel(followups::CadencePolicy::tierName(tier), page);
        label->setBuddy(ideal);
        grid->addWidget(label, row, 0);
        grid->addWidget(ideal, row, 1);
        grid->addWidget(max, row, 2);
        m_cadences.insert(tier, {ideal, max});
        ++row;
    }
    auto* reset = new QPushButton(tr("&Reset to Built-in Defaults"), page);
    grid->addWidget(reset, row, 0, 1, 3, Qt::AlignLeft);
    grid->setRowStretch(row + 1, 1);
    connect(reset, &QPushButton::clicked, this, [this] {
        const auto defaults = followups::CadencePolicy::builtInDefaults();
        for (auto it = m_cadences.cbegin(); it != m_cadences.cend(); ++it) {
            it.value().first->setValue(defaults.value(it.key()).idealDays);
            it.value().second->setValue(defaults.value(it.key()).maxDays);
        }
    });
    return page;
}

QWidget* SettingsDialog::databasePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    auto* path = new QLineEdit(m_db.path(), page);
    path->setReadOnly(true);
    path->setAccessibleName(tr("Database file"));
    form->addRow(tr("Database file:"), path);
    layout->addLayout(form);
    auto* open = new QPushButton(tr("&Open Another Database…"), page);
    layout->addWidget(open, 0, Qt::AlignLeft);
    connect(open, &QPushButton::clicked, this, [this] {
        reject();
        emit openAnotherDatabaseRequested();
    });
    layout->addWidget(new QLabel(tr("Backups (the last 7 days and the last 5 before imports and restores):"), page));
    m_backups = new QListWidget(page);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setAccessibleName(tr("Backups"));
    layout->addWidget(m_backups, 1);
    auto* restore = new QPushButton(tr("&Restore Selected Backup…"), page);
    layout->addWidget(restore, 0, Qt::AlignLeft);
    connect(restore, &QPushButton::clicked, this, &SettingsDialog::restoreSelectedBackup);
    reloadBackups();
    return page;
}

QWidget* SettingsDialog::languagePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const i18n::Language& l : i18n::languages()) {
        m_language->addItem(l.nativeName, l.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("Rapport uses the new language the next time it starts. Dates and numbers follow "
                               "the language too."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QString SettingsDialog::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void SettingsDialog::reloadBackups()
{
    m_backups->clear();
    const QLocale locale;
    for (const db::BackupInfo& b : db::BackupManager(m_db.path()).list()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(locale.toString(b.createdAt, QLocale::ShortFormat), b.kind, locale.formattedDataSize(b.size)),
            m_backups);
        item->setData(Qt::UserRole, b.path);
    }
}

void SettingsDialog::restoreSelectedBackup()
{
    QListWidgetItem* item = m_backups->currentItem();
    if (!item) {
        return;
    }
    const QString file = item->data(Qt::UserRole).toString();
    if (MessageBox::warning(this, tr("Restore Backup"),
                            tr("Replace everything in the database with the backup from %1? The current "
                               "contents are backed up first, so this can be reversed.")
                                .arg(item->text()),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    if (auto verified = db::verifyBackupFile(file); !verified) {
        MessageBox::critical(this, tr("Restore Backup"), verified.error());
        return;
    }
    if (auto before = db::BackupManager(m_db.path()).eventBackup(m_db, QStringLiteral("pre-restore")); !before) {
        MessageBox::critical(
            this, tr("Restore Backup"),
            tr("The current database could not be backed up, so nothing was restored: %1").arg(before.error()));
        return;
    }
    if (auto s = db::restoreFrom(m_db, file); !s) {
        MessageBox::critical(this, tr("Restore Backup"), s.error());
        return;
    }
    m_db.notifyChanged(db::Entity::Everything);
    emit databaseRestored();
    reloadBackups();
    MessageBox::information(this, tr("Restore Backup"), tr("The backup was restored."));
}

bool SettingsDialog::save()
{
    UserProfile p;
    p.name = m_profile.value(QStringLiteral("name"))->text().trimmed();
    p.linkedinUrl = m_profile.value(QStringLiteral("linkedinUrl"))->text().trimmed();
    p.headline = m_profile.value(QStringLiteral("headline"))->text().trimmed();
    p.industries = splitList(m_profile.value(QStringLiteral("industries"))->text());
    p.roles = splitList(m_profile.value(QStringLiteral("roles"))->text());
    p.companies = splitList(m_profile.value(QStringLiteral("companies"))->text());
    p.regions = splitList(m_profile.value(QStringLiteral("regions"))->text());
    if (auto s = SettingsStore(m_db).setProfile(p); !s) {
        MessageBox::critical(this, tr("Settings"), s.error());
        return false;
    }
    QHash<QString, followups::Cadence> cadences;
    for (auto it = m_cadences.cbegin(); it != m_cadences.cend(); ++it) {
        cadences.insert(it.key(), {it.value().first->value(), it.value().second->value()});
    }
    followups::CadencePolicy policy(m_db);
    if (auto s = policy.setDefaults(m_db, cadences); !s) {
        MessageBox::critical(this, tr("Settings"), s.error());
        return false;
    }
    scoring::ScoringService scoring(m_db);
    scoring::ScoreWeights weights = scoring.weights();
    for (const scoring::ScoreWeights::Field& f : scoring::ScoreWeights::fields()) {
        weights.*(f.member) = m_weights.value(f.key)->value();
    }
    if (!(weights == scoring.weights())) {
        if (auto s = scoring.setWeights(weights); !s) {
            MessageBox::critical(this, tr("Settings"), s.error());
            return false;
        }
    }
    // Views reload and the score keeper recalculates with the new weights and cadences.
    m_db.notifyChanged(db::Entity::Settings);
    const QString language = m_language->currentData().toString();
    if (language != savedLanguage()) {
        QSettings settings;
        if (language.isEmpty()) {
            settings.remove(kLanguageKey);
        } else {
            settings.setValue(kLanguageKey, language);
        }
    }
    return true;
}

} // namespace rapport
