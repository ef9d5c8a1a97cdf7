#include "messengerstub.h"
#include "unitfixture.h"

#include <changelogdialog.h>
#include <changelogmodel.h>
#include <interfacelanguage.h>
#include <mainwindow.h>
#include <session.h>

#include <storage/missionrepository.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The English texts that must not be seen in `language`: every source of its .ts that has no
// finished translation equal to itself. A source translated as itself somewhere ("Date",
// "Missions" in French) is left out: seeing it is no sign of English left. An unfinished or
// empty translation counts as different: the window then shows the English source.
QSet<QString> englishLeft(const QString &language)
{
    QFile file(QStringLiteral(SSEDESK_TRANSLATIONS_DIR "/ssedesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QSet<QString> sources;
    QSet<QString> keptAsSource;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            sources.insert(source);
        } else if (xml.name() == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (finished && translation == source)
                keptAsSource.insert(source);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return sources - keptAsSource;
}

// What the window shows in words: menus and their actions, the navigator, labels, buttons,
// group and tab titles, column headers, placeholders and tooltips of the visible widgets.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts { window->windowTitle() };
    for (const QAction *action : window->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const QMenu *menu : window->findChildren<QMenu *>())
        texts << menu->title();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        texts << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << view->model()->headerData(column, Qt::Horizontal).toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

// The window in each language it ships in, page by page: any text still in English where the
// translation says otherwise is a string left out of the translation or of tr().
class LanguageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void cleanup() { App::InterfaceLanguage::install(QStringLiteral("en")); }

    void shouldShowNoEnglishText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("traveller");
        // Every language the application ships; CMake runs the rows of the finished ones.
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Voyageur");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Viajero");
    }

    void shouldShowNoEnglishText()
    {
        // GIVEN the interface language installed as at start-up, and a unit with people
        QFETCH(QString, language);
        QVERIFY(App::InterfaceLanguage::install(language));
        QCOMPARE(QLocale().name().left(2), language);
        const QSet<QString> english = englishLeft(language);
        QVERIFY(!english.isEmpty());
        UnitFixture unit;
        // (titles of their own: the fixture's "Work plan" is a text of the window too)
        const Core::WorkPlan plan = unit.addPlan(unit.jpo.id, QStringLiteral("SSE statistics"));
        const Core::Objective objective
            = unit.addObjective(plan.id, QStringLiteral("Measure the SSE in Senegal"));
        unit.addActivity(objective.id, QStringLiteral("Survey design"), unit.today());
        unit.agree(plan);

        // WHEN the window is built and every page of the navigator is shown in turn
        Ui::MainWindow window(unit.store());
        window.session().setMessenger(std::make_unique<MessengerStub>());
        window.setCurrentPerson(unit.head.id);
        window.show();
        auto *navigator = window.findChild<QListWidget *>(QStringLiteral("navigator"));
        QVERIFY(navigator);
        QStringList left;
        for (int page = 0; page < navigator->count(); ++page) {
            navigator->setCurrentRow(page);
            QCoreApplication::processEvents();
            for (const QString &text : visibleTexts(&window)) {
                if (english.contains(text) && !left.contains(text))
                    left.append(text);
            }
        }

        // THEN no text is the English source of a translated text
        QVERIFY2(left.isEmpty(),
            qPrintable(QStringLiteral("English left in %1: \"%2\"")
                           .arg(language, left.join(QStringLiteral("\", \"")))));
    }

    void shouldShowTheChangeLogsFieldsInTheLanguage_data() { shouldShowNoEnglishText_data(); }

    void shouldShowTheChangeLogsFieldsInTheLanguage()
    {
        // GIVEN the interface language installed, and a mission whose traveller changed
        QFETCH(QString, language);
        QFETCH(QString, traveller);
        QVERIFY(App::InterfaceLanguage::install(language));
        UnitFixture unit;
        Core::Mission mission = unit.addMission(unit.jpo.id, unit.today(), unit.today());
        mission.travellerIds = { unit.head.id };
        QVERIFY(unit.store().missions().update(mission));

        // WHEN the mission's history is opened from the Missions page
        Ui::MainWindow window(unit.store());
        window.session().setMessenger(std::make_unique<MessengerStub>());
        window.show();
        window.showPage(Ui::MainWindow::MissionsPageIndex);
        window.findChild<QTableView *>(QStringLiteral("missionsTable"))->selectRow(0);
        auto *history = window.findChild<QPushButton *>(QStringLiteral("historyMissionButton"));
        QTest::mouseClick(history, Qt::LeftButton);
        auto *dialog = history->findChild<Ui::ChangeLogDialog *>();
        QVERIFY(dialog && dialog->isVisible());

        // THEN its fields read in the language: the traveller, named as such, went and came
        const Ui::ChangeLogModel *model = dialog->model();
        const QString latest
            = model->data(model->index(0, Ui::ChangeLogModel::ChangesColumn)).toString();
        QVERIFY2(latest.contains(traveller), qPrintable(latest));
        QVERIFY2(!latest.contains(QStringLiteral("Traveller")), qPrintable(latest));
        QVERIFY2(latest.contains(unit.head.name), qPrintable(latest));
        dialog->close();
    }
};

QTEST_MAIN(LanguageTest)
#include "languagetest.moc"
