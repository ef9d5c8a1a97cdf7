#ifndef UI_SCALELISTEDITOR_H
#define UI_SCALELISTEDITOR_H

#include <appraisal.h>

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Ui {

// An ordered list of names edited in place: the rating scale (best first) or the competencies.
// Each row keeps the id of the stored item it shows, so that core can tell a renamed item from
// a removed one and a new one (see Core::AppraisalScaleList::replace).
class ScaleListEditor : public QWidget
{
    Q_OBJECT
public:
    // `newName` is what an added row starts with, selected for typing over.
    ScaleListEditor(
        const QString &accessibleName, const QString &newName, QWidget *parent = nullptr);

    void setItems(const QList<Core::AppraisalScaleItem> &items);
    QList<Core::AppraisalScaleItem> items() const;
    QListWidget *list() const { return m_list; }

private:
    QPushButton *createButton(const QString &name, const QString &text);
    void onAdd();
    void onRemove();
    void move(int offset);
    void updateButtons();

    QString m_newName;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Ui

#endif
