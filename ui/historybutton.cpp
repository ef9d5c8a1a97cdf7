#include "historybutton.h"

#include "changelogdialog.h"

#include <storage/auditlog.h>
#include <unitstore.h>

namespace Ui {

HistoryButton::HistoryButton(Core::UnitStore &store, const QString &text, QWidget *parent)
    : QPushButton(text, parent), m_store(store)
{
    connect(this, &QPushButton::clicked, this, &HistoryButton::showHistory);
    setRecord({}, 0);
}

HistoryButton::HistoryButton(Core::UnitStore &store, QWidget *parent)
    : HistoryButton(store, tr("Histor&y..."), parent)
{
}

void HistoryButton::setRecord(const QString &entity, Core::Id id)
{
    m_entity = entity;
    m_id = id;
    const Core::Status may
        = id != 0 ? m_store.auditLog().checkMaySeeHistory(entity, id) : Core::Status();
    setEnabled(id != 0 && may);
    setToolTip(
        may ? tr("Who changed it, when, and from which value to which") : may.error().message());
}

void HistoryButton::showHistory()
{
    if (m_id == 0)
        return;
    if (const Core::Status may = m_store.auditLog().checkMaySeeHistory(m_entity, m_id); !may) {
        Q_EMIT refused(may.error());
        return;
    }
    auto *dialog = new ChangeLogDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showHistory(m_entity, m_id);
    dialog->open();
}

} // namespace Ui
