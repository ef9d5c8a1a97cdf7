#ifndef UI_CHECKLIST_H
#define UI_CHECKLIST_H

#include <id.h>

#include <QList>
#include <QListWidget>

namespace Ui {

// A short list of records to tick: the travellers of a mission, the participants of a meeting,
// the deliverables linked to it. Each row carries the record's id.
class CheckList : public QListWidget
{
    Q_OBJECT
public:
    explicit CheckList(int visibleRows, QWidget *parent = nullptr);

    void addEntry(const QString &text, Core::Id id, bool checked);
    QList<Core::Id> checkedIds() const;
    bool hasEntry(Core::Id id) const { return itemFor(id) != nullptr; }

private:
    QListWidgetItem *itemFor(Core::Id id) const;

    int m_visibleRows;
};

} // namespace Ui

#endif
