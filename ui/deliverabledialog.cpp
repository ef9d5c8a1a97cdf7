#include "deliverabledialog.h"

#include "checklist.h"
#include "countrycombo.h"
#include "milestoneplandialog.h"
#include "recordedits.h"
#include "recordpickers.h"
#include "session.h"
#include "versionseditor.h"

#include <storage/deliverablerepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Ui {

DeliverableDialog::DeliverableDialog(
    Session &session, const Core::Deliverable &deliverable, QWidget *parent)
    : EditorDialog(session, parent)
    , m_deliverable(deliverable)
    , m_title(new QLineEdit(deliverable.title, this))
    , m_type(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_contributors(new CheckList(3, this))
    , m_due(createDateEdit(this, deliverable.dueDate))
    , m_country(new CountryCombo(true, this))
    , m_project(new QComboBox(this))
    , m_consultancy(new QComboBox(this))
    , m_objectives(new CheckList(3, this))
    , m_description(new QPlainTextEdit(deliverable.description, this))
    , m_versions(new VersionsEditor(this))
    , m_plan(new QPushButton(tr("Plan &backwards from an event..."), this))
{
    setWindowTitle(deliverable.id == 0 ? tr("New deliverable")
                                       : tr("Edit deliverable: %1").arg(deliverable.title));
    for (const auto type : Core::Deliverable::types())
        m_type->addItem(Core::Deliverable::typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(deliverable.type)));
    m_country->setCode(deliverable.countryCode);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_versions->setVersions(deliverable.versions);
    nameWidgets();
    addFields();
    const Core::Status filled = fillChoices();
    if (!filled)
        showError(filled.error());
    connect(m_owner, &QComboBox::currentIndexChanged, this, &DeliverableDialog::onOwnerChanged);
    connect(m_plan, &QPushButton::clicked, this, &DeliverableDialog::planBackwards);
    setMinimumWidth(560);
    m_title->setFocus();
}

void DeliverableDialog::nameWidgets()
{
    setObjectName(QStringLiteral("deliverableDialog"));
    const QList<QPair<QWidget *, QString>> names { { m_title, QStringLiteral("titleEdit") },
        { m_type, QStringLiteral("typeCombo") }, { m_owner, QStringLiteral("ownerCombo") },
        { m_contributors, QStringLiteral("contributorsList") },
        { m_due, QStringLiteral("dueEdit") }, { m_country, QStringLiteral("countryCombo") },
        { m_project, QStringLiteral("projectCombo") },
        { m_consultancy, QStringLiteral("consultancyCombo") },
        { m_objectives, QStringLiteral("objectivesList") },
        { m_description, QStringLiteral("descriptionEdit") },
        { m_plan, QStringLiteral("planBackwardsButton") } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);
}

void DeliverableDialog::addFields()
{
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("type"), tr("T&ype:"), m_type);
    addField(QStringLiteral("owner"), tr("&Owner:"), m_owner);
    addField(QStringLiteral("contributors"), tr("Co&ntributors:"), m_contributors);
    addField(QStringLiteral("dueDate"), tr("&Due date:"), m_due);
    addField(QStringLiteral("country"), tr("&Country:"), m_country);
    addField(QStringLiteral("project"), tr("Pro&ject:"), m_project);
    addField(QStringLiteral("assignment"), tr("Consu&ltancy:"), m_consultancy);
    addField(QStringLiteral("objectives"), tr("Ob&jectives:"), m_objectives);
    addField(QStringLiteral("description"), tr("Descr&iption:"), m_description);
    addField(QStringLiteral("versions"), tr("&Languages:"), m_versions);
    // Delivered is refused while a required version is not: the versions are what to fix.
    watchField(QStringLiteral("status"), m_versions);
    form()->addRow(QString(), m_plan);
}

Core::Status DeliverableDialog::fillChoices()
{
    const RecordPickers pickers(session().store());
    Core::Id owner = m_deliverable.ownerId;
    if (owner == 0)
        owner = session().currentPersonId();
    const Core::Status people = fillPeople(m_owner, owner, false);
    if (!people)
        return people;
    for (const Core::Status &filled :
        { pickers.fillPeople(m_contributors, m_deliverable.contributorIds),
            pickers.fillProjects(m_project, m_deliverable.projectId),
            pickers.fillConsultancies(
                m_consultancy, selectedId(m_owner), m_deliverable.assignmentId),
            pickers.fillObjectives(
                m_objectives, selectedId(m_owner), m_deliverable.objectiveIds) }) {
        if (!filled)
            return filled;
    }
    return {};
}

void DeliverableDialog::onOwnerChanged()
{
    const RecordPickers pickers(session().store());
    const Core::Id owner = selectedId(m_owner);
    Core::Status filled
        = pickers.fillConsultancies(m_consultancy, owner, selectedId(m_consultancy));
    if (filled)
        filled = pickers.fillObjectives(m_objectives, owner, checkedObjectives());
    if (!filled)
        showError(filled.error());
}

MilestonePlanDialog *DeliverableDialog::planBackwards()
{
    // Documents circulate two weeks before the event; start from a due date already set.
    auto *plan
        = new MilestonePlanDialog(m_due->date().addDays(14), m_versions->hasTranslations(), this);
    plan->setAttribute(Qt::WA_DeleteOnClose);
    connect(plan, &QDialog::accepted, this, [this, plan] { applyPlan(*plan); });
    plan->open();
    return plan;
}

void DeliverableDialog::applyPlan(const MilestonePlanDialog &plan)
{
    const QDate delivery = plan.date(QStringLiteral("delivery"));
    if (delivery.isValid())
        m_due->setDate(delivery);
    const QDate translation = plan.date(QStringLiteral("translation"));
    if (plan.withTranslations() && translation.isValid())
        m_versions->setDueDates(translation, delivery);
}

// Objectives linked earlier from another plan than the owner's current one are not listed,
// and must not be dropped for that.
QList<Core::Id> DeliverableDialog::checkedObjectives() const
{
    QList<Core::Id> ids = m_objectives->checkedIds();
    for (const Core::Id id : m_deliverable.objectiveIds) {
        if (!m_objectives->hasEntry(id) && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Core::Deliverable DeliverableDialog::edited() const
{
    Core::Deliverable deliverable = m_deliverable;
    deliverable.title = m_title->text().trimmed();
    deliverable.type = Core::Deliverable::Type(m_type->currentData().toInt());
    deliverable.ownerId = selectedId(m_owner);
    deliverable.contributorIds = m_contributors->checkedIds();
    deliverable.dueDate = m_due->date();
    deliverable.countryCode = m_country->code();
    deliverable.projectId = selectedId(m_project);
    deliverable.assignmentId = selectedId(m_consultancy);
    deliverable.objectiveIds = checkedObjectives();
    deliverable.description = m_description->toPlainText().trimmed();
    deliverable.versions = m_versions->versions();
    return deliverable;
}

Core::Status DeliverableDialog::save()
{
    const Core::Deliverable deliverable = edited();
    if (deliverable.id != 0) {
        const Core::Status updated = session().records().updateDeliverable(deliverable);
        if (updated)
            m_deliverable = deliverable;
        return updated;
    }
    const auto added = session().store().deliverables().add(deliverable);
    if (!added)
        return added.error();
    m_deliverable = added.value();
    return {};
}

} // namespace Ui
