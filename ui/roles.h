#ifndef UI_ROLES_H
#define UI_ROLES_H

#include <Qt>

namespace Ui {

// The custom item roles of every model in the ui layer, from one enum so that a view or a proxy
// can ask any model the same question.
enum Role {
    IdRole = Qt::UserRole + 1, // Core::Id of the row's record
    ObjectRole, // the core record itself, as a QVariant
    ProgressRole, // 0-100 as a double, painted by ProgressBarDelegate
    SortRole, // raw value (date, number) for sorting, where the display text would sort wrongly
    PersonIdRole,
    PlanIdRole,
    KindRole, // PlanTreeModel::NodeKind
    FilterRole, // the text that filter-as-you-type matches against
    DetailRole, // a quieter second line under the display text (TwoLineDelegate)
    BadgeRole, // a short figure at the right of a line: "12 days late", "in 5 days"
};

} // namespace Ui

#endif
