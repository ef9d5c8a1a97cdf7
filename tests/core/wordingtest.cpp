#include "wording.h"
#include "person.h"

#include <QTest>
#include <QThread>
#include <QTranslator>

namespace {

// Marks every text it is asked for, so that a test sees which translator worded it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QStringLiteral("[%1] %2").arg(QLatin1String(context), QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class WordingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWordCoresTextsInTheScopesLanguageOnItsThreadOnly()
    {
        // GIVEN no translation installed, and a scope with a translator of its own
        const QString english = Core::Person::categoryName(Core::Person::Category::Jpo);
        QCOMPARE(english, QStringLiteral("JPO"));
        QString otherThread;
        {
            const Core::Wording::Scope scope(
                std::make_shared<MarkingTranslator>(), QLocale(QStringLiteral("fr")));

            // WHEN core words a category here and on another thread
            const QString here = Core::Person::categoryName(Core::Person::Category::Jpo);
            QThread *thread = QThread::create([&otherThread] {
                otherThread = Core::Person::categoryName(Core::Person::Category::Jpo);
            });
            thread->start();
            QVERIFY(thread->wait(10000));
            delete thread;

            // THEN this thread uses the scope's translator and locale, the other thread not
            QCOMPARE(here, QStringLiteral("[Core::Person] JPO"));
            QCOMPARE(Core::Wording::locale().language(), QLocale::French);
            QCOMPARE(otherThread, english);
        }
        // AND once the scope is gone, the application's wording is back
        QCOMPARE(Core::Person::categoryName(Core::Person::Category::Jpo), english);
        QCOMPARE(Core::Wording::locale(), QLocale());
    }

    void shouldWordInTheSourceTextsWithoutATranslator()
    {
        // GIVEN a scope without translator (English) inside one with a translator
        const Core::Wording::Scope outer(
            std::make_shared<MarkingTranslator>(), QLocale(QStringLiteral("fr")));
        {
            const Core::Wording::Scope inner(nullptr, QLocale(QStringLiteral("en")));

            // WHEN core words a category / THEN it is the source text
            QCOMPARE(Core::Person::categoryName(Core::Person::Category::Intern),
                QStringLiteral("Intern"));
        }
        // AND the outer scope holds again
        QCOMPARE(Core::Person::categoryName(Core::Person::Category::Intern),
            QStringLiteral("[Core::Person] Intern"));
    }
};

QTEST_MAIN(WordingTest)
#include "wordingtest.moc"
