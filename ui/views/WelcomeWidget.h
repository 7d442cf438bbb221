#pragma once

#include <QWidget>

class QPushButton;

namespace rapport {

/// What an empty database shows instead of an empty table: import a LinkedIn export, add a
/// contact by hand, or explore generated sample data (removable later from the File menu).
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);
    void setImportAvailable(bool available);

signals:
    void importClicked();
    void addContactClicked();
    void sampleDataClicked();

private:
    QPushButton* m_import = nullptr;
};

} // namespace rapport
