#include "projectspage.h"

#include "pageheader.h"
#include "partnerdialog.h"
#include "partnersmodel.h"
#include "projectdialog.h"
#include "projectsmodel.h"
#include "recordbrowser.h"
#include "session.h"

#include <storage/projectrepository.h>
#include <unitstore.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

ProjectsPage::ProjectsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_projectsModel(new ProjectsModel(session.store(), this))
    , m_partnersModel(new PartnersModel(session.store(), this))
    , m_tabs(new QTabWidget(this))
    , m_projects(new RecordBrowser(m_projectsModel, m_filter, QStringLiteral("project"), this))
    , m_partners(new RecordBrowser(m_partnersModel, m_filter, QStringLiteral("partner"), this))
{
    m_projects->offerHistory(session.store());
    m_partners->offerHistory(session.store());
    setObjectName(QStringLiteral("projectsPage"));
    m_projects->table()->setAccessibleName(tr("Projects"));
    m_partners->table()->setAccessibleName(tr("Partners"));
    auto *header = new PageHeader(tr("Projects & partners"), this);
    header->setSubtitle(
        tr("Development cooperation projects, and the organisations the unit works with"));
    header->addFilter(
        m_filter, QStringLiteral("projectsFilter"), tr("Filter by code, country, donor..."));
    m_tabs->setObjectName(QStringLiteral("projectsTabs"));
    m_tabs->addTab(m_projects, tr("Projects"));
    m_tabs->addTab(m_partners, tr("Partners"));
    m_projects->newButton()->setText(tr("&New project..."));
    m_partners->newButton()->setText(tr("&New partner..."));
    m_projects->setColumnWidths(
        { { ProjectsModel::CodeColumn, 150 }, { ProjectsModel::CountryColumn, 150 },
            { ProjectsModel::DonorColumn, 160 }, { ProjectsModel::PeriodColumn, 200 } },
        ProjectsModel::TitleColumn);
    m_partners->setColumnWidths(
        { { PartnersModel::NameColumn, 320 }, { PartnersModel::KindColumn, 200 },
            { PartnersModel::CountryColumn, 160 } },
        PartnersModel::ContactColumn);
    m_projects->sortBy(ProjectsModel::CodeColumn, Qt::AscendingOrder);
    m_partners->sortBy(PartnersModel::NameColumn, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    connectBrowsers();
}

void ProjectsPage::connectBrowsers()
{
    connect(m_projects, &RecordBrowser::newRequested, this, &ProjectsPage::newProject);
    connect(m_projects, &RecordBrowser::editRequested, this, &ProjectsPage::editProject);
    connect(m_projects, &RecordBrowser::deleteRequested, this, &ProjectsPage::onDeleteProject);
    connect(m_partners, &RecordBrowser::newRequested, this, &ProjectsPage::newPartner);
    connect(m_partners, &RecordBrowser::editRequested, this, &ProjectsPage::editPartner);
    connect(m_partners, &RecordBrowser::deleteRequested, this, &ProjectsPage::onDeletePartner);
    const auto showError = [this](const Core::Error &error) { m_session.showError(this, error); };
    connect(m_projectsModel, &ProjectsModel::failed, this, showError);
    connect(m_partnersModel, &PartnersModel::failed, this, showError);
}

void ProjectsPage::newProject()
{
    auto *dialog = new ProjectDialog(m_session, Core::Project(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_projects->select(dialog->project().id); });
    dialog->open();
}

void ProjectsPage::newPartner()
{
    auto *dialog = new PartnerDialog(m_session, Core::Partner(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_partners->select(dialog->partner().id); });
    dialog->open();
}

void ProjectsPage::editProject(Core::Id projectId)
{
    const auto project = m_session.store().projects().findProject(projectId);
    if (!project) {
        m_session.showError(this, project.error());
        return;
    }
    auto *dialog = new ProjectDialog(m_session, project.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Partners are few and have no lookup of their own: the listed record is the one to edit.
void ProjectsPage::editPartner(Core::Id partnerId)
{
    const auto partner = m_partners->selectedRecord().value<Core::Partner>();
    if (partner.id != partnerId)
        return;
    auto *dialog = new PartnerDialog(m_session, partner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProjectsPage::onDeleteProject(Core::Id projectId, const QString &code)
{
    if (!m_session.messenger().confirm(this, tr("Delete project"),
            tr("Delete the project %1? This cannot be undone.").arg(code)))
        return;
    const Core::Status removed = m_session.store().projects().removeProject(projectId);
    if (!removed)
        m_session.showError(this, removed.error());
}

void ProjectsPage::onDeletePartner(Core::Id partnerId, const QString &name)
{
    if (!m_session.messenger().confirm(this, tr("Delete partner"),
            tr("Delete %1 from the partners? This cannot be undone.").arg(name)))
        return;
    const Core::Status removed = m_session.store().projects().removePartner(partnerId);
    if (!removed)
        m_session.showError(this, removed.error());
}

} // namespace Ui
