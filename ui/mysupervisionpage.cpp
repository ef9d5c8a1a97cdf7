#include "mysupervisionpage.h"

#include "dashboardcard.h"
#include "pageheader.h"
#include "session.h"
#include "supervisionsummary.h"
#include "twolinedelegate.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum SectionIndex { MyCheckIns, MyDrafts, MyAppraisal, CheckInsDue, ReviewsWaiting, AppraisalsDue };

QLabel *groupTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    return label;
}

} // namespace

MySupervisionPage::MySupervisionPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("My supervision"), this))
    , m_supervising(new QWidget(this))
{
    setObjectName(QStringLiteral("mySupervisionPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(createBody(), 1);
    connect(&session.store(), &Core::UnitStore::changed, this, &MySupervisionPage::refresh);
    connect(&session, &Session::currentPersonChanged, this, &MySupervisionPage::refresh);
    refresh();
}

QWidget *MySupervisionPage::createBody()
{
    m_sections = { createSection(tr("My check-ins"), QStringLiteral("myCheckIns"),
                       tr("No check-in yet, and no open action item.")),
        createSection(tr("My drafts in review"), QStringLiteral("myDrafts"),
            tr("None of your drafts is waiting for review.")),
        createSection(tr("My appraisal"), QStringLiteral("myAppraisal"),
            tr("No appraisal cycle open for you.")),
        createSection(tr("Check-ins due"), QStringLiteral("checkInsDue"),
            tr("Everyone you supervise had a check-in in the last %1 days.")
                .arg(SupervisionSummary::checkInInterval)),
        createSection(tr("Drafts waiting for my review"), QStringLiteral("reviewsWaiting"),
            tr("No draft is waiting for your review.")),
        createSection(tr("Appraisal stages due"), QStringLiteral("appraisalsDue"),
            tr("No appraisal stage is due.")) };
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("mySupervisionContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(10);
    auto *mine = new QGridLayout;
    mine->setSpacing(12);
    auto *theirs = new QGridLayout(m_supervising);
    theirs->setContentsMargins(0, 0, 0, 0);
    theirs->setSpacing(12);
    theirs->addWidget(groupTitle(tr("As supervisor"), m_supervising), 0, 0, 1, 3);
    for (int index = 0; index < m_sections.size(); ++index) {
        const bool own = index < CheckInsDue;
        QGridLayout *grid = own ? mine : theirs;
        grid->addWidget(m_sections.at(index).card, own ? 0 : 1, index % 3);
        grid->setColumnStretch(index % 3, 1);
    }
    layout->addWidget(groupTitle(tr("As supervisee"), content));
    layout->addLayout(mine);
    layout->addWidget(m_supervising);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mySupervisionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

MySupervisionPage::Section MySupervisionPage::createSection(
    const QString &title, const QString &name, const QString &emptyText)
{
    auto *model = new DashboardListModel(this);
    auto *list = new QListView;
    list->setObjectName(name + QStringLiteral("List"));
    list->setModel(model);
    list->setItemDelegate(new TwoLineDelegate(list));
    list->setFrameShape(QFrame::NoFrame);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setUniformItemSizes(true);
    list->setMinimumHeight(TwoLineDelegate::lineHeight(list->font()) * 4);
    connect(list, &QListView::activated, this, &MySupervisionPage::onActivated);
    connect(list, &QListView::doubleClicked, this, &MySupervisionPage::onActivated);
    auto *card = new DashboardCard(title, name, list);
    card->setEmptyText(emptyText);
    return { name, model, card };
}

DashboardListModel *MySupervisionPage::section(const QString &name) const
{
    for (const Section &section : m_sections) {
        if (section.name == name)
            return section.model;
    }
    return nullptr;
}

void MySupervisionPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

bool MySupervisionPage::isSupervising() const
{
    const Core::PeopleRepository &people = m_session.store().people();
    const auto me = people.find(m_session.currentPersonId());
    if (!me)
        return false;
    const auto supervisees = people.supervisees(me.value().id);
    return me.value().category == Core::Person::Category::UnitHead
        || (supervisees && !supervisees.value().isEmpty());
}

void MySupervisionPage::refresh()
{
    const Core::Id me = m_session.currentPersonId();
    const auto person = m_session.store().people().find(me);
    m_header->setSubtitle(person
            ? tr("%1: check-ins, drafts in review and appraisals").arg(person.value().name)
            : tr("Sign in (File > Switch user) to see your supervision."));
    const SupervisionSummary summary(m_session.store(), m_today);
    // The unit head follows the whole unit; any other supervisor, their own supervisees.
    const bool head = person && person.value().category == Core::Person::Category::UnitHead;
    const Core::Id scope = head ? 0 : me;
    m_supervising->setVisible(me != 0 && isSupervising());
    setLines(m_sections.at(MyCheckIns), summary.myCheckIns(me))
        && setLines(m_sections.at(MyDrafts), summary.myDrafts(me))
        && setLines(m_sections.at(MyAppraisal), summary.myAppraisals(me));
    if (!m_supervising->isHidden())
        setLines(m_sections.at(CheckInsDue), summary.checkInsDue(scope))
            && setLines(m_sections.at(ReviewsWaiting), summary.reviewsWaiting(me))
            && setLines(m_sections.at(AppraisalsDue), summary.appraisalsDue(scope));
}

bool MySupervisionPage::setLines(
    const Section &section, const Core::Result<QList<DashboardListModel::Line>> &lines)
{
    if (!lines) {
        m_session.showError(this, lines.error());
        return false;
    }
    section.model->setLines(lines.value());
    section.card->setCount(int(lines.value().size()));
    return true;
}

void MySupervisionPage::onActivated(const QModelIndex &index)
{
    const auto *model = qobject_cast<const DashboardListModel *>(index.model());
    if (!model)
        return;
    const DashboardListModel::Line &line = model->line(index.row());
    switch (line.target) {
    case DashboardListModel::Target::CheckIns:
        Q_EMIT checkInsActivated(line.id);
        break;
    case DashboardListModel::Target::CheckIn:
        Q_EMIT checkInActivated(line.id);
        break;
    case DashboardListModel::Target::Deliverable:
        Q_EMIT deliverableActivated(line.id);
        break;
    case DashboardListModel::Target::Appraisal:
        Q_EMIT appraisalActivated(line.id);
        break;
    case DashboardListModel::Target::Person:
    case DashboardListModel::Target::Mission:
        break;
    }
}

} // namespace Ui
