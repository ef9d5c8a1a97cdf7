#include "projectdialog.h"

#include "countrycombo.h"
#include "recordedits.h"
#include "session.h"

#include <storage/projectrepository.h>
#include <unitstore.h>

#include <QDateEdit>
#include <QLineEdit>

namespace Ui {

ProjectDialog::ProjectDialog(Session &session, const Core::Project &project, QWidget *parent)
    : EditorDialog(session, parent)
    , m_project(project)
    , m_country(new CountryCombo(true, this))
    , m_start(createDateEdit(this, project.start, true))
    , m_end(createDateEdit(this, project.end, true))
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(project.id == 0 ? tr("New project") : tr("Edit project %1").arg(project.code));
    m_code = addLine(QStringLiteral("code"), tr("&Code:"), project.code);
    m_code->setPlaceholderText(tr("e.g. SEN/24/01/LUX"));
    m_title = addLine(QStringLiteral("title"), tr("&Title:"), project.title);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setCode(project.countryCode);
    addField(QStringLiteral("country"), tr("C&ountry:"), m_country);
    m_donor = addLine(QStringLiteral("donor"), tr("&Donor:"), project.donor);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    addField(QStringLiteral("start"), tr("&Start:"), m_start);
    addField(QStringLiteral("end"), tr("&End:"), m_end);
    m_code->setFocus();
}

QLineEdit *ProjectDialog::addLine(const QString &field, const QString &label, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(field + QStringLiteral("Edit"));
    addField(field, label, edit);
    return edit;
}

Core::Project ProjectDialog::edited() const
{
    Core::Project project = m_project;
    project.code = m_code->text().trimmed();
    project.title = m_title->text().trimmed();
    project.countryCode = m_country->code();
    project.donor = m_donor->text().trimmed();
    project.start = dateOf(m_start);
    project.end = dateOf(m_end);
    return project;
}

Core::Status ProjectDialog::save()
{
    const Core::Project project = edited();
    if (project.id != 0) {
        const Core::Status updated = session().records().updateProject(project);
        if (updated)
            m_project = project;
        return updated;
    }
    const auto added = session().store().projects().addProject(project);
    if (!added)
        return added.error();
    m_project = added.value();
    return {};
}

} // namespace Ui
