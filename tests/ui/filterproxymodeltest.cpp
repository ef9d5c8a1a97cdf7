#include <filterproxymodel.h>
#include <roles.h>
#include <tablesetup.h>

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

// A list as the window's models give it: text shown, a date to sort on, the filter text.
void addRow(QStandardItemModel &model, const QDate &date, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(date, Ui::SortRole);
    item->setData(date.toString(Qt::ISODate) + QLatin1Char(' ') + text, Ui::FilterRole);
    model.appendRow(item);
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, 0).data().toString());
    return texts;
}

} // namespace

class FilterProxyModelTest : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model;
    QLineEdit m_filter;
    QTableView m_view;
    // What Qt's own proxy shows for the same filter: the rows and order ours must match.
    QSortFilterProxyModel m_reference;

    void typeAndCompare(const QString &keys)
    {
        for (const QChar key : keys) {
            if (key == QLatin1Char('<'))
                QTest::keyClick(&m_filter, Qt::Key_Backspace);
            else
                QTest::keyClicks(&m_filter, QString(key));
            m_reference.setFilterFixedString(m_filter.text());
            QCOMPARE(shown(*m_view.model()), shown(m_reference));
        }
    }

private Q_SLOTS:
    void init()
    {
        // The proxy of the test before, still listening to the filter and the rows.
        delete m_view.model();
        m_model.clear();
        addRow(m_model, QDate(2026, 1, 3), QStringLiteral("Draft brief"));
        addRow(m_model, QDate(2026, 1, 1), QStringLiteral("Meeting notes"));
        addRow(m_model, QDate(2026, 1, 2), QStringLiteral("draft paper"));
        addRow(m_model, QDate(2026, 1, 2), QStringLiteral("Review DRAFT"));
        addRow(m_model, QDate(2026, 1, 5), QStringLiteral("Other"));
        addRow(m_model, QDate(2026, 1, 2), QStringLiteral("Drafting table"));
        m_filter.clear();
        Ui::TableSetup::apply(&m_view);
        m_view.setModel(Ui::TableSetup::filtered(&m_model, &m_filter));
        m_view.sortByColumn(0, Qt::DescendingOrder);
        m_reference.setSourceModel(&m_model);
        m_reference.setSortRole(Ui::SortRole);
        m_reference.setFilterRole(Ui::FilterRole);
        m_reference.setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_reference.sort(0, Qt::DescendingOrder);
        m_reference.setFilterFixedString(QString());
    }

    void shouldNarrowAsYouTypeInTheListsOrderWhateverTheCase()
    {
        // GIVEN the list sorted newest first, three rows on one day
        QAbstractItemModelTester tester(
            m_view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown(*m_view.model()).first(), QStringLiteral("Other"));

        // WHEN "draft" is typed one key at a time
        typeAndCompare(QStringLiteral("draft"));

        // THEN every row holding it in any case is left, newest first, a day's in list order
        QCOMPARE(shown(*m_view.model()),
            QStringList({ QStringLiteral("Draft brief"), QStringLiteral("draft paper"),
                QStringLiteral("Review DRAFT"), QStringLiteral("Drafting table") }));
    }

    void shouldWidenAgainAsTheFilterIsErased()
    {
        // GIVEN the list narrowed to "drafti"
        typeAndCompare(QStringLiteral("drafti"));
        QCOMPARE(shown(*m_view.model()), QStringList({ QStringLiteral("Drafting table") }));

        // WHEN it is erased back to nothing, and the sort turned around on the way
        typeAndCompare(QStringLiteral("<<"));
        m_view.sortByColumn(0, Qt::AscendingOrder);
        m_reference.sort(0, Qt::AscendingOrder);
        typeAndCompare(QStringLiteral("<<<<"));

        // THEN every row is back, oldest first
        QCOMPARE(m_view.model()->rowCount(), m_model.rowCount());
        QCOMPARE(shown(*m_view.model()).first(), QStringLiteral("Meeting notes"));
    }

    void shouldFollowRowsAddedAndChangedUnderTheFilter()
    {
        // GIVEN a filter typed
        typeAndCompare(QStringLiteral("dr"));

        // WHEN a row is added, another's date changes, and typing goes on
        addRow(m_model, QDate(2026, 1, 4), QStringLiteral("Drawing"));
        m_model.item(0)->setData(QDate(2025, 12, 1), Ui::SortRole);
        m_reference.setFilterFixedString(m_filter.text());
        QCOMPARE(shown(*m_view.model()), shown(m_reference));
        typeAndCompare(QStringLiteral("a<<<"));

        // THEN the whole list is back in the order of the new dates
        QCOMPARE(shown(*m_view.model()).first(), QStringLiteral("Other"));
        QCOMPARE(shown(*m_view.model()).last(), QStringLiteral("Draft brief"));
    }

    void shouldKeepTheSelectedRowSelectedWhileItMatches()
    {
        // GIVEN "draft paper" selected in the whole list
        const QModelIndex paper = m_view.model()->index(
            int(shown(*m_view.model()).indexOf(QStringLiteral("draft paper"))), 0);
        m_view.setCurrentIndex(paper);

        // WHEN "paper" is typed
        QTest::keyClicks(&m_filter, QStringLiteral("paper"));

        // THEN it is the one row left, still selected
        QCOMPARE(m_view.model()->rowCount(), 1);
        QCOMPARE(m_view.currentIndex().data().toString(), QStringLiteral("draft paper"));
        QVERIFY(m_view.selectionModel()->isRowSelected(0, {}));
    }
};

QTEST_MAIN(FilterProxyModelTest)

#include "filterproxymodeltest.moc"
