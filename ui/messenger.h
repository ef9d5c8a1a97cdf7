#ifndef UI_MESSENGER_H
#define UI_MESSENGER_H

#include <QString>

class QWidget;

namespace Ui {

// Every message box goes through here, so that a test can answer for the user instead of
// blocking on a modal box nobody will click.
class Messenger
{
public:
    virtual ~Messenger() = default;

    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
};

} // namespace Ui

#endif
