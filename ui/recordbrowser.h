#ifndef UI_RECORDBROWSER_H
#define UI_RECORDBROWSER_H

#include <id.h>

#include <QList>
#include <QPair>
#include <QVariant>
#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Core {
class UnitStore;
}

namespace Ui {

class HistoryButton;
class RecordTableModel;

// A row of buttons over a sortable, filterable table of records: New, Edit and Delete (the last
// two only with a selection), room for a page's own buttons, and double-click or Enter to edit.
// The selection survives the model's reloads, so that one can click through a record's status
// steps. Widgets are named after `name`: "newMissionButton", "missionsTable"...
class RecordBrowser : public QWidget
{
    Q_OBJECT
public:
    RecordBrowser(
        RecordTableModel *model, QLineEdit *filter, const QString &name, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    void addButton(QPushButton *button);
    // A widget at the right end of the button row.
    void addTrailing(QWidget *widget);
    // Fixed widths for some columns; `stretch` takes the rest.
    void setColumnWidths(const QList<QPair<int, int>> &widths, int stretch);
    // The order the rows first show in, until the user clicks a header.
    void sortBy(int column, Qt::SortOrder order);
    // A History button (with a selection): who changed the selected record, when and how, from
    // the audit trail. The records are rows of the table named like the browser ("mission").
    void offerHistory(Core::UnitStore &store);

    Core::Id selectedId() const;
    QVariant selectedRecord() const; // the ObjectRole of the selected row
    // Selects the record's row, clearing the filter if it hides the row; false if not listed.
    bool select(Core::Id id);

Q_SIGNALS:
    void newRequested();
    void editRequested(Core::Id id);
    void deleteRequested(Core::Id id, const QString &title);
    void selectionChanged(Core::Id id);

private:
    void createButtons(const QString &stem);
    void setUpTable();
    void onSelectionChanged();
    void onEdit();
    void onDelete();

    RecordTableModel *m_model;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QHBoxLayout *m_buttons;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    HistoryButton *m_history = nullptr;
    QString m_entity;
    Core::Id m_keptSelection = 0;
};

} // namespace Ui

#endif
