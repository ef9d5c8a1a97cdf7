#ifndef UI_APPRAISALPAGE_H
#define UI_APPRAISALPAGE_H

#include <appraisal.h>
#include <result.h>

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Ui {

class AppraisalDialog;
class AppraisalForm;
class HistoryButton;
class MidTermDialog;
class PageHeader;
class Session;
class SuperviseePicker;

// A person's appraisal cycles: open one, move it through its stages, and at the end of the
// cycle write one's own part of the form and acknowledge it. What the signed-in user may not
// write is shown read-only; once both sides have acknowledged, everything is.
class AppraisalPage : public QWidget
{
    Q_OBJECT
public:
    explicit AppraisalPage(Session &session, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    bool setPerson(Core::Id personId);
    // Selects the appraisal's person and cycle (from My supervision and the dashboard).
    bool showAppraisal(Core::Id appraisalId);
    std::optional<Core::Appraisal> appraisal() const;
    AppraisalForm *form() const { return m_form; }

    AppraisalDialog *openCycle();
    MidTermDialog *recordMidTerm();
    void startEndOfCycle();
    void savePart();
    void acknowledge();

private:
    QWidget *createToolBar();
    QWidget *createStageBar();
    QWidget *createFooter();
    QPushButton *addButton(const QString &name, const QString &text);
    void reloadCycles(Core::Id selectId = 0);
    void showCycle();
    void fillForm(const Core::Appraisal &appraisal);
    void updateButtons();
    QString stageText(const Core::Appraisal &appraisal) const;
    QString lockText(const Core::Appraisal &appraisal) const;
    Core::Status saveOwnPart(const Core::Appraisal &appraisal);
    bool isSupervisor() const;
    bool isStaff() const;
    void report(const Core::Status &status);

    Session &m_session;
    QDate m_today;
    PageHeader *m_header;
    SuperviseePicker *m_picker;
    QComboBox *m_cycles;
    QLabel *m_stage;
    QLabel *m_banner;
    QLabel *m_hint;
    AppraisalForm *m_form;
    QScrollArea *m_scroll;
    QPushButton *m_open;
    QPushButton *m_midTerm;
    QPushButton *m_endOfCycle;
    QPushButton *m_save;
    QPushButton *m_acknowledge;
    HistoryButton *m_history;
};

} // namespace Ui

#endif
