#include <activitydialog.h>
#include <agreedialog.h>
#include <appraisaldialog.h>
#include <assignmentdialog.h>
#include <backupsdialog.h>
#include <checkindialog.h>
#include <deliverabledialog.h>
#include <identitydialog.h>
#include <importdialog.h>
#include <mainwindow.h>
#include <meetingdialog.h>
#include <midtermdialog.h>
#include <milestoneplandialog.h>
#include <missiondialog.h>
#include <objectivedialog.h>
#include <partnerdialog.h>
#include <persondialog.h>
#include <progressdialog.h>
#include <projectdialog.h>
#include <recurringitemsdialog.h>
#include <reviewdialog.h>
#include <reviewrounddialog.h>
#include <revisionsdialog.h>
#include <session.h>
#include <settingsdialog.h>
#include <shortcutsdialog.h>
#include <summaryexportdialog.h>
#include <workplandialog.h>

#include <demo/demounit.h>
#include <storage/activityrepository.h>
#include <storage/appraisalrepository.h>
#include <storage/checkinrepository.h>
#include <storage/deliverablerepository.h>
#include <storage/meetingrepository.h>
#include <storage/missionrepository.h>
#include <storage/objectiverepository.h>
#include <storage/peoplerepository.h>
#include <storage/projectrepository.h>
#include <storage/reviewrepository.h>
#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <functional>
#include <memory>

