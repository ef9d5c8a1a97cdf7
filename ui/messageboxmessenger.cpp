#include "messageboxmessenger.h"

#include <QMessageBox>

namespace Ui {

void MessageBoxMessenger::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void MessageBoxMessenger::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

bool MessageBoxMessenger::confirm(QWidget *parent, const QString &title, const QString &text)
{
    const auto answer = QMessageBox::question(
        parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

} // namespace Ui
