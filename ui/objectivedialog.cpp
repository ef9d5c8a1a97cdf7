#include "objectivedialog.h"

#include "session.h"
#include "undoableedits.h"

#include <storage/objectiverepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Ui {

namespace {

QPlainTextEdit *createTextEdit(const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

ObjectiveDialog::ObjectiveDialog(
    Session &session, const Core::Objective &objective, QWidget *parent)
    : EditorDialog(session, parent)
    , m_objective(objective)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(objective.title, this))
    , m_description(createTextEdit(objective.description, this))
    , m_indicator(new QLineEdit(objective.indicator, this))
    , m_target(createDateEdit(this, objective.targetDate, true))
    , m_strategy(new QComboBox(this))
    , m_themes(new QListWidget(this))
    , m_evidence(createTextEdit(objective.evidence, this))
{
    setObjectName(QStringLiteral("objectiveDialog"));
    const bool learning = objective.kind == Core::Objective::Kind::Learning;
    setWindowTitle(objective.id != 0
            ? tr("Edit %1").arg(objective.title)
            : (learning ? tr("New learning element") : tr("New objective")));
    m_kind->addItem(tr("Work objective"), int(Core::Objective::Kind::Work));
    m_kind->addItem(tr("Learning element"), int(Core::Objective::Kind::Learning));
    m_kind->setCurrentIndex(learning ? 1 : 0);
    m_indicator->setPlaceholderText(tr("How achievement is measured"));
    m_themes->setFixedHeight(m_themes->fontMetrics().lineSpacing() * 6);
    nameWidgets();
    addFields();
    const Core::Status filled = fillReferences();
    if (!filled)
        showError(filled.error());
    m_title->setFocus();
}

void ObjectiveDialog::nameWidgets()
{
    const QList<QPair<QWidget *, QString>> names { { m_kind, QStringLiteral("kindCombo") },
        { m_title, QStringLiteral("titleEdit") },
        { m_description, QStringLiteral("descriptionEdit") },
        { m_indicator, QStringLiteral("indicatorEdit") },
        { m_target, QStringLiteral("targetEdit") }, { m_strategy, QStringLiteral("strategyCombo") },
        { m_themes, QStringLiteral("themeList") }, { m_evidence, QStringLiteral("evidenceEdit") } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);
}

void ObjectiveDialog::addFields()
{
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("description"), tr("&Description:"), m_description);
    addField(QStringLiteral("indicator"), tr("&Indicator:"), m_indicator);
    addField(QStringLiteral("targetDate"), tr("Ta&rget date:"), m_target);
    addField(QStringLiteral("strategyObjective"), tr("&Strategy objective:"), m_strategy);
    addField(QStringLiteral("thematicAreas"), tr("T&hematic areas:"), m_themes);
    addField(QStringLiteral("evidence"), tr("&Evidence:"), m_evidence);
}

Core::Status ObjectiveDialog::fillReferences()
{
    const auto strategy = session().store().objectives().strategyObjectives();
    const auto themes = session().store().objectives().thematicAreas();
    if (!strategy)
        return strategy.error();
    if (!themes)
        return themes.error();
    m_strategy->addItem(tr("(none)"), Core::Id(0));
    for (const Core::ReferenceItem &item : strategy.value())
        m_strategy->addItem(item.title, item.id);
    selectId(m_strategy, m_objective.strategyObjectiveId);
    for (const Core::ReferenceItem &item : themes.value()) {
        auto *row = new QListWidgetItem(item.title, m_themes);
        row->setData(Qt::UserRole, item.id);
        const bool checked = m_objective.thematicAreaIds.contains(item.id);
        row->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    return {};
}

QList<Core::Id> ObjectiveDialog::checkedThemes() const
{
    QList<Core::Id> ids;
    for (int row = 0; row < m_themes->count(); ++row) {
        const QListWidgetItem *item = m_themes->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).value<Core::Id>());
    }
    return ids;
}

Core::Objective ObjectiveDialog::edited() const
{
    Core::Objective objective = m_objective;
    objective.kind = Core::Objective::Kind(m_kind->currentData().toInt());
    objective.title = m_title->text().trimmed();
    objective.description = m_description->toPlainText().trimmed();
    objective.indicator = m_indicator->text().trimmed();
    objective.targetDate = dateOf(m_target);
    objective.strategyObjectiveId = selectedId(m_strategy);
    objective.thematicAreaIds = checkedThemes();
    objective.evidence = m_evidence->toPlainText().trimmed();
    return objective;
}

Core::Status ObjectiveDialog::save()
{
    const Core::Objective objective = edited();
    if (objective.id != 0) {
        const Core::Status updated = session().edits().updateObjective(objective);
        if (updated)
            m_objective = objective;
        return updated;
    }
    const auto added = session().edits().addObjective(objective);
    if (!added)
        return added.error();
    m_objective = added.value();
    return {};
}

} // namespace Ui
