#ifndef UI_DELIVERABLESPAGE_H
#define UI_DELIVERABLESPAGE_H

#include <deliverable.h>
#include <id.h>
#include <reviewround.h>

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Ui {

class DeliverableDialog;
class DeliverablesModel;
class RecordBrowser;
class ReviewDialog;
class ReviewHistoryWidget;
class ReviewRoundDialog;
class Session;

// The unit's deliverables: add, edit, delete, move one through its workflow (only the moves
// core allows from where it stands are offered), and move each language version along below.
class DeliverablesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliverablesPage(Session &session, QWidget *parent = nullptr);

    DeliverablesModel *model() const { return m_model; }
    RecordBrowser *browser() const { return m_browser; }
    void setToday(const QDate &today);

    DeliverableDialog *newDeliverable();
    DeliverableDialog *editDeliverable(Core::Id deliverableId);
    // Selects the deliverable and opens its editor; nullptr when it is not there.
    DeliverableDialog *showDeliverable(Core::Id deliverableId);
    // The staged review of the selected deliverable's draft: submit it, review the pending round.
    ReviewRoundDialog *submitForReview();
    ReviewDialog *reviewDraft();
    ReviewHistoryWidget *reviewHistory() const { return m_history; }

private:
    QWidget *createHeader();
    void createActions();
    QGroupBox *createVersionsPanel();
    void updateActions();
    void showVersions(const Core::Deliverable &deliverable);
    DeliverableDialog *openDialog(const Core::Deliverable &deliverable);
    void moveTo(Core::Deliverable::Status status);
    void onVersionStatusChosen(Core::Id versionId, Core::LanguageVersion::Status status);
    void onDelete(Core::Id deliverableId, const QString &title);
    void createReviewActions();
    void updateReviewActions(const Core::Deliverable &deliverable);
    std::optional<Core::ReviewRound> pendingRound(Core::Id deliverableId) const;

    Session &m_session;
    QLineEdit *m_filter;
    DeliverablesModel *m_model;
    RecordBrowser *m_browser;
    QList<QPair<Core::Deliverable::Status, QPushButton *>> m_moves;
    QGroupBox *m_versionsBox;
    QTableWidget *m_versions;
    QPushButton *m_submitReview;
    QPushButton *m_reviewDraft;
    ReviewHistoryWidget *m_history;
    QDate m_today;
};

} // namespace Ui

#endif
