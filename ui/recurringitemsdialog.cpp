#include "recurringitemsdialog.h"

#include "session.h"

#include <storage/checkinrepository.h>
#include <unitstore.h>

#include <QFormLayout>
#include <QPlainTextEdit>

namespace Ui {

RecurringItemsDialog::RecurringItemsDialog(
    Session &session, Core::Id supervisorId, Core::Id superviseeId, QWidget *parent)
    : EditorDialog(session, parent)
    , m_supervisorId(supervisorId)
    , m_superviseeId(superviseeId)
    , m_items(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("recurringItemsDialog"));
    setWindowTitle(tr("Recurring agenda items"));
    m_items->setObjectName(QStringLiteral("recurringItemsEdit"));
    m_items->setPlaceholderText(tr("One item per line, e.g. \"Work plan progress\""));
    m_items->setTabChangesFocus(true);
    const auto items = session.store().checkIns().recurringItems(supervisorId, superviseeId);
    if (items)
        m_items->setPlainText(items.value().join(QLatin1Char('\n')));
    else
        showError(items.error());
    addField(QStringLiteral("items"), tr("On every check-in:"), m_items);
}

Core::Status RecurringItemsDialog::save()
{
    return session().store().checkIns().setRecurringItems(
        m_supervisorId, m_superviseeId, m_items->toPlainText().split(QLatin1Char('\n')));
}

} // namespace Ui
