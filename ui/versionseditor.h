#ifndef UI_VERSIONSEDITOR_H
#define UI_VERSIONSEDITOR_H

#include <deliverable.h>

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace Ui {

// The language versions of a deliverable being edited: one row per language with whether it
// is required, its status and its due date. Nothing is stored until the dialog saves.
class VersionsEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { LanguageColumn, RequiredColumn, StatusColumn, DueColumn, ColumnCount };

    explicit VersionsEditor(QWidget *parent = nullptr);

    void setVersions(const QList<Core::LanguageVersion> &versions);
    QList<Core::LanguageVersion> versions() const;
    // Adds a required, planned version; false when the language is listed already.
    bool appendVersion(const QString &language);
    // The English original is due when it goes to translation; the translations are due
    // together, when the documents go out.
    void setDueDates(const QDate &original, const QDate &translations);
    bool hasTranslations() const;

private:
    void addRow(const Core::LanguageVersion &version);
    QString language(int row) const;
    void onAdd();
    void onRemove();
    void updateButtons();

    QTableWidget *m_table;
    QComboBox *m_language;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Ui

#endif
