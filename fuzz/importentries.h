#ifndef FUZZ_IMPORTENTRIES_H
#define FUZZ_IMPORTENTRIES_H

#include <QByteArray>

// The entry points the libFuzzer targets and the corpus replay test share: each hands one input
// to a parser of hostile files and checks what must hold for any input at all. A broken rule
// aborts, which is what a fuzzer reports as a crash and what fails the replay test.
namespace Fuzz {

// CsvReader::parse: within its limits, and what it read written back as CSV reads the same.
void csvReader(const QByteArray &input);
// PeopleCsv::parse: every row kept passes Person::validate, no e-mail twice, issues placed.
void peopleCsv(const QByteArray &input);
// WorkPlanCsv::parse: every objective titled, every activity titled and dated, issues placed.
void workPlanCsv(const QByteArray &input);

} // namespace Fuzz

#endif
