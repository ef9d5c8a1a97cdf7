#include "midtermdialog.h"

#include "session.h"

#include <storage/appraisalrepository.h>
#include <unitstore.h>

#include <QDateEdit>
#include <QPlainTextEdit>

namespace Ui {

MidTermDialog::MidTermDialog(
    Session &session, Core::Id appraisalId, const QDate &heldOn, QWidget *parent)
    : EditorDialog(session, parent)
    , m_appraisalId(appraisalId)
    , m_heldOn(createDateEdit(this, heldOn))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("midTermDialog"));
    setWindowTitle(tr("Mid-term review"));
    m_heldOn->setObjectName(QStringLiteral("midTermOnEdit"));
    m_notes->setObjectName(QStringLiteral("midTermNotesEdit"));
    m_notes->setPlaceholderText(tr("Progress on the objectives, adjustments agreed"));
    m_notes->setTabChangesFocus(true);
    addField(QStringLiteral("midTermOn"), tr("&Held on:"), m_heldOn);
    addField(QStringLiteral("notes"), tr("&Notes:"), m_notes);
}

Core::Status MidTermDialog::save()
{
    return session().store().appraisals().recordMidTerm(
        m_appraisalId, session().currentPersonId(), dateOf(m_heldOn), m_notes->toPlainText());
}

} // namespace Ui
