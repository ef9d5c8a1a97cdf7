#include "progressdialog.h"

#include "format.h"
#include "session.h"
#include "undoableedits.h"

#include <storage/activityrepository.h>
#include <storage/objectiverepository.h>
#include <storage/progressrepository.h>
#include <storage/supervisionqueries.h>
#include <unitstore.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

namespace Ui {

ProgressDialog::ProgressDialog(Session &session, QWidget *parent)
    : EditorDialog(session, parent)
    , m_target(new QComboBox(this))
    , m_date(createDateEdit(this, QDate::currentDate()))
    , m_percent(new QSpinBox(this))
    , m_text(new QLineEdit(this))
    , m_blockers(new QLineEdit(this))
{
    setObjectName(QStringLiteral("progressDialog"));
    setWindowTitle(tr("Log progress"));
    setMinimumWidth(640);
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_date->setMaximumDate(QDate::currentDate());
    m_percent->setRange(0, 100);
    m_percent->setSuffix(tr(" %"));
    m_text->setPlaceholderText(tr("What was done"));
    m_blockers->setPlaceholderText(tr("Anything in the way (optional)"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_percent->setObjectName(QStringLiteral("percentSpin"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_blockers->setObjectName(QStringLiteral("blockersEdit"));
    addField(QStringLiteral("target"), tr("&On:"), m_target);
    addField(QStringLiteral("date"), tr("&Date:"), m_date);
    addField(QStringLiteral("percent"), tr("&Complete:"), m_percent);
    addField(QStringLiteral("text"), tr("&What was done:"), m_text);
    addField(QStringLiteral("blockers"), tr("&Blockers:"), m_blockers);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ProgressDialog::onTargetChanged);
    const Core::Status filled = fillOpenActivities();
    if (!filled)
        showError(filled.error());
    m_target->setFocus();
    showTargetStart();
}

// Selected so that typing replaces it, with the cursor at the start so that a long title shows
// its beginning rather than its end.
void ProgressDialog::showTargetStart()
{
    const int length = int(m_target->currentText().size());
    m_target->lineEdit()->setSelection(length, -length);
}

void ProgressDialog::setTarget(Core::Id objectiveId, Core::Id activityId)
{
    for (int index = 0; index < m_target->count(); ++index) {
        const bool same = m_target->itemData(index, ActivityRole).value<Core::Id>() == activityId
            && m_target->itemData(index, ObjectiveRole).value<Core::Id>() == objectiveId;
        if (same) {
            m_target->setCurrentIndex(index);
            showTargetStart();
            m_text->setFocus();
            return;
        }
    }
    const auto objective = session().store().objectives().find(objectiveId);
    const auto activity = session().store().activities().find(activityId);
    const QString title
        = activity ? activity.value().title : (objective ? objective.value().title : QString());
    addTarget(title, objectiveId, activityId, latestPercent(objectiveId, activityId));
    m_target->setCurrentIndex(m_target->count() - 1);
    showTargetStart();
    m_text->setFocus();
}

Core::Status ProgressDialog::fillOpenActivities()
{
    const auto open = session().store().supervision().openActivities(session().currentPersonId());
    if (!open)
        return open.error();
    for (const Core::Deadline &deadline : open.value()) {
        const QString text = tr("%1  (%2, due %3)")
                                 .arg(deadline.activityTitle, deadline.objectiveTitle,
                                     Format::shortDate(deadline.dueDate));
        addTarget(text, deadline.objectiveId, deadline.activityId, deadline.latestPercent);
    }
    onTargetChanged(m_target->currentIndex());
    return {};
}

void ProgressDialog::addTarget(
    const QString &text, Core::Id objectiveId, Core::Id activityId, int percent)
{
    m_target->addItem(text);
    const int index = m_target->count() - 1;
    m_target->setItemData(index, activityId, ActivityRole);
    m_target->setItemData(index, objectiveId, ObjectiveRole);
    m_target->setItemData(index, percent, PercentRole);
}

int ProgressDialog::latestPercent(Core::Id objectiveId, Core::Id activityId) const
{
    const auto entries = activityId != 0 ? session().store().progress().forActivity(activityId)
                                         : session().store().progress().forObjective(objectiveId);
    if (!entries)
        return 0;
    for (const Core::ProgressEntry &entry : entries.value()) {
        if (entry.activityId == activityId)
            return entry.percent;
    }
    return 0;
}

void ProgressDialog::onTargetChanged(int index)
{
    if (index >= 0)
        m_percent->setValue(m_target->itemData(index, PercentRole).toInt());
}

// The combo is editable so that typing filters it; what counts is the item whose text is shown.
int ProgressDialog::targetIndex() const
{
    return m_target->findText(m_target->currentText(), Qt::MatchFixedString);
}

Core::ProgressEntry ProgressDialog::edited() const
{
    Core::ProgressEntry entry;
    const int index = targetIndex();
    if (index >= 0) {
        entry.objectiveId = m_target->itemData(index, ObjectiveRole).value<Core::Id>();
        entry.activityId = m_target->itemData(index, ActivityRole).value<Core::Id>();
    }
    entry.authorId = session().currentPersonId();
    entry.date = dateOf(m_date);
    entry.percent = m_percent->value();
    entry.text = m_text->text().trimmed();
    entry.blockers = m_blockers->text().trimmed();
    return entry;
}

Core::Status ProgressDialog::save()
{
    const auto logged = session().edits().logProgress(edited(), QDate::currentDate());
    if (!logged)
        return logged.error();
    m_entry = logged.value();
    return {};
}

} // namespace Ui
