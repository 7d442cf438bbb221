#pragma once

#include "model/Contact.h"

#include <QHash>
#include <QScrollArea>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace rapport {

class AppContext;
class FollowUpsPanel;
class LabeledValuesEditor;
class TimelineModel;

/// Everything about one contact, editable in place: fields, e-mails and phones, how we met,
/// notes, circles, cadence, champion stage; the score with its reasons; the timeline and the
/// open follow-ups. Every edit is an undoable command.
class ContactDetailPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit ContactDetailPanel(AppContext& context, QWidget* parent = nullptr);

    void setContactId(qint64 contactId);
    qint64 contactId() const { return m_contact.id; }
    QLineEdit* fieldEditor(const QString& key) const { return m_fields.value(key); }
    FollowUpsPanel* followUps() const { return m_followUps; }
    QListView* timeline() const { return m_timeline; }

private:
    void reload();
    void commitField(const QString& key, const QString& value);
    void commitContact(const Contact& after, const QString& text);
    void commitNotes();
    QLineEdit* addField(QFormLayout* form, const QString& key, const QString& label);

    AppContext& m_context;
    Contact m_contact;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_reasons = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    LabeledValuesEditor* m_emails = nullptr;
    LabeledValuesEditor* m_phones = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTimer* m_notesTimer = nullptr;
    QLineEdit* m_circles = nullptr;
    QSpinBox* m_ideal = nullptr;
    QSpinBox* m_max = nullptr;
    QComboBox* m_stage = nullptr;
    TimelineModel* m_timelineModel = nullptr;
    QListView* m_timeline = nullptr;
    FollowUpsPanel* m_followUps = nullptr;
    bool m_reloadPending = false;
};

} // namespace rapport
