<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App::BackupVerb</name>
    <message>
        <source>Write a verified copy of a unit database to a file of your choosing.</source>
        <translation>Escribe una copia verificada de la base de datos de una unidad en el archivo que usted elija.</translation>
    </message>
    <message>
        <source>The unit is read, never changed, and may stay open in SSE Unit Desk meanwhile. The copy opens like any unit database, and &quot;ssedesk restore&quot; can put it back.</source>
        <translation>La unidad se lee sin modificarla nunca, y puede seguir abierta en SSE Unit Desk mientras tanto. La copia se abre como cualquier base de datos de una unidad, y &quot;ssedesk restore&quot; puede restablecerla.</translation>
    </message>
    <message>
        <source>The unit database to copy.</source>
        <translation>La base de datos de la unidad que se copiará.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation>El archivo en el que se escribirá la copia.</translation>
    </message>
    <message>
        <source>Replace --out if it exists already.</source>
        <translation>Reemplazar --out si ya existe.</translation>
    </message>
    <message>
        <source>backup takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>backup no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --out FILE [--force]
Both --database and --out are needed.</source>
        <translation>Uso: %1 --database ARCHIVO --out ARCHIVO [--force]
Se necesitan tanto --database como --out.</translation>
    </message>
    <message>
        <source>%1 is a folder; --out names the file to write, such as %2.</source>
        <translation>%1 es una carpeta; --out indica el archivo que se escribirá, por ejemplo %2.</translation>
    </message>
    <message>
        <source>--out names the database itself; choose another file.</source>
        <translation>--out indica la propia base de datos; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it was. Choose another file, or add --force to replace it.</source>
        <translation>%1 ya existe y se ha dejado como estaba. Elija otro archivo o añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, verified).</source>
        <translation>Se ha hecho una copia de seguridad de %1 en %2 (%3, verificada).</translation>
    </message>
</context>
<context>
    <name>App::CalendarExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Deliverable deadline</source>
        <translation>Plazo del entregable</translation>
    </message>
    <message>
        <source>Activity deadline</source>
        <translation>Plazo de la actividad</translation>
    </message>
    <message>
        <source>BTO report deadline</source>
        <translation>Plazo del informe BTO</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>Activity due: %1</source>
        <translation>Vencimiento de la actividad: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
</context>
<context>
    <name>App::CheckVerb</name>
    <message>
        <source>Check a unit database page by page and row by row; exit 0 when healthy.</source>
        <translation>Comprueba la base de datos de una unidad página por página y fila por fila; sale con 0 si está en buen estado.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity_check and foreign_key_check without changing the file, even while the unit is open elsewhere. Exit status: 0 healthy, 1 damaged or not checkable, 2 usage error.</source>
        <translation>Ejecuta integrity_check y foreign_key_check de SQLite sin modificar el archivo, incluso si la unidad está abierta en otro lugar. Estado de salida: 0 en buen estado, 1 dañada o no comprobable, 2 error de uso.</translation>
    </message>
    <message>
        <source>The unit database to check.</source>
        <translation>La base de datos de la unidad que se comprobará.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>check takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>check no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check needs --database FILE: the unit database to check.</source>
        <translation>check necesita --database ARCHIVO: la base de datos de la unidad que se comprobará.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1: healthy (every page, index and foreign key checked in %2 ms).</source>
        <translation>%1: en buen estado (todas las páginas, índices y claves externas comprobados en %2 ms).</translation>
    </message>
    <message>
        <source>%1: not healthy, 1 problem found:</source>
        <translation>%1: no está en buen estado, se ha encontrado 1 problema:</translation>
    </message>
    <message>
        <source>%1: not healthy, %2 problems found:</source>
        <translation>%1: no está en buen estado, se han encontrado %2 problemas:</translation>
    </message>
    <message>
        <source>Restore a backup with &quot;ssedesk restore --database %1 --from BACKUP&quot; (the backups are in %2); the current file is kept first.</source>
        <translation>Restaure una copia de seguridad con &quot;ssedesk restore --database %1 --from COPIA&quot; (las copias de seguridad están en %2); antes se conserva el archivo actual.</translation>
    </message>
</context>
<context>
    <name>App::CommandLine</name>
    <message>
        <source>SSE Unit Desk: work plans, progress and supervision for a small research unit.</source>
        <translation>SSE Unit Desk: planes de trabajo, avances y supervisión para una pequeña unidad de investigación.</translation>
    </message>
    <message>
        <source>Open FILE (created if missing). Default: the database opened last time.</source>
        <translation>Abrir ARCHIVO (se crea si no existe). Por defecto: la última base de datos abierta.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Run a verb instead of opening the window (see below).</source>
        <translation>Ejecutar una orden en lugar de abrir la ventana (véase más abajo).</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &quot;ssedesk VERB --help&quot; for a verb&apos;s options.</source>
        <translation>Ejecute &quot;ssedesk ORDEN --help&quot; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verb ssedesk knows. See &quot;ssedesk --help&quot;.</source>
        <translation>&quot;%1&quot; no es una orden que ssedesk conozca. Consulte &quot;ssedesk --help&quot;.</translation>
    </message>
    <message>
        <source>See &quot;ssedesk --help&quot;.</source>
        <translation>Consulte &quot;ssedesk --help&quot;.</translation>
    </message>
    <message>
        <source>Verbs come first, as in &quot;ssedesk demo --database FILE&quot;; &quot;%1&quot; is not understood here. See &quot;ssedesk --help&quot;.</source>
        <translation>La orden va primero, como en &quot;ssedesk demo --database ARCHIVO&quot;; aquí no se entiende &quot;%1&quot;. Consulte &quot;ssedesk --help&quot;.</translation>
    </message>
    <message>
        <source>The language of the window for this run: %1. Default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>El idioma de la ventana para esta ejecución: %1. Por defecto: el elegido en las preferencias o, en su defecto, el del sistema.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language debe ser uno de %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Open the unit on its PostgreSQL server, logging in as USER (the password is asked for, or taken from SSEDESK_SERVER_PASSWORD).</source>
        <translation>Abre la unidad en su servidor PostgreSQL, iniciando sesión como USUARIO (la contraseña se pide o se toma de SSEDESK_SERVER_PASSWORD).</translation>
    </message>
    <message>
        <source>  ssedesk demo --database demo.ssedesk
  ssedesk export summary --database unit.ssedesk --person EMAIL --cycle 2026 --format pdf --out summary.pdf
  ssedesk export summary --database unit.ssedesk --all --cycle 2026 --format odt --out summaries/
  ssedesk export unit-report --database unit.ssedesk --cycle 2026 --variant donor --format pdf --out donor-report.pdf
  ssedesk import people --database unit.ssedesk --file staff.csv --dry-run
  ssedesk backup --database unit.ssedesk --out /media/usb/unit-2026-06.ssedesk
  ssedesk check --database unit.ssedesk
  ssedesk server init --server postgresql://unit_owner@db.example.org/sse_unit
  ssedesk migrate --from unit.ssedesk --to postgresql://unit_owner@db.example.org/sse_unit
</source>
        <translation>  ssedesk demo --database demo.ssedesk
  ssedesk export summary --database unidad.ssedesk --person CORREO --cycle 2026 --format pdf --out resumen.pdf
  ssedesk export summary --database unidad.ssedesk --all --cycle 2026 --format odt --out resumenes/
  ssedesk export unit-report --database unidad.ssedesk --cycle 2026 --variant donor --format pdf --out informe-donante.pdf
  ssedesk import people --database unidad.ssedesk --file personal.csv --dry-run
  ssedesk backup --database unidad.ssedesk --out /media/usb/unidad-2026-06.ssedesk
  ssedesk check --database unidad.ssedesk
  ssedesk server init --server postgresql://unit_owner@db.example.org/sse_unit
  ssedesk migrate --from unidad.ssedesk --to postgresql://unit_owner@db.example.org/sse_unit
</translation>
    </message>
    <message>
        <source>Give --database FILE or --server URL, not both.</source>
        <translation>Indique --database ARCHIVO o --server URL, no ambos.</translation>
    </message>
</context>
<context>
    <name>App::CommandLineSignIn</name>
    <message>
        <source>%1 has accounts: set SSEDESK_USER to your e-mail address, and SSEDESK_PASSWORD to your password or type it when asked.</source>
        <translation>%1 tiene cuentas: asigne a SSEDESK_USER su dirección de correo electrónico y a SSEDESK_PASSWORD su contraseña, o escríbala cuando se le solicite.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
</context>
<context>
    <name>App::DemoVerb</name>
    <message>
        <source>Write an invented demo unit into a new or empty database.</source>
        <translation>Escribe una unidad de demostración ficticia en una base de datos nueva o vacía.</translation>
    </message>
    <message>
        <source>The database file to write; it must be new, empty or hold no data yet.</source>
        <translation>El archivo de base de datos que se escribirá; debe ser nuevo, estar vacío o no contener datos todavía.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Multiply people and years of history by N (1 to %1; 10 is about a decade).</source>
        <translation>Multiplicar las personas y los años de historial por N (de 1 a %1; 10 equivale a una década aproximadamente).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>demo takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>demo no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>demo needs --database FILE: the file to write the demo unit into.</source>
        <translation>demo necesita --database ARCHIVO: el archivo en el que se escribirá la unidad de demostración.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--scale debe ser un número entero de 1 a %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is open in another program (%1-wal exists). Close it and try again.</source>
        <translation>%1 está abierto en otro programa (existe %1-wal). Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Wrote the demo unit into %1: %2 people, %3 work plans, %4 objectives, %5 activities, %6 progress entries, %7 projects, %8 meetings, %9 deliverables, %10 missions (scale %11) in %12 s.</source>
        <translation>Se ha escrito la unidad de demostración en %1: %2 personas, %3 planes de trabajo, %4 objetivos, %5 actividades, %6 anotaciones de avance, %7 proyectos, %8 reuniones, %9 entregables, %10 misiones (escala %11) en %12 s.</translation>
    </message>
    <message>
        <source>%1 already holds data; the demo writes only into a new or empty database.</source>
        <translation>%1 ya contiene datos; la demostración solo se escribe en una base de datos nueva o vacía.</translation>
    </message>
</context>
<context>
    <name>App::ExistingUnit</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 holds no unit: there is nothing to export.</source>
        <translation>%1 no contiene ninguna unidad: no hay nada que exportar.</translation>
    </message>
</context>
<context>
    <name>App::ExportCalendar</name>
    <message>
        <source>Missions, meetings and deadlines as an iCalendar (.ics) file.</source>
        <translation>Misiones, reuniones y plazos como archivo iCalendar (.ics).</translation>
    </message>
    <message>
        <source>The unit database to read.</source>
        <translation>La base de datos de la unidad que se leerá.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The .ics file to write; replaced if it exists.</source>
        <translation>El archivo .ics que se escribirá; se reemplaza si ya existe.</translation>
    </message>
    <message>
        <source>Only what concerns this person (traveller, participant, owner).</source>
        <translation>Solo lo que concierne a esta persona (viajero/a, participante, responsable).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>First day exported (YYYY-MM-DD). Default: a year before today.</source>
        <translation>Primer día exportado (AAAA-MM-DD). Por defecto: un año antes de hoy.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day exported (YYYY-MM-DD). Default: two years after today.</source>
        <translation>Último día exportado (AAAA-MM-DD). Por defecto: dos años después de hoy.</translation>
    </message>
    <message>
        <source>export calendar takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>export calendar no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE [--person EMAIL] --out FILE.ics
Both --database and --out are needed.</source>
        <translation>Uso: %1 --database ARCHIVO [--person CORREO] --out ARCHIVO.ics
Se necesitan tanto --database como --out.</translation>
    </message>
    <message>
        <source>--to must not come before --from.</source>
        <translation>--to no debe ser anterior a --from.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser una fecha con el formato AAAA-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 events written to %2.</source>
        <translation>Se han escrito %1 eventos en %2.</translation>
    </message>
    <message>
        <source>SSE Unit Desk</source>
        <translation>SSE Unit Desk</translation>
    </message>
    <message>
        <source>SSE Unit Desk: %1</source>
        <translation>SSE Unit Desk: %1</translation>
    </message>
</context>
<context>
    <name>App::ExportSummary</name>
    <message>
        <source>Performance review summaries: one person&apos;s cycle, or everyone&apos;s.</source>
        <translation>Resúmenes de evaluación del desempeño: el ciclo de una persona o el de todas.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists); with --all, the folder to write one file per person into (created if missing).</source>
        <translation>El archivo que se escribirá (se reemplaza si ya existe); con --all, la carpeta en la que se escribirá un archivo por persona (se crea si no existe).</translation>
    </message>
    <message>
        <source>The person, by e-mail address.</source>
        <translation>La persona, por su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Everyone with anything recorded in the cycle, one file each.</source>
        <translation>Todas las personas con algún registro en el ciclo, un archivo por persona.</translation>
    </message>
    <message>
        <source>export summary takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>export summary no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name one person with --person EMAIL, or everyone with --all.</source>
        <translation>Indique una persona con --person CORREO, o a todas con --all.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing written.</source>
        <translation>La carpeta %1 no existe: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 has nothing recorded in the %2 cycle (%3): nothing written.</source>
        <translation>%1 no tiene nada registrado en el ciclo %2 (%3): no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Performance review summary of %1 (%2) written to %3.</source>
        <translation>Se ha escrito el resumen de evaluación del desempeño de %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>%1 is a file; --all writes into a folder.</source>
        <translation>%1 es un archivo; --all escribe en una carpeta.</translation>
    </message>
    <message>
        <source>Nobody in the unit has anything recorded in the %1 cycle: nothing written.</source>
        <translation>Nadie en la unidad tiene nada registrado en el ciclo %1: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>Se ha escrito en %2: %1.</translation>
    </message>
    <message>
        <source>1 performance review summary</source>
        <translation>1 resumen de evaluación del desempeño</translation>
    </message>
    <message>
        <source>%1 performance review summaries</source>
        <translation>%1 resúmenes de evaluación del desempeño</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE (--person EMAIL | --all) --cycle YYYY --format pdf|odt|html|csv --out PATH [--page a4|letter]</source>
        <translation>Uso: %1 --database ARCHIVO (--person CORREO | --all) --cycle AAAA --format pdf|odt|html|csv --out RUTA [--page a4|letter]</translation>
    </message>
</context>
<context>
    <name>App::ExportUnitReport</name>
    <message>
        <source>The unit&apos;s year in one document: the annual report, or the JPO donor report.</source>
        <translation>El año de la unidad en un documento: el informe anual o el informe para el donante sobre los JPO.</translation>
    </message>
    <message>
        <source>The file to write; replaced if it exists.</source>
        <translation>El archivo que se escribirá; se reemplaza si ya existe.</translation>
    </message>
    <message>
        <source>annual: everyone, appraisals by stage only; donor: the JPOs, without appraisals or check-ins.</source>
        <translation>annual: todas las personas, evaluaciones solo por etapa; donor: los JPO, sin evaluaciones ni reuniones de seguimiento.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>export unit-report takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>export unit-report no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--variant must be annual or donor, not &quot;%1&quot;.</source>
        <translation>--variant debe ser annual o donor, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing written.</source>
        <translation>La carpeta %1 no existe: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>No JPO has anything recorded in %1: nothing written.</source>
        <translation>Ningún JPO tiene nada registrado en %1: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nobody in the unit has anything recorded in %1: nothing written.</source>
        <translation>Nadie en la unidad tiene nada registrado en %1: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 (%2) written to %3.</source>
        <translation>Se ha escrito %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --cycle YYYY --variant annual|donor --format pdf|odt|html --out PATH [--page a4|letter]</source>
        <translation>Uso: %1 --database ARCHIVO --cycle AAAA --variant annual|donor --format pdf|odt|html --out RUTA [--page a4|letter]</translation>
    </message>
</context>
<context>
    <name>App::ExportVerb</name>
    <message>
        <source>Write the unit&apos;s data into a file for other programs. SUBJECT: %1.</source>
        <translation>Escribe los datos de la unidad en un archivo para otros programas. OBJETO: %1.</translation>
    </message>
    <message>
        <source>export needs to know what to export, as in &quot;ssedesk export calendar&quot;.</source>
        <translation>export necesita saber qué exportar, como en &quot;ssedesk export calendar&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something ssedesk can export.</source>
        <translation>ssedesk no puede exportar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: ssedesk export SUBJECT [options]</source>
        <translation>Uso: ssedesk export OBJETO [opciones]</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Objetos:</translation>
    </message>
    <message>
        <source>Run &quot;ssedesk export SUBJECT --help&quot; for its options.</source>
        <translation>Ejecute &quot;ssedesk export OBJETO --help&quot; para ver sus opciones.</translation>
    </message>
</context>
<context>
    <name>App::ImportVerb</name>
    <message>
        <source>1 objective</source>
        <translation>1 objetivo</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objetivos</translation>
    </message>
    <message>
        <source>1 learning element</source>
        <translation>1 elemento de aprendizaje</translation>
    </message>
    <message>
        <source>%1 learning elements</source>
        <translation>%1 elementos de aprendizaje</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 actividades</translation>
    </message>
    <message>
        <source>Add people, or a work plan&apos;s objectives and activities, from a CSV file: all rows or none.</source>
        <translation>Añade personas, o los objetivos y actividades de un plan de trabajo, desde un archivo CSV: todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>Usage: ssedesk import SUBJECT [options]</source>
        <translation>Uso: ssedesk import OBJETO [opciones]</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Objetos:</translation>
    </message>
    <message>
        <source>  people    new people, one a row (columns: %1)</source>
        <translation>  people    personas nuevas, una por fila (columnas: %1)</translation>
    </message>
    <message>
        <source>  workplan  objectives, learning elements and activities for one person&apos;s current work plan (columns: %1)</source>
        <translation>  workplan  objetivos, elementos de aprendizaje y actividades del plan de trabajo actual de una persona (columnas: %1)</translation>
    </message>
    <message>
        <source>Run &quot;ssedesk import SUBJECT --help&quot; for its options.</source>
        <translation>Ejecute &quot;ssedesk import OBJETO --help&quot; para ver sus opciones.</translation>
    </message>
    <message>
        <source>Every row is checked against the unit first, and every problem reported with its row and column; a file with any problem writes nothing. Before writing, the unit is backed up beside the database. The unit must not be open for writing elsewhere.</source>
        <translation>Primero se coteja cada fila con la unidad y se notifica cada problema con su fila y columna; si el archivo tiene algún problema, no se escribe nada. Antes de escribir, se hace una copia de seguridad de la unidad junto a la base de datos. La unidad no debe estar abierta para escritura en otro lugar.</translation>
    </message>
    <message>
        <source>The unit database to import into.</source>
        <translation>La base de datos de la unidad a la que se importará.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The CSV file to read (UTF-8, comma-separated, a header row).</source>
        <translation>El archivo CSV que se leerá (UTF-8, separado por comas, con una fila de encabezado).</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Whose current work plan the rows go into.</source>
        <translation>La persona a cuyo plan de trabajo actual se añaden las filas.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Check every row against the unit and report, but write nothing.</source>
        <translation>Cotejar cada fila con la unidad e informar, pero sin escribir nada.</translation>
    </message>
    <message>
        <source>import needs to know what to import, as in &quot;ssedesk import people&quot;.</source>
        <translation>import necesita saber qué importar, como en &quot;ssedesk import people&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something ssedesk can import.</source>
        <translation>ssedesk no puede importar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments, but was given &quot;%2&quot;.</source>
        <translation>%1 no admite más argumentos, pero se le ha dado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --file CSV%2 [--dry-run]
%3</source>
        <translation>Uso: %1 --database ARCHIVO --file CSV%2 [--dry-run]
