#include "MessageBar.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace rapport {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QToolButton(this);
    m_close = new QToolButton(this);
    m_close->setIcon(icons::icon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QToolButton::clicked, this, [this] {
        hide();
        emit actionTriggered();
    });
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind, const QString& actionText)
{
    m_kind = kind;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    const auto pixmap =
        style()->standardIcon(kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation);
    m_icon->setPixmap(pixmap.pixmap(16, 16));
    applyColours();
    show();
    // Errors stay until dismissed; confirmations fade away on their own.
    if (kind == Kind::Info) {
        m_hideTimer->start(8000);
    } else {
        m_hideTimer->stop();
    }
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBar::applyColours()
{
    // Tint the palette's own colours instead of fixed ones, so dark themes stay readable.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor accent = m_kind == Kind::Error ? QColor(220, 60, 50) : pal.color(QPalette::Highlight);
    QColor tint;
    tint.setRgbF(base.redF() * 0.85 + accent.redF() * 0.15, base.greenF() * 0.85 + accent.greenF() * 0.15,
                 base.blueF() * 0.85 + accent.blueF() * 0.15);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}

} // namespace rapport
