#ifndef UI_PROJECTSPAGE_H
#define UI_PROJECTSPAGE_H

#include <id.h>

#include <QWidget>

class QLineEdit;
class QTabWidget;

namespace Ui {

class PartnersModel;
class ProjectsModel;
class RecordBrowser;
class Session;

// The development cooperation projects and the partner organisations, on two tabs that one
// filter box searches.
class ProjectsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsPage(Session &session, QWidget *parent = nullptr);

    ProjectsModel *projectsModel() const { return m_projectsModel; }
    PartnersModel *partnersModel() const { return m_partnersModel; }
    RecordBrowser *projectsBrowser() const { return m_projects; }
    RecordBrowser *partnersBrowser() const { return m_partners; }
    QTabWidget *tabs() const { return m_tabs; }

    void newProject();
    void newPartner();

private:
    void connectBrowsers();
    void editProject(Core::Id projectId);
    void editPartner(Core::Id partnerId);
    void onDeleteProject(Core::Id projectId, const QString &code);
    void onDeletePartner(Core::Id partnerId, const QString &name);

    Session &m_session;
    QLineEdit *m_filter;
    ProjectsModel *m_projectsModel;
    PartnersModel *m_partnersModel;
    QTabWidget *m_tabs;
    RecordBrowser *m_projects;
    RecordBrowser *m_partners;
};

} // namespace Ui

#endif
