#pragma once

#include <QMessageBox>

namespace rapport {

/// Every modal question and error goes through here (KeePassXC's MessageBox idea), so a test
/// can pre-answer the next one instead of blocking on a dialog nobody sees.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text);

    /// Tests: the next dialog returns this at once. NoButton turns it off again.
    static void setNextAnswer(Button answer);
    /// Tests: the text of the last dialog shown or answered.
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace rapport
