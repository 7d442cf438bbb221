#pragma once

#include "triage/DraftCoach.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace rapport {

/// "Write a note": a connection note or follow-up message with live advice. While the user
/// types, DraftCoach judges the draft as the recipient's inbox would (the same detector as the
/// Invitations view), highlights the words that drive the verdict and lists what to add (the
/// shared context, something specific about them, how you can help). Needs no database, so a
/// follow-up can open it as well as the Invitations view.
class WriteNoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WriteNoteDialog(const QString& recipientName, const QString& initialText = QString(),
                             QWidget* parent = nullptr);

    QString note() const;
    QString recipientName() const;
    /// The advice for the draft as of the last analysis.
    const triage::DraftAdvice& advice() const { return m_advice; }
    /// Analyses now instead of after the typing pause.
    void analyzeNow();
    void copyToClipboard();

    QLineEdit* recipientField() const { return m_recipient; }
    QPlainTextEdit* noteField() const { return m_note; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* counterLabel() const { return m_counter; }
    QListWidget* reasonsList() const { return m_reasons; }
    QListWidget* suggestionsList() const { return m_suggestions; }

private:
    void updateCounter();
    void showAdvice();

    triage::DraftCoach m_coach;
    triage::DraftAdvice m_advice;
    QTimer* m_debounce = nullptr;
    QLineEdit* m_recipient = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_verdict = nullptr;
    QListWidget* m_reasons = nullptr;
    QListWidget* m_suggestions = nullptr;
    QLabel* m_copied = nullptr;
};

} // namespace rapport
