#ifndef UI_APPRAISALFORM_H
#define UI_APPRAISALFORM_H

#include <appraisal.h>

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Ui {

// The end-of-cycle form of an appraisal: a rating on the unit's scale and a comment for each
// objective, with the evidence the cycle holds beside it (and a warning when an objective is
// rated with none), and for each competency; then the supervisor's comments and the staff
// member's. Each side's widgets are writable only by that side.
class AppraisalForm : public QWidget
{
    Q_OBJECT
public:
    struct Contents
    {
        Core::Appraisal appraisal;
        QList<Core::AppraisalScaleItem> scale;
        QList<Core::AppraisalScaleItem> competencies;
        QList<Core::ObjectiveEvidence> evidence;
    };

    explicit AppraisalForm(QWidget *parent = nullptr);

    void setContents(const Contents &contents);
    // What the user may write: the supervisor's part (ratings and comments), the staff part.
    void setWritable(bool supervisorPart, bool staffPart);

    QList<Core::AppraisalRating> ratings() const;
    QString supervisorComments() const;
    QString staffComments() const;
    // The objectives rated although the cycle holds no evidence for them.
    QList<Core::Id> unsupportedRatings() const;

private:
    struct Row
    {
        Core::AppraisalRating::Subject subject;
        Core::Id subjectId = 0;
        QComboBox *rating = nullptr;
        QLineEdit *comment = nullptr;
        QLabel *warning = nullptr; // objectives only
        bool hasEvidence = true;
    };

    void clear();
    QLabel *heading(const QString &text);
    void addObjectiveRow(const Core::ObjectiveEvidence &evidence, const Contents &contents);
    void addCompetencyRow(const Core::AppraisalScaleItem &competency, const Contents &contents);
    Row addRatingRow(Core::AppraisalRating::Subject subject, Core::Id id, const QString &prefix,
        const Contents &contents);
    static QString evidenceText(const Core::ObjectiveEvidence &evidence);
    void updateWarning(const Row &row);
    QPlainTextEdit *commentsEdit(const QString &name, const QString &placeholder);

    QGridLayout *m_grid;
    QList<Row> m_rows;
    QPlainTextEdit *m_supervisorComments;
    QPlainTextEdit *m_staffComments;
    int m_nextRow = 0;
};

} // namespace Ui

#endif
