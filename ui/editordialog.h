#ifndef UI_EDITORDIALOG_H
#define UI_EDITORDIALOG_H

#include <error.h>
#include <id.h>
#include <result.h>

#include <QDate>
#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Ui {

class Session;

// The frame every editor shares: a form, a line for what the store refused, Save and Cancel.
// Save (also Ctrl+Enter) asks the subclass to save through core; a refusal stays in the dialog,
// shown under the form and at the field core named, so that nothing typed is lost.
class EditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditorDialog(Session &session, QWidget *parent = nullptr);

    QString errorText() const;
    // The field named by the last refusal, or nullptr.
    QWidget *invalidField() const { return m_invalidField; }

    // A date edit with the editors' look; an optional one can say "none". Made with its parent,
    // so that it takes its place in the Tab order where it is created, not where it is laid out.
    static QDateEdit *createDateEdit(QWidget *parent, const QDate &date, bool optional = false);
    static QDate dateOf(const QDateEdit *edit);

protected:
    Session &session() const { return m_session; }
    QFormLayout *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Adds a labelled row whose widget is highlighted when core names `field`.
    void addField(const QString &field, const QString &label, QWidget *widget);
    // Highlights `widget` when core names `field`, for a widget placed outside the form (in a
    // tab, beside another field).
    void watchField(const QString &field, QWidget *widget);
    // Puts `widget` next in the Tab order, after the last field added: Tab then follows the
    // rows of the form, whatever order the widgets were created in. addField does it.
    void addTabStop(QWidget *widget);
    void showError(const Core::Error &error);

    // Saves through core; an error keeps the dialog open.
    virtual Core::Status save() = 0;

    // The unit's people, by name, with the id as item data; "none" first when optional.
    Core::Status fillPeople(QComboBox *combo, Core::Id selected, bool optional) const;
    static Core::Id selectedId(const QComboBox *combo);
    static void selectId(QComboBox *combo, Core::Id id);

private:
    void onSave();
    void clearError();
    void revealTab(QWidget *field);

    Session &m_session;
    QFormLayout *m_form;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_fields;
    QWidget *m_invalidField = nullptr;
    QWidget *m_lastTabStop = nullptr;
};

} // namespace Ui

#endif
