#include "SyncDialog.h"

#include "SyncController.h"
#include "importers/FieldConflicts.h"
#include "model/Contact.h"
#include "sync/SyncEngine.h"
#include "sync/VCardCodec.h"
#include "util/Text.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
enum Column { ContactColumn, DifferedColumn, KeptColumn, WhenColumn, ColumnCount };

struct FieldDiff
{
    QString label;
    QString local;
    QString remote;
};

QString joined(const QList<LabeledValue>& values)
{
    QStringList out;
    for (const LabeledValue& v : values) {
        out << v.value;
    }
    return out.join(QStringLiteral(", "));
}

QString cadenceText(const Contact& c)
{
    if (c.cadenceIdealDays <= 0 && c.cadenceMaxDays <= 0) {
        return SyncDialog::tr("the tier's default");
    }
    return SyncDialog::tr("every %1 days, at most %2").arg(c.cadenceIdealDays).arg(c.cadenceMaxDays);
}

/// Every field a person sees, in the order the detail panel shows them.
QList<FieldDiff> diffContacts(const Contact& a, const Contact& b)
{
    QList<FieldDiff> out;
    auto compare = [&out](const QString& label, const QString& x, const QString& y) {
        if (x != y) {
            out.append({label, x, y});
        }
    };
    auto known = [](const char* key) { return importers::FieldConflicts::fieldLabel(QString::fromLatin1(key)); };
    compare(known("firstName"), a.firstName, b.firstName);
    compare(known("lastName"), a.lastName, b.lastName);
    if (a.firstName == b.firstName && a.lastName == b.lastName) {
        compare(known("displayName"), a.displayName, b.displayName); // otherwise it follows the names
    }
    compare(known("company"), a.company, b.company);
    compare(known("position"), a.position, b.position);
    compare(known("headline"), a.headline, b.headline);
    compare(SyncDialog::tr("Industry"), a.industry, b.industry);
    compare(known("location"), a.location, b.location);
    compare(SyncDialog::tr("E-mail"), joined(a.emails), joined(b.emails));
    compare(SyncDialog::tr("Phone"), joined(a.phones), joined(b.phones));
    compare(SyncDialog::tr("Web"), joined(a.urls), joined(b.urls));
    compare(known("linkedinUrl"), a.linkedinUrl, b.linkedinUrl);
    compare(known("birthday"), a.birthday, b.birthday);
    compare(known("connectedOn"), a.connectedOn.toString(Qt::ISODate), b.connectedOn.toString(Qt::ISODate));
    compare(SyncDialog::tr("How you met"), a.howMet, b.howMet);
    compare(SyncDialog::tr("Stage"), championStageName(a.championStage), championStageName(b.championStage));
    compare(SyncDialog::tr("Cadence"), cadenceText(a), cadenceText(b));
    compare(SyncDialog::tr("Circles"), a.circles.join(QStringLiteral(", ")), b.circles.join(QStringLiteral(", ")));
    compare(SyncDialog::tr("Tags"), a.tags.join(QStringLiteral(", ")), b.tags.join(QStringLiteral(", ")));
    compare(known("notes"), a.notes, b.notes);
    compare(SyncDialog::tr("Archived"), a.archived ? SyncDialog::tr("yes") : SyncDialog::tr("no"),
            b.archived ? SyncDialog::tr("yes") : SyncDialog::tr("no"));
    return out;
}

QString quoted(const QString& value)
{
    return value.isEmpty() ? SyncDialog::tr("(empty)") : SyncDialog::tr("“%1”").arg(text::elide(value, 80));
}

QString keptText(const QString& resolution)
{
    if (resolution == QLatin1String(sync::kResolutionServerWon)) {
        return SyncDialog::tr("The server's version");
    }
    if (resolution == QLatin1String(sync::kResolutionLocalWon)) {
        return SyncDialog::tr("This computer's version");
    }
    if (resolution == QLatin1String(sync::kResolutionEditBeatsDelete)) {
        return SyncDialog::tr("The changed version");
    }
    return sync::resolutionText(resolution);
}

