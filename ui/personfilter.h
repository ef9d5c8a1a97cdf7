#ifndef UI_PERSONFILTER_H
#define UI_PERSONFILTER_H

#include <id.h>
#include <result.h>

#include <QComboBox>

namespace Core {
class UnitStore;
}

namespace Ui {

// "Whole unit" or one person: what the timeline and the calendar show. Keeps its choice across
// reloads of the people, as long as the person is still there.
class PersonFilter : public QComboBox
{
    Q_OBJECT
public:
    explicit PersonFilter(QWidget *parent = nullptr);

    // Offers the store's people; on error the list stays as it was.
    Core::Status reload(const Core::UnitStore &store);
    Core::Id personId() const; // 0 for the whole unit

Q_SIGNALS:
    void personChanged(Core::Id personId);
};

} // namespace Ui

#endif
