#include "reviewrounddialog.h"

#include "format.h"
#include "session.h"

#include <storage/peoplerepository.h>
#include <storage/reviewrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Ui {

ReviewRoundDialog::ReviewRoundDialog(
    Session &session, const Core::Deliverable &deliverable, const QDate &today, QWidget *parent)
    : EditorDialog(session, parent)
    , m_deliverable(deliverable)
    , m_version(new QLineEdit(this))
    , m_reviewer(new QComboBox(this))
    , m_submittedOn(createDateEdit(this, today))
{
    setObjectName(QStringLiteral("reviewRoundDialog"));
    setWindowTitle(tr("Submit for review"));
    auto *title = new QLabel(deliverable.title, this);
    title->setObjectName(QStringLiteral("deliverableLabel"));
    title->setFont(Format::emphasis());
    title->setWordWrap(true);
    form()->addRow(tr("Draft of:"), title);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_version->setPlaceholderText(tr("e.g. draft 2, v0.3 with FR annex"));
    addField(QStringLiteral("versionLabel"), tr("&Version:"), m_version);
    m_reviewer->setObjectName(QStringLiteral("reviewerCombo"));
    if (Core::Status filled = fillPeople(m_reviewer, defaultReviewer(), false); !filled)
        showError(filled.error());
    addField(QStringLiteral("reviewer"), tr("&Reviewer:"), m_reviewer);
    m_submittedOn->setObjectName(QStringLiteral("submittedOnEdit"));
    addField(QStringLiteral("submittedOn"), tr("&Submitted on:"), m_submittedOn);
    watchField(QStringLiteral("submittedBy"), m_reviewer);
}

// The draft goes to whoever supervises its owner, unless the user says otherwise.
Core::Id ReviewRoundDialog::defaultReviewer() const
{
    const auto owner = session().store().people().find(m_deliverable.ownerId);
    return owner ? owner.value().supervisorId : 0;
}

Core::Status ReviewRoundDialog::save()
{
    Core::ReviewRound round;
    round.deliverableId = m_deliverable.id;
    // Nobody signed in: the owner is taken to submit their own draft.
    round.submittedById
        = session().currentPersonId() != 0 ? session().currentPersonId() : m_deliverable.ownerId;
    round.submittedOn = dateOf(m_submittedOn);
    round.versionLabel = m_version->text();
    round.reviewerId = selectedId(m_reviewer);
    const auto submitted = session().store().reviews().submit(round);
    if (!submitted)
        return submitted.error();
    m_round = submitted.value();
    return {};
}

} // namespace Ui
