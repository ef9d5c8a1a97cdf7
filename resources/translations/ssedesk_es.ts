<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE (--person EMAIL | --all) --cycle YYYY --format pdf|odt|html|csv --out PATH [--page a4|letter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --cycle YYYY --variant annual|donor --format pdf|odt|html --out PATH [--page a4|letter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::BackupVerb</name>
    <message>
        <source>Write a verified copy of a unit database to a file of your choosing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is read, never changed, and may stay open in SSE Unit Desk meanwhile. The copy opens like any unit database, and &quot;ssedesk restore&quot; can put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit database to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace --out if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --out FILE [--force]
Both --database and --out are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; --out names the file to write, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out names the database itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already and was left as it was. Choose another file, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, verified).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::CalendarExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTO report deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::CheckVerb</name>
    <message>
        <source>Check a unit database page by page and row by row; exit 0 when healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity_check and foreign_key_check without changing the file, even while the unit is open elsewhere. Exit status: 0 healthy, 1 damaged or not checkable, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs --database FILE: the unit database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: healthy (every page, index and foreign key checked in %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not healthy, 1 problem found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not healthy, %2 problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup with &quot;ssedesk restore --database %1 --from BACKUP&quot; (the backups are in %2); the current file is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::CommandLine</name>
    <message>
        <source>SSE Unit Desk: work plans, progress and supervision for a small research unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE (created if missing). Default: the database opened last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a verb instead of opening the window (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ssedesk VERB --help&quot; for a verb&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ssedesk demo --database demo.ssedesk
  ssedesk export summary --database unit.ssedesk --person EMAIL --cycle 2026 --format pdf --out summary.pdf
  ssedesk export summary --database unit.ssedesk --all --cycle 2026 --format odt --out summaries/
  ssedesk export unit-report --database unit.ssedesk --cycle 2026 --variant donor --format pdf --out donor-report.pdf
  ssedesk import people --database unit.ssedesk --file staff.csv --dry-run
  ssedesk backup --database unit.ssedesk --out /media/usb/unit-2026-06.ssedesk
  ssedesk check --database unit.ssedesk
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verb ssedesk knows. See &quot;ssedesk --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &quot;ssedesk --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs come first, as in &quot;ssedesk demo --database FILE&quot;; &quot;%1&quot; is not understood here. See &quot;ssedesk --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::DemoVerb</name>
    <message>
        <source>Write an invented demo unit into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to write; it must be new, empty or hold no data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply people and years of history by N (1 to %1; 10 is about a decade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --database FILE: the file to write the demo unit into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program (%1-wal exists). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo unit into %1: %2 people, %3 work plans, %4 objectives, %5 activities, %6 progress entries, %7 projects, %8 meetings, %9 deliverables, %10 missions (scale %11) in %12 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; the demo writes only into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ExistingUnit</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unit: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ExportCalendar</name>
    <message>
        <source>Missions, meetings and deadlines as an iCalendar (.ics) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write; replaced if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what concerns this person (traveller, participant, owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day exported (YYYY-MM-DD). Default: a year before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day exported (YYYY-MM-DD). Default: two years after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export calendar takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE [--person EMAIL] --out FILE.ics
Both --database and --out are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not come before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE Unit Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE Unit Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ExportSummary</name>
    <message>
        <source>Performance review summaries: one person&apos;s cycle, or everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists); with --all, the folder to write one file per person into (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, by e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with anything recorded in the cycle, one file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export summary takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one person with --person EMAIL, or everyone with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing recorded in the %2 cycle (%3): nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance review summary of %1 (%2) written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; --all writes into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the unit has anything recorded in the %1 cycle: nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 performance review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 performance review summaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ExportUnitReport</name>
    <message>
        <source>The unit&apos;s year in one document: the annual report, or the JPO donor report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; replaced if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual: everyone, appraisals by stage only; donor: the JPOs, without appraisals or check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export unit-report takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variant must be annual or donor, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JPO has anything recorded in %1: nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the unit has anything recorded in %1: nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ExportVerb</name>
    <message>
        <source>Write the unit&apos;s data into a file for other programs. SUBJECT: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs to know what to export, as in &quot;ssedesk export calendar&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something ssedesk can export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ssedesk export SUBJECT [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ssedesk export SUBJECT --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ImportVerb</name>
    <message>
        <source>1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people, or a work plan&apos;s objectives and activities, from a CSV file: all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ssedesk import SUBJECT [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  people    new people, one a row (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  workplan  objectives, learning elements and activities for one person&apos;s current work plan (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ssedesk import SUBJECT --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked against the unit first, and every problem reported with its row and column; a file with any problem writes nothing. Before writing, the unit is backed up beside the database. The unit must not be open for writing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read (UTF-8, comma-separated, a header row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose current work plan the rows go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row against the unit and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs to know what to import, as in &quot;ssedesk import people&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something ssedesk can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no further arguments, but was given &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --file CSV%2 [--dry-run]
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database, --file and --person are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --database and --file are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be added to %2; nothing was written (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work plan &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: an import is never written without a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to %2. The unit as it was before the import is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems in %2; nothing was written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::ReportOptions</name>
    <message>
        <source>The unit database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the cycle: the appraisal cycle starting that year, else the calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size of a PDF: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cycle must be a year written YYYY between %1 and %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::RestoreVerb</name>
    <message>
        <source>Put a backup back into a unit database; what it held is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit must not be open for writing elsewhere. A damaged database is kept aside as FILE.corrupt; a missing one is recreated from the backup. Without --from, lists the backups kept beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore: one of the database&apos;s own, or any copy &quot;ssedesk backup&quot; wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --database FILE: the unit database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --from BACKUP; %1 has no backups in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --from BACKUP. The backups of %1, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from names the database itself; choose one of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2. What it held before is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was damaged; it was kept as %2, and %3 was restored in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not exist; %2 was restored in its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::StagedFile</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file cannot be created next to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staged database %1 is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::WritableUnit</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unit yet: open it once in SSE Unit Desk to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>&quot;%1&quot; is not a language code (two capital letters, such as FR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 version is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several figures need a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings go further than the data allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good basis; revise the data section and the conclusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalising: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as SN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SSE Unit Desk database (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SSE Unit Desk database (it is empty or missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of the follow-up action &quot;%1&quot; is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable %1, linked to the meeting, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; belongs to another meeting or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another project already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n mission(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n meeting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n deliverable(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner with id %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salvaged rows could not be made consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salvaged copy fails its own check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows after number %1 and before number %2 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows after number %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows before number %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the performance summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Activity</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity belongs to an objective; none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ActivityRepository</name>
    <message>
        <source>The due date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s objective no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed; its activities are kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record. Cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::AgendaQueries</name>
    <message>
        <source>Back-to-office report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Appraisal</name>
    <message>
        <source>Objectives set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-cycle appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose appraisal this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appraisal is written by a supervisor other than the staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appraisal cycle needs a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the objectives were set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::AppraisalRepository</name>
    <message>
        <source>An appraised objective no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating scale needs at least two levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one competency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appraisals already use the current lists (%n rating(s)); they stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An entry of the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor opens the appraisal cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appraisal cycle from %1 to %2 already covers that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the appraisal cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides have acknowledged this appraisal; it is locked and stays as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the supervisor writes this part of the appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the staff member writes this part of the appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end-of-cycle appraisal has begun; its objectives stay as set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mid-term review has already been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mid-term review comes after the objectives are set (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the mid-term review before the end-of-cycle appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings are given at the end-of-cycle appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have acknowledged your part; it stays as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rated objective is not one of this cycle&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating names a level or competency the unit does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are written at the end-of-cycle appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal is acknowledged at the end of the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on which date you acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate every objective and competency before acknowledging (%1 of %2 rated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor acknowledges first; your acknowledgement confirms you have seen the ratings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Assignment</name>
    <message>
        <source>JPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment belongs to a person; none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment needs a title, such as &quot;JPO - SSE statistics&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::AssignmentRepository</name>
    <message>
        <source>The assignment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment&apos;s person is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::BackupFolder</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic, while working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::BackupService</name>
    <message>
        <source>The backup was made, but older ones were not thinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database in memory has no backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CheckIn</name>
    <message>
        <source>A check-in is between a supervisor and a supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs two people: the supervisor and the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CheckInRepository</name>
    <message>
        <source>A discussed objective no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recurring agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the supervisor and the supervisee write their check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor or the supervisee is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in stays between the same two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the supervisor deletes a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CorruptFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved aside to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still there; move the damaged file aside first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CsvHeader</name>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in a column with no name in the header: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CsvImport</name>
    <message>
        <source>Some rows were refused; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the unit or in this file has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work plan &quot;%1&quot; is closed; a closed plan is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its objective, on row %1, was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither this file nor the plan has an objective titled &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no current work plan to import into; create the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a workbook or an archive, not CSV. Save the sheet as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a database, not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is longer than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one. Quote the whole cell and double the quote (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted cell never ends: a closing quote (&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a closing quote only a comma or the end of the line may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell contains a NUL byte; this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes; an import file is a table of people or of a plan, far smaller than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unit yet: there is nothing to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of SSE Unit Desk (schema %2; this version reads %3). It must be upgraded before it can be read, and a read-only opening cannot do that: open it once for writing (a backup is taken before any upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded, because the backup taken before every upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not accept &quot;%1&quot; (it answered &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: close it and open it again to restore a backup or salvage what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: the change was not saved. To change the unit, open it for writing once no other program has it open, from a file you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Nothing of this change was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused to read or write (%1). Nothing of this change was saved; if the disk is full, free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). It was left as it is. Restore the newest backup, or salvage what can still be read into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DatabaseFile</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SSE Unit Desk (schema %2; this version knows up to %3). Update the application to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DatabaseLock</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the lock file %2 cannot be created in its folder (no permission to write there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the lock file %2 cannot be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on host %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 (%2) on host %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing in another program; close it there, or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing in another program: held by %2. Only one program may change a unit at a time; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If SSE Unit Desk is no longer running on %1, delete %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Deliverable</name>
    <message>
        <source>ICLS paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable needs an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every required language version is delivered yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DeliverableRepository</name>
    <message>
        <source>The owner is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contributor is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked objective no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultancy assignment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is with its reviewer: record the review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable becomes %1 through a review round: submit the draft for review, and the reviewer&apos;s outcome moves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new deliverable cannot start %1: add it, then submit its draft for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was delivered; it stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DemoSupervision</name>
    <message>
        <source>Went through the plan objective by objective; the data collection is on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed the comments from the technical review and the next draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared the NAC meeting: agenda, participants and documents to circulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed mission planning for the coming quarter and the budget available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the revised outline to the unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the statistics office for the latest survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the draft agenda with the NAC members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the training on project cycle management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the contact list of partner cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DemoUnit</name>
    <message>
        <source>The demo scale must be 1 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data; the demo writes only into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DemoWriter</name>
    <message>
        <source>Work plan %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::FileConnection</name>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ImportIssue</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::LanguageVersion</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Meeting</name>
    <message>
        <source>National Advisory Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Advisory Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint NAC-GAC conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICLS session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-agency task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A National Advisory Committee is a country&apos;s: choose the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every follow-up action needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::MeetingRepository</name>
    <message>
        <source>No meeting with id %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::MilestonePlanner</name>
    <message>
        <source>Documents circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft to the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start drafting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Mission</name>
    <message>
        <source>Project mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the mission is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mission needs at least one traveller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mission needs its departure and return dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission returns (%1) before it leaves (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A back-to-office report cannot be submitted before the return (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::MissionRepository</name>
    <message>
        <source>A traveller is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked meeting does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked deliverable does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on mission then: &quot;%2&quot; (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mission that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; took place; it stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled mission has no back-to-office report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission has not taken place yet; mark it under way or completed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Objective</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective belongs to a work plan; none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ObjectiveRepository</name>
    <message>
        <source>The target date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen strategy objective does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen thematic areas does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record. Cancel its activities instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Partner</name>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::PeopleCsv</name>
    <message>
        <source>&quot;%1&quot; is not a category. The categories are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code such as EN, FR or ES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot supervise themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Its first row names the columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the e-mail address of row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::PeopleRepository</name>
    <message>
        <source>No person with id %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the unit has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uses the e-mail address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen supervisor is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be supervised by someone they supervise, directly or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has work plans; they are part of the unit&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has logged progress; it is part of the unit&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervises people; give them another supervisor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Person</name>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected something like name@ilo.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot supervise themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::PlanChangeGate</name>
    <message>
        <source>The work plan &quot;%1&quot; is closed; a closed plan is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ProgressEntry</name>
    <message>
        <source>Choose the objective or activity this progress is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress entry needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress entry needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future; progress is logged once done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete must be between 0 and 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ProgressRepository</name>
    <message>
        <source>The progress entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is closed; progress can no longer be logged on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is not part of the chosen objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the progress entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Project</name>
    <message>
        <source>A project needs its code, such as SEN/24/01/LUX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ProjectRepository</name>
    <message>
        <source>No project with id %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is linked to %2; link them to another project or to none first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner with id %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ReviewRepository</name>
    <message>
        <source>The author is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft of &quot;%1&quot; is already waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only a draft being written or revised goes to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has already been reviewed; its record stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ReviewRound</name>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy of facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soundness of analysis and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformity with instructions and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accomplishment of the assigned objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the deliverable the draft is of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who submits the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the draft was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is reviewed by someone other than its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome: cleared, revise or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the draft was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review (%1) cannot come before the submission (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess &quot;%1&quot; on the scale of 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::RowReader</name>
    <message>
        <source>The work plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Salvage</name>
    <message>
        <source>%1 holds no SSE Unit Desk data to salvage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Salvage::Report</name>
    <message>
        <source>%1 of %2 rows saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows dropped because a row they depend on was lost or a value was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references to lost rows cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SchemaMigrations</name>
    <message>
        <source>Upgrading the database to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SqlStatement</name>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Stager</name>
    <message>
        <source>A demo draft needs a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::StorageLocation</name>
    <message>
        <source>%1 is on %2. SQLite cannot rely on the locks of a network file system: two people working on this unit at once can damage it. Keep the unit on a local disk of one computer, and share exports and backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NFS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SMB (Windows) share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Ceph file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AFS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSHFS mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network location mounted by the desktop (GVfs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SummaryQueries</name>
    <message>
        <source>No person was named for the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with id %1 is recorded in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SupervisionWriter</name>
    <message>
        <source>Work plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers and support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps agreed as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy workload this month; check in again on priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good progress overall; priorities for the second half agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered as agreed, with good quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A productive year; keep sharing what you learn with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. I would welcome more field work next year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::TableSalvage</name>
    <message>
        <source>Preparing the copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::TransactionGuard</name>
    <message>
        <source>The database abandoned the change halfway; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::UnitSettings</name>
    <message>
        <source>A back-to-office report is due within 1 to 60 working days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name is at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::VerifiedCopy</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has schema version %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::WorkPlan</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work plan belongs to a supervisee; none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work plan needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work plan needs a period: a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::WorkPlanCsv</name>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD, such as 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the row is: objective, learning or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of row; write objective, learning or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective&apos;s row holds no activity; put each activity on a row of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is already on row %2; activities could not tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a due date, written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity has no %1; it belongs on its objective&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the activity&apos;s objective, or put the activity below its objective&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its objective, on row %1, has a problem; fix that row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Its first row names the columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::WorkPlanRepository</name>
    <message>
        <source>This person already has an agreed plan for that period: &quot;%1&quot; (%2 to %3). Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s supervisee is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen assignment is not one of this person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned date(s) would fall outside the period %1 to %2. Move them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title or period changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been agreed; it stays on record. Close it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on which date the plan was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be agreed; &quot;%1&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is agreed between the supervisee and a supervisor; the supervisee cannot agree it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor who agreed the plan is not a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no objectives yet; there is nothing to agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::BatchExport</name>
    <message>
        <source>person-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::DocumentFile</name>
    <message>
        <source>A document is written as PDF, ODT or HTML, not as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::ReportText</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::SummaryDocument</name>
    <message>
        <source>Performance review summary — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded in this cycle: no objectives, deliverables, missions, check-ins, review rounds or appraisal between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 work objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deliverable cleared or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deliverables cleared or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 review round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 review rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning elements in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work objectives in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 activities done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress logged in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables cleared or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliverable was cleared or delivered in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missions in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission days in the cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins held in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts submitted for review in this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisal recorded for this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: acknowledged by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the supervisor on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the staff member on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings: core competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings: objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::TextComposer</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report::UnitReportDocument</name>
    <message>
        <source>Annual report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPO donor report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JPO has activity recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-plan progress, deliverables and missions of everyone with activity in the year. Appraisals are shown by stage only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-plan progress, learning, deliverables and missions of the unit&apos;s Junior Professional Officers in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: %1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deliverable cleared or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deliverables cleared or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mission day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mission days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables cleared or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ActionsEditor</name>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the unit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgendaEditor</name>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item of an earlier check-in that is not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the agenda of every check-in of this pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgendaLegend</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgendaListModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgendaStyle</name>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTO report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgreeDialog</name>
    <message>
        <source>Agree work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that &quot;%1&quot; (revision %2) was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AlertListModel</name>
    <message>
        <source>%1
Objective: %2
Due %3 (%4), %5 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not renewable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Ends %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalDialog</name>
    <message>
        <source>Open appraisal cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives &amp;set on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalForm</name>
    <message>
        <source>The supervisor&apos;s comments on the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s comments on the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Rated with no evidence in this cycle: no progress logged, no draft cleared, no mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cleared draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalPage</name>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives set, mid-term review, end-of-cycle appraisal: each side writes its own part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cycle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;mid-term...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;end of cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve my part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisal cycle yet. The supervisor opens one with the objectives of the current work plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objectives and competencies are rated at the end of the cycle, after the mid-term review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectives set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-term review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-term review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each objective and competency, write your comments, then acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comments are awaited; you acknowledge once your supervisor has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervisor acknowledged on %1: acknowledge your appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged on %1; waiting for the staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — acknowledged by both on %1 (supervisor %2, staff member %3). It stays as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the appraisal as supervisor? Your ratings and comments can no longer be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge your appraisal? Once you have, it is locked for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge appraisal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AssignmentDialog</name>
    <message>
        <source>Can be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPO - SSE statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor government sponsoring a JPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::BackupListModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window is read-only: another program is writing to the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. They will be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backups, newest first, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole unit with the backup of %1?

The unit as it is now is backed up first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mission, meeting or deadline this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missions, meetings and deadlines this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CheckInDialog</name>
    <message>
        <source>never discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last discussed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last discussed %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last discussed %1 weeks ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last discussed 2 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last discussed %1 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the objectives discussed at this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives by last discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes (supervisor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CheckInsModel</name>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CheckInsPage</name>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular meetings of a supervisor and a supervisee on the agreed objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New check-in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurring items...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to show: sign in as a supervisor or supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last check-in %2 (%3) with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-in with its agenda, notes and action items?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CountryCombo</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DamagedFileDialog</name>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Either way below, the damaged file is first moved aside to %2: nothing is deleted, and it can still be sent to someone for a closer look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit as it was then. Changes made since are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this unit passes its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage what can still be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every row that can be read into a new %1, then lists what was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the file exactly as it is, to ask for help first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DashboardCharts</name>
    <message>
        <source>1 activity overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DashboardLines</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1, %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not renewable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-to-office reports overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every back-to-office report is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts ending in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract ends in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliverable falls due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission days this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been on mission this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone had a check-in in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal stages due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisal stage is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission days by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission days by month, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DeliverableDialog</name>
    <message>
        <source>Plan &amp;backwards from an event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deliverable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntributors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consu&amp;ltancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DeliverablesModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DeliverablesPage</name>
    <message>
        <source>S&amp;ubmit for review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w draft...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers, reports, briefs and the other outputs the unit owes, by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, owner, status...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deliverable...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language versions of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the deliverable &quot;%1&quot; and its language versions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::EditorDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::Format</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::IdentityDialog</name>
    <message>
        <source>I am not in the list: &amp;add me...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself among the unit&apos;s people. Your work plan and the progress you log are kept under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ImportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import, UTF-8, first row the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter reads the file again, after you have corrected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no current work plan to import into; create the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2, agreed: the import opens revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file. Its first row names the columns, in any order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing can be imported until the problems listed are fixed in the file; then press Enter in the file field to read it again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: all %1 rows can be imported. Nothing is written until you choose Import; the unit is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until the dry run is clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit could not be backed up before the import, so nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: see the problems listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>SSE Unit Desk (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE Unit Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects &amp; partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;issions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rojects &amp;&amp; partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export summary or report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log progress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;work plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New m&amp;ission...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;deliverable...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SSE Unit Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (read-only: another program is writing to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SSE Unit Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SSE Unit Desk %1&lt;/b&gt;&lt;p&gt;Work plans, progress and supervision for a small research unit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City and venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituents, partners, experts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming out of it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MeetingsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MeetingsPage</name>
    <message>
        <source>&amp;New meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory committees, ICLS sessions, task forces, workshops and trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, kind, place...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting to see its minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting &quot;%1&quot;, its minutes and follow-up actions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MidTermDialog</name>
    <message>
        <source>Mid-term review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on the objectives, adjustments agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MilestonePlanDialog</name>
    <message>
        <source>The documents are translated before the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan backwards from an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying sets the due date to the delivery date and, with translations, the English original&apos;s due date to the day it goes to translation and every translation&apos;s to the delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MissionDialog</name>
    <message>
        <source>The travellers&apos; supervisor goes too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NAC meeting and data validation workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Travellers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;liverables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BTO submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MissionsModel</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 working days after the return on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MissionsPage</name>
    <message>
        <source>Mark &amp;BTO submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel for work, and the back-to-office reports due after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by purpose, traveller, place...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mission...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission days this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mission &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MySupervisionPage</name>
    <message>
        <source>My supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet, and no open action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your drafts is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisal cycle open for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone you supervise had a check-in in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts waiting for my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft is waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal stages due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisal stage is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check-ins, drafts in review and appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (File &gt; Switch user) to see your supervision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ObjectiveDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How achievement is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;rget date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hematic areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::OpeningDialogs</name>
    <message>
        <source>%1 is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only: everything can be read, printed and exported, and nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::OverviewModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Supervisor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rev. %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <source>Unit overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries and &amp;reports...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person&apos;s performance review summary, or the unit&apos;s annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, category, plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts ending in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervisees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PartnersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PeoplePage</name>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who works in or for the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the unit? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duty station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN, FR, ES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PersonFilter</name>
    <message>
        <source>Whole unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PersonHeader</name>
    <message>
        <source>Edit &amp;person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign&amp;ment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No assignment recorded&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3 &lt;span style=&quot;color:%4; font-weight:600&quot;&gt;(%5)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PersonPage</name>
    <message>
        <source>Work &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit p&amp;lan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gree...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revisions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance s&amp;ummary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;objective...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add l&amp;earning element...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;activity...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log progress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, rev. %3, %4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work plan yet: start one with &quot;New plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an agreed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was agreed as revision %2. %3 starts revision %4, which will need to be agreed again; revision %2 stays readable under Revisions.

Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log: whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing its title or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;? A closed plan can no longer be changed or logged on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activity &quot;%1&quot; and its logged progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its activities and their logged progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything in the way (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ProgressLogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SEN/24/01/LUX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsPage</name>
    <message>
        <source>Projects &amp; partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development cooperation projects, and the organisations the unit works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, country, donor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the partners? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordBrowser</name>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordEdits</name>
    <message>
        <source>Edit mission &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deliverable &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordPickers</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecurringItemsDialog</name>
    <message>
        <source>Recurring agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line, e.g. &quot;Work plan progress&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every check-in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ReviewDialog</name>
    <message>
        <source>Review round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, submitted by %3 on %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – falls short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – partly meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – largely meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – fully meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ReviewHistoryModel</name>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ReviewHistoryWidget</name>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history: no draft submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history: 1 round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history: %1 rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ReviewRoundDialog</name>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. draft 2, v0.3 with FR annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RevisionsDialog</name>
    <message>
        <source>Earlier revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no earlier revision: it was never changed after being agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, agreed %2
superseded %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SalvageReportDialog</name>
    <message>
        <source>%1 salvaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of %1 could be read and was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was salvaged, but some rows could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit now opens from %1. The damaged file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::Session</name>
    <message>
        <source>SSE Unit Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SummaryExportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a performance review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPO donor report (no appraisal content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal cycle starting in this year, else the calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - performance review %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit annual report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPO donor report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose summary to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SupervisionSummary</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last check-in %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in yet with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open action from the check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives set; mid-term review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term review held %1; end of cycle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge your appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comments are awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your supervisor&apos;s ratings and acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TimelineLayout</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2  ·  %3 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TimelineWidget</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::UndoableEdits</name>
    <message>
        <source>Log progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit objective &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete objective &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::UnitFileActions</name>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imp&amp;ort people...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wor&amp;k plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 person from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 people from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 objectives and activities from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VersionsEditor</name>
    <message>
        <source>&amp;Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WindowHost</name>
    <message>
        <source>Restored the backup of %1. The unit as it was just before is in the backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlanDialog</name>
    <message>
        <source>New work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan 2025: SSE statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlansModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlansPage</name>
    <message>
        <source>Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans of the unit, newest period first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person, title, status...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