// What a screen reader says for a control is its accessible name, else the text of the label
// whose buddy it is. A control with neither is announced as "edit" or "table" and nothing more:
// these tests open the window's every page and every editor and name each such control.
class AccessibilityTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Core::UnitStore> m_store;
    const QDate m_today = QDate(2026, 6, 15);

    static bool isControlToName(const QWidget *widget)
    {
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            return button->text().isEmpty();
        return qobject_cast<const QAbstractItemView *>(widget)
            || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
            || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QPlainTextEdit *>(widget)
            || qobject_cast<const QTextEdit *>(widget);
    }

    // The parts Qt builds inside a control (a spin box's line edit, a combo box's popup, a tab
    // bar's scroll buttons, an item view's cell editor) are announced through that control.
    static bool isPartOfAControl(const QWidget *widget)
    {
        for (const QWidget *parent = widget->parentWidget(); parent;
             parent = parent->parentWidget()) {
            if (qobject_cast<const QComboBox *>(parent)
                || qobject_cast<const QAbstractSpinBox *>(parent)
                || qobject_cast<const QCalendarWidget *>(parent)
                || qobject_cast<const QAbstractItemView *>(parent)
                || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent))
                return true;
        }
        return widget->objectName().startsWith(QLatin1String("qt_"));
    }

    // "MissionDialog > notesEdit (QPlainTextEdit)" for every control shown in `root` that has
    // neither an accessible name nor a buddy label.
    static QStringList unnamedControls(QWidget *root, const QString &where)
    {
        QSet<const QWidget *> buddies;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(root) || !isControlToName(widget) || isPartOfAControl(widget))
                continue;
            if (!widget->accessibleName().trimmed().isEmpty() || buddies.contains(widget))
                continue;
            unnamed.append(
                QStringLiteral("%1 > %2 (%3)")
                    .arg(where,
                        widget->objectName().isEmpty() ? QStringLiteral("<no object name>")
                                                       : widget->objectName(),
                        QString::fromLatin1(widget->metaObject()->className())));
        }
        return unnamed;
    }

    template<typename T> T first(const Core::Result<QList<T>> &list)
    {
        if (!list || list.value().isEmpty())
            qFatal("the demo unit lacks a record the test needs");
        return list.value().first();
    }

    // The first person of the demo unit with a work plan, an appraisal and check-ins.
    Core::Person appraisedPerson()
    {
        for (const Core::Person &person : require(m_store->people().all())) {
            const auto appraisals = m_store->appraisals().forPerson(person.id);
            const auto checkIns = m_store->checkIns().forSupervisee(person.id, person.supervisorId);
            if (appraisals && !appraisals.value().isEmpty() && checkIns
                && !checkIns.value().isEmpty())
                return person;
        }
        qFatal("the demo unit has nobody appraised");
    }

    template<typename T> static T require(const Core::Result<T> &result)
    {
        if (!result)
            qFatal("%s", qPrintable(result.error().message()));
        return result.value();
    }

    // The steps of Tab in `dialog` that go up to a field the eye has passed (not up into a
    // column to the right): "MissionDialog: notesEdit -> startEdit". Cell widgets are left to
    // their item view, which moves between cells itself.
    static QStringList backwardJumps(QDialog *dialog, const QString &where)
    {
        QList<QWidget *> chain;
        for (QWidget *widget = dialog->nextInFocusChain(); widget != dialog;
             widget = widget->nextInFocusChain()) {
            if (widget->isVisibleTo(dialog) && widget->isEnabled()
                && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
                && !isPartOfAControl(widget))
                chain.append(widget);
        }
        // Tab goes round: from the last button back to the first field is the one jump back
        // that belongs there.
        QStringList jumps;
        for (int index = 0; index < chain.size(); ++index) {
            const QWidget *from = chain.at(index);
            const QWidget *to = chain.at((index + 1) % chain.size());
            const QPoint before = from->mapTo(dialog, QPoint(0, 0));
            const QPoint after = to->mapTo(dialog, QPoint(0, 0));
            // Up to a field not to the right: a second column would be to the right.
            if (after.y() < before.y() - 4 && after.x() < before.x() + 4)
                jumps.append(
                    QStringLiteral("%1: %2 -> %3").arg(where, describe(from), describe(to)));
        }
        return jumps.size() > 1 ? jumps : QStringList();
    }

    static QString describe(const QWidget *widget)
    {
        return widget->objectName().isEmpty()
            ? QString::fromLatin1(widget->metaObject()->className())
            : widget->objectName();
    }

    using DialogFactory = std::function<QDialog *()>;

    // Every dialog of the window, each over a record of the demo unit.
    QList<QPair<QString, DialogFactory>> dialogs(Ui::MainWindow &window)
    {
        Ui::Session &session = window.session();
        const Core::Person person = appraisedPerson();
        session.setCurrentPersonId(person.id);
        const Core::WorkPlan plan = first(m_store->workPlans().forPerson(person.id));
        const auto objectives = require(m_store->objectives().forPlan(plan.id));
        const Core::Activity activity = first(m_store->activities().forPlan(plan.id));
        const Core::Deliverable deliverable = first(m_store->deliverables().all());
        const Core::ReviewRound round = first(m_store->reviews().pending());
        const Core::Appraisal appraisal = first(m_store->appraisals().forPerson(person.id));
        const Core::CheckIn checkIn
            = first(m_store->checkIns().forSupervisee(person.id, person.supervisorId));
        Core::Assignment assignment;
        assignment.personId = person.id;

        return {
            { QStringLiteral("PersonDialog"),
                [=, &session] { return new Ui::PersonDialog(session, person); } },
            { QStringLiteral("AssignmentDialog"),
                [=, &session] { return new Ui::AssignmentDialog(session, assignment); } },
            { QStringLiteral("WorkPlanDialog"),
                [=, &session] { return new Ui::WorkPlanDialog(session, plan); } },
            { QStringLiteral("ObjectiveDialog"),
                [=, &session] { return new Ui::ObjectiveDialog(session, objectives.first()); } },
            { QStringLiteral("ActivityDialog"),
                [=, &session] { return new Ui::ActivityDialog(session, activity, objectives); } },
            { QStringLiteral("ProgressDialog"),
                [=, &session] { return new Ui::ProgressDialog(session); } },
            { QStringLiteral("AgreeDialog"),
                [=, &session] { return new Ui::AgreeDialog(session, plan); } },
            { QStringLiteral("IdentityDialog"),
                [=, &session] { return new Ui::IdentityDialog(session); } },
            { QStringLiteral("MissionDialog"),
                [=, &session] {
                    return new Ui::MissionDialog(session, first(m_store->missions().all()));
                } },
            { QStringLiteral("DeliverableDialog"),
                [=, &session] { return new Ui::DeliverableDialog(session, deliverable); } },
            { QStringLiteral("MeetingDialog"),
                [=, &session] {
                    return new Ui::MeetingDialog(session, first(m_store->meetings().all()));
                } },
            { QStringLiteral("ProjectDialog"),
                [=, &session] {
                    return new Ui::ProjectDialog(session, first(m_store->projects().projects()));
                } },
            { QStringLiteral("PartnerDialog"),
                [=, &session] {
                    return new Ui::PartnerDialog(session, first(m_store->projects().partners()));
                } },
            { QStringLiteral("CheckInDialog"),
                [=, &session] { return new Ui::CheckInDialog(session, checkIn); } },
            { QStringLiteral("RecurringItemsDialog"),
                [=, &session] {
                    return new Ui::RecurringItemsDialog(session, person.supervisorId, person.id);
                } },
            { QStringLiteral("ReviewRoundDialog"),
                [=, &session] {
                    return new Ui::ReviewRoundDialog(session, deliverable, m_today);
                } },
            { QStringLiteral("ReviewDialog"),
                [=, &session] { return new Ui::ReviewDialog(session, round, m_today); } },
            { QStringLiteral("AppraisalDialog"),
                [=, &session] { return new Ui::AppraisalDialog(session, person); } },
            { QStringLiteral("MidTermDialog"),
                [=, &session] { return new Ui::MidTermDialog(session, appraisal.id, m_today); } },
            { QStringLiteral("SummaryExportDialog"),
                [=, &session] {
                    return new Ui::SummaryExportDialog(session, person.id, m_today);
                } },
            { QStringLiteral("BackupsDialog"),
                [=, &session] { return new Ui::BackupsDialog(session); } },
            { QStringLiteral("ImportDialog"),
                [=, &session] {
                    return new Ui::ImportDialog(
                        session, Ui::ImportDialog::Kind::WorkPlan, person.id, plan.id);
                } },
            { QStringLiteral("MilestonePlanDialog"),
                [=, &session] { return new Ui::MilestonePlanDialog(m_today.addMonths(4), true); } },
            { QStringLiteral("RevisionsDialog"),
                [=, &session] {
                    return new Ui::RevisionsDialog(
                        require(m_store->workPlans().revisions(plan.id)));
                } },
            { QStringLiteral("SettingsDialog"),
                [=, &session] { return new Ui::SettingsDialog(session); } },
            { QStringLiteral("ShortcutsDialog"),
                [&window] { return new Ui::ShortcutsDialog(window.menuBar()); } },
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        auto store = Core::UnitStore::openInMemory();
        QVERIFY(store);
        m_store = std::move(store.value());
        QVERIFY(Core::DemoUnit::write(*m_store, m_today));
    }

    void shouldNameEveryControlOfEveryPage()
    {
        // GIVEN the window over the demo unit, signed in as someone with a plan
        Ui::MainWindow window(*m_store);
        const Core::Person person = appraisedPerson();
        window.setCurrentPerson(person.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // WHEN each page is shown in turn
        QStringList unnamed;
        for (int page = 0; page <= Ui::MainWindow::PersonPageIndex; ++page) {
            window.showPage(Ui::MainWindow::Page(page));
            QCoreApplication::processEvents();
            unnamed
                += unnamedControls(&window, QStringLiteral("page %1").arg(window.currentPage()));
        }

        // THEN every control on them has a name
        unnamed.removeDuplicates();
        for (const QString &control : std::as_const(unnamed))
            qInfo("unnamed: %s", qPrintable(control));
        QVERIFY2(unnamed.isEmpty(), "controls without a name, listed above");
    }

    void shouldNameEveryControlOfEveryDialog()
    {
        // GIVEN the window over the demo unit
        Ui::MainWindow window(*m_store);

        // WHEN each dialog is opened, and each tab of it shown
        QStringList unnamed;
        for (const auto &[name, create] : dialogs(window)) {
            std::unique_ptr<QDialog> dialog(create());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            unnamed += unnamedControls(dialog.get(), name);
            for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    unnamed += unnamedControls(dialog.get(), name);
                }
            }
        }

        // THEN every control in them has a name
        unnamed.removeDuplicates();
        for (const QString &control : std::as_const(unnamed))
            qInfo("unnamed: %s", qPrintable(control));
        QVERIFY2(unnamed.isEmpty(), "controls without a name, listed above");
    }

    void shouldTabThroughEveryDialogInReadingOrder()
    {
        // GIVEN the window over the demo unit
        Ui::MainWindow window(*m_store);

        // WHEN Tab walks through each dialog from its first field
        QStringList jumps;
        for (const auto &[name, create] : dialogs(window)) {
            std::unique_ptr<QDialog> dialog(create());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            jumps += backwardJumps(dialog.get(), name);
        }

        // THEN focus never goes back up, to a field the eye has already passed
        for (const QString &jump : std::as_const(jumps))
            qInfo("backwards: %s", qPrintable(jump));
        QVERIFY2(jumps.isEmpty(), "Tab goes back, listed above");
    }
};

QTEST_MAIN(AccessibilityTest)
#include "accessibilitytest.moc"
