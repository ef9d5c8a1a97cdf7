#include "changelogmodel.h"

#include <auditfield.h>
#include <storage/auditlog.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QLocale>

namespace Ui {

ChangeLogModel::ChangeLogModel(Core::UnitStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void ChangeLogModel::loadNames()
{
    m_personNames.clear();
    if (const auto people = m_store.people().all()) {
        for (const Core::Person &person : people.value())
            m_personNames.insert(person.id, person.name);
    }
}

QString ChangeLogModel::valueText(const QString &field, const QString &value) const
{
    static const QStringList personFields { QStringLiteral("person_id"), QStringLiteral("owner_id"),
        QStringLiteral("supervisor_id"), QStringLiteral("supervisee_id"),
        QStringLiteral("author_id"), QStringLiteral("reviewer_id"),
        QStringLiteral("submitted_by_id"), QStringLiteral("agreed_by_supervisor_id") };
    if (value.isEmpty())
        return tr("(empty)");
    if (personFields.contains(field)) {
        const QString name = m_personNames.value(value.toLongLong());
        if (!name.isEmpty())
            return name;
    }
    return value;
}

void ChangeLogModel::showUnitLog()
{
    loadNames();
    beginResetModel();
    m_events.clear();
    m_entity.clear();
    m_entityId = 0;
    m_exhausted = false;
    m_error = {};
    endResetModel();
    fetchMore({});
}

void ChangeLogModel::showHistory(const QString &entity, Core::Id entityId)
{
    loadNames();
    beginResetModel();
    m_entity = entity;
    m_entityId = entityId;
    m_exhausted = true;
    auto history = m_store.auditLog().history(entity, entityId);
    m_error = history ? Core::Error() : history.error();
    m_events = history ? history.value() : QList<Core::AuditEvent>();
    endResetModel();
}

const Core::AuditEvent *ChangeLogModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeLogModel::changesText(const Core::AuditEvent &event) const
{
    QStringList parts;
    for (const Core::AuditEvent::Change &change : event.changes) {
        const QString field = Core::AuditField::name(event.entity, change.field);
        switch (event.action) {
        case Core::AuditEvent::Action::Insert:
            parts << tr("%1: %2").arg(field, valueText(change.field, change.after));
            break;
        case Core::AuditEvent::Action::Delete:
            parts << tr("%1: %2").arg(field, valueText(change.field, change.before));
            break;
        case Core::AuditEvent::Action::Update:
            parts << tr("%1: %2 → %3")
                         .arg(field, valueText(change.field, change.before),
                             valueText(change.field, change.after));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    const Core::AuditEvent *event = eventAt(index.row());
    if (!event || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(event->at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return event->actorId == 0 ? tr("(nobody signed in)") : event->actorName;
    case RecordColumn:
        return tr("%1 #%2").arg(Core::AuditEvent::entityName(event->entity)).arg(event->entityId);
    case ActionColumn:
        return Core::AuditEvent::actionName(event->action);
    case ChangesColumn: {
        const QString text = changesText(*event);
        // One line in the table; every field in the tool tip.
        return role == Qt::ToolTipRole
            ? QString(text).replace(QStringLiteral("; "), QStringLiteral("\n"))
            : text;
    }
    default:
        return {};
    }
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Change");
    case ChangesColumn:
        return tr("Values");
    default:
        return {};
    }
}

bool ChangeLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ChangeLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Core::Id before = m_events.isEmpty() ? 0 : m_events.last().id;
    auto page = m_store.auditLog().page(before, pageSize);
    if (!page) {
        m_error = page.error();
        m_exhausted = true;
        return;
    }
    m_exhausted = page.value().size() < pageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.value().size()) - 1);
    m_events.append(page.value());
    endInsertRows();
}

} // namespace Ui
