#include "assignmentdialog.h"

#include "session.h"

#include <storage/assignmentrepository.h>
#include <unitstore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace Ui {

AssignmentDialog::AssignmentDialog(
    Session &session, const Core::Assignment &assignment, QWidget *parent)
    : EditorDialog(session, parent)
    , m_assignment(assignment)
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(assignment.title, this))
    , m_start(createDateEdit(this, assignment.start))
    , m_end(createDateEdit(
          this, assignment.end.isValid() ? assignment.end : QDate::currentDate().addYears(1)))
    , m_renewable(new QCheckBox(tr("Can be renewed"), this))
    , m_sponsor(new QLineEdit(assignment.sponsor, this))
    , m_funding(new QLineEdit(assignment.funding, this))
{
    setObjectName(QStringLiteral("assignmentDialog"));
    setWindowTitle(assignment.id == 0 ? tr("New assignment") : tr("Edit assignment"));
    for (const auto type : Core::Assignment::types())
        m_type->addItem(Core::Assignment::typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(assignment.type)));
    m_renewable->setChecked(assignment.renewable);
    m_title->setPlaceholderText(tr("JPO - SSE statistics"));
    m_sponsor->setPlaceholderText(tr("Donor government sponsoring a JPO"));
    const QList<QPair<QWidget *, QString>> names { { m_type, QStringLiteral("typeCombo") },
        { m_title, QStringLiteral("titleEdit") }, { m_start, QStringLiteral("startEdit") },
        { m_end, QStringLiteral("endEdit") }, { m_renewable, QStringLiteral("renewableCheck") },
        { m_sponsor, QStringLiteral("sponsorEdit") },
        { m_funding, QStringLiteral("fundingEdit") } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);
    addField(QStringLiteral("type"), tr("&Type:"), m_type);
    addField(QStringLiteral("title"), tr("T&itle:"), m_title);
    addField(QStringLiteral("start"), tr("&Start:"), m_start);
    addField(QStringLiteral("end"), tr("&End:"), m_end);
    addField(QStringLiteral("renewable"), QString(), m_renewable);
    addField(QStringLiteral("sponsor"), tr("S&ponsor:"), m_sponsor);
    addField(QStringLiteral("funding"), tr("&Funding:"), m_funding);
}

Core::Assignment AssignmentDialog::edited() const
{
    Core::Assignment assignment = m_assignment;
    assignment.type = Core::Assignment::Type(m_type->currentData().toInt());
    assignment.title = m_title->text().trimmed();
    assignment.start = dateOf(m_start);
    assignment.end = dateOf(m_end);
    assignment.renewable = m_renewable->isChecked();
    assignment.sponsor = m_sponsor->text().trimmed();
    assignment.funding = m_funding->text().trimmed();
    return assignment;
}

Core::Status AssignmentDialog::save()
{
    const Core::Assignment assignment = edited();
    if (assignment.id != 0) {
        const Core::Status updated = session().store().assignments().update(assignment);
        if (updated)
            m_assignment = assignment;
        return updated;
    }
    const auto added = session().store().assignments().add(assignment);
    if (!added)
        return added.error();
    m_assignment = added.value();
    return {};
}

} // namespace Ui