QString contactName(const QString& localCard, const QString& remoteCard, const QString& uid)
{
    for (const QString& card : {localCard, remoteCard}) {
        if (card.isEmpty()) {
            continue;
        }
        if (auto decoded = sync::VCardCodec::decode(card.toUtf8()); decoded) {
            Contact c = decoded->contact;
            c.deriveDisplayName();
            if (const QString name = c.name(); !name.isEmpty()) {
                return name;
            }
        }
    }
    return uid;
}

bool isLoopback(const QString& host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QStandardItem* cell(const QString& text, const QString& toolTip = QString())
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

SyncDialog::SyncDialog(SyncController& controller, QWidget* parent) : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Two-way sync of the contacts with a CardDAV server (Nextcloud, Radicale, Fastmail, "
                                "…). The password is kept in the system keychain, never in a settings file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setPlaceholderText(tr("dav.example.org or https://dav.example.org/remote.php/dav"));
    m_serverHint = new QLabel(this);
    m_serverHint->setObjectName(QStringLiteral("syncServerHint"));
    m_serverHint->setWordWrap(true);
    auto* serverColumn = new QVBoxLayout;
    serverColumn->setContentsMargins(0, 0, 0, 0);
    serverColumn->addWidget(m_server);
    serverColumn->addWidget(m_serverHint);
    form->addRow(tr("&Server:"), serverColumn);
    if (auto* serverLabel = qobject_cast<QLabel*>(form->labelForField(serverColumn))) {
        serverLabel->setBuddy(m_server);
    }
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_user->setAccessibleName(tr("User name"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("syncRemember"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    m_publish = new QCheckBox(tr("Also publish &follow-ups to a calendar"), this);
    m_publish->setObjectName(QStringLiteral("syncPublish"));
    m_publish->setToolTip(tr("Open follow-ups appear as to-dos in a calendar on the same server."));
    form->addRow(QString(), m_publish);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("syncLastRun"));
    m_lastRun->setAccessibleName(tr("Last sync"));
    m_lastRun->setWordWrap(true);
    layout->addWidget(m_lastRun);

    auto* conflictsBox = new QGroupBox(tr("Conflicts"), this);
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    auto* rule = new QLabel(tr("When a contact changed on both sides, the more recent change is kept and the other "
                               "version is saved here; a change always wins over a deletion. Dismiss a row once "
                               "you have looked at it."),
                            conflictsBox);
    rule->setWordWrap(true);
    conflictsLayout->addWidget(rule);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Contact"), tr("What differed"), tr("Kept"), tr("When")});
    m_conflicts = new QTableView(conflictsBox);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setAccessibleName(tr("Sync conflicts"));
    m_conflicts->setModel(m_model);
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setTabKeyNavigation(false);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->horizontalHeader()->setSectionResizeMode(DifferedColumn, QHeaderView::Stretch);
    conflictsLayout->addWidget(m_conflicts);
    auto* conflictButtons = new QHBoxLayout;
    m_dismiss = new QPushButton(tr("&Dismiss"), conflictsBox);
    m_dismiss->setObjectName(QStringLiteral("syncDismiss"));
    m_dismiss->setToolTip(tr("Remove the selected conflicts from this list (Delete)"));
    m_dismiss->setAutoDefault(false);
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_dismiss);
    conflictsLayout->addLayout(conflictButtons);
    layout->addWidget(conflictsBox, 1);
    auto* dismissKey = new QAction(tr("Dismiss"), m_conflicts);
    dismissKey->setShortcut(QKeySequence::Delete);
    dismissKey->setShortcutContext(Qt::WidgetShortcut);
    m_conflicts->addAction(dismissKey);

    auto* buttons = new QDialogButtonBox(this);
    m_sync = buttons->addButton(tr("Sync &Now"), QDialogButtonBox::AcceptRole);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setDefault(true);
    m_forget = buttons->addButton(tr("&Forget Account"), QDialogButtonBox::DestructiveRole);
    m_forget->setObjectName(QStringLiteral("syncForget"));
    m_forget->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::syncNow);
    connect(m_forget, &QPushButton::clicked, this, &SyncDialog::forgetAccount);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncDialog::dismissSelected);
    connect(dismissKey, &QAction::triggered, this, &SyncDialog::dismissSelected);
    connect(m_server, &QLineEdit::textChanged, this, &SyncDialog::updateServerHint);
    connect(m_conflicts->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncDialog::updateButtons);
    connect(&m_controller, &SyncController::runningChanged, this, [this] {
        updateButtons();
        updateLastRun();
    });
    connect(&m_controller, &SyncController::stateTextChanged, this, &SyncDialog::updateLastRun);
    connect(&m_controller, &SyncController::conflictsChanged, this, &SyncDialog::reloadConflicts);
    connect(&m_controller, &SyncController::errorMessage, this, &SyncDialog::showProblem);

    loadAccount();
    reloadConflicts();
    resize(640, 560);
}

