#ifndef UI_MESSAGEBOXMESSENGER_H
#define UI_MESSAGEBOXMESSENGER_H

#include "messenger.h"

namespace Ui {

class MessageBoxMessenger : public Messenger
{
public:
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace Ui

#endif
