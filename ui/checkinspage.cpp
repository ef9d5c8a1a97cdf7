#include "checkinspage.h"

#include "checkindialog.h"
#include "checkinsmodel.h"
#include "format.h"
#include "historybutton.h"
#include "pageheader.h"
#include "recurringitemsdialog.h"
#include "roles.h"
#include "session.h"
#include "superviseepicker.h"
#include "tablesetup.h"

#include <storage/checkinrepository.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

CheckInsPage::CheckInsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("Check-ins"), this))
    , m_picker(new SuperviseePicker(session, this))
    , m_model(new CheckInsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_history(new HistoryButton(session.store(), this))
{
    setObjectName(QStringLiteral("checkInsPage"));
    m_header->setSubtitle(tr("Regular meetings of a supervisor and a supervisee on the agreed "
                             "objectives"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("checkInsTable"));
    m_table->setAccessibleName(tr("Check-ins"));
    m_table->setModel(proxy);
    TableSetup::apply(m_table);
    m_table->sortByColumn(CheckInsModel::DateColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->resizeSection(CheckInsModel::DateColumn, 130);
    m_table->horizontalHeader()->resizeSection(CheckInsModel::SupervisorColumn, 200);
    m_table->horizontalHeader()->resizeSection(CheckInsModel::AgendaColumn, 120);
    m_status->setObjectName(QStringLiteral("checkInStatusLabel"));
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(Format::muted().name()));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(createToolBar());
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &CheckInsPage::reload);
    connect(&session.store().checkIns(), &Core::CheckInRepository::changed, this,
        &CheckInsPage::reload);
    connect(&session, &Session::currentPersonChanged, this, [this] { m_picker->reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CheckInsPage::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { openCheckIn(selectedId()); });
    m_picker->reload();
    reload();
}

QWidget *CheckInsPage::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Supervisee:"), bar);
    label->setBuddy(m_picker);
    label->setFont(Format::emphasis());
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addStretch();
    m_new = addButton(QStringLiteral("newCheckInButton"), tr("&New check-in..."));
    m_new->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_open = addButton(QStringLiteral("openCheckInButton"), tr("&Open..."));
    m_recurring = addButton(QStringLiteral("recurringItemsButton"), tr("&Recurring items..."));
    m_delete = addButton(QStringLiteral("deleteCheckInButton"), tr("&Delete"));
    // Confidential like the check-in: for its two parties and the unit head.
    m_history->setObjectName(QStringLiteral("historyCheckInButton"));
    m_history->setAccessibleName(tr("History of the selected check-in"));
    for (QPushButton *button : { m_new, m_open, m_recurring, m_delete })
        layout->addWidget(button);
    layout->addWidget(m_history);
    connect(m_new, &QPushButton::clicked, this, &CheckInsPage::newCheckIn);
    connect(m_open, &QPushButton::clicked, this, [this] { openCheckIn(selectedId()); });
    connect(m_recurring, &QPushButton::clicked, this, &CheckInsPage::onEditRecurring);
    connect(m_delete, &QPushButton::clicked, this, &CheckInsPage::onDelete);
    connect(m_history, &HistoryButton::refused, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    return bar;
}

QPushButton *CheckInsPage::addButton(const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    return button;
}

void CheckInsPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

bool CheckInsPage::setPerson(Core::Id personId)
{
    m_picker->reload();
    return m_picker->selectPerson(personId);
}

Core::Id CheckInsPage::personId() const
{
    return m_picker->personId();
}

void CheckInsPage::reload()
{
    const Core::Person person = m_picker->person();
    QList<Core::CheckIn> checkIns;
    if (person.id != 0) {
        const auto loaded
            = m_session.store().checkIns().forSupervisee(person.id, m_session.currentPersonId());
        if (!loaded)
            m_session.showError(this, loaded.error());
        checkIns = loaded ? loaded.value() : checkIns;
    }
    QHash<Core::Id, QString> names;
    const auto supervisor = m_session.store().people().find(person.supervisorId);
    if (supervisor)
        names.insert(supervisor.value().id, supervisor.value().name);
    for (const Core::CheckIn &checkIn : std::as_const(checkIns)) {
        if (!names.contains(checkIn.supervisorId)) {
            const auto other = m_session.store().people().find(checkIn.supervisorId);
            names.insert(checkIn.supervisorId, other ? other.value().name : QString());
        }
    }
    m_model->setCheckIns(checkIns, names);
    const QDate last = checkIns.isEmpty() ? QDate() : checkIns.first().date;
    m_status->setText(person.id == 0 ? tr("Nobody to show: sign in as a supervisor or supervisee.")
            : last.isValid()
            ? tr("%1: last check-in %2 (%3) with %4")
                  .arg(person.name, Format::date(last), Format::daysFrom(m_today, last),
                      names.value(person.supervisorId))
            : tr("%1 has had no check-in yet.").arg(person.name));
    updateButtons();
}

bool CheckInsPage::isOfPair() const
{
    const Core::Person person = m_picker->person();
    const Core::Id me = m_session.currentPersonId();
    return person.id != 0 && me != 0 && (me == person.id || me == person.supervisorId);
}

void CheckInsPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    const bool supervisor
        = m_picker->person().supervisorId == m_session.currentPersonId() && isOfPair();
    m_new->setEnabled(isOfPair());
    m_recurring->setEnabled(isOfPair());
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected && supervisor);
    m_history->setRecord(QStringLiteral("checkin"), selectedId());
}

Core::Id CheckInsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).value<Core::Id>();
}

CheckInDialog *CheckInsPage::newCheckIn()
{
    const Core::Person person = m_picker->person();
    if (!isOfPair())
        return nullptr;
    const auto prepared
        = m_session.store().checkIns().prepareNext(person.supervisorId, person.id, m_today);
    if (!prepared) {
        m_session.showError(this, prepared.error());
        return nullptr;
    }
    return openDialog(prepared.value());
}

CheckInDialog *CheckInsPage::openCheckIn(Core::Id checkInId)
{
    const auto checkIn = m_session.store().checkIns().find(checkInId, m_session.currentPersonId());
    if (!checkIn) {
        m_session.showError(this, checkIn.error());
        return nullptr;
    }
    return openDialog(checkIn.value());
}

CheckInDialog *CheckInsPage::showCheckIn(Core::Id checkInId)
{
    const auto checkIn = m_session.store().checkIns().find(checkInId, m_session.currentPersonId());
    if (!checkIn || !setPerson(checkIn.value().superviseeId))
        return nullptr;
    const int row = m_model->rowOf(checkInId);
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    m_table->selectRow(proxy->mapFromSource(m_model->index(row, 0)).row());
    return openDialog(checkIn.value());
}

CheckInDialog *CheckInsPage::openDialog(const Core::CheckIn &checkIn)
{
    auto *dialog = new CheckInDialog(m_session, checkIn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CheckInsPage::onEditRecurring()
{
    const Core::Person person = m_picker->person();
    auto *dialog = new RecurringItemsDialog(m_session, person.supervisorId, person.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CheckInsPage::onDelete()
{
    const Core::Id id = selectedId();
    if (!m_session.messenger().confirm(this, tr("Delete check-in"),
            tr("Delete this check-in with its agenda, notes and action items?")))
        return;
    const Core::Status removed
        = m_session.store().checkIns().remove(id, m_session.currentPersonId());
    if (!removed)
        m_session.showError(this, removed.error());
}

} // namespace Ui
