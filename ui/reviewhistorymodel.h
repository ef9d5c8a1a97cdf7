#ifndef UI_REVIEWHISTORYMODEL_H
#define UI_REVIEWHISTORYMODEL_H

#include <reviewround.h>

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace Ui {

// The review rounds of one deliverable, oldest first, each with its assessment below it: one
// child line per criterion (score and comment), then the reviewer's summary.
class ReviewHistoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        RoundColumn,
        SubmittedColumn,
        VersionColumn,
        ReviewerColumn,
        OutcomeColumn,
        WaitedColumn,
        ColumnCount
    };

    explicit ReviewHistoryModel(QObject *parent = nullptr);

    // `names` gives people's names by id; `today` counts the wait of a pending round.
    void setRounds(const QList<Core::ReviewRound> &rounds, const QHash<Core::Id, QString> &names,
        const QDate &today);
    const QList<Core::ReviewRound> &rounds() const { return m_rounds; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static int detailCount(const Core::ReviewRound &round);
    QVariant roundData(const Core::ReviewRound &round, int column, int role) const;
    QVariant roundText(const Core::ReviewRound &round, int column) const;
    static QString detailText(const Core::ReviewRound &round, int row);
    QString waited(const Core::ReviewRound &round) const;

    QList<Core::ReviewRound> m_rounds;
    QHash<Core::Id, QString> m_names;
    QDate m_today;
};

} // namespace Ui

#endif
