#include "peoplepage.h"

#include "historybutton.h"
#include "pageheader.h"
#include "peoplemodel.h"
#include "persondialog.h"
#include "roles.h"
#include "session.h"
#include "tablesetup.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

PeoplePage::PeoplePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_model(new PeopleModel(session.store(), this))
    , m_proxy(TableSetup::filtered(m_model, m_filter))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_history(new HistoryButton(session.store(), this))
{
    setObjectName(QStringLiteral("peoplePage"));
    auto *header = new PageHeader(tr("People"), this);
    header->setSubtitle(tr("Everyone who works in or for the unit"));
    header->addFilter(m_filter, QStringLiteral("peopleFilter"), tr("Filter people..."));
    setUpTable();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(createButtons());
    layout->addWidget(m_table, 1);
    connect(m_model, &PeopleModel::failed, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    updateButtons();
}

QWidget *PeoplePage::createButtons()
{
    auto *buttons = new QWidget(this);
    auto *add = new QPushButton(tr("&New person..."), buttons);
    add->setObjectName(QStringLiteral("newPersonButton"));
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_delete->setObjectName(QStringLiteral("deletePersonButton"));
    m_history->setObjectName(QStringLiteral("historyPersonButton"));
    m_history->setAccessibleName(tr("History of the selected person"));
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(add);
    layout->addWidget(m_edit);
    layout->addWidget(m_delete);
    layout->addWidget(m_history);
    layout->addStretch();
    connect(add, &QPushButton::clicked, this, &PeoplePage::newPerson);
    connect(m_history, &HistoryButton::refused, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::onEdit);
    connect(m_delete, &QPushButton::clicked, this, &PeoplePage::onDelete);
    return buttons;
}

void PeoplePage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setModel(m_proxy);
    TableSetup::apply(m_table);
    m_table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(PeopleModel::PositionColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const QList<QPair<int, int>> widths { { PeopleModel::NameColumn, 190 },
        { PeopleModel::CategoryColumn, 150 }, { PeopleModel::GradeColumn, 70 },
        { PeopleModel::DutyStationColumn, 150 }, { PeopleModel::SupervisorColumn, 170 },
        { PeopleModel::LanguagesColumn, 130 } };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT personActivated(index.data(IdRole).value<Core::Id>());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PeoplePage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);
}

Core::Id PeoplePage::selectedPersonId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? Core::Id(0) : rows.first().data(IdRole).value<Core::Id>();
}

void PeoplePage::updateButtons()
{
    const bool selected = selectedPersonId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    // A person's record, assignments and account.
    m_history->setRecord(QStringLiteral("person"), selectedPersonId());
}

void PeoplePage::newPerson()
{
    auto *dialog = new PersonDialog(m_session, Core::Person(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PeoplePage::onEdit()
{
    const auto person = m_session.store().people().find(selectedPersonId());
    if (!person) {
        m_session.showError(this, person.error());
        return;
    }
    auto *dialog = new PersonDialog(m_session, person.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PeoplePage::onDelete()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = rows.first().data().toString();
    if (!m_session.messenger().confirm(this, tr("Delete person"),
            tr("Delete %1 from the unit? This cannot be undone.").arg(name)))
        return;
    const Core::Status removed = m_session.store().people().remove(selectedPersonId());
    if (!removed)
        m_session.showError(this, removed.error());
}

} // namespace Ui
