#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QTimer;

namespace rapport {

/// A non-modal message strip above the content (like KDE's KMessageWidget): errors that need
/// no decision, confirmations with an Undo button. Colours come from the palette.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows the text; with an action label (e.g. "Undo") a button emits actionTriggered().
    void showMessage(const QString& text, Kind kind = Kind::Info, const QString& actionText = QString());
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    void applyColours();
    QLabel* m_icon = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_action = nullptr;
    QToolButton* m_close = nullptr;
    QTimer* m_hideTimer = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace rapport
