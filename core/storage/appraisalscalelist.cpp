#include "appraisalscalelist.h"

#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QSet>

namespace Core {

namespace {

// The longest name a form or a printed summary still shows on one line.
constexpr int maxTitleLength = 200;

} // namespace

struct AppraisalScaleList::Statements
{
    QString select;
    QString uses; // item id, number of ratings that use it
    QString update;
    QString insert;
    QString remove;
};

const AppraisalScaleList::Statements &AppraisalScaleList::statements(Kind kind)
{
    static const Statements ratingScale {
        QStringLiteral("SELECT id, title FROM rating_level ORDER BY position, id"),
        QStringLiteral("SELECT level_id, count(*) FROM appraisal_rating GROUP BY level_id"),
        QStringLiteral(
            "UPDATE rating_level SET title = :title, position = :position WHERE id = :id"),
        QStringLiteral("INSERT INTO rating_level (title, position) VALUES (:title, :position)"),
        QStringLiteral("DELETE FROM rating_level WHERE id = :id"),
    };
    static const Statements competencies {
        QStringLiteral("SELECT id, title FROM competency ORDER BY position, id"),
        QStringLiteral("SELECT subject_id, count(*) FROM appraisal_rating WHERE subject = "
                       "'competency' GROUP BY subject_id"),
        QStringLiteral("UPDATE competency SET title = :title, position = :position WHERE id = :id"),
        QStringLiteral("INSERT INTO competency (title, position) VALUES (:title, :position)"),
        QStringLiteral("DELETE FROM competency WHERE id = :id"),
    };
    return kind == Kind::RatingScale ? ratingScale : competencies;
}

AppraisalScaleList::AppraisalScaleList(const Database &database, Kind kind)
    : m_database(database), m_kind(kind)
{
}

Result<QList<AppraisalScaleItem>> AppraisalScaleList::items() const
{
    SqlStatement query(m_database, statements(m_kind).select);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AppraisalScaleItem> items;
    while (query.next())
        items.append({ query.id(0), query.text(1) });
    return items;
}

Status AppraisalScaleList::replace(const QList<AppraisalScaleItem> &items) const
{
    if (Status status = checkNames(items); !status)
        return status;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    const auto stored = this->items();
    if (!stored)
        return stored.error();
    const auto counts = uses();
    if (!counts)
        return counts.error();
    if (Status status = checkRatingsKept(stored.value(), items, counts.value()); !status)
        return status;
    if (Status status = checkOrderKept(stored.value(), items, counts.value()); !status)
        return status;
    if (Status status = write(stored.value(), items); !status)
        return status;
    return transaction.commit();
}

Status AppraisalScaleList::checkNames(const QList<AppraisalScaleItem> &items) const
{
    const bool scale = m_kind == Kind::RatingScale;
    if (scale && items.size() < 2)
        return Error::validation(tr("A rating scale needs at least two levels."), field());
    if (!scale && items.isEmpty())
        return Error::validation(tr("List at least one competency."), field());
    QSet<QString> seen;
    for (int row = 0; row < items.size(); ++row) {
        const QString title = items.at(row).title.trimmed();
        if (title.isEmpty())
            return Error::validation(scale
                    ? tr("Level %1 of the rating scale has no name.").arg(row + 1)
                    : tr("Competency %1 has no name.").arg(row + 1),
                field());
        if (title.size() > maxTitleLength)
            return Error::validation(tr("\"%1...\" is longer than %2 characters.")
                                         .arg(title.left(40))
                                         .arg(maxTitleLength),
                field());
        if (seen.contains(title.toCaseFolded()))
            return Error::validation(
                tr("\"%1\" is listed twice; each name must be different.").arg(title), field());
        seen.insert(title.toCaseFolded());
    }
    return {};
}

Status AppraisalScaleList::checkRatingsKept(const QList<AppraisalScaleItem> &stored,
    const QList<AppraisalScaleItem> &items, const QHash<Id, int> &uses) const
{
    QHash<Id, QString> kept;
    for (const AppraisalScaleItem &item : items) {
        if (item.id != 0)
            kept.insert(item.id, item.title.trimmed());
    }
    QSet<Id> storedIds;
    for (const AppraisalScaleItem &old : stored) {
        storedIds.insert(old.id);
        const int count = uses.value(old.id);
        if (count == 0)
            continue;
        if (!kept.contains(old.id))
            return Error::conflict(
                tr("\"%1\" cannot be removed: ratings already given use it (%n).", nullptr, count)
                    .arg(old.title),
                field());
        if (kept.value(old.id) != old.title)
            return Error::conflict(
                tr("\"%1\" cannot be renamed: ratings already given use it (%n).", nullptr, count)
                    .arg(old.title),
                field());
    }
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (!storedIds.contains(it.key()))
            return Error::notFound(
                tr("\"%1\" was removed meanwhile; open the list again.").arg(it.value()));
    }
    return {};
}

Status AppraisalScaleList::checkOrderKept(const QList<AppraisalScaleItem> &stored,
    const QList<AppraisalScaleItem> &items, const QHash<Id, int> &uses) const
{
    // Competencies are listed in any order; levels are ranked by theirs.
    if (m_kind != Kind::RatingScale)
        return {};
    QList<Id> before;
    QStringList titles;
    for (const AppraisalScaleItem &old : stored) {
        if (uses.value(old.id) > 0) {
            before.append(old.id);
            titles.append(old.title);
        }
    }
    QList<Id> after;
    for (const AppraisalScaleItem &item : items) {
        if (uses.value(item.id) > 0)
            after.append(item.id);
    }
    if (before == after)
        return {};
    return Error::conflict(tr("Ratings already given use these levels, which must keep their "
                              "order, best first: %1.")
                               .arg(titles.join(QStringLiteral(", "))),
        field());
}

Result<QHash<Id, int>> AppraisalScaleList::uses() const
{
    SqlStatement query(m_database, statements(m_kind).uses);
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<Id, int> counts;
    while (query.next())
        counts.insert(query.id(0), query.integer(1));
    return counts;
}

Status AppraisalScaleList::write(
    const QList<AppraisalScaleItem> &stored, const QList<AppraisalScaleItem> &items) const
{
    QSet<Id> kept;
    for (const AppraisalScaleItem &item : items)
        kept.insert(item.id);
    for (const AppraisalScaleItem &old : stored) {
        if (kept.contains(old.id))
            continue;
        SqlStatement remove(m_database, statements(m_kind).remove);
        remove.bind(QStringLiteral(":id"), old.id);
        if (Status status = remove.exec(); !status)
            return status;
    }
    int position = 0;
    for (const AppraisalScaleItem &item : items) {
        const bool isNew = item.id == 0;
        SqlStatement write(
            m_database, isNew ? statements(m_kind).insert : statements(m_kind).update);
        write.bind(QStringLiteral(":title"), item.title.trimmed())
            .bind(QStringLiteral(":position"), ++position);
        if (!isNew)
            write.bind(QStringLiteral(":id"), item.id);
        if (Status status = write.exec(); !status)
            return status;
    }
    return {};
}

QString AppraisalScaleList::field() const
{
    return m_kind == Kind::RatingScale ? QStringLiteral("ratingScale")
                                       : QStringLiteral("competencies");
}

} // namespace Core
