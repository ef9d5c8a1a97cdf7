#include "persondialog.h"

#include "session.h"
#include "undoableedits.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QLineEdit>

namespace Ui {

PersonDialog::PersonDialog(Session &session, const Core::Person &person, QWidget *parent)
    : EditorDialog(session, parent)
    , m_person(person)
    , m_category(new QComboBox(this))
    , m_supervisor(new QComboBox(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("New person") : tr("Edit %1").arg(person.name));
    m_name = addLine(QStringLiteral("name"), tr("&Name:"), person.name);
    m_email = addLine(QStringLiteral("email"), tr("&E-mail:"), person.email);
    m_position = addLine(QStringLiteral("positionTitle"), tr("&Position:"), person.positionTitle);
    for (const auto category : Core::Person::categories())
        m_category->addItem(Core::Person::categoryName(category), int(category));
    m_category->setCurrentIndex(m_category->findData(int(person.category)));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    addField(QStringLiteral("category"), tr("&Category:"), m_category);
    m_grade = addLine(QStringLiteral("grade"), tr("&Grade:"), person.grade);
    m_dutyStation
        = addLine(QStringLiteral("dutyStation"), tr("&Duty station:"), person.dutyStation);
    m_languages = addLine(QStringLiteral("languages"), tr("&Languages:"),
        person.languages.join(QStringLiteral(", ")));
    m_languages->setPlaceholderText(tr("EN, FR, ES"));
    m_supervisor->setObjectName(QStringLiteral("supervisorCombo"));
    addField(QStringLiteral("supervisor"), tr("&Supervisor:"), m_supervisor);
    const Core::Status filled = fillPeople(m_supervisor, person.supervisorId, true);
    if (!filled)
        showError(filled.error());
}

QLineEdit *PersonDialog::addLine(const QString &field, const QString &label, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(field + QStringLiteral("Edit"));
    addField(field, label, edit);
    return edit;
}

Core::Person PersonDialog::edited() const
{
    Core::Person person = m_person;
    person.name = m_name->text().trimmed();
    person.email = m_email->text().trimmed();
    person.positionTitle = m_position->text().trimmed();
    person.category = Core::Person::Category(m_category->currentData().toInt());
    person.grade = m_grade->text().trimmed();
    person.dutyStation = m_dutyStation->text().trimmed();
    person.languages.clear();
    const QStringList codes = m_languages->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &code : codes)
        person.languages.append(code.trimmed().toUpper());
    person.supervisorId = selectedId(m_supervisor);
    return person;
}

Core::Status PersonDialog::save()
{
    const Core::Person person = edited();
    if (person.id != 0) {
        const Core::Status updated = session().edits().updatePerson(person);
        if (updated)
            m_person = person;
        return updated;
    }
    const auto added = session().store().people().add(person);
    if (!added)
        return added.error();
    m_person = added.value();
    return {};
}

} // namespace Ui
