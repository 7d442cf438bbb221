#include "MergeContactsDialog.h"

#include "services/MergeService.h"
#include "store/ContactStore.h"
#include "util/Text.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport {

namespace {
QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("MergeContactsDialog", "First name")},
        {QStringLiteral("lastName"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Last name")},
        {QStringLiteral("displayName"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Display name")},
        {QStringLiteral("headline"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Headline")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Position")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Company")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Industry")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Location")},
        {QStringLiteral("linkedinUrl"), QT_TRANSLATE_NOOP("MergeContactsDialog", "LinkedIn")},
        {QStringLiteral("howMet"), QT_TRANSLATE_NOOP("MergeContactsDialog", "How we met")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Notes")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("MergeContactsDialog", "Birthday")},
    };
    const char* l = labels.value(key);
    return l ? QCoreApplication::translate("MergeContactsDialog", l) : key;
}
} // namespace

MergeContactsDialog::MergeContactsDialog(db::Database& db, qint64 firstId, qint64 secondId, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Merge Contacts"));
    setObjectName(QStringLiteral("mergeContactsDialog"));
    ContactStore store(db);
    if (auto a = store.get(firstId); a) {
        m_a = a.value();
    }
    if (auto b = store.get(secondId); b) {
        m_b = b.value();
    }
    auto* layout = new QVBoxLayout(this);
    auto* keepBox = new QGroupBox(tr("Keep"), this);
    auto* keepLayout = new QHBoxLayout(keepBox);
    m_keepA = new QRadioButton(m_a.name(), keepBox);
    m_keepB = new QRadioButton(m_b.name(), keepBox);
    m_keepA->setChecked(true);
    keepLayout->addWidget(m_keepA);
    keepLayout->addWidget(m_keepB);
    layout->addWidget(keepBox);
    auto* info = new QLabel(tr("Choose the value to keep where the two differ. E-mails, phones, circles, "
                               "conversations, follow-ups and introductions of both are kept; the other contact "
                               "goes to the Trash. Undo puts everything back."),
                            this);
    info->setWordWrap(true);
    layout->addWidget(info);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    m_grid = new QGridLayout(inner);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepA, &QRadioButton::toggled, this, &MergeContactsDialog::rebuild);
    rebuild();
    resize(640, 480);
}

void MergeContactsDialog::rebuild()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (auto& c : m_choices) {
        delete c.second;
    }
    m_choices.clear();
    const Contact& kept = m_keepA->isChecked() ? m_a : m_b;
    const Contact& other = m_keepA->isChecked() ? m_b : m_a;
    const Contact proposal = MergeService::proposal(kept, other);
    int row = 0;
    for (const QString& f : MergeService::choosableFields()) {
        const QString k = MergeService::fieldValue(kept, f);
        const QString o = MergeService::fieldValue(other, f);
        if (k == o || o.isEmpty() || k.isEmpty()) {
            continue; // nothing to choose: equal, or only one has a value (taken automatically)
        }
        auto* label = new QLabel(fieldLabel(f), m_grid->parentWidget());
        auto* ka = new QRadioButton(text::elide(k, 60), m_grid->parentWidget());
        auto* ob = new QRadioButton(text::elide(o, 60), m_grid->parentWidget());
        ka->setAccessibleName(tr("%1: %2").arg(fieldLabel(f), k));
        ob->setAccessibleName(tr("%1: %2").arg(fieldLabel(f), o));
        ka->setToolTip(k);
        ob->setToolTip(o);
        auto* group = new QButtonGroup(this);
        group->addButton(ka, 0);
        group->addButton(ob, 1);
        (MergeService::fieldValue(proposal, f) == o ? ob : ka)->setChecked(true);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(ka, row, 1);
        m_grid->addWidget(ob, row, 2);
        m_choices.append({f, group});
        ++row;
    }
    if (row == 0) {
        m_grid->addWidget(new QLabel(tr("No conflicting fields."), m_grid->parentWidget()), 0, 0);
    }
    m_grid->setRowStretch(row + 1, 1);
}

qint64 MergeContactsDialog::keptId() const
{
    return m_keepA->isChecked() ? m_a.id : m_b.id;
}

qint64 MergeContactsDialog::removedId() const
{
    return m_keepA->isChecked() ? m_b.id : m_a.id;
}

Contact MergeContactsDialog::merged() const
{
    const Contact& kept = m_keepA->isChecked() ? m_a : m_b;
    const Contact& other = m_keepA->isChecked() ? m_b : m_a;
    Contact m = MergeService::proposal(kept, other);
    for (const auto& [field, group] : m_choices) {
        MergeService::setFieldValue(m, field, MergeService::fieldValue(group->checkedId() == 1 ? other : kept, field));
    }
    m.deriveDisplayName();
    return m;
}

} // namespace rapport