%3</translation>
    </message>
    <message>
        <source>--database, --file and --person are needed.</source>
        <translation>Se necesitan --database, --file y --person.</translation>
    </message>
    <message>
        <source>Both --database and --file are needed.</source>
        <translation>Se necesitan tanto --database como --file.</translation>
    </message>
    <message>
        <source>%1 would be added to %2; nothing was written (dry run).</source>
        <translation>Se añadiría a %2: %1; no se ha escrito nada (simulación).</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>the work plan &quot;%1&quot; of %2</source>
        <translation>el plan de trabajo &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>Nothing was imported: an import is never written without a backup.</source>
        <translation>No se ha importado nada: nunca se escribe una importación sin una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 added to %2. The unit as it was before the import is kept in %3.</source>
        <translation>Añadido a %2: %1. La unidad tal como estaba antes de la importación se conserva en %3.</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was written to %2.</source>
        <translation>1 problema en %1; no se ha escrito nada en %2.</translation>
    </message>
    <message>
        <source>%1 problems in %2; nothing was written to %3.</source>
        <translation>%1 problemas en %2; no se ha escrito nada en %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>App::MigrateVerb</name>
    <message>
        <source>Move a unit from its file to a PostgreSQL server that holds none yet.</source>
        <translation>Traslada una unidad de su archivo a un servidor PostgreSQL que aún no contiene ninguna.</translation>
    </message>
    <message>
        <source>Copies every table, ids and audit trail included, in one transaction, and compares the row counts table by table before the server keeps the copy. The file is only read, and may stay open in SSE Unit Desk meanwhile. The server&apos;s password comes from SSEDESK_SERVER_PASSWORD, else is asked for at a terminal (press Enter for none). A unit with accounts is moved by its unit head (SSEDESK_USER, SSEDESK_PASSWORD). Exit status: 0 copied, 1 refused or failed (nothing kept on the server), 2 usage error.</source>
        <translation>Copia todas las tablas, identificadores y registro de auditoría incluidos, en una sola transacción, y compara el número de filas tabla por tabla antes de que el servidor conserve la copia. El archivo solo se lee y puede seguir abierto en SSE Unit Desk mientras tanto. La contraseña del servidor se toma de SSEDESK_SERVER_PASSWORD o, si no, se pide en un terminal (pulse Intro para ninguna). Una unidad con cuentas la traslada su jefe/a de unidad (SSEDESK_USER, SSEDESK_PASSWORD). Estado de salida: 0 copiada, 1 rechazada o fallida (no se conserva nada en el servidor), 2 error de uso.</translation>
    </message>
    <message>
        <source>The unit file to copy.</source>
        <translation>El archivo de la unidad que se copiará.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE, with ?schema=NAME to put the unit in a schema of its own.</source>
        <translation>El servidor: postgresql://USUARIO@HOST:PUERTO/BASE, con ?schema=NOMBRE para poner la unidad en un esquema propio.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>migrate takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>migrate no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>migrate needs --from FILE: the unit file to copy.</source>
        <translation>migrate necesita --from ARCHIVO: el archivo de la unidad que se copiará.</translation>
    </message>
    <message>
        <source>migrate needs --to URL: the server to copy the unit to.</source>
        <translation>migrate necesita --to URL: el servidor al que se copiará la unidad.</translation>
    </message>
    <message>
        <source>Copied %1 (table %2 of %3)</source>
        <translation>%1 copiada (tabla %2 de %3)</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s, every table&apos;s row count checked:</source>
        <translation>%1 copiada a %2 en %3 s, comprobado el número de filas de cada tabla:</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, %3 rows a second. %4 was left as it was.</source>
        <translation>%1 filas en %2 tablas, %3 filas por segundo. %4 se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>App::ReportOptions</name>
    <message>
        <source>The unit database to read.</source>
        <translation>La base de datos de la unidad que se leerá.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The year of the cycle: the appraisal cycle starting that year, else the calendar year.</source>
        <translation>El año del ciclo: el ciclo de evaluación que comienza ese año o, en su defecto, el año civil.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>The kind of file: %1.</source>
        <translation>El tipo de archivo: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Paper size of a PDF: a4 or letter.</source>
        <translation>Tamaño del papel de un PDF: a4 o letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>Se necesita --%1.</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation>--format debe ser uno de %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page debe ser a4 o letter, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cycle must be a year written YYYY between %1 and %2, not &quot;%3&quot;.</source>
        <translation>--cycle debe ser un año con el formato AAAA entre %1 y %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The language of the document: %1. Default: the language of the interface.</source>
        <translation>El idioma del documento: %1. Por defecto: el idioma de la interfaz.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language debe ser uno de %1, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>App::RestoreVerb</name>
    <message>
        <source>Put a backup back into a unit database; what it held is backed up first.</source>
        <translation>Restablece una copia de seguridad en la base de datos de una unidad; antes se hace una copia de seguridad de su contenido.</translation>
    </message>
    <message>
        <source>The unit must not be open for writing elsewhere. A damaged database is kept aside as FILE.corrupt; a missing one is recreated from the backup. Without --from, lists the backups kept beside the database.</source>
        <translation>La unidad no debe estar abierta para escritura en otro lugar. Una base de datos dañada se aparta como ARCHIVO.corrupt; si no existe, se vuelve a crear a partir de la copia de seguridad. Sin --from, enumera las copias de seguridad conservadas junto a la base de datos.</translation>
    </message>
    <message>
        <source>The unit database to restore.</source>
        <translation>La base de datos de la unidad que se restaurará.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The backup to restore: one of the database&apos;s own, or any copy &quot;ssedesk backup&quot; wrote.</source>
        <translation>La copia de seguridad que se restaurará: una de las de la propia base de datos o cualquier copia escrita por &quot;ssedesk backup&quot;.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>restore takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>restore no admite más argumentos, pero se le ha dado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>restore needs --database FILE: the unit database to restore.</source>
        <translation>restore necesita --database ARCHIVO: la base de datos de la unidad que se restaurará.</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP; %1 has no backups in %2.</source>
        <translation>restore necesita --from COPIA; %1 no tiene copias de seguridad en %2.</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP. The backups of %1, newest first:</source>
        <translation>restore necesita --from COPIA. Copias de seguridad de %1, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>--from names the database itself; choose one of its backups.</source>
        <translation>--from indica la propia base de datos; elija una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. What it held before is kept in %3.</source>
        <translation>Se ha restaurado %1 a partir de %2. Su contenido anterior se conserva en %3.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>El archivo dañado se ha conservado como %1.</translation>
    </message>
    <message>
        <source>%1 was damaged; it was kept as %2, and %3 was restored in its place.</source>
        <translation>%1 estaba dañado; se ha conservado como %2 y se ha restaurado %3 en su lugar.</translation>
    </message>
    <message>
        <source>%1 did not exist; %2 was restored in its place.</source>
        <translation>%1 no existía; se ha restaurado %2 en su lugar.</translation>
    </message>
</context>
<context>
    <name>App::ServerLogin</name>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>Contraseña de %1 en el servidor: </translation>
    </message>
</context>
<context>
    <name>App::ServerVerb</name>
    <message>
        <source>Prepare a unit&apos;s PostgreSQL server (init) and give people their logins (add-user).</source>
        <translation>Prepara el servidor PostgreSQL de una unidad (init) y da a las personas sus inicios de sesión (add-user).</translation>
    </message>
    <message>
        <source>  ssedesk server init --server postgresql://OWNER@HOST:PORT/DATABASE
  ssedesk server add-user --server postgresql://OWNER@HOST:PORT/DATABASE --email EMAIL --role ROLE
Run as the role that owns the database. The owner&apos;s password comes from the address, SSEDESK_SERVER_PASSWORD, or the terminal; the new person&apos;s from SSEDESK_NEW_PASSWORD or the terminal.</source>
        <translation>  ssedesk server init --server postgresql://PROPIETARIO@HOST:PUERTO/BASE
  ssedesk server add-user --server postgresql://PROPIETARIO@HOST:PUERTO/BASE --email CORREO --role ROL
Ejecútelo como el rol propietario de la base de datos. La contraseña del propietario se toma de la dirección, de SSEDESK_SERVER_PASSWORD o del terminal; la de la nueva persona, de SSEDESK_NEW_PASSWORD o del terminal.</translation>
    </message>
    <message>
        <source>The unit&apos;s database on its server.</source>
        <translation>La base de datos de la unidad en su servidor.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add-user: the e-mail address of a person of the unit; it becomes their login.</source>
        <translation>add-user: la dirección de correo electrónico de una persona de la unidad; pasa a ser su usuario.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>add-user: unit_head, supervisor, staff or observer.</source>
        <translation>add-user: unit_head, supervisor, staff u observer.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>init or add-user</source>
        <translation>init o add-user</translation>
    </message>
    <message>
        <source>server needs one action: init or add-user.</source>
        <translation>server necesita una acción: init o add-user.</translation>
    </message>
    <message>
        <source>server needs --server postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>server necesita --server postgresql://PROPIETARIO@HOST:PUERTO/BASE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server action: use init or add-user.</source>
        <translation>&quot;%1&quot; no es una acción de server: use init o add-user.</translation>
    </message>
    <message>
        <source>%1 is ready, with its group roles (%2) and their rules. Add each person with &quot;ssedesk server add-user&quot;.</source>
        <translation>%1 está listo, con sus roles de grupo (%2) y sus reglas. Añada a cada persona con &quot;ssedesk server add-user&quot;.</translation>
    </message>
    <message>
        <source>add-user needs --email: the e-mail address of a person of the unit.</source>
        <translation>add-user necesita --email: la dirección de correo electrónico de una persona de la unidad.</translation>
    </message>
    <message>
        <source>--role must be unit_head, supervisor, staff or observer, not &quot;%1&quot;.</source>
        <translation>--role debe ser unit_head, supervisor, staff u observer, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Set SSEDESK_NEW_PASSWORD to the new password of %1, or run this at a terminal to type it.</source>
        <translation>Defina SSEDESK_NEW_PASSWORD con la nueva contraseña de %1, o ejecute esto en un terminal para escribirla.</translation>
    </message>
    <message>
        <source>%1 may now log in to %2 as &quot;%3&quot; (role: %4).</source>
        <translation>%1 ya puede iniciar sesión en %2 como &quot;%3&quot; (rol: %4).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña de %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>La misma otra vez: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>App::StagedFile</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created next to %1: %2</source>
        <translation>No se puede crear un archivo temporal junto a %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Error al copiar %1: %2</translation>
    </message>
    <message>
        <source>The staged database %1 is still in use.</source>
        <translation>La base de datos provisional %1 sigue en uso.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
