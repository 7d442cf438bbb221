#include "ContactDetailPanel.h"

#include "AppContext.h"
#include "FollowUpsPanel.h"
#include "LabeledValuesEditor.h"
#include "db/Database.h"
#include "models/TimelineModel.h"
#include "scoring/ScoreTier.h"
#include "services/ContactScore.h"
#include "services/commands/ChangeContactField.h"
#include "services/commands/UpdateContact.h"
#include "store/ContactStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

ContactDetailPanel::ContactDetailPanel(AppContext& context, QWidget* parent) : QScrollArea(parent), m_context(context)
{
    setObjectName(QStringLiteral("contactDetail"));
    setAccessibleName(tr("Contact details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(360);
    auto* container = new QWidget(this);
    auto* outer = new QVBoxLayout(container);
    m_empty = new QLabel(tr("Select a contact to see and edit the details."), container);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);
    m_body = new QWidget(container);
    outer->addWidget(m_body);
    outer->addStretch();
    setWidget(container);

    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel(m_body);
    m_name->setObjectName(QStringLiteral("contactName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    m_score = new QLabel(m_body);
    m_score->setObjectName(QStringLiteral("contactScore"));
    layout->addWidget(m_score);
    m_reasons = new QLabel(m_body);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    layout->addWidget(m_reasons);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, QStringLiteral("firstName"), tr("&First name:"));
    addField(form, QStringLiteral("lastName"), tr("&Last name:"));
    addField(form, QStringLiteral("company"), tr("C&ompany:"));
    addField(form, QStringLiteral("position"), tr("&Position:"));
    addField(form, QStringLiteral("headline"), tr("&Headline:"));
    addField(form, QStringLiteral("location"), tr("Locat&ion:"));
    addField(form, QStringLiteral("linkedinUrl"), tr("Lin&kedIn:"));
    addField(form, QStringLiteral("howMet"), tr("How we &met:"));
    m_emails = new LabeledValuesEditor(tr("e-mail"), {tr("work"), tr("home"), tr("other")}, m_body);
    form->addRow(tr("E-mails:"), m_emails);
    m_phones = new LabeledValuesEditor(tr("phone"), {tr("mobile"), tr("work"), tr("home")}, m_body);
    form->addRow(tr("Phones:"), m_phones);
    m_circles = new QLineEdit(m_body);
    m_circles->setObjectName(QStringLiteral("circlesField"));
    m_circles->setAccessibleName(tr("Circles, separated by commas"));
    m_circles->setPlaceholderText(tr("Circles, separated by commas"));
    form->addRow(tr("Ci&rcles:"), m_circles);
    m_ideal = new QSpinBox(m_body);
    m_ideal->setRange(0, 3650);
    m_ideal->setSuffix(tr(" days"));
    m_ideal->setSpecialValueText(tr("tier default"));
    m_ideal->setAccessibleName(tr("Ideal days between conversations"));
    m_max = new QSpinBox(m_body);
    m_max->setRange(0, 3650);
    m_max->setSuffix(tr(" days"));
    m_max->setSpecialValueText(tr("tier default"));
    m_max->setAccessibleName(tr("Maximum days between conversations"));
    auto* cadence = new QHBoxLayout;
    cadence->addWidget(new QLabel(tr("ideal"), m_body));
    cadence->addWidget(m_ideal);
    cadence->addWidget(new QLabel(tr("at most"), m_body));
    cadence->addWidget(m_max);
    form->addRow(tr("Keep in touch:"), cadence);
    m_stage = new QComboBox(m_body);
    m_stage->setAccessibleName(tr("Champion stage"));
    for (int s = 0; s <= 3; ++s) {
        m_stage->addItem(championStageName(static_cast<ChampionStage>(s)), s);
    }
    form->addRow(tr("Champion &stage:"), m_stage);
    layout->addLayout(form);

    layout->addWidget(sectionTitle(tr("Notes"), m_body));
    m_notes = new QPlainTextEdit(m_body);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 6);
    layout->addWidget(m_notes);
    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(800);
    connect(m_notesTimer, &QTimer::timeout, this, &ContactDetailPanel::commitNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->hasFocus()) {
            m_notesTimer->start();
        }
    });

    layout->addWidget(sectionTitle(tr("Follow-ups"), m_body));
    m_followUps = new FollowUpsPanel(context, m_body);
    layout->addWidget(m_followUps);
    layout->addWidget(sectionTitle(tr("Timeline"), m_body));
    m_timelineModel = new TimelineModel(context.db(), this);
    m_timeline = new QListView(m_body);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Conversations and introductions"));
    m_timeline->setModel(m_timelineModel);
    m_timeline->setMinimumHeight(m_timeline->fontMetrics().height() * 8);
    m_timeline->setWordWrap(true);
    layout->addWidget(m_timeline);

    connect(m_emails, &LabeledValuesEditor::edited, this, [this](const QList<LabeledValue>& v) {
        Contact after = m_contact;
        after.emails = v;
        commitContact(after, tr("Edit e-mails"));
    });
    connect(m_phones, &LabeledValuesEditor::edited, this, [this](const QList<LabeledValue>& v) {
        Contact after = m_contact;
        after.phones = v;
        commitContact(after, tr("Edit phones"));
    });
    connect(m_circles, &QLineEdit::editingFinished, this, [this] {
        QStringList circles;
        for (const QString& c : m_circles->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!c.trimmed().isEmpty() && !circles.contains(c.trimmed(), Qt::CaseInsensitive)) {
                circles << c.trimmed();
            }
        }
        if (circles != m_contact.circles) {
            Contact after = m_contact;
            after.circles = circles;
            commitContact(after, tr("Edit circles"));
        }
    });
    auto cadenceChanged = [this] {
        if (m_ideal->value() == m_contact.cadenceIdealDays && m_max->value() == m_contact.cadenceMaxDays) {
            return;
        }
        Contact after = m_contact;
        after.cadenceIdealDays = m_ideal->value();
        after.cadenceMaxDays = std::max(m_max->value(), m_ideal->value());
        commitContact(after, tr("Change cadence"));
    };
    connect(m_ideal, &QSpinBox::editingFinished, this, cadenceChanged);
    connect(m_max, &QSpinBox::editingFinished, this, cadenceChanged);
    connect(m_stage, &QComboBox::activated, this, [this](int index) {
        Contact after = m_contact;
        after.championStage = static_cast<ChampionStage>(m_stage->itemData(index).toInt());
        if (after.championStage != m_contact.championStage) {
            commitContact(after, tr("Change champion stage"));
        }
    });
    connect(&context.db(), &db::Database::changed, this, [this](db::Entity e, const QList<qint64>& ids) {
        const bool mine = ids.isEmpty() || ids.contains(m_contact.id);
        if (m_contact.id > 0 && mine && !m_reloadPending &&
            (e == db::Entity::Contact || e == db::Entity::Circle || e == db::Entity::Everything)) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, &ContactDetailPanel::reload);
        }
    });
    setContactId(0);
}

