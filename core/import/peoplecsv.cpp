#include "peoplecsv.h"

#include "csvheader.h"
#include "csvreader.h"

#include <QHash>
#include <QRegularExpression>

namespace Core {

namespace {

const QString nameColumn = QStringLiteral("name");
const QString emailColumn = QStringLiteral("email");
const QString titleColumn = QStringLiteral("position title");
const QString categoryColumn = QStringLiteral("category");
const QString gradeColumn = QStringLiteral("grade");
const QString stationColumn = QStringLiteral("duty station");
const QString languagesColumn = QStringLiteral("languages");
const QString supervisorColumn = QStringLiteral("supervisor email");

// A category by its stored key ("technical_officer") or the name people see ("Technical
// officer"), whatever the case.
std::optional<Person::Category> categoryFromCell(const QString &cell)
{
    const QString wanted = CsvHeader::normalized(cell);
    for (Person::Category category : Person::categories()) {
        if (wanted == CsvHeader::normalized(Person::categoryKey(category))
            || wanted == CsvHeader::normalized(Person::categoryName(category)))
            return category;
    }
    return std::nullopt;
}

QStringList categoryChoices()
{
    QStringList names;
    for (Person::Category category : Person::categories())
        names.append(Person::categoryName(category));
    return names;
}

class PersonRowReader
{
public:
    PersonRowReader(const CsvHeader &header, const QStringList &cells, int row)
        : m_header(header), m_cells(cells), m_row(row)
    {
    }

    QList<ImportIssue> read(PeopleCandidate::Row &out)
    {
        m_issues = m_header.strayCells(m_cells, m_row);
        out.row = m_row;
        Person &person = out.person;
        person.name = cell(nameColumn);
        person.email = cell(emailColumn);
        person.positionTitle = cell(titleColumn);
        person.grade = cell(gradeColumn);
        person.dutyStation = cell(stationColumn);
        readCategory(person);
        readLanguages(person);
        if (Error error = person.validate(); error.isError())
            issue(PeopleCsv::columnOfField(error.field()), error.message());
        readSupervisor(out);
        return m_issues;
    }

private:
    QString cell(const QString &column) const { return m_header.cell(m_cells, column); }
    void issue(const QString &column, const QString &message)
    {
        m_issues.append({ m_row, column, message });
    }

    void readCategory(Person &person)
    {
        const QString text = cell(categoryColumn);
        if (text.isEmpty())
            return; // Person's default: other staff
        if (auto category = categoryFromCell(text))
            person.category = *category;
        else
            issue(categoryColumn,
                PeopleCsv::tr("\"%1\" is not a category. The categories are: %2.")
                    .arg(text, categoryChoices().join(QStringLiteral(", "))));
    }

    void readLanguages(Person &person)
    {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
        const QStringList codes = cell(languagesColumn).split(separators, Qt::SkipEmptyParts);
        for (const QString &text : codes) {
            if (!code.match(text).hasMatch()) {
                issue(languagesColumn,
                    PeopleCsv::tr("\"%1\" is not a two-letter language code such as EN, FR or ES.")
                        .arg(text.left(40)));
                return;
            }
            if (!person.languages.contains(text.toUpper()))
                person.languages.append(text.toUpper());
        }
    }

    void readSupervisor(PeopleCandidate::Row &out)
    {
        // Whether the supervisor exists is known only against the unit: CsvImport checks it.
        out.supervisorEmail = cell(supervisorColumn);
        if (!out.supervisorEmail.isEmpty()
            && out.supervisorEmail.compare(out.person.email, Qt::CaseInsensitive) == 0)
            issue(supervisorColumn, PeopleCsv::tr("A person cannot supervise themselves."));
    }

    const CsvHeader &m_header;
    const QStringList &m_cells;
    int m_row;
    QList<ImportIssue> m_issues;
};

} // namespace

PeopleCandidate PeopleCsv::parse(const QByteArray &bytes)
{
    auto rows = CsvReader::parse(bytes);
    if (!rows)
        return { {}, { { 0, QString(), rows.error().message() } } };
    return fromRows(rows.value());
}

PeopleCandidate PeopleCsv::fromRows(const QList<QStringList> &rows)
{
    PeopleCandidate candidate;
    if (rows.isEmpty()) {
        candidate.issues.append({ 0, QString(),
            tr("The file is empty. Its first row names the columns: %1.")
                .arg(columns().join(QStringLiteral(", "))) });
        return candidate;
    }
    const CsvHeader header(rows.first(), columns(), { nameColumn, emailColumn });
    candidate.issues = header.issues();
    if (!candidate.issues.isEmpty())
        return candidate;

    QHash<QString, int> rowOfEmail; // case-folded: the store treats e-mails without case
    for (int index = 1; index < rows.size(); ++index) {
        const int rowNumber = index + 1;
        if (CsvHeader::isBlank(rows.at(index)))
            continue;
        PeopleCandidate::Row row;
        QList<ImportIssue> issues = PersonRowReader(header, rows.at(index), rowNumber).read(row);
        const QString email = row.person.email.toCaseFolded();
        if (const int first = rowOfEmail.value(email); first != 0)
            issues.append({ rowNumber, emailColumn,
                tr("%1 is already the e-mail address of row %2.")
                    .arg(row.person.email, QString::number(first)) });
        else if (!email.isEmpty())
            rowOfEmail.insert(email, rowNumber);
        if (issues.isEmpty())
            candidate.rows.append(row);
        else
            candidate.issues.append(issues);
    }
    if (candidate.rows.isEmpty() && candidate.issues.isEmpty())
        candidate.issues.append(
            { 0, QString(), tr("The file names its columns but has no rows.") });
    return candidate;
}

QStringList PeopleCsv::columns()
{
    return { nameColumn, emailColumn, titleColumn, categoryColumn, gradeColumn, stationColumn,
        languagesColumn, supervisorColumn };
}

QString PeopleCsv::columnOfField(const QString &field)
{
    if (field == QLatin1String("supervisor"))
        return supervisorColumn;
    if (field == QLatin1String("email") || field == QLatin1String("name"))
        return field;
    return QString();
}

} // namespace Core
