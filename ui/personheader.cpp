#include "personheader.h"

#include "assignmentdialog.h"
#include "format.h"
#include "persondialog.h"
#include "session.h"

#include <storage/assignmentrepository.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

PersonHeader::PersonHeader(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_assignment(new QLabel(this))
    , m_editPerson(new QPushButton(tr("Edit &person..."), this))
    , m_editAssignment(new QPushButton(tr("Assign&ment..."), this))
{
    m_name->setObjectName(QStringLiteral("personName"));
    m_details->setObjectName(QStringLiteral("personDetails"));
    m_assignment->setObjectName(QStringLiteral("personAssignment"));
    m_editPerson->setObjectName(QStringLiteral("editPersonButton"));
    m_editAssignment->setObjectName(QStringLiteral("editAssignmentButton"));
    m_name->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_assignment->setTextFormat(Qt::RichText);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_name);
    texts->addWidget(m_details);
    texts->addWidget(m_assignment);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    layout->addWidget(m_editPerson, 0, Qt::AlignTop);
    layout->addWidget(m_editAssignment, 0, Qt::AlignTop);
    connect(m_editPerson, &QPushButton::clicked, this, &PersonHeader::onEditPerson);
    connect(m_editAssignment, &QPushButton::clicked, this, &PersonHeader::onEditAssignment);
    connect(
        &session.store().people(), &Core::PeopleRepository::changed, this, &PersonHeader::refresh);
    connect(&session.store().assignments(), &Core::AssignmentRepository::changed, this,
        &PersonHeader::refresh);
}

void PersonHeader::setPerson(Core::Id personId)
{
    m_personId = personId;
    refresh();
}

QString PersonHeader::assignmentText() const
{
    return m_assignment->text();
}

void PersonHeader::refresh()
{
    const auto person = m_session.store().people().find(m_personId);
    if (!person) {
        m_name->setText(tr("Nobody chosen"));
        m_details->clear();
        m_assignment->clear();
        return;
    }
    const Core::Person &p = person.value();
    const auto supervisor = m_session.store().people().find(p.supervisorId);
    QStringList details { p.positionTitle, Core::Person::categoryName(p.category), p.grade,
        p.dutyStation };
    if (supervisor)
        details.append(tr("supervised by %1").arg(supervisor.value().name));
    details.removeAll(QString());
    m_name->setText(p.name);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_assignment->setText(describeAssignment(QDate::currentDate()));
}

QString PersonHeader::describeAssignment(const QDate &today)
{
    const auto current = m_session.store().assignments().current(m_personId, today);
    if (!current || !current.value())
        return tr("<i>No assignment recorded</i>");
    const Core::Assignment &assignment = *current.value();
    const int daysLeft = assignment.daysLeft(today);
    const QString left = daysLeft < 0 ? tr("ended %1").arg(Format::daysFrom(today, assignment.end))
                                      : tr("%n days left", nullptr, daysLeft);
    const QString colour
        = daysLeft <= 90 ? Format::caution().name() : palette().color(QPalette::WindowText).name();
    return tr("%1: %2 to %3 <span style=\"color:%4; font-weight:600\">(%5)</span>")
        .arg(assignment.title.toHtmlEscaped(), Format::date(assignment.start),
            Format::date(assignment.end), colour, left);
}

void PersonHeader::onEditPerson()
{
    const auto person = m_session.store().people().find(m_personId);
    if (!person) {
        m_session.showError(this, person.error());
        return;
    }
    auto *dialog = new PersonDialog(m_session, person.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Edits the assignment shown, or starts the person's first one.
void PersonHeader::onEditAssignment()
{
    const auto current = m_session.store().assignments().current(m_personId, QDate::currentDate());
    Core::Assignment assignment;
    assignment.personId = m_personId;
    assignment.start = QDate::currentDate();
    if (current && current.value())
        assignment = *current.value();
    auto *dialog = new AssignmentDialog(m_session, assignment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ui