QLineEdit* ContactDetailPanel::addField(QFormLayout* form, const QString& key, const QString& label)
{
    auto* e = new QLineEdit(m_body);
    e->setObjectName(key);
    QString accessible = label;
    accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    e->setAccessibleName(accessible);
    form->addRow(label, e);
    m_fields.insert(key, e);
    connect(e, &QLineEdit::editingFinished, this, [this, key, e] { commitField(key, e->text().trimmed()); });
    return e;
}

void ContactDetailPanel::setContactId(qint64 contactId)
{
    if (m_notesTimer->isActive()) {
        commitNotes();
    }
    m_contact = Contact();
    m_contact.id = contactId;
    reload();
    m_followUps->setContactId(contactId);
    m_timelineModel->setContactId(contactId);
}

void ContactDetailPanel::reload()
{
    m_reloadPending = false;
    const qint64 id = m_contact.id;
    auto c = id > 0 ? ContactStore(m_context.db()).get(id) : Result<Contact>::fail(QString());
    m_body->setVisible(c.isOk());
    m_empty->setVisible(!c.isOk());
    if (!c) {
        m_contact = Contact();
        return;
    }
    m_contact = c.value();
    m_name->setText(m_contact.name());
    const ContactScore score = ContactScore::read(m_context.db(), id);
    m_score->setVisible(score.present);
    m_reasons->setVisible(score.present && !score.reasons.isEmpty());
    if (score.present) {
        m_score->setText(
            tr("Score %1 · %2").arg(QLocale().toString(qRound(score.score)), scoring::tierNameForKey(score.tier)));
        m_reasons->setText(QStringLiteral("• ") + score.reasons.join(QStringLiteral("\n• ")));
    }
    // Leave the field being typed in alone; everything else shows the stored value.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it.value()->hasFocus()) {
            it.value()->setText(ContactStore(m_context.db()).field(id, it.key()));
        }
    }
    if (!m_notes->hasFocus()) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(m_contact.notes);
    }
    m_emails->setValues(m_contact.emails);
    m_phones->setValues(m_contact.phones);
    if (!m_circles->hasFocus()) {
        m_circles->setText(m_contact.circles.join(QStringLiteral(", ")));
    }
    m_ideal->setValue(m_contact.cadenceIdealDays);
    m_max->setValue(m_contact.cadenceMaxDays);
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(m_contact.championStage)));
}

void ContactDetailPanel::commitField(const QString& key, const QString& value)
{
    if (m_contact.id <= 0) {
        return;
    }
    const QString old = ContactStore(m_context.db()).field(m_contact.id, key);
    if (old == value) {
        return;
    }
    m_context.run(new ChangeContactField(m_contact.id, key, old, value));
}

void ContactDetailPanel::commitNotes()
{
    m_notesTimer->stop();
    if (m_contact.id > 0) {
        commitField(QStringLiteral("notes"), m_notes->toPlainText());
    }
}

void ContactDetailPanel::commitContact(const Contact& after, const QString& text)
{
    if (m_contact.id <= 0) {
        return;
    }
    m_context.run(new UpdateContact(m_contact, after, text));
}

} // namespace rapport
