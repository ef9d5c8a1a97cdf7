#ifndef UI_CHANGELOGMODEL_H
#define UI_CHANGELOGMODEL_H

#include <auditevent.h>
#include <error.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The audit trail as a table, newest first: either the whole unit's, fetched a page at a time
// as the view scrolls (a decade of changes is never read at once), or one record's history.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, RecordColumn, ActionColumn, ChangesColumn, ColumnCount };
    static constexpr int pageSize = 200;

    explicit ChangeLogModel(Core::UnitStore &store, QObject *parent = nullptr);

    void showUnitLog();
    void showHistory(const QString &entity, Core::Id entityId);
    bool isHistory() const { return !m_entity.isEmpty(); }
    const Core::AuditEvent *eventAt(int row) const;
    // Why the last read failed (not allowed, storage), or none.
    const Core::Error &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // One line: each field, in words, with its value (a person's id given as their name).
    QString changesText(const Core::AuditEvent &event) const;

private:
    QString valueText(const QString &field, const QString &value) const;
    void loadNames();

    Core::UnitStore &m_store;
    QHash<Core::Id, QString> m_personNames;
    QList<Core::AuditEvent> m_events;
    QString m_entity;
    Core::Id m_entityId = 0;
    bool m_exhausted = false;
    Core::Error m_error;
};

} // namespace Ui

#endif
