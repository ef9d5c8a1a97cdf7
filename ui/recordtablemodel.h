#ifndef UI_RECORDTABLEMODEL_H
#define UI_RECORDTABLEMODEL_H

#include <error.h>
#include <id.h>
#include <result.h>

#include <QAbstractTableModel>
#include <QStringList>

namespace Ui {

// The shape every list of records shares (missions, deliverables, meetings, projects,
// partners): fixed columns, one row per record, the roles of roles.h, and a full reload when
// the store says the records changed. A subclass keeps the records and says what each cell
// shows.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    void refresh();
    QModelIndex indexOf(Core::Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const Core::Error &error);

protected:
    RecordTableModel(const QStringList &titles, QObject *parent);

    // Reads the records again; called inside a model reset. On failure, leave no records.
    virtual Core::Status reload() = 0;
    virtual int recordCount() const = 0;
    virtual Core::Id recordId(int row) const = 0;
    virtual QVariant record(int row) const = 0;
    virtual QString display(int row, int column) const = 0;
    // What the column sorts on where its text would sort wrongly (dates, numbers).
    virtual QVariant sortKey(int row, int column) const;
    virtual QVariant foreground(int row, int column) const;
    // By default the cell's own text, for a cell too narrow to show it whole.
    virtual QString toolTip(int row, int column) const;

private:
    QString filterText(int row) const;

    QStringList m_titles;
    // Every row's filter text, made once per load: filter as you type asks for all of them at
    // every keystroke, and making them then (dates formatted, columns joined) cost more than
    // the filtering itself.
    QStringList m_filterTexts;
};

} // namespace Ui

#endif
