#include "WelcomeWidget.h"

#include "widgets/Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

WelcomeWidget::WelcomeWidget(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Welcome"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* logo = new QLabel(this);
    logo->setPixmap(icons::appIcon().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto* title = new QLabel(tr("Welcome to Rapport"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* text =
        new QLabel(tr("Keep in touch with the people who matter. Start with the network you already have:"), this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addSpacing(12);

    auto makeButton = [this, layout](const QString& iconName, const QString& label, const QString& hint) {
        auto* b = new QPushButton(icons::icon(iconName), label, this);
        b->setMinimumWidth(320);
        b->setIconSize(QSize(22, 22));
        b->setToolTip(hint);
        b->setAccessibleDescription(hint);
        layout->addWidget(b, 0, Qt::AlignHCenter);
        return b;
    };
    m_import = makeButton(QStringLiteral("import"), tr("&Import a LinkedIn export…"),
                          tr("The ZIP file LinkedIn sends from Settings › Data privacy › Get a copy of your data"));
    auto* add = makeButton(QStringLiteral("add-contact"), tr("&Add a contact…"), tr("Type in one person by hand"));
    auto* sample = makeButton(QStringLiteral("sample-data"), tr("&Explore sample data"),
                              tr("A made-up network of 150 people; File › Remove Sample Data takes it away again"));
    layout->addStretch(3);
    connect(m_import, &QPushButton::clicked, this, &WelcomeWidget::importClicked);
    connect(add, &QPushButton::clicked, this, &WelcomeWidget::addContactClicked);
    connect(sample, &QPushButton::clicked, this, &WelcomeWidget::sampleDataClicked);
}

void WelcomeWidget::setImportAvailable(bool available)
{
    m_import->setVisible(available);
}

} // namespace rapport