void SyncDialog::loadAccount()
{
    const SyncController::Account a = m_controller.account();
    m_server->setText(a.isValid() ? a.server.toString() : QString());
    m_user->setText(a.user);
    m_publish->setChecked(a.publishFollowUps);
    m_password->clear();
    m_password->setPlaceholderText(a.isValid() ? tr("Empty: use the password in the system keychain") : QString());
    updateServerHint();
    updateLastRun();
    updateButtons();
}

void SyncDialog::updateServerHint()
{
    const QUrl url = sync::SyncEngine::serverUrlFromInput(m_server->text());
    QString hint;
    if (url.isValid() && url.scheme() == QLatin1String("http")) {
        hint = isLoopback(url.host())
                   ? tr("Not encrypted (http://), on this computer only.")
                   : tr("Not encrypted (http://): the password and the contacts would travel in clear text.");
    } else if (url.isValid() && !m_server->text().contains(QLatin1String("://"))) {
        hint = tr("Connects to %1 (encrypted).").arg(url.toString());
    }
    m_serverHint->setText(hint);
    m_serverHint->setVisible(!hint.isEmpty());
}

void SyncDialog::updateLastRun()
{
    QString text;
    if (m_controller.isRunning()) {
        text = tr("A sync is running. Its progress is in the status bar.");
    } else if (!m_controller.lastSummaryText().isEmpty()) {
        text = tr("Last sync: %1").arg(m_controller.lastSummaryText());
        m_lastRun->setToolTip(SyncController::summaryDetails(m_controller.lastSummary()));
    } else if (const QString at = m_controller.lastSyncedAt(); !at.isEmpty()) {
        text = tr("Last synced completely: %1")
                   .arg(QLocale().toString(QDateTime::fromString(at, Qt::ISODate), QLocale::ShortFormat));
    } else if (m_controller.account().isValid()) {
        text = tr("Not synced yet.");
    }
    m_lastRun->setText(text);
    m_lastRun->setVisible(!text.isEmpty());
}

void SyncDialog::updateButtons()
{
    m_sync->setEnabled(!m_controller.isRunning());
    m_forget->setEnabled(m_controller.account().isValid());
    m_dismiss->setEnabled(m_conflicts->selectionModel()->hasSelection());
}

void SyncDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool SyncDialog::syncNow()
{
    showProblem(QString());
    const QUrl server = sync::SyncEngine::serverUrlFromInput(m_server->text());
    if (!server.isValid()) {
        showProblem(tr("Enter the server's address, for example dav.example.org."));
        m_server->setFocus();
        return false;
    }
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        showProblem(tr("Enter your user name on the server."));
        m_user->setFocus();
        return false;
    }
    if (server.scheme() == QLatin1String("http") && !isLoopback(server.host()) &&
        MessageBox::warning(this, tr("Unencrypted Connection"),
                            tr("%1 would be reached without encryption (http://): the password and the contacts "
                               "would travel in clear text. Sync anyway?")
                                .arg(server.host()),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        m_server->setFocus();
        return false;
    }
    if (auto s = m_controller.saveAccount({server, user, m_publish->isChecked()}); !s) {
        showProblem(s.error());
        return false;
    }
    const QString password = m_password->text();
    m_password->clear();
    if (!password.isEmpty()) {
        m_controller.setSessionPassword(password);
        if (m_remember->isChecked()) {
            m_controller.storePassword(password);
        }
    }
    m_controller.syncNow();
    accept();
    return true;
}

void SyncDialog::forgetAccount()
{
    const SyncController::Account a = m_controller.account();
    if (!a.isValid()) {
        return;
    }
    if (MessageBox::question(this, tr("Forget Account"),
                             tr("Forget the sync account %1 on %2? Its password is removed from the system keychain; "
                                "the contacts on this computer and on the server stay.")
                                 .arg(a.user, a.server.host())) != QMessageBox::Yes) {
        return;
    }
    m_controller.forgetAccount();
    loadAccount();
}

void SyncDialog::dismissSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_conflicts->selectionModel()->selectedRows(ContactColumn)) {
        ids << row.data(kIdRole).toLongLong();
    }
    for (const qint64 id : std::as_const(ids)) {
        if (auto s = m_controller.dismissConflict(id); !s) {
            MessageBox::critical(this, tr("Dismiss Conflict"), s.error());
            break;
        }
    }
    reloadConflicts();
}

void SyncDialog::reloadConflicts()
{
    m_model->removeRows(0, m_model->rowCount());
    auto conflicts = m_controller.conflicts();
    if (!conflicts) {
        showProblem(conflicts.error());
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const sync::SyncConflict& c : conflicts.value()) {
        QString tip;
        QString what;
        if (c.resolution == QLatin1String(sync::kResolutionEditBeatsDelete)) {
            what = c.remoteData.isEmpty() ? tr("Changed here, deleted on the server")
                                          : tr("Deleted here, changed on the server");
        } else {
            what = differences(c.localData, c.remoteData, &tip);
        }
        QList<QStandardItem*> row{
            cell(contactName(c.localData, c.remoteData, c.localUid)), cell(what, tip),
            cell(keptText(c.resolution), sync::resolutionText(c.resolution)),
            cell(locale.toString(QDateTime::fromString(c.createdAt, Qt::ISODate), QLocale::ShortFormat))};
        row.first()->setData(c.id, kIdRole);
        m_model->appendRow(row);
    }
    m_conflicts->resizeColumnToContents(ContactColumn);
    m_conflicts->resizeColumnToContents(KeptColumn);
    m_conflicts->resizeColumnToContents(WhenColumn);
    updateButtons();
}

QString SyncDialog::differences(const QString& localCard, const QString& remoteCard, QString* toolTip)
{
    auto local = sync::VCardCodec::decode(localCard.toUtf8());
    auto remote = sync::VCardCodec::decode(remoteCard.toUtf8());
    if (!local || !remote) {
        return tr("One version could not be read; both are kept.");
    }
    const QList<FieldDiff> diffs = diffContacts(local->contact, remote->contact);
    if (diffs.isEmpty()) {
        return tr("Nothing a person would see");
    }
    QStringList labels;
    QStringList lines;
    for (const FieldDiff& d : diffs) {
        labels << d.label;
        lines << tr("%1: here %2, on the server %3").arg(d.label, quoted(d.local), quoted(d.remote));
    }
    if (toolTip) {
        *toolTip = lines.join(QLatin1Char('\n'));
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace rapport