</context>
<context>
    <name>App::WritableUnit</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 holds no unit yet: open it once in SSE Unit Desk to create one.</source>
        <translation>%1 aún no contiene ninguna unidad: ábralo una vez en SSE Unit Desk para crear una.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>AppraisalScaleList</name>
    <message>
        <source>A rating scale needs at least two levels.</source>
        <translation>Una escala de calificación necesita al menos dos niveles.</translation>
    </message>
    <message>
        <source>List at least one competency.</source>
        <translation>Indique al menos una competencia.</translation>
    </message>
    <message>
        <source>Level %1 of the rating scale has no name.</source>
        <translation>El nivel %1 de la escala de calificación no tiene nombre.</translation>
    </message>
    <message>
        <source>Competency %1 has no name.</source>
        <translation>La competencia %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>&quot;%1...&quot; is longer than %2 characters.</source>
        <translation>&quot;%1...&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; each name must be different.</source>
        <translation>&quot;%1&quot; figura dos veces; cada nombre debe ser distinto.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be removed: ratings already given use it (%n).</source>
        <translation>
            <numerusform>No se puede eliminar &quot;%1&quot;: lo utiliza una calificación ya asignada (%n).</numerusform>
            <numerusform>No se puede eliminar &quot;%1&quot;: lo utilizan calificaciones ya asignadas (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be renamed: ratings already given use it (%n).</source>
        <translation>
            <numerusform>No se puede cambiar el nombre de &quot;%1&quot;: lo utiliza una calificación ya asignada (%n).</numerusform>
            <numerusform>No se puede cambiar el nombre de &quot;%1&quot;: lo utilizan calificaciones ya asignadas (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed meanwhile; open the list again.</source>
        <translation>&quot;%1&quot; se ha eliminado entretanto; vuelva a abrir la lista.</translation>
    </message>
    <message>
        <source>Ratings already given use these levels, which must keep their order, best first: %1.</source>
        <translation>Las calificaciones ya asignadas utilizan estos niveles, que deben mantener su orden, de mejor a peor: %1.</translation>
    </message>
</context>
<context>
    <name>Core::AccessGuards</name>
    <message>
        <source>You are signed in as an observer: you may read the unit but not change it.</source>
        <translation>Ha iniciado sesión como observador/a: puede consultar la unidad, pero no modificarla.</translation>
    </message>
    <message>
        <source>Only the person&apos;s supervisor or the unit head may change a person&apos;s record or contract.</source>
        <translation>Solo el/la supervisor/a de la persona o el/la jefe/a de unidad pueden modificar la ficha o el contrato de una persona.</translation>
    </message>
    <message>
        <source>Only the supervisor and the supervisee of a check-in, or the unit head, may change it.</source>
        <translation>Solo el/la supervisor/a y la persona supervisada de una reunión de seguimiento, o el/la jefe/a de unidad, pueden modificarla.</translation>
    </message>
    <message>
        <source>Only the person appraised, their appraising supervisor or the unit head may change an appraisal.</source>
        <translation>Solo la persona evaluada, su supervisor/a evaluador/a o el/la jefe/a de unidad pueden modificar una evaluación.</translation>
    </message>
    <message>
        <source>Only the unit head may create accounts or change roles; everyone may change their own password.</source>
        <translation>Solo el/la jefe/a de unidad puede crear cuentas o cambiar funciones; todas las personas pueden cambiar su propia contraseña.</translation>
    </message>
    <message>
        <source>Only the unit head may change the unit&apos;s settings and lists.</source>
        <translation>Solo el/la jefe/a de unidad puede modificar los parámetros y las listas de la unidad.</translation>
    </message>
    <message>
        <source>Only the plan&apos;s owner, their supervisor or the unit head may change a work plan, its objectives, activities and progress.</source>
        <translation>Solo el/la titular del plan, su supervisor/a o el/la jefe/a de unidad pueden modificar un plan de trabajo, sus objetivos, actividades y avances.</translation>
    </message>
    <message>
        <source>Both sides have signed this appraisal: it is locked, and nobody may change it.</source>
        <translation>Ambas partes han firmado esta evaluación: está bloqueada y nadie puede modificarla.</translation>
    </message>
</context>
<context>
    <name>Core::AccountRepository</name>
    <message>
        <source>The unit would have no unit head to manage its accounts: give another account the unit head&apos;s role first.</source>
        <translation>La unidad se quedaría sin jefe/a de unidad que gestione sus cuentas: asigne primero la función de jefe/a de unidad a otra cuenta.</translation>
    </message>
    <message>
        <source>The first account of a unit is the unit head&apos;s: someone must manage the others.</source>
        <translation>La primera cuenta de una unidad es la del/de la jefe/a de unidad: alguien debe gestionar las demás.</translation>
    </message>
    <message>
        <source>Choose a person of the unit.</source>
        <translation>Elija una persona de la unidad.</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 ya tiene una cuenta.</translation>
    </message>
    <message>
        <source>This person has no account.</source>
        <translation>Esta persona no tiene cuenta.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>La dirección de correo electrónico o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>The server let you in, but its unit has no person whose e-mail address is your login: ask the unit&apos;s administrator to add you with &quot;ssedesk server add-user&quot;.</source>
        <translation>El servidor le ha dejado entrar, pero su unidad no tiene ninguna persona cuya dirección de correo electrónico sea su usuario: pida al administrador de la unidad que le añada con &quot;ssedesk server add-user&quot;.</translation>
    </message>
</context>
<context>
    <name>Core::Activity</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>An activity belongs to an objective; none was chosen.</source>
        <translation>Una actividad pertenece a un objetivo; no se ha elegido ninguno.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Una actividad necesita un título.</translation>
    </message>
    <message>
        <source>An activity needs a due date.</source>
        <translation>Una actividad necesita una fecha de vencimiento.</translation>
    </message>
</context>
<context>
    <name>Core::ActivityRepository</name>
    <message>
        <source>The due date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation>La fecha de vencimiento %1 está fuera del período del plan (del %2 al %3).</translation>
    </message>
    <message>
        <source>The activity&apos;s objective no longer exists.</source>
        <translation>El objetivo de la actividad ya no existe.</translation>
    </message>
    <message>
        <source>Activity added: %1</source>
        <translation>Actividad añadida: %1</translation>
    </message>
    <message>
        <source>Adding the activity</source>
        <translation>Añadiendo la actividad</translation>
    </message>
    <message>
        <source>Activity changed: %1</source>
        <translation>Actividad modificada: %1</translation>
    </message>
    <message>
        <source>The plan is closed; its activities are kept as they were.</source>
        <translation>El plan está cerrado; sus actividades se conservan como estaban.</translation>
    </message>
    <message>
        <source>Saving the activity</source>
        <translation>Guardando la actividad</translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record. Cancel it instead.</source>
        <translation>Se han registrado avances en &quot;%1&quot;; queda en el registro. Cancélela en su lugar.</translation>
    </message>
    <message>
        <source>Activity removed: %1</source>
        <translation>Actividad eliminada: %1</translation>
    </message>
    <message>
        <source>Removing the activity</source>
        <translation>Eliminando la actividad</translation>
    </message>
</context>
<context>
    <name>Core::Actor</name>
    <message>
        <source>Unit head</source>
        <translation>Jefe/a de unidad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Funcionario/a</translation>
    </message>
    <message>
        <source>Observer (read only)</source>
        <translation>Observador/a (solo lectura)</translation>
    </message>
</context>
<context>
    <name>Core::AgendaQueries</name>
    <message>
        <source>Back-to-office report: %1</source>
        <translation>Informe de regreso a la oficina: %1</translation>
    </message>
</context>
<context>
    <name>Core::Appraisal</name>
    <message>
        <source>Objectives set</source>
        <translation>Objetivos fijados</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Examen de mitad de período</translation>
    </message>
    <message>
        <source>End-of-cycle appraisal</source>
        <translation>Evaluación de fin de ciclo</translation>
    </message>
    <message>
        <source>Choose whose appraisal this is.</source>
        <translation>Elija a quién corresponde esta evaluación.</translation>
    </message>
    <message>
        <source>An appraisal is written by a supervisor other than the staff member.</source>
        <translation>La evaluación la redacta un/a supervisor/a distinto/a del/de la funcionario/a.</translation>
    </message>
    <message>
        <source>An appraisal cycle needs a period.</source>
        <translation>Un ciclo de evaluación necesita un período.</translation>
    </message>
    <message>
        <source>The cycle ends (%1) before it starts (%2).</source>
        <translation>El ciclo termina (%1) antes de comenzar (%2).</translation>
    </message>
    <message>
        <source>Say when the objectives were set.</source>
        <translation>Indique cuándo se fijaron los objetivos.</translation>
    </message>
</context>
<context>
    <name>Core::AppraisalRepository</name>
    <message>
        <source>An appraised objective no longer exists.</source>
        <translation>Un objetivo evaluado ya no existe.</translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>La evaluación ya no existe.</translation>
    </message>
    <message>
        <source>The supervisor opens the appraisal cycle.</source>
        <translation>El ciclo de evaluación lo abre el/la supervisor/a.</translation>
    </message>
    <message>
        <source>An appraisal cycle from %1 to %2 already covers that period.</source>
        <translation>Un ciclo de evaluación del %1 al %2 ya abarca ese período.</translation>
    </message>
    <message>
        <source>Opening the appraisal cycle</source>
        <translation>Abriendo el ciclo de evaluación</translation>
    </message>
    <message>
        <source>Both sides have acknowledged this appraisal; it is locked and stays as signed.</source>
        <translation>Ambas partes han firmado esta evaluación; está bloqueada y se mantiene tal como se firmó.</translation>
    </message>
    <message>
        <source>Only the supervisor writes this part of the appraisal.</source>
        <translation>Solo el/la supervisor/a redacta esta parte de la evaluación.</translation>
    </message>
    <message>
        <source>Only the staff member writes this part of the appraisal.</source>
        <translation>Solo el/la funcionario/a redacta esta parte de la evaluación.</translation>
    </message>
    <message>
        <source>The end-of-cycle appraisal has begun; its objectives stay as set.</source>
        <translation>La evaluación de fin de ciclo ha comenzado; sus objetivos se mantienen tal como se fijaron.</translation>
    </message>
    <message>
        <source>The mid-term review has already been recorded.</source>
        <translation>El examen de mitad de período ya se ha registrado.</translation>
    </message>
    <message>
        <source>The mid-term review comes after the objectives are set (%1).</source>
        <translation>El examen de mitad de período tiene lugar después de fijar los objetivos (%1).</translation>
    </message>
    <message>
        <source>Hold the mid-term review before the end-of-cycle appraisal.</source>
        <translation>Realice el examen de mitad de período antes de la evaluación de fin de ciclo.</translation>
    </message>
    <message>
        <source>Ratings are given at the end-of-cycle appraisal.</source>
        <translation>Las calificaciones se asignan en la evaluación de fin de ciclo.</translation>
    </message>
    <message>
        <source>You have acknowledged your part; it stays as signed.</source>
        <translation>Usted ha firmado su parte; se mantiene tal como se firmó.</translation>
    </message>
    <message>
        <source>A rated objective is not one of this cycle&apos;s.</source>
        <translation>Un objetivo calificado no pertenece a este ciclo.</translation>
    </message>
    <message>
        <source>A rating names a level or competency the unit does not have.</source>
        <translation>Una calificación indica un nivel o una competencia que la unidad no tiene.</translation>
    </message>
    <message>
        <source>Comments are written at the end-of-cycle appraisal.</source>
        <translation>Los comentarios se redactan en la evaluación de fin de ciclo.</translation>
    </message>
    <message>
        <source>The appraisal is acknowledged at the end of the cycle.</source>
        <translation>La evaluación se firma al final del ciclo.</translation>
    </message>
    <message>
        <source>Say on which date you acknowledge.</source>
        <translation>Indique en qué fecha firma.</translation>
    </message>
    <message>
        <source>Rate every objective and competency before acknowledging (%1 of %2 rated).</source>
        <translation>Califique todos los objetivos y competencias antes de firmar (%1 de %2 calificados).</translation>
    </message>
    <message>
        <source>The supervisor acknowledges first; your acknowledgement confirms you have seen the ratings.</source>
        <translation>El/la supervisor/a firma primero; su firma confirma que usted ha visto las calificaciones.</translation>
    </message>
    <message>
        <source>Appraisals are confidential: only the person appraised, their appraising supervisor and the unit head see them.</source>
        <translation>Las evaluaciones son confidenciales: solo las ven la persona evaluada, su supervisor/a evaluador/a y el/la jefe/a de unidad.</translation>
    </message>
</context>
<context>
    <name>Core::Assignment</name>
    <message>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Pasantía</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>Plazo fijo</translation>
    </message>
    <message>
        <source>Technical cooperation</source>
        <translation>Cooperación técnica</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <source>An assignment belongs to a person; none was chosen.</source>
        <translation>Una asignación pertenece a una persona; no se ha elegido ninguna.</translation>
    </message>
    <message>
        <source>An assignment needs a title, such as &quot;JPO - SSE statistics&quot;.</source>
        <translation>Una asignación necesita un título, por ejemplo &quot;JPO - Estadísticas de la ESS&quot;.</translation>
    </message>
    <message>
        <source>The assignment needs a start date.</source>
        <translation>La asignación necesita una fecha de inicio.</translation>
    </message>
    <message>
        <source>The assignment needs an end date.</source>
        <translation>La asignación necesita una fecha de finalización.</translation>
    </message>
    <message>
        <source>The assignment ends (%1) before it starts (%2).</source>
        <translation>La asignación termina (%1) antes de comenzar (%2).</translation>
    </message>
</context>
<context>
    <name>Core::AssignmentRepository</name>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>La asignación ya no existe.</translation>
    </message>
    <message>
        <source>The assignment&apos;s person is not a person of the unit.</source>
        <translation>La persona de la asignación no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>Adding the assignment</source>
        <translation>Añadiendo la asignación</translation>
    </message>
    <message>
        <source>Saving the assignment</source>
        <translation>Guardando la asignación</translation>
    </message>
    <message>
        <source>Removing the assignment</source>
        <translation>Eliminando la asignación</translation>
    </message>
</context>
<context>
    <name>Core::AuditEvent</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Work plan revision</source>
        <translation>Revisión del plan de trabajo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Objective&apos;s thematic area</source>
        <translation>Área temática del objetivo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Progress entry</source>
        <translation>Anotación de avance</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Participante en la reunión</translation>
    </message>
    <message>
        <source>Meeting follow-up action</source>
        <translation>Medida de seguimiento de la reunión</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Deliverable contributor</source>
        <translation>Colaborador/a del entregable</translation>
    </message>
    <message>
        <source>Deliverable&apos;s objective</source>
        <translation>Objetivo del entregable</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Versión lingüística</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Mission traveller</source>
        <translation>Viajero/a de la misión</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Ronda de revisión</translation>
    </message>
    <message>
        <source>Review assessment</source>
        <translation>Valoración de la ronda de revisión</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Reunión de seguimiento</translation>
    </message>
    <message>
        <source>Check-in action</source>
        <translation>Medida a adoptar de la reunión de seguimiento</translation>
    </message>
    <message>
        <source>Check-in agenda item</source>
        <translation>Punto del orden del día de la reunión de seguimiento</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Appraisal rating</source>
        <translation>Calificación de la evaluación</translation>
    </message>
    <message>
        <source>Unit setting</source>
        <translation>Parámetro de la unidad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Strategy objective</source>
        <translation>Objetivo estratégico</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Meeting&apos;s deliverable</source>
        <translation>Producto de una reunión</translation>
    </message>
    <message>
        <source>Mission&apos;s deliverable</source>
        <translation>Producto de una misión</translation>
    </message>
    <message>
        <source>Objective discussed at a check-in</source>
        <translation>Objetivo tratado en una reunión de seguimiento</translation>
    </message>
    <message>
        <source>Recurring check-in item</source>
        <translation>Punto recurrente de las reuniones de seguimiento</translation>
    </message>
    <message>
        <source>Appraised objective</source>
        <translation>Objetivo evaluado</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Nivel de calificación</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
</context>
<context>
    <name>Core::AuditField</name>
    <message>
        <source>Traveller</source>
        <translation>Viajero/a</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Colaborador/a</translation>
    </message>
    <message>
        <source>Staff member appraised</source>
        <translation>Funcionario/a evaluado/a</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Trabajo realizado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Recurring item</source>
        <translation>Punto recurrente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Agreed by (supervisor)</source>
        <translation>Acordado por (supervisor/a)</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Back-to-office report submitted on</source>
        <translation>Informe de regreso a la oficina presentado el</translation>
    </message>
    <message>
        <source>Action carried over</source>
        <translation>Acción arrastrada</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Reunión de seguimiento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Lugar de destino</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>External participants</source>
        <translation>Participantes externos</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Mid-term review notes</source>
        <translation>Notas del examen de mitad de período</translation>
    </message>
    <message>
        <source>Mid-term review on</source>
        <translation>Examen de mitad de período el</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Objectives set on</source>
        <translation>Objetivos fijados el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation>Contraseña cambiada el</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje de avance</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Start of period</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Posición en la lista</translation>
    </message>
    <message>
        <source>Position title</source>
        <translation>Título del puesto</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <source>Renewable</source>
        <translation>Renovable</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerida</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor/a</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Ronda de revisión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Plan as it was</source>
        <translation>Plan tal como era</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Acknowledged by the staff member on</source>
        <translation>Firmado por el/la funcionario/a el</translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation>Comentarios del/de la funcionario/a</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Estado desde el</translation>
    </message>
    <message>
        <source>Strategy objective</source>
        <translation>Objetivo estratégico</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Elemento calificado</translation>
    </message>
    <message>
        <source>Rated item</source>
        <translation>Elemento calificado (número)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Superseded at</source>
        <translation>Sustituido el</translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation>Persona supervisada</translation>
    </message>
    <message>
        <source>Acknowledged by the supervisor on</source>
        <translation>Firmado por el/la supervisor/a el</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Comentarios del/de la supervisor/a</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Supervisor travels too</source>
        <translation>El/la supervisor/a también viaja</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>Core::AuditLog</name>
    <message>
        <source>The unit&apos;s change log is the unit head&apos;s to read.</source>
        <translation>El registro de cambios de la unidad solo lo puede consultar el/la jefe/a de unidad.</translation>
    </message>
    <message>
        <source>The history of a check-in or an appraisal is for its two parties and the unit head.</source>
        <translation>El historial de una reunión de seguimiento o de una evaluación está reservado a sus dos partes y al/a la jefe/a de unidad.</translation>
    </message>
</context>
<context>
    <name>Core::BackupFolder</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>automatic, while working</source>
        <translation>automática, durante el trabajo</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed: %2</source>
        <translation>No se puede eliminar la copia de seguridad antigua %1: %2</translation>
    </message>
</context>
<context>
    <name>Core::BackupService</name>
    <message>
        <source>The backup was made, but older ones were not thinned</source>
        <translation>Se ha hecho la copia de seguridad, pero no se han depurado las más antiguas</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restaurando %1</translation>
    </message>
    <message>
        <source>A database in memory has no backup folder.</source>
        <translation>Una base de datos en memoria no tiene carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the database: %1</source>
        <translation>No se ha podido copiar la copia de seguridad en la base de datos: %1</translation>
    </message>
    <message>
        <source>Only the unit head may restore a backup: it replaces everyone&apos;s work.</source>
        <translation>Solo el/la jefe/a de unidad puede restaurar una copia de seguridad: sustituye el trabajo de todas las personas.</translation>
    </message>
    <message>
        <source>A unit on a server is backed up by the server&apos;s administrators (pg_dump), not by SSE Unit Desk.</source>
        <translation>Una unidad en un servidor la copian los administradores del servidor (pg_dump), no SSE Unit Desk.</translation>
    </message>
</context>
<context>
    <name>Core::CheckIn</name>
    <message>
        <source>A check-in is between a supervisor and a supervisee.</source>
        <translation>Una reunión de seguimiento tiene lugar entre un/a supervisor/a y una persona supervisada.</translation>
    </message>
    <message>
        <source>A check-in needs two people: the supervisor and the supervisee.</source>
        <translation>Una reunión de seguimiento necesita dos personas: el/la supervisor/a y la persona supervisada.</translation>
    </message>
    <message>
        <source>A check-in needs a date.</source>
        <translation>Una reunión de seguimiento necesita una fecha.</translation>
    </message>
    <message>
        <source>An agenda item is empty.</source>
        <translation>Un punto del orden del día está vacío.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>Una medida a adoptar necesita un texto.</translation>
    </message>
</context>
<context>
    <name>Core::CheckInRepository</name>
    <message>
        <source>A discussed objective no longer exists.</source>
        <translation>Un objetivo examinado ya no existe.</translation>
    </message>
    <message>
        <source>The check-in no longer exists.</source>
        <translation>La reunión de seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Saving the recurring agenda items</source>
        <translation>Guardando los puntos recurrentes del orden del día</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Only the supervisor and the supervisee write their check-ins.</source>
        <translation>Solo el/la supervisor/a y la persona supervisada redactan sus reuniones de seguimiento.</translation>
    </message>
    <message>
        <source>The supervisor or the supervisee is not a person of the unit.</source>
        <translation>El/la supervisor/a o la persona supervisada no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>A check-in stays between the same two people.</source>
        <translation>Una reunión de seguimiento se mantiene entre las mismas dos personas.</translation>
    </message>
    <message>
        <source>Saving the check-in</source>
        <translation>Guardando la reunión de seguimiento</translation>
    </message>
    <message>
        <source>The action item no longer exists.</source>
        <translation>La medida a adoptar ya no existe.</translation>
    </message>
    <message>
        <source>Only the supervisor deletes a check-in.</source>
        <translation>Solo el/la supervisor/a puede eliminar una reunión de seguimiento.</translation>
    </message>
    <message>
        <source>Check-ins are between a supervisor and a supervisee: only they and the unit head see them.</source>
        <translation>Las reuniones de seguimiento tienen lugar entre un/a supervisor/a y una persona supervisada: solo las ven ellos y el/la jefe/a de unidad.</translation>
    </message>
</context>
<context>
    <name>Core::CorruptFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside to %2: %3</source>
        <translation>No se puede apartar %1 a %2: %3</translation>
    </message>
    <message>
        <source>%1 is still there; move the damaged file aside first.</source>
        <translation>%1 sigue ahí; aparte primero el archivo dañado.</translation>
    </message>
</context>
<context>
    <name>Core::CsvHeader</name>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation>Columna desconocida. Las columnas son: %1.</translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation>La columna aparece dos veces.</translation>
    </message>
    <message>
        <source>This column is missing; it is required.</source>
        <translation>Falta esta columna; es obligatoria.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>A value in a column with no name in the header: &quot;%1&quot;.</source>
        <translation>Un valor en una columna sin nombre en el encabezado: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Core::CsvImport</name>
    <message>
        <source>Some rows were refused; nothing was written.</source>
        <translation>Se han rechazado algunas filas; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nobody in the unit or in this file has the e-mail address %1.</source>
        <translation>Nadie en la unidad ni en este archivo tiene la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>The work plan &quot;%1&quot; is closed; a closed plan is kept as it was.</source>
        <translation>El plan de trabajo &quot;%1&quot; está cerrado; un plan cerrado se conserva como estaba.</translation>
    </message>
    <message>
        <source>Its objective, on row %1, was refused.</source>
        <translation>Su objetivo, en la fila %1, se ha rechazado.</translation>
    </message>
    <message>
        <source>Neither this file nor the plan has an objective titled &quot;%1&quot;.</source>
        <translation>Ni este archivo ni el plan tienen un objetivo titulado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no current work plan to import into; create the plan first.</source>
        <translation>%1 no tiene un plan de trabajo actual en el que importar; cree primero el plan.</translation>
    </message>
</context>
<context>
    <name>Core::CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>El archivo es texto UTF-16. Guárdelo como &quot;CSV UTF-8&quot; e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file is a workbook or an archive, not CSV. Save the sheet as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>El archivo es un libro de cálculo o un archivo comprimido, no CSV. Guarde la hoja como &quot;CSV UTF-8&quot; e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file is a database, not CSV.</source>
        <translation>El archivo es una base de datos, no CSV.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the cell is longer than the limit of %1 bytes.</source>
        <translation>la celda supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one. Quote the whole cell and double the quote (&quot;&quot;).</source>
        <translation>hay comillas dentro de una celda que no empieza con comillas. Ponga toda la celda entre comillas y duplique las comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the quoted cell never ends: a closing quote (&quot;) is missing.</source>
        <translation>la celda entre comillas no termina nunca: faltan las comillas de cierre (&quot;).</translation>
    </message>
    <message>
        <source>after a closing quote only a comma or the end of the line may follow.</source>
        <translation>tras unas comillas de cierre solo puede seguir una coma o el final de la línea.</translation>
    </message>
    <message>
        <source>the cell contains a NUL byte; this is not a text file.</source>
        <translation>la celda contiene un byte NUL; no es un archivo de texto.</translation>
    </message>
    <message>
        <source>the cell is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>la celda no es texto UTF-8 válido. Guarde el archivo como &quot;CSV UTF-8&quot; y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>the row has more than %1 columns.</source>
        <translation>la fila tiene más de %1 columnas.</translation>
    </message>
    <message>
        <source>the file has more than %1 cells.</source>
        <translation>el archivo tiene más de %1 celdas.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes; an import file is a table of people or of a plan, far smaller than that.</source>
        <translation>El archivo supera el límite de %1 bytes; un archivo de importación es una tabla de personas o de un plan, mucho más pequeña.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>Core::Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 holds no unit yet: there is nothing to read.</source>
        <translation>%1 aún no contiene ninguna unidad: no hay nada que leer.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of SSE Unit Desk (schema %2; this version reads %3). It must be upgraded before it can be read, and a read-only opening cannot do that: open it once for writing (a backup is taken before any upgrade).</source>
        <translation>%1 se escribió con una versión anterior de SSE Unit Desk (esquema %2; esta versión lee el %3). Debe actualizarse antes de poder leerse, y una apertura en modo de solo lectura no puede hacerlo: ábralo una vez para escritura (antes de cualquier actualización se hace una copia de seguridad).</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 ya existe; no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because the backup taken before every upgrade failed</source>
        <translation>%1 no se ha actualizado porque ha fallado la copia de seguridad que se hace antes de cada actualización</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite para Qt no está instalado (paquete Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>The database did not accept &quot;%1&quot; (it answered &quot;%2&quot;).</source>
        <translation>La base de datos no ha aceptado &quot;%1&quot; (ha respondido &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it; try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa está escribiendo en ella; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The database file is damaged: close it and open it again to restore a backup or salvage what can still be read.</source>
        <translation>El archivo de la base de datos está dañado: ciérrelo y vuelva a abrirlo para restaurar una copia de seguridad o rescatar lo que aún pueda leerse.</translation>
    </message>
    <message>
        <source>This database is open read-only: the change was not saved. To change the unit, open it for writing once no other program has it open, from a file you may write to.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura: el cambio no se ha guardado. Para modificar la unidad, ábrala para escritura cuando ningún otro programa la tenga abierta, desde un archivo en el que pueda escribir.</translation>
    </message>
    <message>
        <source>the disk is full. Nothing of this change was saved; free some space and try again.</source>
        <translation>el disco está lleno. No se ha guardado nada de este cambio; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the disk refused to read or write (%1). Nothing of this change was saved; if the disk is full, free some space and try again.</source>
        <translation>el disco se ha negado a leer o escribir (%1). No se ha guardado nada de este cambio; si el disco está lleno, libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it; try again in a moment.</source>
        <translation>%1 está ocupado: otro programa está escribiendo en él; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). It was left as it is. Restore the newest backup, or salvage what can still be read into a new file.</source>
        <translation>%1 está dañado (la comprobación de integridad ha encontrado: %2). Se ha dejado como está. Restaure la copia de seguridad más reciente o rescate en un archivo nuevo lo que aún pueda leerse.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>You are signed in as %1: you cannot act in someone else&apos;s name.</source>
        <translation>Ha iniciado sesión como %1: no puede actuar en nombre de otra persona.</translation>
    </message>
    <message>
        <source>The audit trail records what was done; nobody may change or delete it.</source>
        <translation>El registro de auditoría recoge lo que se ha hecho; nadie puede modificarlo ni eliminarlo.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (paquete Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 could not be reached or refused the login: %2</source>
        <translation>No se pudo llegar al servidor %1 o este rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The unit on %1 was written by a newer version of SSE Unit Desk (schema %2; this version reads up to %3). It was left untouched: use the newer version.</source>
        <translation>La unidad en %1 la escribió una versión más reciente de SSE Unit Desk (esquema %2; esta versión lee hasta el %3). No se ha modificado: use la versión más reciente.</translation>
    </message>
    <message>
        <source>%1 holds tables that are not an SSE Unit Desk unit. It was left untouched.</source>
        <translation>%1 contiene tablas que no son una unidad de SSE Unit Desk. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 holds no unit yet: its administrator prepares it with &quot;ssedesk server init&quot;.</source>
        <translation>%1 aún no contiene ninguna unidad: su administrador la prepara con &quot;ssedesk server init&quot;.</translation>
    </message>
    <message>
        <source>The unit on %1 is at schema %2 and this version needs %3: its administrator upgrades it with &quot;ssedesk server init&quot; (after taking a backup).</source>
        <translation>La unidad en %1 está en el esquema %2 y esta versión necesita el %3: su administrador la actualiza con &quot;ssedesk server init&quot; (tras hacer una copia de seguridad).</translation>
    </message>
    <message>
        <source>The server is busy with someone else&apos;s change to the same records; try again in a moment.</source>
        <translation>El servidor está ocupado con el cambio de otra persona en los mismos registros; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server refused: your role there may not do this (%1).</source>
        <translation>El servidor lo ha rechazado: su función en él no le permite hacerlo (%1).</translation>
    </message>
    <message>
        <source>the connection to the server was lost. Nothing of this change was saved; check the network and try again.</source>
        <translation>se ha perdido la conexión con el servidor. No se ha guardado nada de este cambio; compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full. Nothing of this change was saved.</source>
        <translation>el disco del servidor está lleno. No se ha guardado nada de este cambio.</translation>
    </message>
</context>
<context>
    <name>Core::DatabaseFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>no es un archivo SQLite</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>pertenece a otra aplicación</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SSE Unit Desk (schema %2; this version knows up to %3). Update the application to open it. The file was left untouched.</source>
        <translation>%1 se escribió con una versión más reciente de SSE Unit Desk (esquema %2; esta versión conoce hasta el %3). Actualice la aplicación para abrirlo. No se ha modificado el archivo.</translation>
    </message>
    <message>
        <source>%1 is not an SSE Unit Desk database (%2). It was left untouched.</source>
        <translation>%1 no es una base de datos de SSE Unit Desk (%2). No se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Core::DatabaseLock</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the lock file %2 cannot be created in its folder (no permission to write there).</source>
        <translation>No se puede abrir %1 para escritura: no se puede crear el archivo de bloqueo %2 en su carpeta (no hay permiso de escritura).</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the lock file %2 cannot be written (is the disk full?).</source>
        <translation>No se puede abrir %1 para escritura: no se puede escribir el archivo de bloqueo %2 (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>process %1 on host %2 since %3</source>
        <translation>proceso %1 en el equipo %2 desde %3</translation>
    </message>
    <message>
        <source>process %1 (%2) on host %3 since %4</source>
        <translation>proceso %1 (%2) en el equipo %3 desde %4</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program; close it there, or try again in a moment.</source>
        <translation>%1 está abierto para escritura en otro programa; ciérrelo allí o vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program: held by %2. Only one program may change a unit at a time; close it there and try again.</source>
        <translation>%1 está abierto para escritura en otro programa: lo tiene %2. Solo un programa a la vez puede modificar una unidad; ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>If SSE Unit Desk is no longer running on %1, delete %2.</source>
        <translation>Si SSE Unit Desk ya no se está ejecutando en %1, elimine %2.</translation>
    </message>
</context>
<context>
    <name>Core::Deliverable</name>
    <message>
        <source>ICLS paper</source>
        <translation>Documento para la CIET</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Informe nacional</translation>
    </message>
    <message>
        <source>Global report</source>
        <translation>Informe mundial</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation>Informe para el donante</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Informe de evaluación</translation>
    </message>
    <message>
        <source>Strategy paper</source>
        <translation>Documento de estrategia</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Propuesta de proyecto</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Términos de referencia</translation>
    </message>
    <message>
        <source>Knowledge product</source>
        <translation>Producto de conocimiento</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Material de formación</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Actualización de base de datos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>En corrección</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>A deliverable needs a title.</source>
        <translation>Un entregable necesita un título.</translation>
    </message>
    <message>
        <source>A deliverable needs an owner.</source>
        <translation>Un entregable necesita una persona responsable.</translation>
    </message>
    <message>
        <source>A deliverable needs a due date.</source>
        <translation>Un entregable necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166.</translation>
    </message>
    <message>
        <source>Not every required language version is delivered yet.</source>
        <translation>Todavía no se han entregado todas las versiones lingüísticas obligatorias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (two capital letters, such as FR).</source>
        <translation>&quot;%1&quot; no es un código de idioma (dos letras mayúsculas, por ejemplo FR).</translation>
    </message>
    <message>
        <source>The %1 version is listed twice.</source>
        <translation>La versión %1 figura dos veces.</translation>
    </message>
</context>
<context>
    <name>Core::DeliverableRepository</name>
    <message>
        <source>The owner is not a person of the unit.</source>
        <translation>La persona responsable no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>A contributor is not a person of the unit.</source>
        <translation>Un/a colaborador/a no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>A linked objective no longer exists.</source>
        <translation>Un objetivo vinculado ya no existe.</translation>
    </message>
    <message>
        <source>The linked project does not exist.</source>
        <translation>El proyecto vinculado no existe.</translation>
    </message>
    <message>
        <source>The consultancy assignment does not exist.</source>
        <translation>La asignación de consultoría no existe.</translation>
    </message>
    <message>
        <source>The draft is with its reviewer: record the review first.</source>
        <translation>El borrador está en manos de su revisor/a: registre primero la revisión.</translation>
    </message>
    <message>
        <source>A deliverable becomes %1 through a review round: submit the draft for review, and the reviewer&apos;s outcome moves it.</source>
        <translation>Un entregable pasa a %1 mediante una ronda de revisión: presente el borrador para revisión y el resultado del/de la revisor/a lo hará avanzar.</translation>
    </message>
    <message>
        <source>A deliverable that is %1 cannot become %2.</source>
        <translation>Un entregable en estado %1 no puede pasar a %2.</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>El entregable ya no existe.</translation>
    </message>
    <message>
        <source>A new deliverable cannot start %1: add it, then submit its draft for review.</source>
        <translation>Un entregable nuevo no puede comenzar en estado %1: añádalo y luego presente su borrador para revisión.</translation>
    </message>
    <message>
        <source>Adding the deliverable</source>
        <translation>Añadiendo el entregable</translation>
    </message>
    <message>
        <source>Saving the deliverable</source>
        <translation>Guardando el entregable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was delivered; it stays on record.</source>
        <translation>&quot;%1&quot; ya se ha entregado; queda en el registro.</translation>
    </message>
    <message>
        <source>Removing the deliverable</source>
        <translation>Eliminando el entregable</translation>
    </message>
    <message>
        <source>The language version no longer exists.</source>
        <translation>La versión lingüística ya no existe.</translation>
    </message>
</context>
<context>
    <name>Core::DemoReviewRounds</name>
    <message>
        <source>Several figures need a source.</source>
        <translation>Varias cifras necesitan una fuente.</translation>
    </message>
    <message>
        <source>The findings go further than the data allow.</source>
        <translation>Las conclusiones van más allá de lo que permiten los datos.</translation>
    </message>
    <message>
        <source>Cleared for publication.</source>
        <translation>Aprobado para su publicación.</translation>
    </message>
    <message>
        <source>Good basis; revise the data section and the conclusions.</source>
        <translation>Buena base; revise la sección de datos y las conclusiones.</translation>
    </message>
    <message>
        <source>A demo draft needs a reviewer.</source>
        <translation>Un borrador de demostración necesita un/a revisor/a.</translation>
    </message>
</context>
<context>
    <name>Core::DemoSupervision</name>
    <message>
        <source>Went through the plan objective by objective; the data collection is on track.</source>
        <translation>Se repasó el plan objetivo por objetivo; la recopilación de datos avanza según lo previsto.</translation>
    </message>
    <message>
        <source>Discussed the comments from the technical review and the next draft.</source>
        <translation>Se examinaron los comentarios de la revisión técnica y el próximo borrador.</translation>
    </message>
    <message>
        <source>Prepared the NAC meeting: agenda, participants and documents to circulate.</source>
        <translation>Se preparó la reunión del NAC: orden del día, participantes y documentos que se distribuirán.</translation>
    </message>
    <message>
        <source>Reviewed mission planning for the coming quarter and the budget available.</source>
        <translation>Se revisó la planificación de misiones del próximo trimestre y el presupuesto disponible.</translation>
    </message>
    <message>
        <source>Send the revised outline to the unit head</source>
        <translation>Enviar el esquema revisado al/a la jefe/a de unidad</translation>
    </message>
    <message>
        <source>Ask the statistics office for the latest survey</source>
        <translation>Pedir la última encuesta a la oficina de estadística</translation>
    </message>
    <message>
        <source>Share the draft agenda with the NAC members</source>
        <translation>Compartir el proyecto de orden del día con los miembros del NAC</translation>
    </message>
    <message>
        <source>Book the training on project cycle management</source>
        <translation>Reservar la formación sobre gestión del ciclo de proyectos</translation>
    </message>
    <message>
        <source>Update the contact list of partner cooperatives</source>
        <translation>Actualizar la lista de contactos de las cooperativas asociadas</translation>
    </message>
    <message>
        <source>Work plan progress</source>
        <translation>Avances del plan de trabajo</translation>
    </message>
    <message>
        <source>Blockers and support needed</source>
        <translation>Obstáculos y apoyo necesario</translation>
    </message>
    <message>
        <source>Next steps agreed as listed.</source>
        <translation>Próximos pasos acordados según la lista.</translation>
    </message>
    <message>
        <source>Heavy workload this month; check in again on priorities.</source>
        <translation>Mucha carga de trabajo este mes; volver a reunirse sobre las prioridades.</translation>
    </message>
    <message>
        <source>Good progress overall; priorities for the second half agreed.</source>
        <translation>Buenos avances en general; prioridades acordadas para el segundo semestre.</translation>
    </message>
    <message>
        <source>Delivered as agreed, with good quality.</source>
        <translation>Entregado según lo acordado, con buena calidad.</translation>
    </message>
    <message>
        <source>A productive year; keep sharing what you learn with the team.</source>
        <translation>Un año productivo; siga compartiendo con el equipo lo que aprende.</translation>
    </message>
    <message>
        <source>Thank you. I would welcome more field work next year.</source>
        <translation>Gracias. Me gustaría hacer más trabajo sobre el terreno el próximo año.</translation>
    </message>
</context>
<context>
    <name>Core::DemoUnit</name>
    <message>
        <source>The demo scale must be 1 or more, not %1.</source>
        <translation>La escala de la demostración debe ser 1 o más, no %1.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for today.</source>
        <translation>La demostración necesita una fecha válida para hoy.</translation>
    </message>
    <message>
        <source>The database already holds data; the demo writes only into a new or empty database.</source>
        <translation>La base de datos ya contiene datos; la demostración solo se escribe en una base de datos nueva o vacía.</translation>
    </message>
    <message>
        <source>Writing the demo unit</source>
        <translation>Escribiendo la unidad de demostración</translation>
    </message>
    <message>
        <source>Completed: %1.</source>
        <translation>Finalizado: %1.</translation>
    </message>
    <message>
        <source>Started: %1.</source>
        <translation>Iniciado: %1.</translation>
    </message>
    <message>
        <source>Worked on: %1.</source>
        <translation>Trabajo realizado: %1.</translation>
    </message>
    <message>
        <source>Finalising: %1.</source>
        <translation>En fase de finalización: %1.</translation>
    </message>
    <message>
        <source>Work plan %1 to %2</source>
        <translation>Plan de trabajo del %1 al %2</translation>
    </message>
</context>
<context>
    <name>Core::FileConnection</name>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite para Qt no está instalado (paquete Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Ejecutando &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Core::ImportIssue</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Core::IntegrityCheck</name>
    <message>
        <source>Checking foreign keys</source>
        <translation>Comprobando las claves externas</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>La fila %1 de la tabla %2 remite a una fila inexistente de la tabla %3.</translation>
    </message>
    <message>
        <source>%1 is not an SSE Unit Desk database (it is empty or missing).</source>
        <translation>%1 no es una base de datos de SSE Unit Desk (está vacía o no existe).</translation>
    </message>
    <message>
        <source>a page cannot be read</source>
        <translation>no se puede leer una página</translation>
    </message>
</context>
<context>
    <name>Core::LanguageVersion</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
</context>
<context>
    <name>Core::Meeting</name>
    <message>
        <source>National Advisory Committee</source>
        <translation>Comité Consultivo Nacional</translation>
    </message>
    <message>
        <source>Global Advisory Committee</source>
        <translation>Comité Consultivo Mundial</translation>
    </message>
    <message>
        <source>Joint NAC-GAC conference</source>
        <translation>Conferencia conjunta NAC-GAC</translation>
    </message>
    <message>
        <source>ICLS session</source>
        <translation>Reunión de la CIET</translation>
    </message>
    <message>
        <source>Inter-agency task force</source>
        <translation>Equipo de tareas interinstitucional</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Otra reunión</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <source>A meeting needs its dates.</source>
        <translation>Una reunión necesita sus fechas.</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>La reunión termina (%1) antes de comenzar (%2).</translation>
    </message>
    <message>
        <source>A National Advisory Committee is a country&apos;s: choose the country.</source>
        <translation>Un Comité Consultivo Nacional corresponde a un país: elija el país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166.</translation>
    </message>
    <message>
        <source>Every follow-up action needs a text.</source>
        <translation>Cada medida de seguimiento necesita un texto.</translation>
    </message>
</context>
<context>
    <name>Core::MeetingRepository</name>
    <message>
        <source>No meeting with id %1 exists.</source>
        <translation>No existe ninguna reunión con el identificador %1.</translation>
    </message>
    <message>
        <source>Adding the meeting</source>
        <translation>Añadiendo la reunión</translation>
    </message>
    <message>
        <source>Saving the meeting</source>
        <translation>Guardando la reunión</translation>
    </message>
    <message>
        <source>Removing the meeting</source>
        <translation>Eliminando la reunión</translation>
    </message>
    <message>
        <source>The follow-up action no longer exists.</source>
        <translation>La medida de seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Marking the follow-up action</source>
        <translation>Marcando la medida de seguimiento</translation>
    </message>
    <message>
        <source>Participant %1 is not a person of the unit.</source>
        <translation>El/la participante %1 no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The owner of the follow-up action &quot;%1&quot; is not a person of the unit.</source>
        <translation>La persona responsable de la medida de seguimiento &quot;%1&quot; no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The meeting&apos;s project no longer exists.</source>
        <translation>El proyecto de la reunión ya no existe.</translation>
    </message>
    <message>
        <source>Deliverable %1, linked to the meeting, does not exist.</source>
        <translation>El entregable %1, vinculado a la reunión, no existe.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; belongs to another meeting or no longer exists.</source>
        <translation>La medida de seguimiento &quot;%1&quot; pertenece a otra reunión o ya no existe.</translation>
    </message>
</context>
<context>
    <name>Core::MilestonePlanner</name>
    <message>
        <source>Documents circulated</source>
        <translation>Documentos distribuidos</translation>
    </message>
    <message>
        <source>Sent for translation</source>
        <translation>Enviado a traducción</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Presentado para aprobación</translation>
    </message>
    <message>
        <source>Draft to the reviewer</source>
        <translation>Borrador al/a la revisor/a</translation>
    </message>
    <message>
        <source>Start drafting</source>
        <translation>Empezar la redacción</translation>
    </message>
</context>
<context>
    <name>Core::Mission</name>
    <message>
        <source>Project mission</source>
        <translation>Misión de proyecto</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visita sobre el terreno</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizada</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Say what the mission is for.</source>
        <translation>Indique la finalidad de la misión.</translation>
    </message>
    <message>
        <source>A mission needs at least one traveller.</source>
        <translation>Una misión necesita al menos un/a viajero/a.</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>Elija el país de destino.</translation>
    </message>
    <message>
        <source>A mission needs its departure and return dates.</source>
        <translation>Una misión necesita sus fechas de salida y de regreso.</translation>
    </message>
    <message>
        <source>The mission returns (%1) before it leaves (%2).</source>
        <translation>La misión regresa (%1) antes de salir (%2).</translation>
    </message>
    <message>
        <source>A back-to-office report cannot be submitted before the return (%1).</source>
        <translation>No se puede presentar un informe de regreso a la oficina antes del regreso (%1).</translation>
    </message>
</context>
<context>
    <name>Core::MissionRepository</name>
    <message>
        <source>A traveller is not a person of the unit.</source>
        <translation>Un/a viajero/a no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The linked project does not exist.</source>
        <translation>El proyecto vinculado no existe.</translation>
    </message>
    <message>
        <source>The linked meeting does not exist.</source>
        <translation>La reunión vinculada no existe.</translation>
    </message>
    <message>
        <source>A linked deliverable does not exist.</source>
        <translation>Un entregable vinculado no existe.</translation>
    </message>
    <message>
        <source>%1 is already on mission then: &quot;%2&quot; (%3 to %4).</source>
        <translation>%1 ya está de misión en esas fechas: &quot;%2&quot; (del %3 al %4).</translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation>La misión ya no existe.</translation>
    </message>
    <message>
        <source>Adding the mission</source>
        <translation>Añadiendo la misión</translation>
    </message>
    <message>
        <source>A mission that is %1 cannot become %2.</source>
        <translation>Una misión en estado %1 no puede pasar a %2.</translation>
    </message>
    <message>
        <source>Saving the mission</source>
        <translation>Guardando la misión</translation>
    </message>
    <message>
        <source>&quot;%1&quot; took place; it stays on record.</source>
        <translation>&quot;%1&quot; ya tuvo lugar; queda en el registro.</translation>
    </message>
    <message>
        <source>Removing the mission</source>
        <translation>Eliminando la misión</translation>
    </message>
    <message>
        <source>A cancelled mission has no back-to-office report.</source>
        <translation>Una misión cancelada no tiene informe de regreso a la oficina.</translation>
    </message>
    <message>
        <source>The mission has not taken place yet; mark it under way or completed first.</source>
        <translation>La misión aún no ha tenido lugar; márquela primero como en curso o finalizada.</translation>
    </message>
</context>
<context>
    <name>Core::Objective</name>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Elemento de aprendizaje</translation>
    </message>
    <message>
        <source>An objective belongs to a work plan; none was chosen.</source>
        <translation>Un objetivo pertenece a un plan de trabajo; no se ha elegido ninguno.</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Un objetivo necesita un título.</translation>
    </message>
</context>
<context>
    <name>Core::ObjectiveRepository</name>
    <message>
        <source>The target date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation>La fecha meta %1 está fuera del período del plan (del %2 al %3).</translation>
    </message>
    <message>
        <source>The chosen strategy objective does not exist.</source>
        <translation>El objetivo estratégico elegido no existe.</translation>
    </message>
    <message>
        <source>One of the chosen thematic areas does not exist.</source>
        <translation>Una de las áreas temáticas elegidas no existe.</translation>
    </message>
    <message>
        <source>Objective added: %1</source>
        <translation>Objetivo añadido: %1</translation>
    </message>
    <message>
        <source>Adding the objective</source>
        <translation>Añadiendo el objetivo</translation>
    </message>
    <message>
        <source>Objective changed: %1</source>
        <translation>Objetivo modificado: %1</translation>
    </message>
    <message>
        <source>Saving the objective</source>
        <translation>Guardando el objetivo</translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record. Cancel its activities instead.</source>
        <translation>Se han registrado avances en &quot;%1&quot;; queda en el registro. Cancele sus actividades en su lugar.</translation>
    </message>
    <message>
        <source>Objective removed: %1</source>
        <translation>Objetivo eliminado: %1</translation>
    </message>
    <message>
        <source>Removing the objective</source>
        <translation>Eliminando el objetivo</translation>
    </message>
</context>
<context>
    <name>Core::Partner</name>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Workers&apos; organization</source>
        <translation>Organización de trabajadores</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>Organización de empleadores</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Organismo de las Naciones Unidas</translation>
    </message>
    <message>
        <source>SSE organization</source>
        <translation>Organización de la ESS</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Instituciones académicas</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un socio necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>Core::PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Una contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Una contraseña no puede estar formada solo por espacios.</translation>
    </message>
    <message>
        <source>The password library (libsodium) cannot start.</source>
        <translation>No se puede iniciar la biblioteca de contraseñas (libsodium).</translation>
    </message>
    <message>
        <source>The password could not be hashed: the computer is short of memory.</source>
        <translation>No se ha podido calcular el hash de la contraseña: el equipo no tiene memoria suficiente.</translation>
    </message>
</context>
<context>
    <name>Core::PeopleCsv</name>
    <message>
        <source>&quot;%1&quot; is not a category. The categories are: %2.</source>
        <translation>&quot;%1&quot; no es una categoría. Las categorías son: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code such as EN, FR or ES.</source>
        <translation>&quot;%1&quot; no es un código de idioma de dos letras como EN, FR o ES.</translation>
    </message>
    <message>
        <source>A person cannot supervise themselves.</source>
        <translation>Una persona no puede supervisarse a sí misma.</translation>
    </message>
    <message>
        <source>The file is empty. Its first row names the columns: %1.</source>
        <translation>El archivo está vacío. Su primera fila indica las columnas: %1.</translation>
    </message>
    <message>
        <source>%1 is already the e-mail address of row %2.</source>
        <translation>%1 ya es la dirección de correo electrónico de la fila %2.</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation>El archivo indica sus columnas, pero no tiene filas.</translation>
    </message>
</context>
<context>
    <name>Core::PeopleRepository</name>
    <message>
        <source>No person with id %1 exists.</source>
        <translation>No existe ninguna persona con el identificador %1.</translation>
    </message>
    <message>
        <source>Nobody in the unit has the e-mail address %1.</source>
        <translation>Nadie en la unidad tiene la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>%1 already uses the e-mail address %2.</source>
        <translation>%1 ya utiliza la dirección de correo electrónico %2.</translation>
    </message>
    <message>
        <source>The chosen supervisor is not a person of the unit.</source>
        <translation>El/la supervisor/a elegido/a no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>%1 cannot be supervised by someone they supervise, directly or not.</source>
        <translation>%1 no puede ser supervisado/a por alguien a quien supervisa, directa o indirectamente.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Añadiendo %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <source>%1 has work plans; they are part of the unit&apos;s record.</source>
        <translation>%1 tiene planes de trabajo; forman parte del registro de la unidad.</translation>
    </message>
    <message>
        <source>%1 has logged progress; it is part of the unit&apos;s record.</source>
        <translation>%1 ha registrado avances; forman parte del registro de la unidad.</translation>
    </message>
    <message>
        <source>%1 supervises people; give them another supervisor first.</source>
        <translation>%1 supervisa a otras personas; asígneles primero otro/a supervisor/a.</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Eliminando %1</translation>
    </message>
</context>
<context>
    <name>Core::Person</name>
    <message>
        <source>Unit head</source>
        <translation>Jefe/a de unidad</translation>
    </message>
    <message>
        <source>Technical officer</source>
        <translation>Oficial técnico/a</translation>
    </message>
    <message>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Pasante</translation>
    </message>
    <message>
        <source>National consultant</source>
        <translation>Consultor/a nacional</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Otro personal</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected something like name@ilo.org).</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico (se esperaba algo como nombre@ilo.org).</translation>
    </message>
    <message>
        <source>A person cannot supervise themselves.</source>
        <translation>Una persona no puede supervisarse a sí misma.</translation>
    </message>
</context>
<context>
    <name>Core::PlanChangeGate</name>
    <message>
        <source>The work plan &quot;%1&quot; is closed; a closed plan is kept as it was.</source>
        <translation>El plan de trabajo &quot;%1&quot; está cerrado; un plan cerrado se conserva como estaba.</translation>
    </message>
</context>
<context>
    <name>Core::ProgressEntry</name>
    <message>
        <source>Choose the objective or activity this progress is about.</source>
        <translation>Elija el objetivo o la actividad a que se refiere este avance.</translation>
    </message>
    <message>
        <source>A progress entry needs an author.</source>
        <translation>Una anotación de avance necesita un/a autor/a.</translation>
    </message>
    <message>
        <source>A progress entry needs a date.</source>
        <translation>Una anotación de avance necesita una fecha.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; progress is logged once done.</source>
        <translation>La fecha %1 es futura; los avances se registran una vez realizados.</translation>
    </message>
    <message>
        <source>Percent complete must be between 0 and 100, not %1.</source>
        <translation>El porcentaje completado debe estar entre 0 y 100, no %1.</translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation>Indique en pocas palabras lo que se ha hecho.</translation>
    </message>
</context>
<context>
    <name>Core::ProgressRepository</name>
    <message>
        <source>The progress entry no longer exists.</source>
        <translation>La anotación de avance ya no existe.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is closed; progress can no longer be logged on it.</source>
        <translation>El plan &quot;%1&quot; está cerrado; ya no se pueden registrar avances en él.</translation>
    </message>
    <message>
        <source>The date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation>La fecha %1 está fuera del período del plan (del %2 al %3).</translation>
    </message>
    <message>
        <source>The author is not a person of the unit.</source>
        <translation>El/la autor/a no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The activity is not part of the chosen objective.</source>
        <translation>La actividad no forma parte del objetivo elegido.</translation>
    </message>
    <message>
        <source>Logging progress</source>
        <translation>Registrando avances</translation>
    </message>
    <message>
        <source>Removing the progress entry</source>
        <translation>Eliminando la anotación de avance</translation>
    </message>
    <message>
        <source>The objective no longer exists.</source>
        <translation>El objetivo ya no existe.</translation>
    </message>
    <message>
        <source>Logging progress: the database did not return the new entry.</source>
        <translation>Registro del avance: la base de datos no devolvió la nueva entrada.</translation>
    </message>
</context>
<context>
    <name>Core::Project</name>
    <message>
        <source>A project needs its code, such as SEN/24/01/LUX.</source>
        <translation>Un proyecto necesita su código, por ejemplo SEN/24/01/LUX.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Un proyecto necesita un título.</translation>
    </message>
    <message>
        <source>The project ends (%1) before it starts (%2).</source>
        <translation>El proyecto termina (%1) antes de comenzar (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as SN).</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166 (dos letras mayúsculas, por ejemplo SN).</translation>
    </message>
</context>
<context>
    <name>Core::ProjectRepository</name>
    <message>
        <source>No project with id %1 exists.</source>
        <translation>No existe ningún proyecto con el identificador %1.</translation>
    </message>
    <message>
        <source>Adding project %1</source>
        <translation>Añadiendo el proyecto %1</translation>
    </message>
    <message>
        <source>Saving project %1</source>
        <translation>Guardando el proyecto %1</translation>
    </message>
    <message>
        <source>Project %1 is linked to %2; link them to another project or to none first.</source>
        <translation>El proyecto %1 está vinculado a %2; vincúlelos primero a otro proyecto o a ninguno.</translation>
    </message>
    <message>
        <source>Removing project %1</source>
        <translation>Eliminando el proyecto %1</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Añadiendo %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <source>Removing the partner</source>
        <translation>Eliminando el socio</translation>
    </message>
    <message>
        <source>No partner with id %1 exists.</source>
        <translation>No existe ningún socio con el identificador %1.</translation>
    </message>
    <message>
        <source>Another project already has the code %1.</source>
        <translation>Otro proyecto ya tiene el código %1.</translation>
    </message>
    <message>
        <source>%1 is already a partner.</source>
        <translation>%1 ya es un socio.</translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n misión</numerusform>
            <numerusform>%n misiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n entregable</numerusform>
            <numerusform>%n entregables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>Core::ReviewRepository</name>
    <message>
        <source>The author is not a person of the unit.</source>
        <translation>El/la autor/a no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The reviewer is not a person of the unit.</source>
        <translation>El/la revisor/a no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The review round no longer exists.</source>
        <translation>La ronda de revisión ya no existe.</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>El entregable ya no existe.</translation>
    </message>
    <message>
        <source>A draft of &quot;%1&quot; is already waiting for review.</source>
        <translation>Ya hay un borrador de &quot;%1&quot; en espera de revisión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only a draft being written or revised goes to review.</source>
        <translation>&quot;%1&quot; está en estado %2; solo se envía a revisión un borrador en redacción o en corrección.</translation>
    </message>
    <message>
        <source>Submitting the draft</source>
        <translation>Presentando el borrador</translation>
    </message>
    <message>
        <source>Round %1 has already been reviewed; its record stays as it was.</source>
        <translation>La ronda %1 ya se ha revisado; su registro se mantiene como estaba.</translation>
    </message>
</context>
<context>
    <name>Core::ReviewRound</name>
    <message>
        <source>Waiting for review</source>
        <translation>En espera de revisión</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Accuracy of facts</source>
        <translation>Exactitud de los hechos</translation>
    </message>
    <message>
        <source>Soundness of analysis and findings</source>
        <translation>Solidez del análisis y de las conclusiones</translation>
    </message>
    <message>
        <source>Conformity with instructions and policy</source>
        <translation>Conformidad con las instrucciones y las políticas</translation>
    </message>
    <message>
        <source>Accomplishment of the assigned objectives</source>
        <translation>Cumplimiento de los objetivos asignados</translation>
    </message>
    <message>
        <source>Choose the deliverable the draft is of.</source>
        <translation>Elija el entregable al que corresponde el borrador.</translation>
    </message>
    <message>
        <source>Say who submits the draft.</source>
        <translation>Indique quién presenta el borrador.</translation>
    </message>
    <message>
        <source>Say when the draft was submitted.</source>
        <translation>Indique cuándo se presentó el borrador.</translation>
    </message>
    <message>
        <source>Choose the reviewer.</source>
        <translation>Elija al/a la revisor/a.</translation>
    </message>
    <message>
        <source>A draft is reviewed by someone other than its author.</source>
        <translation>Un borrador lo revisa una persona distinta de su autor/a.</translation>
    </message>
    <message>
        <source>Choose the outcome: cleared, revise or rejected.</source>
        <translation>Elija el resultado: aprobado, por corregir o rechazado.</translation>
    </message>
    <message>
        <source>Say when the draft was reviewed.</source>
        <translation>Indique cuándo se revisó el borrador.</translation>
    </message>
    <message>
        <source>The review (%1) cannot come before the submission (%2).</source>
        <translation>La revisión (%1) no puede ser anterior a la presentación (%2).</translation>
    </message>
    <message>
        <source>Assess &quot;%1&quot; on the scale of 1 to 4.</source>
        <translation>Evalúe &quot;%1&quot; en la escala de 1 a 4.</translation>
    </message>
</context>
<context>
    <name>Core::RowReader</name>
    <message>
        <source>The work plan no longer exists.</source>
        <translation>El plan de trabajo ya no existe.</translation>
    </message>
    <message>
        <source>The objective no longer exists.</source>
        <translation>El objetivo ya no existe.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>La actividad ya no existe.</translation>
    </message>
</context>
<context>
    <name>Core::Salvage</name>
    <message>
        <source>%1 holds no SSE Unit Desk data to salvage.</source>
        <translation>%1 no contiene datos de SSE Unit Desk que rescatar.</translation>
    </message>
    <message>
        <source>The salvaged rows could not be made consistent.</source>
        <translation>No se ha podido dar coherencia a las filas rescatadas.</translation>
    </message>
    <message>
        <source>The salvaged copy fails its own check: %1</source>
        <translation>La copia rescatada no supera su propia comprobación: %1</translation>
    </message>
    <message>
        <source>the rows after number %1 and before number %2 could not be read</source>
        <translation>no se han podido leer las filas posteriores a la número %1 y anteriores a la número %2</translation>
    </message>
    <message>
        <source>the rows after number %1 could not be read</source>
        <translation>no se han podido leer las filas posteriores a la número %1</translation>
    </message>
    <message>
        <source>the rows before number %1 could not be read</source>
        <translation>no se han podido leer las filas anteriores a la número %1</translation>
    </message>
    <message>
        <source>no row could be read</source>
        <translation>no se ha podido leer ninguna fila</translation>
    </message>
    <message>
        <source>%1 of %2 rows saved</source>
        <translation>%1 de %2 filas guardadas</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved</source>
        <translation>
            <numerusform>%n fila guardada</numerusform>
            <numerusform>%n filas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows dropped because a row they depend on was lost or a value was damaged</source>
        <translation>
            <numerusform>%n fila descartada porque se perdió una fila de la que depende o un valor estaba dañado</numerusform>
            <numerusform>%n filas descartadas porque se perdió una fila de la que dependen o un valor estaba dañado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references to lost rows cleared</source>
        <translation>
            <numerusform>%n referencia a filas perdidas borrada</numerusform>
            <numerusform>%n referencias a filas perdidas borradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::SchemaMigrations</name>
    <message>
        <source>Upgrading the database to schema version %1</source>
        <translation>Actualizando la base de datos a la versión de esquema %1</translation>
    </message>
</context>
<context>
    <name>Core::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address: write it as %2.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor: escríbala como %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no user: write it as %2.</source>
        <translation>La dirección de servidor %1 no indica ningún usuario: escríbala como %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no host: write it as %2.</source>
        <translation>La dirección de servidor %1 no indica ningún host: escríbala como %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no database: write it as %2.</source>
        <translation>La dirección de servidor %1 no indica ninguna base de datos: escríbala como %2.</translation>
    </message>
    <message>
        <source>The server address %1 has an option this version does not know: %2.</source>
        <translation>La dirección de servidor %1 tiene una opción que esta versión no conoce: %2.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; must be lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>El esquema &quot;%1&quot; debe constar de letras minúsculas, cifras y guiones bajos, y empezar por una letra.</translation>
    </message>
    <message>
        <source>%1 on %2:%3, as %4</source>
        <translation>%1 en %2:%3, como %4</translation>
    </message>
</context>
<context>
    <name>Core::ServerMigration</name>
    <message>
        <source>%1 is at schema version %2 and %3 at %4: a unit is copied between two of the same version. Open the file once with this version of SSE Unit Desk to upgrade it (a backup is taken first).</source>
        <translation>%1 está en el esquema %2 y %3 en el %4: una unidad se copia entre dos bases de la misma versión. Abra el archivo una vez con esta versión de SSE Unit Desk para actualizarlo (antes se hace una copia de seguridad).</translation>
    </message>
    <message>
        <source>%1 has accounts: only its unit head may move it to a server, since the copy holds everything, confidential records included. Sign in as the unit head.</source>
        <translation>%1 tiene cuentas: solo su jefe/a de unidad puede trasladarla a un servidor, ya que la copia lo contiene todo, incluidos los registros confidenciales. Inicie sesión como jefe/a de unidad.</translation>
    </message>
    <message>
        <source>The unit&apos;s tables refer to each other in a circle (%1): they cannot be copied one after the other.</source>
        <translation>Las tablas de la unidad se remiten unas a otras en círculo (%1): no se pueden copiar una tras otra.</translation>
    </message>
    <message>
        <source>%1 already holds a unit (its table %2 has rows). Nothing was copied, and it was left as it was.</source>
        <translation>%1 ya contiene una unidad (su tabla %2 tiene filas). No se ha copiado nada y se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in %3 but %4 on the server after the copy. Nothing was copied: %5 was left as it was.</source>
        <translation>La tabla %1 tiene %2 filas en %3 pero %4 en el servidor tras la copia. No se ha copiado nada: %5 se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>Copia de la tabla %1</translation>
    </message>
</context>
<context>
    <name>Core::ServerRoles</name>
    <message>
        <source>Creating the group role %1</source>
        <translation>Creación del rol de grupo %1</translation>
    </message>
    <message>
        <source>%1 is longer than the 63 bytes a PostgreSQL role name may have.</source>
        <translation>%1 supera los 63 bytes que puede tener un nombre de rol de PostgreSQL.</translation>
    </message>
    <message>
        <source>Creating the login %1</source>
        <translation>Creación del inicio de sesión %1</translation>
    </message>
</context>
<context>
    <name>Core::SqlStatement</name>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation>Preparando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Ejecutando &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Core::StorageLocation</name>
    <message>
        <source>%1 is on %2. SQLite cannot rely on the locks of a network file system: two people working on this unit at once can damage it. Keep the unit on a local disk of one computer, and share exports and backups instead.</source>
        <translation>%1 está en %2. SQLite no puede confiar en los bloqueos de un sistema de archivos en red: si dos personas trabajan a la vez en esta unidad, pueden dañarla. Conserve la unidad en un disco local de un solo equipo y comparta en su lugar las exportaciones y las copias de seguridad.</translation>
    </message>
    <message>
        <source>an NFS share</source>
        <translation>un recurso compartido NFS</translation>
    </message>
    <message>
        <source>an SMB (Windows) share</source>
        <translation>un recurso compartido SMB (Windows)</translation>
    </message>
    <message>
        <source>a Ceph file system</source>
        <translation>un sistema de archivos Ceph</translation>
    </message>
    <message>
        <source>an AFS share</source>
        <translation>un recurso compartido AFS</translation>
    </message>
    <message>
        <source>an SSHFS mount</source>
        <translation>un montaje SSHFS</translation>
    </message>
    <message>
        <source>a network location mounted by the desktop (GVfs)</source>
        <translation>una ubicación de red montada por el escritorio (GVfs)</translation>
    </message>
</context>
<context>
    <name>Core::SummaryQueries</name>
    <message>
        <source>No person was named for the summary.</source>
        <translation>No se ha indicado ninguna persona para el resumen.</translation>
    </message>
    <message>
        <source>No person with id %1 is recorded in this unit.</source>
        <translation>No hay ninguna persona con el identificador %1 registrada en esta unidad.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Colaborador/a</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Presentado el %1</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Con retraso desde el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading the performance summaries</source>
        <translation>Leyendo los resúmenes de desempeño</translation>
    </message>
    <message>
        <source>A performance summary is seen by the person, their supervisor and the unit head only.</source>
        <translation>Un resumen del desempeño solo lo ven la persona, su supervisor/a y el/la jefe/a de unidad.</translation>
    </message>
    <message>
        <source>The summaries of the whole unit are the unit head&apos;s to export; you may export your own and those of the people you supervise.</source>
        <translation>Exportar los resúmenes de toda la unidad corresponde al/a la jefe/a de unidad; usted puede exportar el suyo y los de las personas que supervisa.</translation>
    </message>
</context>
<context>
    <name>Core::TableSalvage</name>
    <message>
        <source>Preparing the copy of %1</source>
        <translation>Preparando la copia de %1</translation>
    </message>
    <message>
        <source>Writing the rows of %1</source>
        <translation>Escribiendo las filas de %1</translation>
    </message>
</context>
<context>
    <name>Core::TransactionGuard</name>
    <message>
        <source>The database abandoned the change halfway; nothing of it was kept.</source>
        <translation>La base de datos abandonó el cambio a medias; no se ha conservado nada de él.</translation>
    </message>
</context>
<context>
    <name>Core::UnitSettings</name>
    <message>
        <source>A back-to-office report is due within 1 to 60 working days, not %1.</source>
        <translation>El plazo de un informe de regreso a la oficina es de 1 a 60 días laborables, no %1.</translation>
    </message>
    <message>
        <source>The unit&apos;s name is at most 200 characters long.</source>
        <translation>El nombre de la unidad tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Keep the backups of 1 to %1 days, not %2.</source>
        <translation>Conserve las copias de seguridad de 1 a %1 días, no %2.</translation>
    </message>
    <message>
        <source>Keep the backups of 0 to %1 weeks, not %2.</source>
        <translation>Conserve las copias de seguridad de 0 a %1 semanas, no %2.</translation>
    </message>
    <message>
        <source>Keep the backups of 0 to %1 months, not %2.</source>
        <translation>Conserve las copias de seguridad de 0 a %1 meses, no %2.</translation>
    </message>
</context>
<context>
    <name>Core::UnitStore</name>
    <message>
        <source>This unit has accounts: sign in with your e-mail address and password.</source>
        <translation>Esta unidad tiene cuentas: inicie sesión con su dirección de correo electrónico y su contraseña.</translation>
    </message>
</context>
<context>
    <name>Core::VerifiedCopy</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Checking the new backup</source>
        <translation>Comprobando la nueva copia de seguridad</translation>
    </message>
    <message>
        <source>the copy has schema version %1 instead of %2</source>
        <translation>la copia tiene la versión de esquema %1 en lugar de la %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>No se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>Preparando la copia de seguridad</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Escribiendo la copia de seguridad %1</translation>
    </message>
</context>
<context>
    <name>Core::WorkPlan</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>A work plan belongs to a supervisee; none was chosen.</source>
        <translation>Un plan de trabajo pertenece a una persona supervisada; no se ha elegido ninguna.</translation>
    </message>
    <message>
        <source>A work plan needs a title.</source>
        <translation>Un plan de trabajo necesita un título.</translation>
    </message>
    <message>
        <source>A work plan needs a period: a start and an end date.</source>
        <translation>Un plan de trabajo necesita un período: una fecha de inicio y una de finalización.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends (%1) before it starts (%2).</source>
        <translation>El período del plan termina (%1) antes de comenzar (%2).</translation>
    </message>
</context>
<context>
    <name>Core::WorkPlanCsv</name>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD, such as 2026-03-31.</source>
        <translation>&quot;%1&quot; no es una fecha con el formato AAAA-MM-DD, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>Say what the row is: objective, learning or activity.</source>
        <translation>Indique qué es la fila: objective, learning o activity.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of row; write objective, learning or activity.</source>
        <translation>&quot;%1&quot; no es un tipo de fila; escriba objective, learning o activity.</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation>El archivo indica sus columnas, pero no tiene filas.</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Un objetivo necesita un título.</translation>
    </message>
    <message>
        <source>An objective&apos;s row holds no activity; put each activity on a row of its own.</source>
        <translation>La fila de un objetivo no contiene actividades; ponga cada actividad en una fila propia.</translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is already on row %2; activities could not tell them apart.</source>
        <translation>El objetivo &quot;%1&quot; ya está en la fila %2; las actividades no podrían distinguirlos.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Una actividad necesita un título.</translation>
    </message>
    <message>
        <source>An activity needs a due date, written YYYY-MM-DD.</source>
        <translation>Una actividad necesita una fecha de vencimiento con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>An activity has no %1; it belongs on its objective&apos;s row.</source>
        <translation>Una actividad no tiene %1; corresponde a la fila de su objetivo.</translation>
    </message>
    <message>
        <source>Name the activity&apos;s objective, or put the activity below its objective&apos;s row.</source>
        <translation>Indique el objetivo de la actividad o ponga la actividad debajo de la fila de su objetivo.</translation>
    </message>
    <message>
        <source>Its objective, on row %1, has a problem; fix that row first.</source>
        <translation>Su objetivo, en la fila %1, tiene un problema; corrija primero esa fila.</translation>
    </message>
    <message>
        <source>The file is empty. Its first row names the columns: %1.</source>
        <translation>El archivo está vacío. Su primera fila indica las columnas: %1.</translation>
    </message>
</context>
<context>
    <name>Core::WorkPlanRepository</name>
    <message>
        <source>This person already has an agreed plan for that period: &quot;%1&quot; (%2 to %3). Close it first.</source>
        <translation>Esta persona ya tiene un plan acordado para ese período: &quot;%1&quot; (del %2 al %3). Ciérrelo primero.</translation>
    </message>
    <message>
        <source>The plan&apos;s supervisee is not a person of the unit.</source>
        <translation>La persona supervisada del plan no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>The chosen assignment is not one of this person&apos;s.</source>
        <translation>La asignación elegida no es de esta persona.</translation>
    </message>
    <message>
        <source>Adding the work plan</source>
        <translation>Añadiendo el plan de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>%n planned date(s) would fall outside the period %1 to %2. Move them first.</source>
        <translation>
            <numerusform>%n fecha prevista quedaría fuera del período del %1 al %2. Muévala primero.</numerusform>
            <numerusform>%n fechas previstas quedarían fuera del período del %1 al %2. Muévalas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title or period changed</source>
        <translation>Título o período modificado</translation>
    </message>
    <message>
        <source>Saving the work plan</source>
        <translation>Guardando el plan de trabajo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been agreed; it stays on record. Close it instead.</source>
        <translation>&quot;%1&quot; ya se ha acordado; queda en el registro. Ciérrelo en su lugar.</translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record.</source>
        <translation>Se han registrado avances en &quot;%1&quot;; queda en el registro.</translation>
    </message>
    <message>
        <source>Deleting the work plan</source>
        <translation>Eliminando el plan de trabajo</translation>
    </message>
    <message>
        <source>Say on which date the plan was agreed.</source>
        <translation>Indique en qué fecha se acordó el plan.</translation>
    </message>
    <message>
        <source>Only a draft can be agreed; &quot;%1&quot; is %2.</source>
        <translation>Solo se puede acordar un borrador; &quot;%1&quot; está en estado %2.</translation>
    </message>
    <message>
        <source>A plan is agreed between the supervisee and a supervisor; the supervisee cannot agree it alone.</source>
        <translation>Un plan se acuerda entre la persona supervisada y un/a supervisor/a; la persona supervisada no puede acordarlo sola.</translation>
    </message>
    <message>
        <source>The supervisor who agreed the plan is not a person of the unit.</source>
        <translation>El/la supervisor/a que acordó el plan no es una persona de la unidad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no objectives yet; there is nothing to agree.</source>
        <translation>&quot;%1&quot; aún no tiene objetivos; no hay nada que acordar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it cannot become %3.</source>
        <translation>&quot;%1&quot; está en estado %2; no puede pasar a %3.</translation>
    </message>
</context>
<context>
    <name>Report::BatchExport</name>
    <message>
        <source>person-%1</source>
        <translation>persona-%1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Report::DocumentFile</name>
    <message>
        <source>A document is written as PDF, ODT or HTML, not as %1.</source>
        <translation>Un documento se escribe en PDF, ODT o HTML, no en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Report::DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Report::ReportText</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Report::SummaryDocument</name>
    <message>
        <source>Performance review summary — %1, %2</source>
        <translation>Resumen de evaluación del desempeño — %1, %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No activity recorded in this cycle: no objectives, deliverables, missions, check-ins, review rounds or appraisal between %1 and %2.</source>
        <translation>No hay actividad registrada en este ciclo: ni objetivos, entregables, misiones, reuniones de seguimiento, rondas de revisión ni evaluación entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>Performance review summary</source>
        <translation>Resumen de evaluación del desempeño</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Funcionario/a</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Lugar de destino</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>%1 at %2 on average</source>
        <translation>%1, con un avance medio del %2</translation>
    </message>
    <message>
        <source>1 work objective</source>
        <translation>1 objetivo de trabajo</translation>
    </message>
    <message>
        <source>%1 work objectives</source>
        <translation>%1 objetivos de trabajo</translation>
    </message>
    <message>
        <source>1 learning element</source>
        <translation>1 elemento de aprendizaje</translation>
    </message>
    <message>
        <source>%1 learning elements</source>
        <translation>%1 elementos de aprendizaje</translation>
    </message>
    <message>
        <source>1 deliverable cleared or delivered</source>
        <translation>1 entregable aprobado o entregado</translation>
    </message>
    <message>
        <source>%1 deliverables cleared or delivered</source>
        <translation>%1 entregables aprobados o entregados</translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation>1 misión</translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation>%1 misiones</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 reunión de seguimiento</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 reuniones de seguimiento</translation>
    </message>
    <message>
        <source>1 review round</source>
        <translation>1 ronda de revisión</translation>
    </message>
    <message>
        <source>%1 review rounds</source>
        <translation>%1 rondas de revisión</translation>
    </message>
    <message>
        <source>The cycle at a glance</source>
        <translation>El ciclo de un vistazo</translation>
    </message>
    <message>
        <source>Learning elements</source>
        <translation>Elementos de aprendizaje</translation>
    </message>
    <message>
        <source>Work objectives</source>
        <translation>Objetivos de trabajo</translation>
    </message>
    <message>
        <source>No learning elements in this cycle.</source>
        <translation>No hay elementos de aprendizaje en este ciclo.</translation>
    </message>
    <message>
        <source>No work objectives in this cycle.</source>
        <translation>No hay objetivos de trabajo en este ciclo.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Target date %1</source>
        <translation>Fecha meta %1</translation>
    </message>
    <message>
        <source>%1 of %2 activities done</source>
        <translation>%1 de %2 actividades realizadas</translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation>avance %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>No progress logged in this cycle.</source>
        <translation>No se han registrado avances en este ciclo.</translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation>Obstáculos: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se ha hecho</translation>
    </message>
    <message>
        <source>Deliverables cleared or delivered</source>
        <translation>Entregables aprobados o entregados</translation>
    </message>
    <message>
        <source>No deliverable was cleared or delivered in this cycle.</source>
        <translation>En este ciclo no se ha aprobado ni entregado ningún entregable.</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versiones lingüísticas</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>No missions in this cycle.</source>
        <translation>No hay misiones en este ciclo.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation>Informe de regreso a la oficina</translation>
    </message>
    <message>
        <source>Mission days in the cycle: %1.</source>
        <translation>Días de misión en el ciclo: %1.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Reuniones de seguimiento</translation>
    </message>
    <message>
        <source>No check-ins held in this cycle.</source>
        <translation>No se han celebrado reuniones de seguimiento en este ciclo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Medidas realizadas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Review rounds</source>
        <translation>Rondas de revisión</translation>
    </message>
    <message>
        <source>No drafts submitted for review in this cycle.</source>
        <translation>No se han presentado borradores para revisión en este ciclo.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor/a</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>No appraisal recorded for this cycle.</source>
        <translation>No hay ninguna evaluación registrada para este ciclo.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Objectives set</source>
        <translation>Objetivos fijados</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Examen de mitad de período</translation>
    </message>
    <message>
        <source>Locked: acknowledged by both</source>
        <translation>Bloqueada: firmada por ambas partes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Mid-term review notes</source>
        <translation>Notas del examen de mitad de período</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Comentarios del/de la supervisor/a</translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation>Comentarios del/de la funcionario/a</translation>
    </message>
    <message>
        <source>Acknowledged by the supervisor on %1.</source>
        <translation>Firmada por el/la supervisor/a el %1.</translation>
    </message>
    <message>
        <source>Acknowledged by the staff member on %1.</source>
        <translation>Firmada por el/la funcionario/a el %1.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Ratings: core competencies</source>
        <translation>Calificaciones: competencias básicas</translation>
    </message>
    <message>
        <source>Ratings: objectives</source>
        <translation>Calificaciones: objetivos</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
</context>
<context>
    <name>Report::TextComposer</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>Report::UnitReportDocument</name>
    <message>
        <source>Annual report %1</source>
        <translation>Informe anual %1</translation>
    </message>
    <message>
        <source>JPO donor report %1</source>
        <translation>Informe para el donante sobre los JPO %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>No activity recorded in %1.</source>
        <translation>No hay actividad registrada en %1.</translation>
    </message>
    <message>
        <source>No JPO has activity recorded in %1.</source>
        <translation>Ningún JPO tiene actividad registrada en %1.</translation>
    </message>
    <message>
        <source>Work-plan progress, deliverables and missions of everyone with activity in the year. Appraisals are shown by stage only.</source>
        <translation>Avances de los planes de trabajo, entregables y misiones de todas las personas con actividad en el año. Las evaluaciones solo se muestran por etapa.</translation>
    </message>
    <message>
        <source>Work-plan progress, learning, deliverables and missions of the unit&apos;s Junior Professional Officers in the year.</source>
        <translation>Avances de los planes de trabajo, aprendizaje, entregables y misiones de los/las funcionarios/as subalternos/as del Cuadro Orgánico (JPO) de la unidad en el año.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprend.</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Missions (days)</source>
        <translation>Misiones (días)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Reun. de seguim.</translation>
    </message>
    <message>
        <source>Appraisal stage</source>
        <translation>Etapa de la evaluación</translation>
    </message>
    <message>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <source>In all: %1, %2 (%3).</source>
        <translation>En total: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>1 deliverable cleared or delivered</source>
        <translation>1 entregable aprobado o entregado</translation>
    </message>
    <message>
        <source>%1 deliverables cleared or delivered</source>
        <translation>%1 entregables aprobados o entregados</translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation>1 misión</translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation>%1 misiones</translation>
    </message>
    <message>
        <source>1 mission day</source>
        <translation>1 día de misión</translation>
    </message>
    <message>
        <source>%1 mission days</source>
        <translation>%1 días de misión</translation>
    </message>
    <message>
        <source>supervised by %1</source>
        <translation>supervisado/a por %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Learning elements</source>
        <translation>Elementos de aprendizaje</translation>
    </message>
    <message>
        <source>Work objectives</source>
        <translation>Objetivos de trabajo</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Elemento de aprendizaje</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Actividades realizadas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Deliverables cleared or delivered</source>
        <translation>Entregables aprobados o entregados</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versiones lingüísticas</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation>Informe de regreso a la oficina</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada el</translation>
    </message>
    <message>
        <source>People sign in with their e-mail address and password. The unit head manages every account; the file itself is protected by your computer&apos;s file permissions, not by these accounts.</source>
        <translation>Cada persona inicia sesión con su dirección de correo electrónico y su contraseña. El/la jefe/a de unidad gestiona todas las cuentas; el archivo en sí está protegido por los permisos de archivos de su equipo, no por estas cuentas.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Repe&amp;tir la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>Set r&amp;ole</source>
        <translation>Asignar fu&amp;nción</translation>
    </message>
    <message>
        <source>Set pa&amp;ssword</source>
        <translation>Asignar contra&amp;seña</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>Ui::ActionsEditor</name>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Añadir medida</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>(outside the unit)</source>
        <translation>(fuera de la unidad)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Medidas a adoptar</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaEditor</name>
    <message>
        <source>Add &amp;item</source>
        <translation>Añadir &amp;punto</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>An action item of an earlier check-in that is not done yet</source>
        <translation>Una medida a adoptar de una reunión de seguimiento anterior que aún no se ha realizado</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>recurrente</translation>
    </message>
    <message>
        <source>On the agenda of every check-in of this pair</source>
        <translation>En el orden del día de todas las reuniones de seguimiento de esta pareja</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaLegend</name>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaStyle</name>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Activity due</source>
        <translation>Vencimiento de actividad</translation>
    </message>
    <message>
        <source>Deliverable due</source>
        <translation>Vencimiento de entregable</translation>
    </message>
    <message>
        <source>BTO report due</source>
        <translation>Vencimiento de informe BTO</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
</context>
<context>
    <name>Ui::AgreeDialog</name>
    <message>
        <source>Agree work plan</source>
        <translation>Acordar el plan de trabajo</translation>
    </message>
    <message>
        <source>Record that &quot;%1&quot; (revision %2) was agreed.</source>
        <translation>Registrar que se acordó &quot;%1&quot; (revisión %2).</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Acordado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor/a:</translation>
    </message>
</context>
<context>
    <name>Ui::AlertListModel</name>
    <message>
        <source>%1
Objective: %2
Due %3 (%4), %5 done</source>
        <translation>%1
Objetivo: %2
Vence el %3 (%4), %5 realizado</translation>
    </message>
    <message>
        <source>renewable</source>
        <translation>renovable</translation>
    </message>
    <message>
        <source>not renewable</source>
        <translation>no renovable</translation>
    </message>
    <message>
        <source>%1
Ends %2 (%3), %4</source>
        <translation>%1
Termina el %2 (%3), %4</translation>
    </message>
    <message>
        <source>%1   %2: %3</source>
        <translation>%1   %2: %3</translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalDialog</name>
    <message>
        <source>Open appraisal cycle</source>
        <translation>Abrir ciclo de evaluación</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Funcionario/a:</translation>
    </message>
    <message>
        <source>Cycle &amp;from:</source>
        <translation>Ciclo &amp;desde:</translation>
    </message>
    <message>
        <source>Cycle &amp;to:</source>
        <translation>Ciclo &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Objectives &amp;set on:</source>
        <translation>Objetivos &amp;fijados el:</translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalForm</name>
    <message>
        <source>The supervisor&apos;s comments on the cycle</source>
        <translation>Comentarios del/de la supervisor/a sobre el ciclo</translation>
    </message>
    <message>
        <source>The staff member&apos;s comments on the cycle</source>
        <translation>Comentarios del/de la funcionario/a sobre el ciclo</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Comentarios del/de la supervisor/a</translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation>Comentarios del/de la funcionario/a</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Evidence in the cycle</source>
        <translation>Evidencias en el ciclo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Competencias básicas</translation>
    </message>
    <message>
        <source>⚠ Rated with no evidence in this cycle: no progress logged, no draft cleared, no mission.</source>
        <translation>⚠ Calificado sin evidencias en este ciclo: sin avances registrados, sin borradores aprobados, sin misiones.</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(sin calificar)</translation>
    </message>
    <message>
        <source>No evidence in the cycle</source>
        <translation>Sin evidencias en el ciclo</translation>
    </message>
    <message>
        <source>1 progress entry</source>
        <translation>1 anotación de avance</translation>
    </message>
    <message>
        <source>%1 progress entries</source>
        <translation>%1 anotaciones de avance</translation>
    </message>
    <message>
        <source>1 cleared draft</source>
        <translation>1 borrador aprobado</translation>
    </message>
    <message>
        <source>%1 cleared drafts</source>
        <translation>%1 borradores aprobados</translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation>1 misión</translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation>%1 misiones</translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalPage</name>
    <message>
        <source>Appraisals</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Objectives set, mid-term review, end-of-cycle appraisal: each side writes its own part</source>
        <translation>Fijación de objetivos, examen de mitad de período, evaluación de fin de ciclo: cada parte redacta la suya</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Funcionario/a:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Open cycle...</source>
        <translation>&amp;Abrir ciclo...</translation>
    </message>
    <message>
        <source>Record &amp;mid-term...</source>
        <translation>Registrar &amp;mitad de período...</translation>
    </message>
    <message>
        <source>Start &amp;end of cycle</source>
        <translation>&amp;Iniciar fin de ciclo</translation>
    </message>
    <message>
        <source>Sa&amp;ve my part</source>
        <translation>&amp;Guardar mi parte</translation>
    </message>
    <message>
        <source>&amp;Acknowledge...</source>
        <translation>Fi&amp;rmar...</translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation>%1 a %2 — %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>No appraisal cycle yet. The supervisor opens one with the objectives of the current work plan.</source>
        <translation>Aún no hay ningún ciclo de evaluación. El/la supervisor/a abre uno con los objetivos del plan de trabajo actual.</translation>
    </message>
    <message>
        <source>The objectives and competencies are rated at the end of the cycle, after the mid-term review.</source>
        <translation>Los objetivos y las competencias se califican al final del ciclo, después del examen de mitad de período.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Etapa:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>objectives set %1</source>
        <translation>objetivos fijados el %1</translation>
    </message>
    <message>
        <source>mid-term review %1</source>
        <translation>examen de mitad de período el %1</translation>
    </message>
    <message>
        <source>mid-term review due %1</source>
        <translation>examen de mitad de período previsto para el %1</translation>
    </message>
    <message>
        <source>Rate each objective and competency, write your comments, then acknowledge.</source>
        <translation>Califique cada objetivo y competencia, redacte sus comentarios y luego firme.</translation>
    </message>
    <message>
        <source>Your comments are awaited; you acknowledge once your supervisor has.</source>
        <translation>Se esperan sus comentarios; usted firma después de que lo haya hecho su supervisor/a.</translation>
    </message>
    <message>
        <source>Your supervisor acknowledged on %1: acknowledge your appraisal.</source>
        <translation>Su supervisor/a firmó el %1: firme su evaluación.</translation>
    </message>
    <message>
        <source>You acknowledged on %1; waiting for the staff member.</source>
        <translation>Usted firmó el %1; en espera del/de la funcionario/a.</translation>
    </message>
    <message>
        <source>Locked — acknowledged by both on %1 (supervisor %2, staff member %3). It stays as signed.</source>
        <translation>Bloqueada — firmada por ambas partes el %1 (supervisor/a %2, funcionario/a %3). Se mantiene tal como se firmó.</translation>
    </message>
    <message>
        <source>Acknowledge the appraisal as supervisor? Your ratings and comments can no longer be changed afterwards.</source>
        <translation>¿Desea firmar la evaluación como supervisor/a? Después ya no podrá modificar sus calificaciones ni sus comentarios.</translation>
    </message>
    <message>
        <source>Acknowledge your appraisal? Once you have, it is locked for good.</source>
        <translation>¿Desea firmar su evaluación? Una vez firmada, quedará bloqueada definitivamente.</translation>
    </message>
    <message>
        <source>Acknowledge appraisal</source>
        <translation>Firmar la evaluación</translation>
    </message>
    <message>
        <source>History of the appraisal cycle</source>
        <translation>Historial del ciclo de evaluación</translation>
    </message>
</context>
<context>
    <name>Ui::AssignmentDialog</name>
    <message>
        <source>Can be renewed</source>
        <translation>Renovable</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nueva asignación</translation>
    </message>
    <message>
        <source>Edit assignment</source>
        <translation>Editar la asignación</translation>
    </message>
    <message>
        <source>JPO - SSE statistics</source>
        <translation>JPO - Estadísticas de la ESS</translation>
    </message>
    <message>
        <source>Donor government sponsoring a JPO</source>
        <translation>Gobierno donante que patrocina a un/a JPO</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>Patro&amp;cinador:</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>Fi&amp;nanciación:</translation>
    </message>
</context>
<context>
    <name>Ui::BackupListModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
</context>
<context>
    <name>Ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restaurar...</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Mostrar &amp;carpeta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>This window is read-only: another program is writing to the unit.</source>
        <translation>Esta ventana es de solo lectura: otro programa está escribiendo en la unidad.</translation>
    </message>
    <message>
        <source>No backup yet. They will be kept in %1.</source>
        <translation>Aún no hay copias de seguridad. Se conservarán en %1.</translation>
    </message>
    <message>
        <source>1 backup, in %1.</source>
        <translation>1 copia de seguridad, en %1.</translation>
    </message>
    <message>
        <source>%1 backups, newest first, in %2.</source>
        <translation>%1 copias de seguridad, de la más reciente a la más antigua, en %2.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the whole unit with the backup of %1?

The unit as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>¿Desea reemplazar toda la unidad por la copia de seguridad de %1?

Antes se hace una copia de seguridad de la unidad tal como está ahora, para que pueda volver a ella desde esta lista.</translation>
    </message>
</context>
<context>
    <name>Ui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>Ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>Nada en este día.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>1 mission, meeting or deadline this month</source>
        <translation>1 misión, reunión o plazo este mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>El día seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n missions, meetings and deadlines this month</source>
        <translation>
            <numerusform>%n misión, reunión o plazo este mes</numerusform>
            <numerusform>%n misiones, reuniones y plazos este mes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ChangeLogDialog</name>
    <message>
        <source>&amp;History of this record</source>
        <translation>&amp;Historial de este registro</translation>
    </message>
    <message>
        <source>&amp;Whole unit</source>
        <translation>&amp;Toda la unidad</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>History of %1 #%2, newest first.</source>
        <translation>Historial: %1 n.º %2, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Every change to the unit, newest first. Choose a line and &quot;History of this record&quot; to follow one record.</source>
        <translation>Todos los cambios de la unidad, del más reciente al más antiguo. Elija una línea y &quot;Historial de este registro&quot; para seguir un registro.</translation>
    </message>
</context>
<context>
    <name>Ui::ChangeLogModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(ninguna sesión iniciada)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
</context>
<context>
    <name>Ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir la contraseña nueva:</translation>
    </message>
    <message>
        <source>Nobody is signed in: there is no password to change.</source>
        <translation>No hay ninguna sesión iniciada: no hay ninguna contraseña que cambiar.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>Las dos contraseñas nuevas no coinciden: escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>Ui::CheckInDialog</name>
    <message>
        <source>never discussed</source>
        <translation>nunca examinado</translation>
    </message>
    <message>
        <source>discussed %1</source>
        <translation>examinado el %1</translation>
    </message>
    <message>
        <source>last discussed yesterday</source>
        <translation>examinado por última vez ayer</translation>
    </message>
    <message>
        <source>last discussed %1 days ago</source>
        <translation>examinado por última vez hace %1 días</translation>
    </message>
    <message>
        <source>last discussed %1 weeks ago</source>
        <translation>examinado por última vez hace %1 semanas</translation>
    </message>
    <message>
        <source>last discussed 2 months ago</source>
        <translation>examinado por última vez hace 2 meses</translation>
    </message>
    <message>
        <source>last discussed %1 months ago</source>
        <translation>examinado por última vez hace %1 meses</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nueva reunión de seguimiento</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Reunión de seguimiento</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Entre:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>%1 and %2 (supervisor)</source>
        <translation>%1 y %2 (supervisor/a)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Medidas a adoptar</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Notas compartidas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Tick the objectives discussed at this check-in</source>
        <translation>Marque los objetivos examinados en esta reunión de seguimiento</translation>
    </message>
    <message>
        <source>Objectives by last discussion</source>
        <translation>Objetivos por fecha del último examen</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>Solo usted ve estas notas</translation>
    </message>
    <message>
        <source>Private notes (supervisor only)</source>
        <translation>Notas privadas (solo supervisor/a)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Ui::CheckInsModel</name>
    <message>
        <source>1 item</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>ninguna de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Medidas pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CheckInsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Reuniones de seguimiento</translation>
    </message>
    <message>
        <source>Regular meetings of a supervisor and a supervisee on the agreed objectives</source>
        <translation>Reuniones periódicas de un/a supervisor/a y una persona supervisada sobre los objetivos acordados</translation>
    </message>
    <message>
        <source>&amp;Supervisee:</source>
        <translation>Persona s&amp;upervisada:</translation>
    </message>
    <message>
        <source>&amp;New check-in...</source>
        <translation>&amp;Nueva reunión de seguimiento...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>&amp;Recurring items...</source>
        <translation>Puntos &amp;recurrentes...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Nobody to show: sign in as a supervisor or supervisee.</source>
        <translation>No hay nadie que mostrar: inicie sesión como supervisor/a o como persona supervisada.</translation>
    </message>
    <message>
        <source>%1: last check-in %2 (%3) with %4</source>
        <translation>%1: última reunión de seguimiento %2 (%3) con %4</translation>
    </message>
    <message>
        <source>%1 has had no check-in yet.</source>
        <translation>%1 aún no ha tenido ninguna reunión de seguimiento.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Eliminar la reunión de seguimiento</translation>
    </message>
    <message>
        <source>Delete this check-in with its agenda, notes and action items?</source>
        <translation>¿Desea eliminar esta reunión de seguimiento con su orden del día, notas y medidas a adoptar?</translation>
    </message>
    <message>
        <source>History of the selected check-in</source>
        <translation>Historial de la reunión de seguimiento seleccionada</translation>
    </message>
</context>
<context>
    <name>Ui::CountryCombo</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Ui::DamagedFileDialog</name>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message>
        <source>%1

Either way below, the damaged file is first moved aside to %2: nothing is deleted, and it can still be sent to someone for a closer look.</source>
        <translation>%1

Con cualquiera de las opciones siguientes, el archivo dañado se aparta primero a %2: no se elimina nada, y aún se puede enviar a alguien para que lo examine más a fondo.</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad de %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The unit as it was then. Changes made since are not in it.</source>
        <translation>La unidad tal como estaba entonces. No incluye los cambios hechos desde entonces.</translation>
    </message>
    <message>
        <source>No backup of this unit passes its checks.</source>
        <translation>Ninguna copia de seguridad de esta unidad supera sus comprobaciones.</translation>
    </message>
    <message>
        <source>Salvage what can still be read</source>
        <translation>Rescatar lo que aún pueda leerse</translation>
    </message>
    <message>
        <source>Copies every row that can be read into a new %1, then lists what was lost.</source>
        <translation>Copia cada fila legible en un nuevo %1 y luego enumera lo que se ha perdido.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Leaves the file exactly as it is, to ask for help first.</source>
        <translation>Deja el archivo exactamente como está, para pedir ayuda primero.</translation>
    </message>
</context>
<context>
    <name>Ui::DashboardCharts</name>
    <message>
        <source>1 activity overdue</source>
        <translation>1 actividad con retraso</translation>
    </message>
    <message numerus="yes">
        <source>%n activities overdue</source>
        <translation>
            <numerusform>%n actividad con retraso</numerusform>
            <numerusform>%n actividades con retraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DashboardLines</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>Due %1, %2 done</source>
        <translation>Vence el %1, %2 realizado</translation>
    </message>
    <message>
        <source>in review since %1</source>
        <translation>en revisión desde el %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 de espera</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>desde hoy</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>back %1, due %2</source>
        <translation>regreso el %1, vence el %2</translation>
    </message>
    <message>
        <source>renewable</source>
        <translation>renovable</translation>
    </message>
    <message>
        <source>not renewable</source>
        <translation>no renovable</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Termina el %1</translation>
    </message>
</context>
<context>
    <name>Ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Overdue activities</source>
        <translation>Actividades con retraso</translation>
    </message>
    <message>
        <source>No activity is overdue.</source>
        <translation>Ninguna actividad tiene retraso.</translation>
    </message>
    <message>
        <source>Drafts waiting for review</source>
        <translation>Borradores en espera de revisión</translation>
    </message>
    <message>
        <source>No draft is waiting for review.</source>
        <translation>Ningún borrador está en espera de revisión.</translation>
    </message>
    <message>
        <source>Back-to-office reports overdue</source>
        <translation>Informes de regreso a la oficina con retraso</translation>
    </message>
    <message>
        <source>Every back-to-office report is in.</source>
        <translation>Se han presentado todos los informes de regreso a la oficina.</translation>
    </message>
    <message>
        <source>Contracts ending in %1 days</source>
        <translation>Contratos que terminan en %1 días</translation>
    </message>
    <message>
        <source>No contract ends in the next %1 days.</source>
        <translation>Ningún contrato termina en los próximos %1 días.</translation>
    </message>
    <message>
        <source>Deliverables due in %1 days</source>
        <translation>Entregables que vencen en %1 días</translation>
    </message>
    <message>
        <source>No deliverable falls due in the next %1 days.</source>
        <translation>Ningún entregable vence en los próximos %1 días.</translation>
    </message>
    <message>
        <source>Mission days this year</source>
        <translation>Días de misión este año</translation>
    </message>
    <message>
        <source>Nobody has been on mission this year.</source>
        <translation>Nadie ha estado de misión este año.</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Reuniones de seguimiento pendientes</translation>
    </message>
    <message>
        <source>Everyone had a check-in in the last %1 days.</source>
        <translation>Todas las personas han tenido una reunión de seguimiento en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Appraisal stages due</source>
        <translation>Etapas de evaluación pendientes</translation>
    </message>
    <message>
        <source>No appraisal stage is due.</source>
        <translation>No hay ninguna etapa de evaluación pendiente.</translation>
    </message>
    <message>
        <source>Work-plan progress</source>
        <translation>Avances de los planes de trabajo</translation>
    </message>
    <message>
        <source>Deliverables by status</source>
        <translation>Entregables por estado</translation>
    </message>
    <message>
        <source>Mission days by month</source>
        <translation>Días de misión por mes</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Mission days by month, %1</source>
        <translation>Días de misión por mes, %1</translation>
    </message>
</context>
<context>
    <name>Ui::DeliverableDialog</name>
    <message>
        <source>Plan &amp;backwards from an event...</source>
        <translation>Planificar &amp;hacia atrás desde un evento...</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nuevo entregable</translation>
    </message>
    <message>
        <source>Edit deliverable: %1</source>
        <translation>Editar el entregable: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Co&amp;ntributors:</source>
        <translation>Cola&amp;boradores/as:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Consu&amp;ltancy:</source>
        <translation>Consu&amp;ltoría:</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Idio&amp;mas:</translation>
    </message>
</context>
<context>
    <name>Ui::DeliverablesModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, vence el %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
</context>
<context>
    <name>Ui::DeliverablesPage</name>
    <message>
        <source>S&amp;ubmit for review...</source>
        <translation>&amp;Presentar para revisión...</translation>
    </message>
    <message>
        <source>Revie&amp;w draft...</source>
        <translation>Re&amp;visar borrador...</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Papers, reports, briefs and the other outputs the unit owes, by due date</source>
        <translation>Documentos, informes, notas informativas y demás productos que debe entregar la unidad, por fecha de vencimiento</translation>
    </message>
    <message>
        <source>Filter by title, owner, status...</source>
        <translation>Filtrar por título, responsable, estado...</translation>
    </message>
    <message>
        <source>&amp;New deliverable...</source>
        <translation>&amp;Nuevo entregable...</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Start &amp;drafting</source>
        <translation>Empezar la &amp;redacción</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>Marcar como en&amp;tregado</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Language versions of &quot;%1&quot;</source>
        <translation>Versiones lingüísticas de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Delete deliverable</source>
        <translation>Eliminar el entregable</translation>
    </message>
    <message>
        <source>Delete the deliverable &quot;%1&quot; and its language versions? This cannot be undone.</source>
        <translation>¿Desea eliminar el entregable &quot;%1&quot; y sus versiones lingüísticas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versiones lingüísticas</translation>
    </message>
    <message>
        <source>Status of the %1 version</source>
        <translation>Estado de la versión %1</translation>
    </message>
</context>
<context>
    <name>Ui::EditorDialog</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Ui::Format</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::HistoryButton</name>
    <message>
        <source>Histor&amp;y...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>Who changed it, when, and from which value to which</source>
        <translation>Quién lo cambió, cuándo y de qué valor a qué valor</translation>
    </message>
</context>
<context>
    <name>Ui::IdentityDialog</name>
    <message>
        <source>I am not in the list: &amp;add me...</source>
        <translation>No estoy en la lista: &amp;añadirme...</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Choose yourself among the unit&apos;s people. Your work plan and the progress you log are kept under this name.</source>
        <translation>Elíjase entre las personas de la unidad. Su plan de trabajo y los avances que registre se guardan con este nombre.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Soy:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Elija quién es usted.</translation>
    </message>
</context>
<context>
    <name>Ui::ImportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Import a work plan</source>
        <translation>Importar un plan de trabajo</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Archivo CSV:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The file to import, UTF-8, first row the column names</source>
        <translation>El archivo que se importará, en UTF-8, con los nombres de las columnas en la primera fila</translation>
    </message>
    <message>
        <source>Enter reads the file again, after you have corrected it</source>
        <translation>Pulse Intro para volver a leer el archivo después de corregirlo</translation>
    </message>
    <message>
        <source>&amp;Whose plan:</source>
        <translation>&amp;Plan de:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>%1 has no current work plan to import into; create the plan first.</source>
        <translation>%1 no tiene un plan de trabajo actual en el que importar; cree primero el plan.</translation>
    </message>
    <message>
        <source>%1, revision %2, agreed: the import opens revision %3</source>
        <translation>%1, revisión %2, acordada: la importación abre la revisión %3</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revisión %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file. Its first row names the columns, in any order: %1.</source>
        <translation>Elija un archivo CSV. Su primera fila indica las columnas, en cualquier orden: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing can be imported until the problems listed are fixed in the file; then press Enter in the file field to read it again. Nothing was written.</source>
        <translation>Simulación: no se puede importar nada hasta que se corrijan en el archivo los problemas indicados; después pulse Intro en el campo del archivo para volver a leerlo. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas que importar.</translation>
    </message>
    <message>
        <source>Dry run: all %1 rows can be imported. Nothing is written until you choose Import; the unit is backed up first.</source>
        <translation>Simulación: se pueden importar las %1 filas. No se escribe nada hasta que elija Importar; antes se hace una copia de seguridad de la unidad.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the dry run is clean.</source>
        <translation>No se puede importar nada hasta que la simulación no presente problemas.</translation>
    </message>
    <message>
        <source>The unit could not be backed up before the import, so nothing was imported</source>
        <translation>No se ha podido hacer una copia de seguridad de la unidad antes de la importación, por lo que no se ha importado nada</translation>
    </message>
    <message>
        <source>Nothing was imported: see the problems listed.</source>
        <translation>No se ha importado nada: vea los problemas indicados.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>SSE Unit Desk (read-only)</source>
        <translation>SSE Unit Desk (solo lectura)</translation>
    </message>
    <message>
        <source>SSE Unit Desk</source>
        <translation>SSE Unit Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Unit overview</source>
        <translation>Vista general de la unidad</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Planes de trabajo</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Projects &amp; partners</source>
        <translation>Proyectos y socios</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Reuniones de seguimiento</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>My supervision</source>
        <translation>Mi supervisión</translation>
    </message>
    <message>
        <source>My work plan</source>
        <translation>Mi plan de trabajo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <source>Unit &amp;overview</source>
        <translation>&amp;Vista general de la unidad</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Work plans</source>
        <translation>Planes de &amp;trabajo</translation>
    </message>
    <message>
        <source>M&amp;issions</source>
        <translation>M&amp;isiones</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Entregables</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>P&amp;rojects &amp;&amp; partners</source>
        <translation>Pro&amp;yectos y socios</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Cronolo&amp;gía</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>C&amp;heck-ins</source>
        <translation>Reuniones de seg&amp;uimiento</translation>
    </message>
    <message>
        <source>&amp;Appraisals</source>
        <translation>Eva&amp;luaciones</translation>
    </message>
    <message>
        <source>My &amp;supervision</source>
        <translation>Mi &amp;supervisión</translation>
    </message>
    <message>
        <source>&amp;My work plan</source>
        <translation>&amp;Mi plan de trabajo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>&amp;Cambiar de usuario...</translation>
    </message>
    <message>
        <source>&amp;Export summary or report...</source>
        <translation>E&amp;xportar resumen o informe...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Log progress...</source>
        <translation>&amp;Registrar avances...</translation>
    </message>
    <message>
        <source>New &amp;person...</source>
        <translation>Nueva &amp;persona...</translation>
    </message>
    <message>
        <source>New &amp;work plan...</source>
        <translation>Nuevo plan de &amp;trabajo...</translation>
    </message>
    <message>
        <source>New m&amp;ission...</source>
        <translation>Nueva m&amp;isión...</translation>
    </message>
    <message>
        <source>New &amp;deliverable...</source>
        <translation>Nuevo &amp;entregable...</translation>
    </message>
    <message>
        <source>New &amp;meeting...</source>
        <translation>Nueva re&amp;unión...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SSE Unit Desk</source>
        <translation>&amp;Acerca de SSE Unit Desk</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: another program is writing to it)</source>
        <translation>Base de datos: %1 (solo lectura: otro programa está escribiendo en ella)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>No hay ninguna sesión iniciada</translation>
    </message>
    <message>
        <source>About SSE Unit Desk</source>
        <translation>Acerca de SSE Unit Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;SSE Unit Desk %1&lt;/b&gt;&lt;p&gt;Work plans, progress and supervision for a small research unit.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SSE Unit Desk %1&lt;/b&gt;&lt;p&gt;Planes de trabajo, avances y supervisión para una pequeña unidad de investigación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>Ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Edit meeting: %1</source>
        <translation>Editar la reunión: %1</translation>
    </message>
    <message>
        <source>City and venue</source>
        <translation>Ciudad y lugar</translation>
    </message>
    <message>
        <source>Constituents, partners, experts...</source>
        <translation>Mandantes, socios, expertos...</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>Pa&amp;rticipantes</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>A&amp;cta</translation>
    </message>
    <message>
        <source>Follow-&amp;up actions</source>
        <translation>Medidas de &amp;seguimiento</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Entregables</translation>
    </message>
    <message>
        <source>From the unit:</source>
        <translation>De la unidad:</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>Otros:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Pr&amp;epared for the meeting:</source>
        <translation>Preparados para la re&amp;unión:</translation>
    </message>
    <message>
        <source>Comi&amp;ng out of it:</source>
        <translation>Deri&amp;vados de ella:</translation>
    </message>
</context>
<context>
    <name>Ui::MeetingsModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Medidas pendientes</translation>
    </message>
</context>
<context>
    <name>Ui::MeetingsPage</name>
    <message>
        <source>&amp;New meeting...</source>
        <translation>&amp;Nueva reunión...</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Advisory committees, ICLS sessions, task forces, workshops and trainings</source>
        <translation>Comités consultivos, reuniones de la CIET, equipos de tareas, talleres y formaciones</translation>
    </message>
    <message>
        <source>Filter by title, kind, place...</source>
        <translation>Filtrar por título, tipo, lugar...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Medidas de seguimiento</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Select a meeting to see its minutes</source>
        <translation>Seleccione una reunión para ver su acta</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Aún no hay acta</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>Delete the meeting &quot;%1&quot;, its minutes and follow-up actions? This cannot be undone.</source>
        <translation>¿Desea eliminar la reunión &quot;%1&quot;, su acta y sus medidas de seguimiento? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Ui::MidTermDialog</name>
    <message>
        <source>Mid-term review</source>
        <translation>Examen de mitad de período</translation>
    </message>
    <message>
        <source>Progress on the objectives, adjustments agreed</source>
        <translation>Avances en los objetivos, ajustes acordados</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Celebrado el:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>Ui::MilestonePlanDialog</name>
    <message>
        <source>The documents are translated before the event</source>
        <translation>Los documentos se traducen antes del evento</translation>
    </message>
    <message>
        <source>Plan backwards from an event</source>
        <translation>Planificar hacia atrás desde un evento</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>&amp;Fecha del evento:</translation>
    </message>
    <message>
        <source>Applying sets the due date to the delivery date and, with translations, the English original&apos;s due date to the day it goes to translation and every translation&apos;s to the delivery date.</source>
        <translation>Al aplicarlo, la fecha de vencimiento pasa a ser la fecha de entrega y, con traducciones, la fecha de vencimiento del original en inglés pasa a ser el día en que se envía a traducción y la de cada traducción, la fecha de entrega.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>Ui::MissionDialog</name>
    <message>
        <source>The travellers&apos; supervisor goes too</source>
        <translation>El/la supervisor/a de los/las viajeros/as también viaja</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <source>Edit mission: %1</source>
        <translation>Editar la misión: %1</translation>
    </message>
    <message>
        <source>e.g. NAC meeting and data validation workshop</source>
        <translation>p. ej., reunión del NAC y taller de validación de datos</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Travellers:</source>
        <translation>&amp;Viajeros/as:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>&amp;Regreso:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Reu&amp;nión:</translation>
    </message>
    <message>
        <source>De&amp;liverables:</source>
        <translation>&amp;Entregables:</translation>
    </message>
    <message>
        <source>&amp;BTO submitted:</source>
        <translation>Informe &amp;BTO presentado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>Ui::MissionsModel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Viajeros/as</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation>Informe de regreso a la oficina</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>presentado el %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>con retraso desde el %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Due %1 working days after the return on %2</source>
        <translation>Plazo: %1 días laborables después del regreso del %2</translation>
    </message>
    <message>
        <source>%1 + supervisor</source>
        <translation>%1 + supervisor/a</translation>
    </message>
</context>
<context>
    <name>Ui::MissionsPage</name>
    <message>
        <source>Mark &amp;BTO submitted</source>
        <translation>Informe &amp;BTO presentado</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>Travel for work, and the back-to-office reports due after it</source>
        <translation>Viajes de trabajo y los informes de regreso a la oficina que deben presentarse después</translation>
    </message>
    <message>
        <source>Filter by purpose, traveller, place...</source>
        <translation>Filtrar por finalidad, viajero/a, lugar...</translation>
    </message>
    <message>
        <source>&amp;New mission...</source>
        <translation>&amp;Nueva misión...</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autorizar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Cancel mission</source>
        <translation>&amp;Cancelar la misión</translation>
    </message>
    <message>
        <source>Mission days this year: %1</source>
        <translation>Días de misión este año: %1</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>Eliminar la misión</translation>
    </message>
    <message>
        <source>Delete the mission &quot;%1&quot;? This cannot be undone.</source>
        <translation>¿Desea eliminar la misión &quot;%1&quot;? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Ui::MySupervisionPage</name>
    <message>
        <source>My supervision</source>
        <translation>Mi supervisión</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Mis reuniones de seguimiento</translation>
    </message>
    <message>
        <source>No check-in yet, and no open action item.</source>
        <translation>Aún no hay reuniones de seguimiento ni medidas pendientes.</translation>
    </message>
    <message>
        <source>My drafts in review</source>
        <translation>Mis borradores en revisión</translation>
    </message>
    <message>
        <source>None of your drafts is waiting for review.</source>
        <translation>Ninguno de sus borradores está en espera de revisión.</translation>
    </message>
    <message>
        <source>My appraisal</source>
        <translation>Mi evaluación</translation>
    </message>
    <message>
        <source>No appraisal cycle open for you.</source>
        <translation>No hay ningún ciclo de evaluación abierto para usted.</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Reuniones de seguimiento pendientes</translation>
    </message>
    <message>
        <source>Everyone you supervise had a check-in in the last %1 days.</source>
        <translation>Todas las personas que usted supervisa han tenido una reunión de seguimiento en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Drafts waiting for my review</source>
        <translation>Borradores en espera de mi revisión</translation>
    </message>
    <message>
        <source>No draft is waiting for your review.</source>
        <translation>Ningún borrador está en espera de su revisión.</translation>
    </message>
    <message>
        <source>Appraisal stages due</source>
        <translation>Etapas de evaluación pendientes</translation>
    </message>
    <message>
        <source>No appraisal stage is due.</source>
        <translation>No hay ninguna etapa de evaluación pendiente.</translation>
    </message>
    <message>
        <source>As supervisor</source>
        <translation>Como supervisor/a</translation>
    </message>
    <message>
        <source>As supervisee</source>
        <translation>Como persona supervisada</translation>
    </message>
    <message>
        <source>%1: check-ins, drafts in review and appraisals</source>
        <translation>%1: reuniones de seguimiento, borradores en revisión y evaluaciones</translation>
    </message>
    <message>
        <source>Sign in (File &gt; Switch user) to see your supervision.</source>
        <translation>Inicie sesión (Archivo &gt; Cambiar de usuario) para ver su supervisión.</translation>
    </message>
</context>
<context>
    <name>Ui::ObjectiveDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New learning element</source>
        <translation>Nuevo elemento de aprendizaje</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Work objective</source>
        <translation>Objetivo de trabajo</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Elemento de aprendizaje</translation>
    </message>
    <message>
        <source>How achievement is measured</source>
        <translation>Cómo se mide el logro</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>Ta&amp;rget date:</source>
        <translation>Fecha &amp;meta:</translation>
    </message>
    <message>
        <source>&amp;Strategy objective:</source>
        <translation>Objetivo &amp;estratégico:</translation>
    </message>
    <message>
        <source>T&amp;hematic areas:</source>
        <translation>Á&amp;reas temáticas:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>E&amp;videncias:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Ui::OpeningDialogs</name>
    <message>
        <source>%1 is busy</source>
        <translation>%1 está ocupado</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing</source>
        <translation>No se puede abrir %1 para escritura</translation>
    </message>
    <message>
        <source>You can open it read-only: everything can be read, printed and exported, and nothing can be changed.</source>
        <translation>Puede abrirlo en modo de solo lectura: todo se puede leer, imprimir y exportar, y no se puede modificar nada.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir en modo de solo &amp;lectura</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Assignment ends</source>
        <translation>Fin de la asignación</translation>
    </message>
    <message>
        <source>Last logged</source>
        <translation>Último registro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1
Supervisor: %2</source>
        <translation>%1
Supervisor/a: %2</translation>
    </message>
    <message>
        <source>No current plan</source>
        <translation>Sin plan actual</translation>
    </message>
    <message>
        <source>%1, rev. %2  ·  %3</source>
        <translation>%1, rev. %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <source>Unit overview</source>
        <translation>Vista general de la unidad</translation>
    </message>
    <message>
        <source>Summaries and &amp;reports...</source>
        <translation>Resúmenes e &amp;informes...</translation>
    </message>
    <message>
        <source>The selected person&apos;s performance review summary, or the unit&apos;s annual report</source>
        <translation>El resumen de evaluación del desempeño de la persona seleccionada o el informe anual de la unidad</translation>
    </message>
    <message>
        <source>Filter by name, category, plan...</source>
        <translation>Filtrar por nombre, categoría, plan...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Due in the next %1 days</source>
        <translation>Vencen en los próximos %1 días</translation>
    </message>
    <message>
        <source>Contracts ending in %1 days</source>
        <translation>Contratos que terminan en %1 días</translation>
    </message>
    <message>
        <source>1 supervisee</source>
        <translation>1 persona supervisada</translation>
    </message>
    <message>
        <source>%1 supervisees</source>
        <translation>%1 personas supervisadas</translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation>Personas supervisadas</translation>
    </message>
</context>
<context>
    <name>Ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the focal point</source>
        <translation>Nombre, correo electrónico o teléfono de la persona de contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
</context>
<context>
    <name>Ui::PartnersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
</context>
<context>
    <name>Ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Lugar de destino</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>Ui::PeoplePage</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>E&amp;ditar...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Everyone who works in or for the unit</source>
        <translation>Todas las personas que trabajan en la unidad o para ella</translation>
    </message>
    <message>
        <source>Filter people...</source>
        <translation>Filtrar personas...</translation>
    </message>
    <message>
        <source>&amp;New person...</source>
        <translation>&amp;Nueva persona...</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar la persona</translation>
    </message>
    <message>
        <source>Delete %1 from the unit? This cannot be undone.</source>
        <translation>¿Desea eliminar a %1 de la unidad? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>History of the selected person</source>
        <translation>Historial de la persona seleccionada</translation>
    </message>
</context>
<context>
    <name>Ui::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>G&amp;rado:</translation>
    </message>
    <message>
        <source>&amp;Duty station:</source>
        <translation>&amp;Lugar de destino:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Idio&amp;mas:</translation>
    </message>
    <message>
        <source>EN, FR, ES</source>
        <translation>EN, FR, ES</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor/a:</translation>
    </message>
</context>
<context>
    <name>Ui::PersonFilter</name>
    <message>
        <source>Whole unit</source>
        <translation>Toda la unidad</translation>
    </message>
    <message>
        <source>Whose items</source>
        <translation>Filtrar por persona</translation>
    </message>
</context>
<context>
    <name>Ui::PersonHeader</name>
    <message>
        <source>Edit &amp;person...</source>
        <translation>Editar &amp;persona...</translation>
    </message>
    <message>
        <source>Assign&amp;ment...</source>
        <translation>Asig&amp;nación...</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nadie seleccionado</translation>
    </message>
    <message>
        <source>supervised by %1</source>
        <translation>supervisado/a por %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No assignment recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;No hay ninguna asignación registrada&lt;/i&gt;</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminó %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3 &lt;span style=&quot;color:%4; font-weight:600&quot;&gt;(%5)&lt;/span&gt;</source>
        <translation>%1: %2 a %3 &lt;span style=&quot;color:%4; font-weight:600&quot;&gt;(%5)&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PersonPage</name>
    <message>
        <source>Work &amp;plan:</source>
        <translation>&amp;Plan de trabajo:</translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation>N&amp;uevo plan...</translation>
    </message>
    <message>
        <source>Edit p&amp;lan...</source>
        <translation>Editar p&amp;lan...</translation>
    </message>
    <message>
        <source>A&amp;gree...</source>
        <translation>Ac&amp;ordar...</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>Cl&amp;ose plan</source>
        <translation>&amp;Cerrar plan</translation>
    </message>
    <message>
        <source>&amp;Revisions...</source>
        <translation>&amp;Revisiones...</translation>
    </message>
    <message>
        <source>Performance s&amp;ummary...</source>
        <translation>Re&amp;sumen del desempeño...</translation>
    </message>
    <message>
        <source>Add &amp;objective...</source>
        <translation>Añadir o&amp;bjetivo...</translation>
    </message>
    <message>
        <source>Add l&amp;earning element...</source>
        <translation>Añadir ele&amp;mento de aprendizaje...</translation>
    </message>
    <message>
        <source>Add &amp;activity...</source>
        <translation>Añadir &amp;actividad...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>E&amp;ditar...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Log progress...</source>
        <translation>Registrar avances...</translation>
    </message>
    <message>
        <source>%1  (%2, rev. %3, %4 to %5)</source>
        <translation>%1  (%2, rev. %3, %4 a %5)</translation>
    </message>
    <message>
        <source>No work plan yet: start one with &quot;New plan&quot;</source>
        <translation>Aún no hay plan de trabajo: cree uno con &quot;Nuevo plan&quot;</translation>
    </message>
    <message>
        <source>Change an agreed plan</source>
        <translation>Modificar un plan acordado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was agreed as revision %2. %3 starts revision %4, which will need to be agreed again; revision %2 stays readable under Revisions.

Continue?</source>
        <translation>&quot;%1&quot; se acordó como revisión %2. %3 inicia la revisión %4, que deberá acordarse de nuevo; la revisión %2 sigue pudiéndose consultar en Revisiones.

¿Desea continuar?</translation>
    </message>
    <message>
        <source>Progress log: %1</source>
        <translation>Registro de avances: %1</translation>
    </message>
    <message>
        <source>Progress log: whole plan</source>
        <translation>Registro de avances: todo el plan</translation>
    </message>
    <message>
        <source>Changing its title or period</source>
        <translation>Modificar su título o período</translation>
    </message>
    <message>
        <source>Close work plan</source>
        <translation>Cerrar el plan de trabajo</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;? A closed plan can no longer be changed or logged on.</source>
        <translation>¿Desea cerrar &quot;%1&quot;? En un plan cerrado ya no se pueden hacer cambios ni registrar avances.</translation>
    </message>
    <message>
        <source>Adding an objective</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>Adding a learning element</source>
        <translation>Añadir un elemento de aprendizaje</translation>
    </message>
    <message>
        <source>Adding an activity</source>
        <translation>Añadir una actividad</translation>
    </message>
    <message>
        <source>Editing it</source>
        <translation>Editarlo</translation>
    </message>
    <message>
        <source>Delete the activity &quot;%1&quot; and its logged progress?</source>
        <translation>¿Desea eliminar la actividad &quot;%1&quot; y los avances registrados en ella?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its activities and their logged progress?</source>
        <translation>¿Desea eliminar &quot;%1&quot; con sus actividades y los avances registrados en ellas?</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>Eliminarlo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Registro de avances</translation>
    </message>
    <message>
        <source>Plan hi&amp;story...</source>
        <translation>Historial del p&amp;lan...</translation>
    </message>
    <message>
        <source>History of the work plan</source>
        <translation>Historial del plan de trabajo</translation>
    </message>
    <message>
        <source>History of the selected objective or activity</source>
        <translation>Historial del objetivo o la actividad seleccionados</translation>
    </message>
</context>
<context>
    <name>Ui::PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <translation>Objetivo / actividad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Indicator: %1
%2</source>
        <translation>Indicador: %1
%2</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Elemento de aprendizaje</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>Ui::ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation>Registrar avances</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se ha hecho</translation>
    </message>
    <message>
        <source>Anything in the way (optional)</source>
        <translation>Cualquier obstáculo (opcional)</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;El:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Complete:</source>
        <translation>&amp;Completado:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Lo que se ha hecho:</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>&amp;Obstáculos:</translation>
    </message>
    <message>
        <source>%1  (%2, due %3)</source>
        <translation>%1  (%2, vence el %3)</translation>
    </message>
</context>
<context>
    <name>Ui::ProgressLogModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se ha hecho</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Editar el proyecto %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>e.g. SEN/24/01/LUX</source>
        <translation>p. ej., SEN/24/01/LUX</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donante:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Mundial</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsPage</name>
    <message>
        <source>Projects &amp; partners</source>
        <translation>Proyectos y socios</translation>
    </message>
    <message>
        <source>Development cooperation projects, and the organisations the unit works with</source>
        <translation>Proyectos de cooperación para el desarrollo y organizaciones con las que trabaja la unidad</translation>
    </message>
    <message>
        <source>Filter by code, country, donor...</source>
        <translation>Filtrar por código, país, donante...</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>&amp;Nuevo proyecto...</translation>
    </message>
    <message>
        <source>&amp;New partner...</source>
        <translation>N&amp;uevo socio...</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Eliminar el proyecto</translation>
    </message>
    <message>
        <source>Delete the project %1? This cannot be undone.</source>
        <translation>¿Desea eliminar el proyecto %1? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Eliminar el socio</translation>
    </message>
    <message>
        <source>Delete %1 from the partners? This cannot be undone.</source>
        <translation>¿Desea eliminar a %1 de los socios? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordBrowser</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>E&amp;ditar...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>Ui::RecordEdits</name>
    <message>
        <source>Edit mission &quot;%1&quot;</source>
        <translation>Editar la misión &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit deliverable &quot;%1&quot;</source>
        <translation>Editar el entregable &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit meeting &quot;%1&quot;</source>
        <translation>Editar la reunión &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Follow-up action done</source>
        <translation>Medida de seguimiento realizada</translation>
    </message>
    <message>
        <source>Follow-up action reopened</source>
        <translation>Medida de seguimiento reabierta</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Editar el proyecto %1</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Editar el socio %1</translation>
    </message>
    <message>
        <source>The partner is no longer there.</source>
        <translation>El socio ya no existe.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordPickers</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Ui::RecurringItemsDialog</name>
    <message>
        <source>Recurring agenda items</source>
        <translation>Puntos recurrentes del orden del día</translation>
    </message>
    <message>
        <source>One item per line, e.g. &quot;Work plan progress&quot;</source>
        <translation>Un punto por línea, p. ej., &quot;Avances del plan de trabajo&quot;</translation>
    </message>
    <message>
        <source>On every check-in:</source>
        <translation>En cada reunión de seguimiento:</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewDialog</name>
    <message>
        <source>Review round %1</source>
        <translation>Ronda de revisión %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, submitted by %3 on %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, presentado por %3 el %4 (%5)</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Borrador:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Revisado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Re&amp;sumen:</translation>
    </message>
    <message>
        <source>1 – falls short</source>
        <translation>1 – no cumple</translation>
    </message>
    <message>
        <source>2 – partly meets</source>
        <translation>2 – cumple parcialmente</translation>
    </message>
    <message>
        <source>3 – largely meets</source>
        <translation>3 – cumple en gran medida</translation>
    </message>
    <message>
        <source>4 – fully meets</source>
        <translation>4 – cumple plenamente</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(sin evaluar)</translation>
    </message>
    <message>
        <source>A short comment</source>
        <translation>Un breve comentario</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1: puntuación</translation>
    </message>
    <message>
        <source>%1: comment</source>
        <translation>%1: comentario</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewHistoryModel</name>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>en espera desde hace %1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>esperó %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Submitted by, on</source>
        <translation>Presentado por, el</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor/a</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Días de espera</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewHistoryWidget</name>
    <message>
        <source>Review history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>Review history: no draft submitted yet</source>
        <translation>Historial de revisiones: aún no se ha presentado ningún borrador</translation>
    </message>
    <message>
        <source>Review history: 1 round</source>
        <translation>Historial de revisiones: 1 ronda</translation>
    </message>
    <message numerus="yes">
        <source>Review history: %n rounds</source>
        <translation>
            <numerusform>Historial de revisiones: %n ronda</numerusform>
            <numerusform>Historial de revisiones: %n rondas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReviewRoundDialog</name>
    <message>
        <source>Submit for review</source>
        <translation>Presentar para revisión</translation>
    </message>
    <message>
        <source>Draft of:</source>
        <translation>Borrador de:</translation>
    </message>
    <message>
        <source>e.g. draft 2, v0.3 with FR annex</source>
        <translation>p. ej., borrador 2, v0.3 con anexo en FR</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Revisor/a:</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>&amp;Presentado el:</translation>
    </message>
</context>
<context>
    <name>Ui::RevisionsDialog</name>
    <message>
        <source>Earlier revisions</source>
        <translation>Revisiones anteriores</translation>
    </message>
    <message>
        <source>Objective / activity</source>
        <translation>Objetivo / actividad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This plan has no earlier revision: it was never changed after being agreed.</source>
        <translation>Este plan no tiene revisiones anteriores: nunca se modificó después de acordarse.</translation>
    </message>
    <message>
        <source>Revision %1, agreed %2
superseded %3: %4</source>
        <translation>Revisión %1, acordada el %2
sustituida el %3: %4</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Elemento de aprendizaje</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>The plan as revised</source>
        <translation>El plan tal como se revisó</translation>
    </message>
</context>
<context>
    <name>Ui::SalvageReportDialog</name>
    <message>
        <source>%1 salvaged</source>
        <translation>%1 rescatado</translation>
    </message>
    <message>
        <source>Every row of %1 could be read and was saved.</source>
        <translation>Se han podido leer y guardar todas las filas de %1.</translation>
    </message>
    <message>
        <source>%1 was salvaged, but some rows could not be read.</source>
        <translation>Se ha rescatado %1, pero algunas filas no se han podido leer.</translation>
    </message>
    <message>
        <source>The unit now opens from %1. The damaged file is kept as %2.</source>
        <translation>Ahora la unidad se abre desde %1. El archivo dañado se conserva como %2.</translation>
    </message>
</context>
<context>
    <name>Ui::ScaleListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>Ui::ServerOpening</name>
    <message>
        <source>Open a unit on a server</source>
        <translation>Abrir una unidad en un servidor</translation>
    </message>
    <message>
        <source>Log in to the unit&apos;s server</source>
        <translation>Iniciar sesión en el servidor de la unidad</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
</context>
<context>
    <name>Ui::Session</name>
    <message>
        <source>SSE Unit Desk</source>
        <translation>SSE Unit Desk</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source> working days</source>
        <translation> días laborables</translation>
    </message>
    <message>
        <source>Back up &amp;automatically</source>
        <translation>Hacer copias de seguridad &amp;automáticamente</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de calificación</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nuevo nivel</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>New competency</source>
        <translation>Nueva competencia</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <source>A&amp;ppraisals</source>
        <translation>E&amp;valuaciones</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nuevo...</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Unit &amp;file:</source>
        <translation>&amp;Archivo de la unidad:</translation>
    </message>
    <message>
        <source>Another file reopens the window on that unit; a file that does not exist yet becomes a new, empty unit.</source>
        <translation>Otro archivo vuelve a abrir la ventana con esa unidad; un archivo que aún no existe se convierte en una unidad nueva y vacía.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>Back-to-office &amp;report due within:</source>
        <translation>Plazo del info&amp;rme de regreso a la oficina:</translation>
    </message>
    <message>
        <source>Daily, and after 30 minutes of changes. A backup is always taken before an upgrade, an import and a restore.</source>
        <translation>Cada día y tras 30 minutos de cambios. Siempre se hace una copia de seguridad antes de una actualización, una importación y una restauración.</translation>
    </message>
    <message>
        <source>Every backup of the last 24 hours is kept, and the newest one of each of the last:</source>
        <translation>Se conservan todas las copias de seguridad de las últimas 24 horas y la más reciente de cada uno de los últimos:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Semanas:</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Meses:</translation>
    </message>
    <message>
        <source>Rating &amp;scale, best first:</source>
        <translation>E&amp;scala de calificación, de mejor a peor:</translation>
    </message>
    <message>
        <source>&amp;Competencies:</source>
        <translation>Co&amp;mpetencias:</translation>
    </message>
    <message>
        <source>Double-click a name, or press F2, to change it. Levels and competencies that ratings already use cannot be removed or renamed, and the levels keep their order.</source>
        <translation>Haga doble clic en un nombre, o pulse F2, para cambiarlo. Los niveles y las competencias que ya se utilizan en calificaciones no se pueden eliminar ni cambiar de nombre, y los niveles mantienen su orden.</translation>
    </message>
    <message>
        <source>Open a unit</source>
        <translation>Abrir una unidad</translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation>Unidades (%1)</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <source>Name the unit&apos;s file.</source>
        <translation>Indique el nombre del archivo de la unidad.</translation>
    </message>
    <message>
        <source>A unit on a shared server: write its address, postgresql://LOGIN@HOST:PORT/DATABASE, with your e-mail as the login (%40 for its @); the window reopens there and asks for your password.</source>
        <translation>Una unidad en un servidor compartido: escriba su dirección, postgresql://USUARIO@SERVIDOR:PUERTO/BASE, con su correo electrónico como usuario (%40 en lugar de su @); la ventana se vuelve a abrir allí y le pide la contraseña.</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This unit has accounts: sign in with your e-mail address and password.</source>
        <translation>Esta unidad tiene cuentas: inicie sesión con su dirección de correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Ui::SummaryExportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Export a performance review summary</source>
        <translation>Exportar un resumen de evaluación del desempeño</translation>
    </message>
    <message>
        <source>Performance review summary</source>
        <translation>Resumen de evaluación del desempeño</translation>
    </message>
    <message>
        <source>Unit annual report</source>
        <translation>Informe anual de la unidad</translation>
    </message>
    <message>
        <source>JPO donor report (no appraisal content)</source>
        <translation>Informe para el donante sobre los JPO (sin contenido de evaluación)</translation>
    </message>
    <message>
        <source>The appraisal cycle starting in this year, else the calendar year</source>
        <translation>El ciclo de evaluación que comienza este año o, en su defecto, el año civil</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (editable)</source>
        <translation>Texto OpenDocument (editable)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Figures for a spreadsheet (CSV)</source>
        <translation>Cifras para una hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Funcionario/a:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>%1 - performance review %2</source>
        <translation>%1 - evaluación del desempeño %2</translation>
    </message>
    <message>
        <source>Unit annual report %1</source>
        <translation>Informe anual de la unidad %1</translation>
    </message>
    <message>
        <source>JPO donor report %1</source>
        <translation>Informe para el donante sobre los JPO %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose whose summary to export.</source>
        <translation>Elija de quién es el resumen que desea exportar.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Elija el archivo al que desea exportar.</translation>
    </message>
    <message>
        <source>The language the document is written in, whatever the language of the window</source>
        <translation>El idioma en que se redacta el documento, sea cual sea el idioma de la ventana</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
</context>
<context>
    <name>Ui::SupervisionSummary</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>last check-in %1 with %2</source>
        <translation>última reunión de seguimiento el %1 con %2</translation>
    </message>
    <message>
        <source>no check-in yet with %1</source>
        <translation>aún no hay reuniones de seguimiento con %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 de espera</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Presentado el %1</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1, plazo: %2</translation>
    </message>
    <message>
        <source>Next check-in %1</source>
        <translation>Próxima reunión de seguimiento: %1</translation>
    </message>
    <message>
        <source>Last check-in %1</source>
        <translation>Última reunión de seguimiento: %1</translation>
    </message>
    <message>
        <source>open action from the check-in of %1</source>
        <translation>medida pendiente de la reunión de seguimiento del %1</translation>
    </message>
    <message>
        <source>Appraisal %1 to %2</source>
        <translation>Evaluación del %1 al %2</translation>
    </message>
    <message>
        <source>Objectives set; mid-term review due %1</source>
        <translation>Objetivos fijados; examen de mitad de período previsto para el %1</translation>
    </message>
    <message>
        <source>Mid-term review held %1; end of cycle %2</source>
        <translation>Examen de mitad de período realizado el %1; fin de ciclo el %2</translation>
    </message>
    <message>
        <source>Acknowledge your appraisal</source>
        <translation>Firme su evaluación</translation>
    </message>
    <message>
        <source>your turn</source>
        <translation>su turno</translation>
    </message>
    <message>
        <source>Your comments are awaited</source>
        <translation>Se esperan sus comentarios</translation>
    </message>
    <message>
        <source>Waiting for your supervisor&apos;s ratings and acknowledgement</source>
        <translation>En espera de las calificaciones y la firma de su supervisor/a</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineLayout</name>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>Ui::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <source>%1 to %2  ·  %3 items</source>
        <translation>%1 a %2  ·  %3 elementos</translation>
    </message>
    <message numerus="yes">
        <source>%n months earlier</source>
        <translation>
            <numerusform>%n mes antes</numerusform>
            <numerusform>%n meses antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months later</source>
        <translation>
            <numerusform>%n mes después</numerusform>
            <numerusform>%n meses después</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TimelineWidget</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 puntos</translation>
    </message>
</context>
<context>
    <name>Ui::UndoableEdits</name>
    <message>
        <source>Log progress</source>
        <translation>Registrar avances</translation>
    </message>
    <message>
        <source>Add objective &quot;%1&quot;</source>
        <translation>Añadir el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit objective &quot;%1&quot;</source>
        <translation>Editar el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete objective &quot;%1&quot;</source>
        <translation>Eliminar el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add activity &quot;%1&quot;</source>
        <translation>Añadir la actividad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit activity &quot;%1&quot;</source>
        <translation>Editar la actividad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete activity &quot;%1&quot;</source>
        <translation>Eliminar la actividad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>Ui::UnitAccessActions</name>
    <message>
        <source>&amp;Accounts...</source>
        <translation>Cuen&amp;tas...</translation>
    </message>
    <message>
        <source>Change &amp;log...</source>
        <translation>Re&amp;gistro de cambios...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Ca&amp;mbiar mi contraseña...</translation>
    </message>
    <message>
        <source>On a server, logins and passwords are kept by the server: its administrators manage them.</source>
        <translation>En un servidor, los usuarios y las contraseñas los guarda el servidor: los gestionan sus administradores.</translation>
    </message>
</context>
<context>
    <name>Ui::UnitFileActions</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>Hacer copia de seguridad &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>Copias de seg&amp;uridad...</translation>
    </message>
    <message>
        <source>Imp&amp;ort people...</source>
        <translation>&amp;Importar personas...</translation>
    </message>
    <message>
        <source>Import wor&amp;k plan...</source>
        <translation>Importar &amp;plan de trabajo...</translation>
    </message>
    <message>
        <source>Backed up automatically: %1</source>
        <translation>Copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Error en la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad hecha en %1</translation>
    </message>
    <message>
        <source>Imported 1 person from %1</source>
        <translation>Se ha importado 1 persona desde %1</translation>
    </message>
    <message>
        <source>Imported %1 people from %2</source>
        <translation>Se han importado %1 personas desde %2</translation>
    </message>
    <message>
        <source>Imported %1 objectives and activities from %2</source>
        <translation>Se han importado %1 objetivos y actividades desde %2</translation>
    </message>
    <message>
        <source>The server&apos;s administrators back this unit up.</source>
        <translation>Los administradores del servidor hacen las copias de seguridad de esta unidad.</translation>
    </message>
</context>
<context>
    <name>Ui::VersionsEditor</name>
    <message>
        <source>&amp;Add language</source>
        <translation>&amp;Añadir idioma</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versiones lingüísticas</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Idioma que se añadirá</translation>
    </message>
</context>
<context>
    <name>Ui::WindowHost</name>
    <message>
        <source>Restored the backup of %1. The unit as it was just before is in the backup %2.</source>
        <translation>Se ha restaurado la copia de seguridad de %1. La unidad tal como estaba justo antes se encuentra en la copia de seguridad %2.</translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlanDialog</name>
    <message>
        <source>New work plan</source>
        <translation>Nuevo plan de trabajo</translation>
    </message>
    <message>
        <source>Edit work plan</source>
        <translation>Editar el plan de trabajo</translation>
    </message>
    <message>
        <source>Work plan 2025: SSE statistics</source>
        <translation>Plan de trabajo 2025: estadísticas de la ESS</translation>
    </message>
    <message>
        <source>&amp;Supervisee:</source>
        <translation>Persona s&amp;upervisada:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Asignación:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (del %2 al %3)</translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlansModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlansPage</name>
    <message>
        <source>Work plans</source>
        <translation>Planes de trabajo</translation>
    </message>
    <message>
        <source>All plans of the unit, newest period first</source>
        <translation>Todos los planes de la unidad, del período más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Filter by person, title, status...</source>
        <translation>Filtrar por persona, título, estado...</translation>
    </message>
</context>
</TS>
