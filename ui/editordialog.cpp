#include "editordialog.h"

#include "format.h"
#include "session.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

// An optional date shows "none" at the minimum date, which stands for "no date".
const QDate noDate(2000, 1, 1);

void setInvalid(QWidget *widget, bool invalid)
{
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

EditorDialog::EditorDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid %1; }")
                      .arg(Format::warning().name()));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(Format::warning().name()));
    m_errorLabel->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::onSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &EditorDialog::onSave);
}

QString EditorDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void EditorDialog::addField(const QString &field, const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
    watchField(field, widget);
    addTabStop(widget);
}

void EditorDialog::addTabStop(QWidget *widget)
{
    // A container takes no focus itself; its own children keep their order.
    if (widget->focusPolicy() == Qt::NoFocus)
        return;
    if (m_lastTabStop)
        setTabOrder(m_lastTabStop, widget);
    m_lastTabStop = widget;
}

void EditorDialog::watchField(const QString &field, QWidget *widget)
{
    m_fields.insert(field, widget);
}

void EditorDialog::showError(const Core::Error &error)
{
    m_errorLabel->setText(error.message());
    m_errorLabel->show();
    m_invalidField = m_fields.value(error.field());
    if (!m_invalidField)
        return;
    setInvalid(m_invalidField, true);
    revealTab(m_invalidField);
    m_invalidField->setFocus(Qt::OtherFocusReason);
}

QDateEdit *EditorDialog::createDateEdit(QWidget *parent, const QDate &date, bool optional)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    if (optional) {
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("none"));
    }
    edit->setDate(date.isValid() ? date : (optional ? noDate : QDate::currentDate()));
    return edit;
}

QDate EditorDialog::dateOf(const QDateEdit *edit)
{
    const bool none = !edit->specialValueText().isEmpty() && edit->date() == edit->minimumDate();
    return none ? QDate() : edit->date();
}

Core::Status EditorDialog::fillPeople(QComboBox *combo, Core::Id selected, bool optional) const
{
    const auto people = m_session.store().people().all();
    if (!people)
        return people.error();
    if (optional)
        combo->addItem(tr("(none)"), Core::Id(0));
    for (const Core::Person &person : people.value())
        combo->addItem(person.name, person.id);
    selectId(combo, selected);
    return {};
}

Core::Id EditorDialog::selectedId(const QComboBox *combo)
{
    return combo->currentData().value<Core::Id>();
}

void EditorDialog::selectId(QComboBox *combo, Core::Id id)
{
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

// A field on a tab the user is not looking at would be marked in vain.
void EditorDialog::revealTab(QWidget *field)
{
    for (QWidget *page = field; page && page != this; page = page->parentWidget()) {
        QWidget *stack = page->parentWidget();
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(page) >= 0)
            tabs->setCurrentWidget(page);
    }
}

void EditorDialog::onSave()
{
    clearError();
    const Core::Status status = save();
    if (status)
        accept();
    else
        showError(status.error());
}

void EditorDialog::clearError()
{
    m_errorLabel->hide();
    if (m_invalidField)
        setInvalid(m_invalidField, false);
    m_invalidField = nullptr;
}

} // namespace Ui
