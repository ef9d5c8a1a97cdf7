<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App::BackupVerb</name>
    <message>
        <source>Write a verified copy of a unit database to a file of your choosing.</source>
        <translation>Écrire une copie vérifiée d&apos;une base de données d&apos;unité dans le fichier de votre choix.</translation>
    </message>
    <message>
        <source>The unit is read, never changed, and may stay open in SSE Unit Desk meanwhile. The copy opens like any unit database, and &quot;ssedesk restore&quot; can put it back.</source>
        <translation>L&apos;unité est lue, jamais modifiée, et peut rester ouverte dans SSE Unit Desk pendant ce temps. La copie s&apos;ouvre comme toute base de données d&apos;unité, et « ssedesk restore » peut la remettre en place.</translation>
    </message>
    <message>
        <source>The unit database to copy.</source>
        <translation>La base de données d&apos;unité à copier.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The file to write the copy to.</source>
        <translation>Le fichier dans lequel écrire la copie.</translation>
    </message>
    <message>
        <source>Replace --out if it exists already.</source>
        <translation>Remplacer --out s&apos;il existe déjà.</translation>
    </message>
    <message>
        <source>backup takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>backup n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --out FILE [--force]
Both --database and --out are needed.</source>
        <translation>Usage : %1 --database FICHIER --out FICHIER [--force]
--database et --out sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>%1 is a folder; --out names the file to write, such as %2.</source>
        <translation>%1 est un dossier ; --out désigne le fichier à écrire, par exemple %2.</translation>
    </message>
    <message>
        <source>--out names the database itself; choose another file.</source>
        <translation>--out désigne la base de données elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it was. Choose another file, or add --force to replace it.</source>
        <translation>%1 existe déjà et a été laissé tel quel. Choisissez un autre fichier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, verified).</source>
        <translation>%1 sauvegardé dans %2 (%3, vérifié).</translation>
    </message>
</context>
<context>
    <name>App::CalendarExport</name>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Activity due: %1</source>
        <translation>Échéance d&apos;activité : %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personnes : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Deliverable deadline</source>
        <translation>Échéance de livrable</translation>
    </message>
    <message>
        <source>Activity deadline</source>
        <translation>Échéance d&apos;activité</translation>
    </message>
    <message>
        <source>BTO report deadline</source>
        <translation>Échéance du rapport de retour de mission</translation>
    </message>
</context>
<context>
    <name>App::CheckVerb</name>
    <message>
        <source>Check a unit database page by page and row by row; exit 0 when healthy.</source>
        <translation>Vérifier une base de données d&apos;unité page par page et ligne par ligne ; code de sortie 0 si elle est saine.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity_check and foreign_key_check without changing the file, even while the unit is open elsewhere. Exit status: 0 healthy, 1 damaged or not checkable, 2 usage error.</source>
        <translation>Exécute les contrôles integrity_check et foreign_key_check de SQLite sans modifier le fichier, même si l&apos;unité est ouverte ailleurs. Code de sortie : 0 saine, 1 endommagée ou impossible à vérifier, 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The unit database to check.</source>
        <translation>La base de données d&apos;unité à vérifier.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>check takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>check n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>check needs --database FILE: the unit database to check.</source>
        <translation>check a besoin de --database FICHIER : la base de données d&apos;unité à vérifier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: healthy (every page, index and foreign key checked in %2 ms).</source>
        <translation>%1 : saine (chaque page, index et clé étrangère vérifiés en %2 ms).</translation>
    </message>
    <message>
        <source>%1: not healthy, 1 problem found:</source>
        <translation>%1 : endommagée, 1 problème trouvé :</translation>
    </message>
    <message>
        <source>%1: not healthy, %2 problems found:</source>
        <translation>%1 : endommagée, %2 problèmes trouvés :</translation>
    </message>
    <message>
        <source>Restore a backup with &quot;ssedesk restore --database %1 --from BACKUP&quot; (the backups are in %2); the current file is kept first.</source>
        <translation>Restaurez une sauvegarde avec « ssedesk restore --database %1 --from SAUVEGARDE » (les sauvegardes se trouvent dans %2) ; le fichier actuel est d&apos;abord conservé.</translation>
    </message>
</context>
<context>
    <name>App::CommandLine</name>
    <message>
        <source>SSE Unit Desk: work plans, progress and supervision for a small research unit.</source>
        <translation>SSE Unit Desk : plans de travail, avancement et supervision pour une petite unité de recherche.</translation>
    </message>
    <message>
        <source>Open FILE (created if missing). Default: the database opened last time.</source>
        <translation>Ouvrir FICHIER (créé s&apos;il n&apos;existe pas). Par défaut : la base de données ouverte la dernière fois.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The language of the window for this run: %1. Default: the one chosen in the settings, else the system&apos;s.</source>
        <translation>La langue de la fenêtre pour cette exécution : %1. Par défaut : celle choisie dans les paramètres, sinon celle du système.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Run a verb instead of opening the window (see below).</source>
        <translation>Exécuter un verbe au lieu d&apos;ouvrir la fenêtre (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbes :</translation>
    </message>
    <message>
        <source>Run &quot;ssedesk VERB --help&quot; for a verb&apos;s options.</source>
        <translation>Exécutez « ssedesk VERBE --help » pour les options d&apos;un verbe.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verb ssedesk knows. See &quot;ssedesk --help&quot;.</source>
        <translation>« %1 » n&apos;est pas un verbe connu de ssedesk. Voir « ssedesk --help ».</translation>
    </message>
    <message>
        <source>See &quot;ssedesk --help&quot;.</source>
        <translation>Voir « ssedesk --help ».</translation>
    </message>
    <message>
        <source>Verbs come first, as in &quot;ssedesk demo --database FILE&quot;; &quot;%1&quot; is not understood here. See &quot;ssedesk --help&quot;.</source>
        <translation>Les verbes viennent en premier, comme dans « ssedesk demo --database FICHIER » ; « %1 » n&apos;est pas compris ici. Voir « ssedesk --help ».</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language doit être l&apos;une des valeurs %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>Open the unit on its PostgreSQL server, logging in as USER (the password is asked for, or taken from SSEDESK_SERVER_PASSWORD).</source>
        <translation>Ouvrir l&apos;unité sur son serveur PostgreSQL, en se connectant comme UTILISATEUR (le mot de passe est demandé, ou pris dans SSEDESK_SERVER_PASSWORD).</translation>
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
  ssedesk export summary --database unit.ssedesk --person COURRIEL --cycle 2026 --format pdf --out synthese.pdf
  ssedesk export summary --database unit.ssedesk --all --cycle 2026 --format odt --out syntheses/
  ssedesk export unit-report --database unit.ssedesk --cycle 2026 --variant donor --format pdf --out rapport-donateur.pdf
  ssedesk import people --database unit.ssedesk --file personnel.csv --dry-run
  ssedesk backup --database unit.ssedesk --out /media/usb/unite-2026-06.ssedesk
  ssedesk check --database unit.ssedesk
  ssedesk server init --server postgresql://unit_owner@db.example.org/sse_unit
  ssedesk migrate --from unit.ssedesk --to postgresql://unit_owner@db.example.org/sse_unit
</translation>
    </message>
    <message>
        <source>Give --database FILE or --server URL, not both.</source>
        <translation>Donnez --database FICHIER ou --server URL, pas les deux.</translation>
    </message>
</context>
<context>
    <name>App::CommandLineSignIn</name>
    <message>
        <source>%1 has accounts: set SSEDESK_USER to your e-mail address, and SSEDESK_PASSWORD to your password or type it when asked.</source>
        <translation>%1 a des comptes : définissez SSEDESK_USER avec votre adresse électronique, et SSEDESK_PASSWORD avec votre mot de passe, ou saisissez-le lorsqu&apos;il vous est demandé.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
</context>
<context>
    <name>App::DemoVerb</name>
    <message>
        <source>Write an invented demo unit into a new or empty database.</source>
        <translation>Écrire une unité de démonstration fictive dans une base de données nouvelle ou vide.</translation>
    </message>
    <message>
        <source>The database file to write; it must be new, empty or hold no data yet.</source>
        <translation>Le fichier de base de données à écrire ; il doit être nouveau, vide ou ne contenir encore aucune donnée.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Multiply people and years of history by N (1 to %1; 10 is about a decade).</source>
        <translation>Multiplier les personnes et les années d&apos;historique par N (de 1 à %1 ; 10 représente environ une décennie).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>demo takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>demo n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>demo needs --database FILE: the file to write the demo unit into.</source>
        <translation>demo a besoin de --database FICHIER : le fichier dans lequel écrire l&apos;unité de démonstration.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--scale doit être un nombre entier de 1 à %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>%1 is open in another program (%1-wal exists). Close it and try again.</source>
        <translation>%1 est ouvert dans un autre programme (%1-wal existe). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Wrote the demo unit into %1: %2 people, %3 work plans, %4 objectives, %5 activities, %6 progress entries, %7 projects, %8 meetings, %9 deliverables, %10 missions (scale %11) in %12 s.</source>
        <translation>Unité de démonstration écrite dans %1 : %2 personnes, %3 plans de travail, %4 objectifs, %5 activités, %6 entrées d&apos;avancement, %7 projets, %8 réunions, %9 livrables, %10 missions (échelle %11) en %12 s.</translation>
    </message>
    <message>
        <source>%1 already holds data; the demo writes only into a new or empty database.</source>
        <translation>%1 contient déjà des données ; la démonstration n&apos;écrit que dans une base de données nouvelle ou vide.</translation>
    </message>
</context>
<context>
    <name>App::ExistingUnit</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no unit: there is nothing to export.</source>
        <translation>%1 ne contient aucune unité : il n&apos;y a rien à exporter.</translation>
    </message>
</context>
<context>
    <name>App::ExportCalendar</name>
    <message>
        <source>Missions, meetings and deadlines as an iCalendar (.ics) file.</source>
        <translation>Missions, réunions et échéances sous forme de fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>The unit database to read.</source>
        <translation>La base de données d&apos;unité à lire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The .ics file to write; replaced if it exists.</source>
        <translation>Le fichier .ics à écrire ; remplacé s&apos;il existe.</translation>
    </message>
    <message>
        <source>Only what concerns this person (traveller, participant, owner).</source>
        <translation>Uniquement ce qui concerne cette personne (voyageur, participant, responsable).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>First day exported (YYYY-MM-DD). Default: a year before today.</source>
        <translation>Premier jour exporté (AAAA-MM-JJ). Par défaut : un an avant aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day exported (YYYY-MM-DD). Default: two years after today.</source>
        <translation>Dernier jour exporté (AAAA-MM-JJ). Par défaut : deux ans après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>export calendar takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>export calendar n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE [--person EMAIL] --out FILE.ics
Both --database and --out are needed.</source>
        <translation>Usage : %1 --database FICHIER [--person COURRIEL] --out FICHIER.ics
--database et --out sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>--to must not come before --from.</source>
        <translation>--to ne doit pas précéder --from.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 doit être une date au format AAAA-MM-JJ, et non « %2 ».</translation>
    </message>
    <message>
        <source>%1 events written to %2.</source>
        <translation>%1 événements écrits dans %2.</translation>
    </message>
    <message>
        <source>SSE Unit Desk</source>
        <translation>SSE Unit Desk</translation>
    </message>
    <message>
        <source>SSE Unit Desk: %1</source>
        <translation>SSE Unit Desk : %1</translation>
    </message>
</context>
<context>
    <name>App::ExportSummary</name>
    <message>
        <source>Usage: %1 --database FILE (--person EMAIL | --all) --cycle YYYY --format pdf|odt|html|csv --out PATH [--page a4|letter]</source>
        <translation>Usage : %1 --database FICHIER (--person COURRIEL | --all) --cycle AAAA --format pdf|odt|html|csv --out CHEMIN [--page a4|letter]</translation>
    </message>
    <message>
        <source>Performance review summaries: one person&apos;s cycle, or everyone&apos;s.</source>
        <translation>Synthèses d&apos;évaluation de la performance : le cycle d&apos;une personne, ou celui de tout le monde.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists); with --all, the folder to write one file per person into (created if missing).</source>
        <translation>Le fichier à écrire (remplacé s&apos;il existe) ; avec --all, le dossier dans lequel écrire un fichier par personne (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>The person, by e-mail address.</source>
        <translation>La personne, désignée par son adresse électronique.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>Everyone with anything recorded in the cycle, one file each.</source>
        <translation>Toute personne ayant des éléments enregistrés dans le cycle, un fichier chacune.</translation>
    </message>
    <message>
        <source>export summary takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>export summary n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>Name one person with --person EMAIL, or everyone with --all.</source>
        <translation>Désignez une personne avec --person COURRIEL, ou tout le monde avec --all.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing written.</source>
        <translation>Le dossier %1 n&apos;existe pas : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 has nothing recorded in the %2 cycle (%3): nothing written.</source>
        <translation>%1 n&apos;a rien d&apos;enregistré dans le cycle %2 (%3) : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Performance review summary of %1 (%2) written to %3.</source>
        <translation>Synthèse d&apos;évaluation de la performance de %1 (%2) écrite dans %3.</translation>
    </message>
    <message>
        <source>%1 is a file; --all writes into a folder.</source>
        <translation>%1 est un fichier ; --all écrit dans un dossier.</translation>
    </message>
    <message>
        <source>Nobody in the unit has anything recorded in the %1 cycle: nothing written.</source>
        <translation>Personne dans l&apos;unité n&apos;a d&apos;éléments enregistrés dans le cycle %1 : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>Écrit dans %2 : %1.</translation>
    </message>
    <message>
        <source>1 performance review summary</source>
        <translation>1 synthèse d&apos;évaluation de la performance</translation>
    </message>
    <message>
        <source>%1 performance review summaries</source>
        <translation>%1 synthèses d&apos;évaluation de la performance</translation>
    </message>
</context>
<context>
    <name>App::ExportUnitReport</name>
    <message>
        <source>Usage: %1 --database FILE --cycle YYYY --variant annual|donor --format pdf|odt|html --out PATH [--page a4|letter]</source>
        <translation>Usage : %1 --database FICHIER --cycle AAAA --variant annual|donor --format pdf|odt|html --out CHEMIN [--page a4|letter]</translation>
    </message>
    <message>
        <source>The unit&apos;s year in one document: the annual report, or the JPO donor report.</source>
        <translation>L&apos;année de l&apos;unité en un seul document : le rapport annuel, ou le rapport aux donateurs des JPO.</translation>
    </message>
    <message>
        <source>The file to write; replaced if it exists.</source>
        <translation>Le fichier à écrire ; remplacé s&apos;il existe.</translation>
    </message>
    <message>
        <source>annual: everyone, appraisals by stage only; donor: the JPOs, without appraisals or check-ins.</source>
        <translation>annual : tout le monde, évaluations par étape uniquement ; donor : les JPO, sans évaluations ni points de suivi.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>export unit-report takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>export unit-report n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>--variant must be annual or donor, not &quot;%1&quot;.</source>
        <translation>--variant doit valoir annual ou donor, et non « %1 ».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing written.</source>
        <translation>Le dossier %1 n&apos;existe pas : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No JPO has anything recorded in %1: nothing written.</source>
        <translation>Aucun JPO n&apos;a d&apos;éléments enregistrés en %1 : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nobody in the unit has anything recorded in %1: nothing written.</source>
        <translation>Personne dans l&apos;unité n&apos;a d&apos;éléments enregistrés en %1 : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 (%2) written to %3.</source>
        <translation>%1 (%2) écrit dans %3.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
</context>
<context>
    <name>App::ExportVerb</name>
    <message>
        <source>Write the unit&apos;s data into a file for other programs. SUBJECT: %1.</source>
        <translation>Écrire les données de l&apos;unité dans un fichier destiné à d&apos;autres programmes. SUJET : %1.</translation>
    </message>
    <message>
        <source>export needs to know what to export, as in &quot;ssedesk export calendar&quot;.</source>
        <translation>export doit savoir quoi exporter, comme dans « ssedesk export calendar ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something ssedesk can export.</source>
        <translation>« %1 » n&apos;est pas un élément que ssedesk peut exporter.</translation>
    </message>
    <message>
        <source>Usage: ssedesk export SUBJECT [options]</source>
        <translation>Usage : ssedesk export SUJET [options]</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <source>Run &quot;ssedesk export SUBJECT --help&quot; for its options.</source>
        <translation>Exécutez « ssedesk export SUJET --help » pour ses options.</translation>
    </message>
</context>
<context>
    <name>App::ImportVerb</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 objectif</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
    <message>
        <source>1 learning element</source>
        <translation>1 élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>%1 learning elements</source>
        <translation>%1 éléments d&apos;apprentissage</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 activités</translation>
    </message>
    <message>
        <source>Add people, or a work plan&apos;s objectives and activities, from a CSV file: all rows or none.</source>
        <translation>Ajouter des personnes, ou les objectifs et activités d&apos;un plan de travail, à partir d&apos;un fichier CSV : toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>Usage: ssedesk import SUBJECT [options]</source>
        <translation>Usage : ssedesk import SUJET [options]</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <source>  people    new people, one a row (columns: %1)</source>
        <translation>  people    nouvelles personnes, une par ligne (colonnes : %1)</translation>
    </message>
    <message>
        <source>  workplan  objectives, learning elements and activities for one person&apos;s current work plan (columns: %1)</source>
        <translation>  workplan  objectifs, éléments d&apos;apprentissage et activités pour le plan de travail en cours d&apos;une personne (colonnes : %1)</translation>
    </message>
    <message>
        <source>Run &quot;ssedesk import SUBJECT --help&quot; for its options.</source>
        <translation>Exécutez « ssedesk import SUJET --help » pour ses options.</translation>
    </message>
    <message>
        <source>Every row is checked against the unit first, and every problem reported with its row and column; a file with any problem writes nothing. Before writing, the unit is backed up beside the database. The unit must not be open for writing elsewhere.</source>
        <translation>Chaque ligne est d&apos;abord vérifiée par rapport à l&apos;unité, et chaque problème est signalé avec sa ligne et sa colonne ; un fichier comportant un problème n&apos;écrit rien. Avant l&apos;écriture, l&apos;unité est sauvegardée à côté de la base de données. L&apos;unité ne doit pas être ouverte en écriture ailleurs.</translation>
    </message>
    <message>
        <source>The unit database to import into.</source>
        <translation>La base de données d&apos;unité dans laquelle importer.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The CSV file to read (UTF-8, comma-separated, a header row).</source>
        <translation>Le fichier CSV à lire (UTF-8, séparé par des virgules, avec une ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Whose current work plan the rows go into.</source>
        <translation>Le plan de travail en cours dans lequel vont les lignes.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>Check every row against the unit and report, but write nothing.</source>
        <translation>Vérifier chaque ligne par rapport à l&apos;unité et rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>import needs to know what to import, as in &quot;ssedesk import people&quot;.</source>
        <translation>import doit savoir quoi importer, comme dans « ssedesk import people ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something ssedesk can import.</source>
        <translation>« %1 » n&apos;est pas un élément que ssedesk peut importer.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments, but was given &quot;%2&quot;.</source>
        <translation>%1 n&apos;accepte pas d&apos;autre argument, mais a reçu « %2 ».</translation>
    </message>
    <message>
        <source>Usage: %1 --database FILE --file CSV%2 [--dry-run]
%3</source>
        <translation>Usage : %1 --database FICHIER --file CSV%2 [--dry-run]
%3</translation>
    </message>
    <message>
        <source>--database, --file and --person are needed.</source>
        <translation>--database, --file et --person sont nécessaires.</translation>
    </message>
    <message>
        <source>Both --database and --file are needed.</source>
        <translation>--database et --file sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>%1 would be added to %2; nothing was written (dry run).</source>
        <translation>À ajouter à %2 : %1 ; rien n&apos;a été écrit (essai à blanc).</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>the work plan &quot;%1&quot; of %2</source>
        <translation>le plan de travail « %1 » de %2</translation>
    </message>
    <message>
        <source>Nothing was imported: an import is never written without a backup.</source>
        <translation>Rien n&apos;a été importé : une importation n&apos;est jamais écrite sans sauvegarde.</translation>
    </message>
    <message>
        <source>%1 added to %2. The unit as it was before the import is kept in %3.</source>
        <translation>Ajouté à %2 : %1. L&apos;unité telle qu&apos;elle était avant l&apos;importation est conservée dans %3.</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was written to %2.</source>
        <translation>1 problème dans %1 ; rien n&apos;a été écrit dans %2.</translation>
    </message>
    <message>
        <source>%1 problems in %2; nothing was written to %3.</source>
        <translation>%1 problèmes dans %2 ; rien n&apos;a été écrit dans %3.</translation>
    </message>
</context>
<context>
    <name>App::MigrateVerb</name>
    <message>
        <source>Move a unit from its file to a PostgreSQL server that holds none yet.</source>
        <translation>Déplacer une unité de son fichier vers un serveur PostgreSQL qui n&apos;en contient encore aucune.</translation>
    </message>
    <message>
        <source>Copies every table, ids and audit trail included, in one transaction, and compares the row counts table by table before the server keeps the copy. The file is only read, and may stay open in SSE Unit Desk meanwhile. The server&apos;s password comes from SSEDESK_SERVER_PASSWORD, else is asked for at a terminal (press Enter for none). A unit with accounts is moved by its unit head (SSEDESK_USER, SSEDESK_PASSWORD). Exit status: 0 copied, 1 refused or failed (nothing kept on the server), 2 usage error.</source>
        <translation>Copie toutes les tables, identifiants et piste d&apos;audit compris, en une seule transaction, et compare le nombre de lignes table par table avant que le serveur ne garde la copie. Le fichier est seulement lu et peut rester ouvert dans SSE Unit Desk pendant ce temps. Le mot de passe du serveur vient de SSEDESK_SERVER_PASSWORD, sinon il est demandé dans un terminal (Entrée pour aucun). Une unité avec des comptes est déplacée par son chef d&apos;unité (SSEDESK_USER, SSEDESK_PASSWORD). Code de sortie : 0 copiée, 1 refusée ou en échec (rien n&apos;est gardé sur le serveur), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The unit file to copy.</source>
        <translation>Le fichier d&apos;unité à copier.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DATABASE, with ?schema=NAME to put the unit in a schema of its own.</source>
        <translation>Le serveur : postgresql://UTILISATEUR@HÔTE:PORT/BASE, avec ?schema=NOM pour placer l&apos;unité dans un schéma à elle.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>migrate takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>migrate n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>migrate needs --from FILE: the unit file to copy.</source>
        <translation>migrate a besoin de --from FICHIER : le fichier d&apos;unité à copier.</translation>
    </message>
    <message>
        <source>migrate needs --to URL: the server to copy the unit to.</source>
        <translation>migrate a besoin de --to URL : le serveur vers lequel copier l&apos;unité.</translation>
    </message>
    <message>
        <source>Copied %1 (table %2 of %3)</source>
        <translation>%1 copiée (table %2 sur %3)</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s, every table&apos;s row count checked:</source>
        <translation>%1 copiée vers %2 en %3 s, le nombre de lignes de chaque table vérifié :</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, %3 rows a second. %4 was left as it was.</source>
        <translation>%1 lignes dans %2 tables, %3 lignes par seconde. %4 a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>App::ReportOptions</name>
    <message>
        <source>The unit database to read.</source>
        <translation>La base de données d&apos;unité à lire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The year of the cycle: the appraisal cycle starting that year, else the calendar year.</source>
        <translation>L&apos;année du cycle : le cycle d&apos;évaluation commençant cette année-là, sinon l&apos;année civile.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>The kind of file: %1.</source>
        <translation>Le type de fichier : %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Paper size of a PDF: a4 or letter.</source>
        <translation>Format de papier d&apos;un PDF : a4 ou letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The language of the document: %1. Default: the language of the interface.</source>
        <translation>La langue du document : %1. Par défaut : la langue de l&apos;interface.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>--%1 est nécessaire.</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation>--format doit être l&apos;un de %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page doit valoir a4 ou letter, et non « %1 ».</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language doit être l&apos;une des valeurs %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>--cycle must be a year written YYYY between %1 and %2, not &quot;%3&quot;.</source>
        <translation>--cycle doit être une année au format AAAA comprise entre %1 et %2, et non « %3 ».</translation>
    </message>
</context>
<context>
    <name>App::RestoreVerb</name>
    <message>
        <source>Put a backup back into a unit database; what it held is backed up first.</source>
        <translation>Remettre une sauvegarde dans une base de données d&apos;unité ; son contenu antérieur est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>The unit must not be open for writing elsewhere. A damaged database is kept aside as FILE.corrupt; a missing one is recreated from the backup. Without --from, lists the backups kept beside the database.</source>
        <translation>L&apos;unité ne doit pas être ouverte en écriture ailleurs. Une base de données endommagée est mise de côté sous le nom FICHIER.corrupt ; une base manquante est recréée à partir de la sauvegarde. Sans --from, liste les sauvegardes conservées à côté de la base de données.</translation>
    </message>
    <message>
        <source>The unit database to restore.</source>
        <translation>La base de données d&apos;unité à restaurer.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The backup to restore: one of the database&apos;s own, or any copy &quot;ssedesk backup&quot; wrote.</source>
        <translation>La sauvegarde à restaurer : l&apos;une des sauvegardes propres à la base de données, ou toute copie écrite par « ssedesk backup ».</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>restore takes no further arguments, but was given &quot;%1&quot;.</source>
        <translation>restore n&apos;accepte pas d&apos;autre argument, mais a reçu « %1 ».</translation>
    </message>
    <message>
        <source>restore needs --database FILE: the unit database to restore.</source>
        <translation>restore a besoin de --database FICHIER : la base de données d&apos;unité à restaurer.</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP; %1 has no backups in %2.</source>
        <translation>restore a besoin de --from SAUVEGARDE ; %1 n&apos;a aucune sauvegarde dans %2.</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP. The backups of %1, newest first:</source>
        <translation>restore a besoin de --from SAUVEGARDE. Les sauvegardes de %1, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--from names the database itself; choose one of its backups.</source>
        <translation>--from désigne la base de données elle-même ; choisissez l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. What it held before is kept in %3.</source>
        <translation>%1 restaurée à partir de %2. Son contenu antérieur est conservé dans %3.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Le fichier endommagé a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>%1 was damaged; it was kept as %2, and %3 was restored in its place.</source>
        <translation>%1 était endommagée ; elle a été conservée sous le nom %2, et %3 a été restaurée à sa place.</translation>
    </message>
    <message>
        <source>%1 did not exist; %2 was restored in its place.</source>
        <translation>%1 n&apos;existait pas ; %2 a été restaurée à sa place.</translation>
    </message>
</context>
<context>
    <name>App::ServerLogin</name>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>Mot de passe de %1 sur le serveur : </translation>
    </message>
</context>
<context>
    <name>App::ServerVerb</name>
    <message>
        <source>Prepare a unit&apos;s PostgreSQL server (init) and give people their logins (add-user).</source>
        <translation>Préparer le serveur PostgreSQL d&apos;une unité (init) et donner aux personnes leurs identifiants de connexion (add-user).</translation>
    </message>
    <message>
        <source>  ssedesk server init --server postgresql://OWNER@HOST:PORT/DATABASE
  ssedesk server add-user --server postgresql://OWNER@HOST:PORT/DATABASE --email EMAIL --role ROLE
Run as the role that owns the database. The owner&apos;s password comes from the address, SSEDESK_SERVER_PASSWORD, or the terminal; the new person&apos;s from SSEDESK_NEW_PASSWORD or the terminal.</source>
        <translation>  ssedesk server init --server postgresql://PROPRIÉTAIRE@HÔTE:PORT/BASE
  ssedesk server add-user --server postgresql://PROPRIÉTAIRE@HÔTE:PORT/BASE --email COURRIEL --role RÔLE
À lancer en tant que rôle propriétaire de la base de données. Le mot de passe du propriétaire vient de l&apos;adresse, de SSEDESK_SERVER_PASSWORD ou du terminal ; celui de la nouvelle personne de SSEDESK_NEW_PASSWORD ou du terminal.</translation>
    </message>
    <message>
        <source>The unit&apos;s database on its server.</source>
        <translation>La base de données de l&apos;unité sur son serveur.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add-user: the e-mail address of a person of the unit; it becomes their login.</source>
        <translation>add-user : l&apos;adresse électronique d&apos;une personne de l&apos;unité ; elle devient son identifiant de connexion.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>add-user: unit_head, supervisor, staff or observer.</source>
        <translation>add-user : unit_head, supervisor, staff ou observer.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>init or add-user</source>
        <translation>init ou add-user</translation>
    </message>
    <message>
        <source>server needs one action: init or add-user.</source>
        <translation>server a besoin d&apos;une action : init ou add-user.</translation>
    </message>
    <message>
        <source>server needs --server postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>server a besoin de --server postgresql://PROPRIÉTAIRE@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server action: use init or add-user.</source>
        <translation>« %1 » n&apos;est pas une action de server : utilisez init ou add-user.</translation>
    </message>
    <message>
        <source>%1 is ready, with its group roles (%2) and their rules. Add each person with &quot;ssedesk server add-user&quot;.</source>
        <translation>%1 est prêt, avec ses rôles de groupe (%2) et leurs règles. Ajoutez chaque personne avec « ssedesk server add-user ».</translation>
    </message>
    <message>
        <source>add-user needs --email: the e-mail address of a person of the unit.</source>
        <translation>add-user a besoin de --email : l&apos;adresse électronique d&apos;une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>--role must be unit_head, supervisor, staff or observer, not &quot;%1&quot;.</source>
        <translation>--role doit être unit_head, supervisor, staff ou observer, et non « %1 ».</translation>
    </message>
    <message>
        <source>Set SSEDESK_NEW_PASSWORD to the new password of %1, or run this at a terminal to type it.</source>
        <translation>Définissez SSEDESK_NEW_PASSWORD avec le nouveau mot de passe de %1, ou lancez ceci dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <source>%1 may now log in to %2 as &quot;%3&quot; (role: %4).</source>
        <translation>%1 peut maintenant se connecter à %2 en tant que « %3 » (rôle : %4).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1 : </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Le même, à nouveau : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>App::StagedFile</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created next to %1: %2</source>
        <translation>Impossible de créer un fichier temporaire à côté de %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>La copie de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The staged database %1 is still in use.</source>
        <translation>La base de données intermédiaire %1 est toujours utilisée.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2</source>
        <translation>Impossible de remplacer %1 : %2</translation>
    </message>
</context>
<context>
    <name>App::WritableUnit</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no unit yet: open it once in SSE Unit Desk to create one.</source>
        <translation>%1 ne contient pas encore d&apos;unité : ouvrez-la une fois dans SSE Unit Desk pour en créer une.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>AppraisalScaleList</name>
    <message>
        <source>A rating scale needs at least two levels.</source>
        <translation>Une échelle de notation doit comporter au moins deux niveaux.</translation>
    </message>
    <message>
        <source>List at least one competency.</source>
        <translation>Indiquez au moins une compétence.</translation>
    </message>
    <message>
        <source>Level %1 of the rating scale has no name.</source>
        <translation>Le niveau %1 de l&apos;échelle de notation n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Competency %1 has no name.</source>
        <translation>La compétence %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>&quot;%1...&quot; is longer than %2 characters.</source>
        <translation>« %1... » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; each name must be different.</source>
        <translation>« %1 » figure deux fois ; chaque nom doit être différent.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be removed: ratings already given use it (%n).</source>
        <translation>
            <numerusform>« %1 » ne peut pas être supprimé : une notation déjà attribuée l&apos;utilise (%n).</numerusform>
            <numerusform>« %1 » ne peut pas être supprimé : des notations déjà attribuées l&apos;utilisent (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be renamed: ratings already given use it (%n).</source>
        <translation>
            <numerusform>« %1 » ne peut pas être renommé : une notation déjà attribuée l&apos;utilise (%n).</numerusform>
            <numerusform>« %1 » ne peut pas être renommé : des notations déjà attribuées l&apos;utilisent (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed meanwhile; open the list again.</source>
        <translation>« %1 » a été supprimé entre-temps ; rouvrez la liste.</translation>
    </message>
    <message>
        <source>Ratings already given use these levels, which must keep their order, best first: %1.</source>
        <translation>Des notations déjà attribuées utilisent ces niveaux, qui doivent garder leur ordre, du meilleur au moins bon : %1.</translation>
    </message>
</context>
<context>
    <name>Core::AccessGuards</name>
    <message>
        <source>You are signed in as an observer: you may read the unit but not change it.</source>
        <translation>Vous êtes connecté(e) en tant qu&apos;observateur : vous pouvez consulter l&apos;unité, mais pas la modifier.</translation>
    </message>
    <message>
        <source>Only the person&apos;s supervisor or the unit head may change a person&apos;s record or contract.</source>
        <translation>Seuls le superviseur de la personne ou le chef d&apos;unité peuvent modifier la fiche ou le contrat d&apos;une personne.</translation>
    </message>
    <message>
        <source>Only the supervisor and the supervisee of a check-in, or the unit head, may change it.</source>
        <translation>Seuls le superviseur et la personne supervisée d&apos;un point de suivi, ou le chef d&apos;unité, peuvent le modifier.</translation>
    </message>
    <message>
        <source>Only the person appraised, their appraising supervisor or the unit head may change an appraisal.</source>
        <translation>Seuls la personne évaluée, son superviseur évaluateur ou le chef d&apos;unité peuvent modifier une évaluation.</translation>
    </message>
    <message>
        <source>Only the unit head may create accounts or change roles; everyone may change their own password.</source>
        <translation>Seul le chef d&apos;unité peut créer des comptes ou modifier des rôles ; chacun peut changer son propre mot de passe.</translation>
    </message>
    <message>
        <source>Only the unit head may change the unit&apos;s settings and lists.</source>
        <translation>Seul le chef d&apos;unité peut modifier les paramètres et les listes de l&apos;unité.</translation>
    </message>
    <message>
        <source>Only the plan&apos;s owner, their supervisor or the unit head may change a work plan, its objectives, activities and progress.</source>
        <translation>Seuls le titulaire du plan, son superviseur ou le chef d&apos;unité peuvent modifier un plan de travail, ses objectifs, ses activités et son avancement.</translation>
    </message>
    <message>
        <source>Both sides have signed this appraisal: it is locked, and nobody may change it.</source>
        <translation>Les deux parties ont signé cette évaluation : elle est verrouillée, et personne ne peut la modifier.</translation>
    </message>
</context>
<context>
    <name>Core::AccountRepository</name>
    <message>
        <source>The unit would have no unit head to manage its accounts: give another account the unit head&apos;s role first.</source>
        <translation>L&apos;unité n&apos;aurait plus de chef d&apos;unité pour gérer ses comptes : attribuez d&apos;abord le rôle de chef d&apos;unité à un autre compte.</translation>
    </message>
    <message>
        <source>The first account of a unit is the unit head&apos;s: someone must manage the others.</source>
        <translation>Le premier compte d&apos;une unité est celui du chef d&apos;unité : quelqu&apos;un doit gérer les autres.</translation>
    </message>
    <message>
        <source>Choose a person of the unit.</source>
        <translation>Choisissez une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 a déjà un compte.</translation>
    </message>
    <message>
        <source>This person has no account.</source>
        <translation>Cette personne n&apos;a pas de compte.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>L&apos;adresse électronique ou le mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>The server let you in, but its unit has no person whose e-mail address is your login: ask the unit&apos;s administrator to add you with &quot;ssedesk server add-user&quot;.</source>
        <translation>Le serveur vous a laissé entrer, mais son unité n&apos;a personne dont l&apos;adresse électronique est votre identifiant : demandez à l&apos;administrateur de l&apos;unité de vous ajouter avec « ssedesk server add-user ».</translation>
    </message>
</context>
<context>
    <name>Core::Activity</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>An activity belongs to an objective; none was chosen.</source>
        <translation>Une activité se rattache à un objectif ; aucun n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Une activité doit avoir un titre.</translation>
    </message>
    <message>
        <source>An activity needs a due date.</source>
        <translation>Une activité doit avoir une date d&apos;échéance.</translation>
    </message>
</context>
<context>
    <name>Core::ActivityRepository</name>
    <message>
        <source>The due date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation>La date d&apos;échéance %1 est en dehors de la période du plan (%2 au %3).</translation>
    </message>
    <message>
        <source>The activity&apos;s objective no longer exists.</source>
        <translation>L&apos;objectif de l&apos;activité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Activity added: %1</source>
        <translation>Activité ajoutée : %1</translation>
    </message>
    <message>
        <source>Adding the activity</source>
        <translation>Ajout de l&apos;activité</translation>
    </message>
    <message>
        <source>Activity changed: %1</source>
        <translation>Activité modifiée : %1</translation>
    </message>
    <message>
        <source>The plan is closed; its activities are kept as they were.</source>
        <translation>Le plan est clôturé ; ses activités sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>Saving the activity</source>
        <translation>Enregistrement de l&apos;activité</translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record. Cancel it instead.</source>
        <translation>Un avancement a été consigné pour « %1 » ; il reste enregistré. Annulez plutôt l&apos;activité.</translation>
    </message>
    <message>
        <source>Activity removed: %1</source>
        <translation>Activité supprimée : %1</translation>
    </message>
    <message>
        <source>Removing the activity</source>
        <translation>Suppression de l&apos;activité</translation>
    </message>
</context>
<context>
    <name>Core::Actor</name>
    <message>
        <source>Unit head</source>
        <translation>Chef d&apos;unité</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Observer (read only)</source>
        <translation>Observateur (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Core::AgendaQueries</name>
    <message>
        <source>Back-to-office report: %1</source>
        <translation>Rapport de retour de mission : %1</translation>
    </message>
</context>
<context>
    <name>Core::Appraisal</name>
    <message>
        <source>Objectives set</source>
        <translation>Objectifs fixés</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Examen à mi-parcours</translation>
    </message>
    <message>
        <source>End-of-cycle appraisal</source>
        <translation>Évaluation de fin de cycle</translation>
    </message>
    <message>
        <source>Choose whose appraisal this is.</source>
        <translation>Choisissez la personne concernée par cette évaluation.</translation>
    </message>
    <message>
        <source>An appraisal is written by a supervisor other than the staff member.</source>
        <translation>Une évaluation est rédigée par un superviseur autre que le membre du personnel.</translation>
    </message>
    <message>
        <source>An appraisal cycle needs a period.</source>
        <translation>Un cycle d&apos;évaluation doit avoir une période.</translation>
    </message>
    <message>
        <source>The cycle ends (%1) before it starts (%2).</source>
        <translation>Le cycle se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Say when the objectives were set.</source>
        <translation>Indiquez quand les objectifs ont été fixés.</translation>
    </message>
</context>
<context>
    <name>Core::AppraisalRepository</name>
    <message>
        <source>An appraised objective no longer exists.</source>
        <translation>Un objectif évalué n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation>L&apos;évaluation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The supervisor opens the appraisal cycle.</source>
        <translation>Le superviseur ouvre le cycle d&apos;évaluation.</translation>
    </message>
    <message>
        <source>An appraisal cycle from %1 to %2 already covers that period.</source>
        <translation>Un cycle d&apos;évaluation du %1 au %2 couvre déjà cette période.</translation>
    </message>
    <message>
        <source>Opening the appraisal cycle</source>
        <translation>Ouverture du cycle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Both sides have acknowledged this appraisal; it is locked and stays as signed.</source>
        <translation>Les deux parties ont pris acte de cette évaluation ; elle est verrouillée et reste telle que signée.</translation>
    </message>
    <message>
        <source>Only the supervisor writes this part of the appraisal.</source>
        <translation>Seul le superviseur rédige cette partie de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Only the staff member writes this part of the appraisal.</source>
        <translation>Seul le membre du personnel rédige cette partie de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>The end-of-cycle appraisal has begun; its objectives stay as set.</source>
        <translation>L&apos;évaluation de fin de cycle a commencé ; ses objectifs restent tels qu&apos;ils ont été fixés.</translation>
    </message>
    <message>
        <source>The mid-term review has already been recorded.</source>
        <translation>L&apos;examen à mi-parcours a déjà été enregistré.</translation>
    </message>
    <message>
        <source>The mid-term review comes after the objectives are set (%1).</source>
        <translation>L&apos;examen à mi-parcours a lieu après la fixation des objectifs (%1).</translation>
    </message>
    <message>
        <source>Hold the mid-term review before the end-of-cycle appraisal.</source>
        <translation>Tenez l&apos;examen à mi-parcours avant l&apos;évaluation de fin de cycle.</translation>
    </message>
    <message>
        <source>Ratings are given at the end-of-cycle appraisal.</source>
        <translation>Les notations sont attribuées lors de l&apos;évaluation de fin de cycle.</translation>
    </message>
    <message>
        <source>You have acknowledged your part; it stays as signed.</source>
        <translation>Vous avez pris acte de votre partie ; elle reste telle que signée.</translation>
    </message>
    <message>
        <source>A rated objective is not one of this cycle&apos;s.</source>
        <translation>Un objectif noté ne fait pas partie de ce cycle.</translation>
    </message>
    <message>
        <source>A rating names a level or competency the unit does not have.</source>
        <translation>Une notation désigne un niveau ou une compétence que l&apos;unité n&apos;a pas.</translation>
    </message>
    <message>
        <source>Comments are written at the end-of-cycle appraisal.</source>
        <translation>Les commentaires sont rédigés lors de l&apos;évaluation de fin de cycle.</translation>
    </message>
    <message>
        <source>The appraisal is acknowledged at the end of the cycle.</source>
        <translation>La prise d&apos;acte de l&apos;évaluation a lieu à la fin du cycle.</translation>
    </message>
    <message>
        <source>Say on which date you acknowledge.</source>
        <translation>Indiquez à quelle date vous prenez acte.</translation>
    </message>
    <message>
        <source>Rate every objective and competency before acknowledging (%1 of %2 rated).</source>
        <translation>Notez chaque objectif et chaque compétence avant de prendre acte (%1 sur %2 notés).</translation>
    </message>
    <message>
        <source>The supervisor acknowledges first; your acknowledgement confirms you have seen the ratings.</source>
        <translation>Le superviseur prend acte en premier ; votre prise d&apos;acte confirme que vous avez vu les notations.</translation>
    </message>
    <message>
        <source>Appraisals are confidential: only the person appraised, their appraising supervisor and the unit head see them.</source>
        <translation>Les évaluations sont confidentielles : seuls la personne évaluée, son superviseur évaluateur et le chef d&apos;unité les voient.</translation>
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
        <translation>Stage</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>Durée déterminée</translation>
    </message>
    <message>
        <source>Technical cooperation</source>
        <translation>Coopération technique</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>An assignment belongs to a person; none was chosen.</source>
        <translation>Une affectation se rattache à une personne ; aucune n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>An assignment needs a title, such as &quot;JPO - SSE statistics&quot;.</source>
        <translation>Une affectation doit avoir un intitulé, par exemple « JPO - Statistiques de l&apos;ESS ».</translation>
    </message>
    <message>
        <source>The assignment needs a start date.</source>
        <translation>L&apos;affectation doit avoir une date de début.</translation>
    </message>
    <message>
        <source>The assignment needs an end date.</source>
        <translation>L&apos;affectation doit avoir une date de fin.</translation>
    </message>
    <message>
        <source>The assignment ends (%1) before it starts (%2).</source>
        <translation>L&apos;affectation se termine (%1) avant de commencer (%2).</translation>
    </message>
</context>
<context>
    <name>Core::AssignmentRepository</name>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>L&apos;affectation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The assignment&apos;s person is not a person of the unit.</source>
        <translation>La personne de l&apos;affectation n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>Adding the assignment</source>
        <translation>Ajout de l&apos;affectation</translation>
    </message>
    <message>
        <source>Saving the assignment</source>
        <translation>Enregistrement de l&apos;affectation</translation>
    </message>
    <message>
        <source>Removing the assignment</source>
        <translation>Suppression de l&apos;affectation</translation>
    </message>
</context>
<context>
    <name>Core::AuditEvent</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Work plan revision</source>
        <translation>Révision du plan de travail</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objective&apos;s thematic area</source>
        <translation>Domaine thématique de l&apos;objectif</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Progress entry</source>
        <translation>Entrée d&apos;avancement</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Participant à la réunion</translation>
    </message>
    <message>
        <source>Meeting follow-up action</source>
        <translation>Action de suivi de la réunion</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Deliverable contributor</source>
        <translation>Contributeur au livrable</translation>
    </message>
    <message>
        <source>Deliverable&apos;s objective</source>
        <translation>Objectif du livrable</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Version linguistique</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Mission traveller</source>
        <translation>Voyageur de la mission</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Tour d&apos;examen</translation>
    </message>
    <message>
        <source>Review assessment</source>
        <translation>Appréciation du tour d&apos;examen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Check-in action</source>
        <translation>Action à mener du point de suivi</translation>
    </message>
    <message>
        <source>Check-in agenda item</source>
        <translation>Point de l&apos;ordre du jour du point de suivi</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Appraisal rating</source>
        <translation>Notation de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Unit setting</source>
        <translation>Paramètre de l&apos;unité</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Strategy objective</source>
        <translation>Objectif stratégique</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Meeting&apos;s deliverable</source>
        <translation>Livrable d&apos;une réunion</translation>
    </message>
    <message>
        <source>Mission&apos;s deliverable</source>
        <translation>Livrable d&apos;une mission</translation>
    </message>
    <message>
        <source>Objective discussed at a check-in</source>
        <translation>Objectif discuté lors d&apos;un point de suivi</translation>
    </message>
    <message>
        <source>Recurring check-in item</source>
        <translation>Point récurrent des points de suivi</translation>
    </message>
    <message>
        <source>Appraised objective</source>
        <translation>Objectif évalué</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Niveau de notation</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
</context>
<context>
    <name>Core::AuditField</name>
    <message>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Staff member appraised</source>
        <translation>Membre du personnel évalué</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Travail réalisé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Recurring item</source>
        <translation>Point récurrent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Agreed by (supervisor)</source>
        <translation>Convenu par (superviseur)</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Back-to-office report submitted on</source>
        <translation>Rapport de retour de mission remis le</translation>
    </message>
    <message>
        <source>Action carried over</source>
        <translation>Action reportée</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Date de l&apos;entrée</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>External participants</source>
        <translation>Participants externes</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Mid-term review notes</source>
        <translation>Notes de l&apos;examen à mi-parcours</translation>
    </message>
    <message>
        <source>Mid-term review on</source>
        <translation>Examen à mi-parcours le</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objectives set on</source>
        <translation>Objectifs fixés le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation>Mot de passe changé le</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d&apos;avancement</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Start of period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Rang dans la liste</translation>
    </message>
    <message>
        <source>Position title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrent</translation>
    </message>
    <message>
        <source>Renewable</source>
        <translation>Renouvelable</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Tour d&apos;examen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Plan as it was</source>
        <translation>Plan tel qu&apos;il était</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Acknowledged by the staff member on</source>
        <translation>Visé par le membre du personnel le</translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation>Commentaires du membre du personnel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>Strategy objective</source>
        <translation>Objectif stratégique</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Élément noté</translation>
    </message>
    <message>
        <source>Rated item</source>
        <translation>Élément noté (numéro)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Superseded at</source>
        <translation>Remplacé le</translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation>Personne supervisée</translation>
    </message>
    <message>
        <source>Acknowledged by the supervisor on</source>
        <translation>Visé par le superviseur le</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Commentaires du superviseur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Supervisor travels too</source>
        <translation>Le superviseur voyage aussi</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>Core::AuditLog</name>
    <message>
        <source>The unit&apos;s change log is the unit head&apos;s to read.</source>
        <translation>Le journal des modifications de l&apos;unité est réservé au chef d&apos;unité.</translation>
    </message>
    <message>
        <source>The history of a check-in or an appraisal is for its two parties and the unit head.</source>
        <translation>L&apos;historique d&apos;un point de suivi ou d&apos;une évaluation est réservé à ses deux parties et au chef d&apos;unité.</translation>
    </message>
</context>
<context>
    <name>Core::BackupFolder</name>
    <message>
        <source>The old backup %1 cannot be removed: %2</source>
        <translation>Impossible de supprimer l&apos;ancienne sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>automatic, while working</source>
        <translation>automatique, en cours de travail</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
</context>
<context>
    <name>Core::BackupService</name>
    <message>
        <source>The backup was made, but older ones were not thinned</source>
        <translation>La sauvegarde a été effectuée, mais les plus anciennes n&apos;ont pas été élaguées</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>A database in memory has no backup folder.</source>
        <translation>Une base de données en mémoire n&apos;a pas de dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the database: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée dans la base de données : %1</translation>
    </message>
    <message>
        <source>Only the unit head may restore a backup: it replaces everyone&apos;s work.</source>
        <translation>Seul le chef d&apos;unité peut restaurer une sauvegarde : elle remplace le travail de tout le monde.</translation>
    </message>
    <message>
        <source>A unit on a server is backed up by the server&apos;s administrators (pg_dump), not by SSE Unit Desk.</source>
        <translation>Une unité sur un serveur est sauvegardée par les administrateurs du serveur (pg_dump), pas par SSE Unit Desk.</translation>
    </message>
</context>
<context>
    <name>Core::CheckIn</name>
    <message>
        <source>A check-in is between a supervisor and a supervisee.</source>
        <translation>Un point de suivi a lieu entre un superviseur et une personne supervisée.</translation>
    </message>
    <message>
        <source>A check-in needs two people: the supervisor and the supervisee.</source>
        <translation>Un point de suivi nécessite deux personnes : le superviseur et la personne supervisée.</translation>
    </message>
    <message>
        <source>A check-in needs a date.</source>
        <translation>Un point de suivi doit avoir une date.</translation>
    </message>
    <message>
        <source>An agenda item is empty.</source>
        <translation>Un point de l&apos;ordre du jour est vide.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>Une action à mener doit avoir un texte.</translation>
    </message>
</context>
<context>
    <name>Core::CheckInRepository</name>
    <message>
        <source>A discussed objective no longer exists.</source>
        <translation>Un objectif examiné n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The check-in no longer exists.</source>
        <translation>Le point de suivi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Saving the recurring agenda items</source>
        <translation>Enregistrement des points récurrents de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Suivi : %1</translation>
    </message>
    <message>
        <source>Only the supervisor and the supervisee write their check-ins.</source>
        <translation>Seuls le superviseur et la personne supervisée rédigent leurs points de suivi.</translation>
    </message>
    <message>
        <source>The supervisor or the supervisee is not a person of the unit.</source>
        <translation>Le superviseur ou la personne supervisée n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>A check-in stays between the same two people.</source>
        <translation>Un point de suivi reste entre les deux mêmes personnes.</translation>
    </message>
    <message>
        <source>Saving the check-in</source>
        <translation>Enregistrement du point de suivi</translation>
    </message>
    <message>
        <source>The action item no longer exists.</source>
        <translation>L&apos;action à mener n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only the supervisor deletes a check-in.</source>
        <translation>Seul le superviseur supprime un point de suivi.</translation>
    </message>
    <message>
        <source>Check-ins are between a supervisor and a supervisee: only they and the unit head see them.</source>
        <translation>Les points de suivi ont lieu entre un superviseur et une personne supervisée : seuls ces derniers et le chef d&apos;unité les voient.</translation>
    </message>
</context>
<context>
    <name>Core::CorruptFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside to %2: %3</source>
        <translation>Impossible de mettre %1 de côté sous %2 : %3</translation>
    </message>
    <message>
        <source>%1 is still there; move the damaged file aside first.</source>
        <translation>%1 est toujours là ; mettez d&apos;abord le fichier endommagé de côté.</translation>
    </message>
</context>
<context>
    <name>Core::CsvHeader</name>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation>Colonne inconnue. Les colonnes sont : %1.</translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation>La colonne apparaît deux fois.</translation>
    </message>
    <message>
        <source>This column is missing; it is required.</source>
        <translation>Cette colonne manque ; elle est obligatoire.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>A value in a column with no name in the header: &quot;%1&quot;.</source>
        <translation>Une valeur dans une colonne sans nom dans l&apos;en-tête : « %1 ».</translation>
    </message>
</context>
<context>
    <name>Core::CsvImport</name>
    <message>
        <source>Some rows were refused; nothing was written.</source>
        <translation>Certaines lignes ont été refusées ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nobody in the unit or in this file has the e-mail address %1.</source>
        <translation>Personne dans l&apos;unité ni dans ce fichier n&apos;a l&apos;adresse électronique %1.</translation>
    </message>
    <message>
        <source>The work plan &quot;%1&quot; is closed; a closed plan is kept as it was.</source>
        <translation>Le plan de travail « %1 » est clôturé ; un plan clôturé est conservé tel quel.</translation>
    </message>
    <message>
        <source>Its objective, on row %1, was refused.</source>
        <translation>Son objectif, à la ligne %1, a été refusé.</translation>
    </message>
    <message>
        <source>Neither this file nor the plan has an objective titled &quot;%1&quot;.</source>
        <translation>Ni ce fichier ni le plan ne comportent d&apos;objectif intitulé « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no current work plan to import into; create the plan first.</source>
        <translation>%1 n&apos;a pas de plan de travail en cours dans lequel importer ; créez d&apos;abord le plan.</translation>
    </message>
</context>
<context>
    <name>Core::CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>Le fichier est un texte UTF-16. Enregistrez-le au format « CSV UTF-8 » et importez ce dernier.</translation>
    </message>
    <message>
        <source>The file is a workbook or an archive, not CSV. Save the sheet as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>Le fichier est un classeur ou une archive, pas un CSV. Enregistrez la feuille au format « CSV UTF-8 » et importez ce dernier.</translation>
    </message>
    <message>
        <source>The file is a database, not CSV.</source>
        <translation>Le fichier est une base de données, pas un CSV.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the cell is longer than the limit of %1 bytes.</source>
        <translation>la cellule dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one. Quote the whole cell and double the quote (&quot;&quot;).</source>
        <translation>un guillemet dans une cellule qui ne commence pas par un guillemet. Mettez toute la cellule entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the quoted cell never ends: a closing quote (&quot;) is missing.</source>
        <translation>la cellule entre guillemets ne se termine jamais : il manque un guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>after a closing quote only a comma or the end of the line may follow.</source>
        <translation>après un guillemet fermant, seuls une virgule ou la fin de la ligne peuvent suivre.</translation>
    </message>
    <message>
        <source>the cell contains a NUL byte; this is not a text file.</source>
        <translation>la cellule contient un octet NUL ; ce n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>the cell is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>la cellule n&apos;est pas un texte UTF-8 valide. Enregistrez le fichier au format « CSV UTF-8 » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>the row has more than %1 columns.</source>
        <translation>la ligne comporte plus de %1 colonnes.</translation>
    </message>
    <message>
        <source>the file has more than %1 cells.</source>
        <translation>le fichier comporte plus de %1 cellules.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes; an import file is a table of people or of a plan, far smaller than that.</source>
        <translation>Le fichier dépasse la limite de %1 octets ; un fichier d&apos;importation est un tableau de personnes ou d&apos;un plan, bien plus petit que cela.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Core::Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no unit yet: there is nothing to read.</source>
        <translation>%1 ne contient pas encore d&apos;unité : il n&apos;y a rien à lire.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of SSE Unit Desk (schema %2; this version reads %3). It must be upgraded before it can be read, and a read-only opening cannot do that: open it once for writing (a backup is taken before any upgrade).</source>
        <translation>%1 a été écrit par une version plus ancienne de SSE Unit Desk (schéma %2 ; cette version lit le schéma %3). Il doit être mis à niveau avant de pouvoir être lu, ce qu&apos;une ouverture en lecture seule ne permet pas : ouvrez-le une fois en écriture (une sauvegarde est effectuée avant toute mise à niveau).</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 existe déjà ; il a été laissé intact.</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because the backup taken before every upgrade failed</source>
        <translation>%1 n&apos;a pas été mis à niveau, car la sauvegarde effectuée avant chaque mise à niveau a échoué</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>The database did not accept &quot;%1&quot; (it answered &quot;%2&quot;).</source>
        <translation>La base de données n&apos;a pas accepté « %1 » (elle a répondu « %2 »).</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it; try again in a moment.</source>
        <translation>La base de données est occupée : un autre programme y écrit ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database file is damaged: close it and open it again to restore a backup or salvage what can still be read.</source>
        <translation>Le fichier de base de données est endommagé : fermez-le et rouvrez-le pour restaurer une sauvegarde ou récupérer ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>This database is open read-only: the change was not saved. To change the unit, open it for writing once no other program has it open, from a file you may write to.</source>
        <translation>Cette base de données est ouverte en lecture seule : la modification n&apos;a pas été enregistrée. Pour modifier l&apos;unité, ouvrez-la en écriture lorsqu&apos;aucun autre programme ne l&apos;a ouverte, à partir d&apos;un fichier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>the disk is full. Nothing of this change was saved; free some space and try again.</source>
        <translation>le disque est plein. Rien de cette modification n&apos;a été enregistré ; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>the disk refused to read or write (%1). Nothing of this change was saved; if the disk is full, free some space and try again.</source>
        <translation>le disque a refusé de lire ou d&apos;écrire (%1). Rien de cette modification n&apos;a été enregistré ; si le disque est plein, libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it; try again in a moment.</source>
        <translation>%1 est occupé : un autre programme y écrit ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). It was left as it is. Restore the newest backup, or salvage what can still be read into a new file.</source>
        <translation>%1 est endommagé (le contrôle d&apos;intégrité a trouvé : %2). Il a été laissé tel quel. Restaurez la sauvegarde la plus récente, ou récupérez ce qui peut encore être lu dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>You are signed in as %1: you cannot act in someone else&apos;s name.</source>
        <translation>Vous êtes connecté(e) en tant que %1 : vous ne pouvez pas agir au nom d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>The audit trail records what was done; nobody may change or delete it.</source>
        <translation>La piste d&apos;audit enregistre ce qui a été fait ; personne ne peut la modifier ni la supprimer.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 could not be reached or refused the login: %2</source>
        <translation>Le serveur %1 est injoignable ou a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>The unit on %1 was written by a newer version of SSE Unit Desk (schema %2; this version reads up to %3). It was left untouched: use the newer version.</source>
        <translation>L&apos;unité sur %1 a été écrite par une version plus récente de SSE Unit Desk (schéma %2 ; cette version lit jusqu&apos;au %3). Elle n&apos;a pas été modifiée : utilisez la version plus récente.</translation>
    </message>
    <message>
        <source>%1 holds tables that are not an SSE Unit Desk unit. It was left untouched.</source>
        <translation>%1 contient des tables qui ne sont pas une unité SSE Unit Desk. Rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>%1 holds no unit yet: its administrator prepares it with &quot;ssedesk server init&quot;.</source>
        <translation>%1 ne contient encore aucune unité : son administrateur la prépare avec « ssedesk server init ».</translation>
    </message>
    <message>
        <source>The unit on %1 is at schema %2 and this version needs %3: its administrator upgrades it with &quot;ssedesk server init&quot; (after taking a backup).</source>
        <translation>L&apos;unité sur %1 est au schéma %2 et cette version a besoin du %3 : son administrateur la met à niveau avec « ssedesk server init » (après une sauvegarde).</translation>
    </message>
    <message>
        <source>The server is busy with someone else&apos;s change to the same records; try again in a moment.</source>
        <translation>Le serveur est occupé par la modification des mêmes enregistrements par quelqu&apos;un d&apos;autre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server refused: your role there may not do this (%1).</source>
        <translation>Le serveur a refusé : votre rôle n&apos;y permet pas cela (%1).</translation>
    </message>
    <message>
        <source>the connection to the server was lost. Nothing of this change was saved; check the network and try again.</source>
        <translation>la connexion au serveur a été perdue. Rien de cette modification n&apos;a été enregistré ; vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full. Nothing of this change was saved.</source>
        <translation>le disque du serveur est plein. Rien de cette modification n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Core::DatabaseFile</name>
    <message>
        <source>%1 is not an SSE Unit Desk database (%2). It was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données SSE Unit Desk (%2). Il a été laissé intact.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>ce n&apos;est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>il appartient à une autre application</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SSE Unit Desk (schema %2; this version knows up to %3). Update the application to open it. The file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de SSE Unit Desk (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Mettez l&apos;application à jour pour l&apos;ouvrir. Le fichier a été laissé intact.</translation>
    </message>
</context>
<context>
    <name>Core::DatabaseLock</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the lock file %2 cannot be created in its folder (no permission to write there).</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : le fichier de verrou %2 ne peut pas être créé dans son dossier (pas d&apos;autorisation d&apos;écriture).</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the lock file %2 cannot be written (is the disk full?).</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : le fichier de verrou %2 ne peut pas être écrit (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>process %1 on host %2 since %3</source>
        <translation>processus %1 sur l&apos;hôte %2 depuis %3</translation>
    </message>
    <message>
        <source>process %1 (%2) on host %3 since %4</source>
        <translation>processus %1 (%2) sur l&apos;hôte %3 depuis %4</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program; close it there, or try again in a moment.</source>
        <translation>%1 est ouvert en écriture dans un autre programme ; fermez-le dans ce programme, ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program: held by %2. Only one program may change a unit at a time; close it there and try again.</source>
        <translation>%1 est ouvert en écriture dans un autre programme : détenu par %2. Un seul programme à la fois peut modifier une unité ; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>If SSE Unit Desk is no longer running on %1, delete %2.</source>
        <translation>Si SSE Unit Desk ne s&apos;exécute plus sur %1, supprimez %2.</translation>
    </message>
</context>
<context>
    <name>Core::Deliverable</name>
    <message>
        <source>ICLS paper</source>
        <translation>Document pour la CIST</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Rapport national</translation>
    </message>
    <message>
        <source>Global report</source>
        <translation>Rapport mondial</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <source>Donor report</source>
        <translation>Rapport au donateur</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Rapport d&apos;évaluation</translation>
    </message>
    <message>
        <source>Strategy paper</source>
        <translation>Document de stratégie</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Proposition de projet</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Termes de référence</translation>
    </message>
    <message>
        <source>Knowledge product</source>
        <translation>Produit de connaissances</translation>
    </message>
    <message>
        <source>Training material</source>
        <translation>Matériel de formation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Mise à jour de base de données</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (two capital letters, such as FR).</source>
        <translation>« %1 » n&apos;est pas un code de langue (deux lettres majuscules, par exemple FR).</translation>
    </message>
    <message>
        <source>The %1 version is listed twice.</source>
        <translation>La version %1 figure deux fois.</translation>
    </message>
    <message>
        <source>A deliverable needs a title.</source>
        <translation>Un livrable doit avoir un titre.</translation>
    </message>
    <message>
        <source>A deliverable needs an owner.</source>
        <translation>Un livrable doit avoir un responsable.</translation>
    </message>
    <message>
        <source>A deliverable needs a due date.</source>
        <translation>Un livrable doit avoir une date d&apos;échéance.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO 3166.</translation>
    </message>
    <message>
        <source>Not every required language version is delivered yet.</source>
        <translation>Les versions linguistiques requises ne sont pas encore toutes livrées.</translation>
    </message>
</context>
<context>
    <name>Core::DeliverableRepository</name>
    <message>
        <source>The owner is not a person of the unit.</source>
        <translation>Le responsable n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>A contributor is not a person of the unit.</source>
        <translation>Un contributeur n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>A linked objective no longer exists.</source>
        <translation>Un objectif associé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The linked project does not exist.</source>
        <translation>Le projet associé n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The consultancy assignment does not exist.</source>
        <translation>L&apos;affectation de consultation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The draft is with its reviewer: record the review first.</source>
        <translation>Le projet de document est chez son relecteur : enregistrez d&apos;abord l&apos;examen.</translation>
    </message>
    <message>
        <source>A deliverable becomes %1 through a review round: submit the draft for review, and the reviewer&apos;s outcome moves it.</source>
        <translation>Un livrable devient « %1 » au terme d&apos;un tour d&apos;examen : soumettez le projet pour examen, et le résultat du relecteur le fait avancer.</translation>
    </message>
    <message>
        <source>A deliverable that is %1 cannot become %2.</source>
        <translation>Un livrable « %1 » ne peut pas devenir « %2 ».</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>Le livrable n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A new deliverable cannot start %1: add it, then submit its draft for review.</source>
        <translation>Un nouveau livrable ne peut pas commencer « %1 » : ajoutez-le, puis soumettez son projet pour examen.</translation>
    </message>
    <message>
        <source>Adding the deliverable</source>
        <translation>Ajout du livrable</translation>
    </message>
    <message>
        <source>Saving the deliverable</source>
        <translation>Enregistrement du livrable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was delivered; it stays on record.</source>
        <translation>« %1 » a été livré ; il reste enregistré.</translation>
    </message>
    <message>
        <source>Removing the deliverable</source>
        <translation>Suppression du livrable</translation>
    </message>
    <message>
        <source>The language version no longer exists.</source>
        <translation>La version linguistique n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Core::DemoReviewRounds</name>
    <message>
        <source>Several figures need a source.</source>
        <translation>Plusieurs chiffres doivent être sourcés.</translation>
    </message>
    <message>
        <source>The findings go further than the data allow.</source>
        <translation>Les conclusions vont au-delà de ce que permettent les données.</translation>
    </message>
    <message>
        <source>Cleared for publication.</source>
        <translation>Approuvé pour publication.</translation>
    </message>
    <message>
        <source>Good basis; revise the data section and the conclusions.</source>
        <translation>Bonne base ; révisez la partie consacrée aux données et les conclusions.</translation>
    </message>
    <message>
        <source>A demo draft needs a reviewer.</source>
        <translation>Un projet de démonstration doit avoir un relecteur.</translation>
    </message>
</context>
<context>
    <name>Core::DemoSupervision</name>
    <message>
        <source>Went through the plan objective by objective; the data collection is on track.</source>
        <translation>Revue du plan objectif par objectif ; la collecte des données est en bonne voie.</translation>
    </message>
    <message>
        <source>Discussed the comments from the technical review and the next draft.</source>
        <translation>Discussion des commentaires de l&apos;examen technique et du prochain projet.</translation>
    </message>
    <message>
        <source>Prepared the NAC meeting: agenda, participants and documents to circulate.</source>
        <translation>Préparation de la réunion du CCN : ordre du jour, participants et documents à diffuser.</translation>
    </message>
    <message>
        <source>Reviewed mission planning for the coming quarter and the budget available.</source>
        <translation>Examen de la planification des missions du prochain trimestre et du budget disponible.</translation>
    </message>
    <message>
        <source>Send the revised outline to the unit head</source>
        <translation>Envoyer le plan révisé au chef d&apos;unité</translation>
    </message>
    <message>
        <source>Ask the statistics office for the latest survey</source>
        <translation>Demander la dernière enquête à l&apos;office de statistique</translation>
    </message>
    <message>
        <source>Share the draft agenda with the NAC members</source>
        <translation>Communiquer le projet d&apos;ordre du jour aux membres du CCN</translation>
    </message>
    <message>
        <source>Book the training on project cycle management</source>
        <translation>Réserver la formation sur la gestion du cycle de projet</translation>
    </message>
    <message>
        <source>Update the contact list of partner cooperatives</source>
        <translation>Mettre à jour la liste des contacts des coopératives partenaires</translation>
    </message>
    <message>
        <source>Work plan progress</source>
        <translation>Avancement du plan de travail</translation>
    </message>
    <message>
        <source>Blockers and support needed</source>
        <translation>Obstacles et appui nécessaire</translation>
    </message>
    <message>
        <source>Next steps agreed as listed.</source>
        <translation>Prochaines étapes convenues comme indiqué.</translation>
    </message>
    <message>
        <source>Heavy workload this month; check in again on priorities.</source>
        <translation>Charge de travail importante ce mois-ci ; refaire un point sur les priorités.</translation>
    </message>
    <message>
        <source>Good progress overall; priorities for the second half agreed.</source>
        <translation>Bons progrès dans l&apos;ensemble ; priorités convenues pour le second semestre.</translation>
    </message>
    <message>
        <source>Delivered as agreed, with good quality.</source>
        <translation>Livré comme convenu, avec une bonne qualité.</translation>
    </message>
    <message>
        <source>A productive year; keep sharing what you learn with the team.</source>
        <translation>Une année productive ; continuez à partager ce que vous apprenez avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Thank you. I would welcome more field work next year.</source>
        <translation>Merci. Je souhaiterais davantage de travail de terrain l&apos;année prochaine.</translation>
    </message>
</context>
<context>
    <name>Core::DemoUnit</name>
    <message>
        <source>Completed: %1.</source>
        <translation>Terminé : %1.</translation>
    </message>
    <message>
        <source>Started: %1.</source>
        <translation>Commencé : %1.</translation>
    </message>
    <message>
        <source>Worked on: %1.</source>
        <translation>Travail en cours : %1.</translation>
    </message>
    <message>
        <source>Finalising: %1.</source>
        <translation>Finalisation : %1.</translation>
    </message>
    <message>
        <source>Work plan %1 to %2</source>
        <translation>Plan de travail du %1 au %2</translation>
    </message>
    <message>
        <source>The demo scale must be 1 or more, not %1.</source>
        <translation>L&apos;échelle de démonstration doit être de 1 ou plus, et non %1.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for today.</source>
        <translation>La démonstration a besoin d&apos;une date valide pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The database already holds data; the demo writes only into a new or empty database.</source>
        <translation>La base de données contient déjà des données ; la démonstration n&apos;écrit que dans une base de données nouvelle ou vide.</translation>
    </message>
    <message>
        <source>Writing the demo unit</source>
        <translation>Écriture de l&apos;unité de démonstration</translation>
    </message>
</context>
<context>
    <name>Core::FileConnection</name>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Exécution de « %1 »</translation>
    </message>
</context>
<context>
    <name>Core::ImportIssue</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>Core::IntegrityCheck</name>
    <message>
        <source>Checking foreign keys</source>
        <translation>Vérification des clés étrangères</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>La ligne %1 de la table %2 fait référence à une ligne manquante de la table %3.</translation>
    </message>
    <message>
        <source>%1 is not an SSE Unit Desk database (it is empty or missing).</source>
        <translation>%1 n&apos;est pas une base de données SSE Unit Desk (elle est vide ou absente).</translation>
    </message>
    <message>
        <source>a page cannot be read</source>
        <translation>une page ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>Core::LanguageVersion</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
</context>
<context>
    <name>Core::Meeting</name>
    <message>
        <source>National Advisory Committee</source>
        <translation>Comité consultatif national</translation>
    </message>
    <message>
        <source>Global Advisory Committee</source>
        <translation>Comité consultatif mondial</translation>
    </message>
    <message>
        <source>Joint NAC-GAC conference</source>
        <translation>Conférence conjointe CCN-CCM</translation>
    </message>
    <message>
        <source>ICLS session</source>
        <translation>Session de la CIST</translation>
    </message>
    <message>
        <source>Inter-agency task force</source>
        <translation>Équipe spéciale interinstitutions</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Autre réunion</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>A meeting needs its dates.</source>
        <translation>Une réunion doit avoir ses dates.</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>La réunion se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>A National Advisory Committee is a country&apos;s: choose the country.</source>
        <translation>Un Comité consultatif national relève d&apos;un pays : choisissez le pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO 3166.</translation>
    </message>
    <message>
        <source>Every follow-up action needs a text.</source>
        <translation>Chaque action de suivi doit avoir un texte.</translation>
    </message>
</context>
<context>
    <name>Core::MeetingRepository</name>
    <message>
        <source>Participant %1 is not a person of the unit.</source>
        <translation>Le participant %1 n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The owner of the follow-up action &quot;%1&quot; is not a person of the unit.</source>
        <translation>Le responsable de l&apos;action de suivi « %1 » n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The meeting&apos;s project no longer exists.</source>
        <translation>Le projet de la réunion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Deliverable %1, linked to the meeting, does not exist.</source>
        <translation>Le livrable %1, associé à la réunion, n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The follow-up action &quot;%1&quot; belongs to another meeting or no longer exists.</source>
        <translation>L&apos;action de suivi « %1 » appartient à une autre réunion ou n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No meeting with id %1 exists.</source>
        <translation>Aucune réunion ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Adding the meeting</source>
        <translation>Ajout de la réunion</translation>
    </message>
    <message>
        <source>Saving the meeting</source>
        <translation>Enregistrement de la réunion</translation>
    </message>
    <message>
        <source>Removing the meeting</source>
        <translation>Suppression de la réunion</translation>
    </message>
    <message>
        <source>The follow-up action no longer exists.</source>
        <translation>L&apos;action de suivi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Marking the follow-up action</source>
        <translation>Marquage de l&apos;action de suivi</translation>
    </message>
</context>
<context>
    <name>Core::MilestonePlanner</name>
    <message>
        <source>Documents circulated</source>
        <translation>Documents diffusés</translation>
    </message>
    <message>
        <source>Sent for translation</source>
        <translation>Envoyé pour traduction</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Soumis pour approbation</translation>
    </message>
    <message>
        <source>Draft to the reviewer</source>
        <translation>Projet transmis au relecteur</translation>
    </message>
    <message>
        <source>Start drafting</source>
        <translation>Début de la rédaction</translation>
    </message>
</context>
<context>
    <name>Core::Mission</name>
    <message>
        <source>Project mission</source>
        <translation>Mission de projet</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Say what the mission is for.</source>
        <translation>Indiquez l&apos;objet de la mission.</translation>
    </message>
    <message>
        <source>A mission needs at least one traveller.</source>
        <translation>Une mission doit compter au moins un voyageur.</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>Choisissez le pays de destination.</translation>
    </message>
    <message>
        <source>A mission needs its departure and return dates.</source>
        <translation>Une mission doit avoir ses dates de départ et de retour.</translation>
    </message>
    <message>
        <source>The mission returns (%1) before it leaves (%2).</source>
        <translation>La mission revient (%1) avant de partir (%2).</translation>
    </message>
    <message>
        <source>A back-to-office report cannot be submitted before the return (%1).</source>
        <translation>Un rapport de retour de mission ne peut pas être soumis avant le retour (%1).</translation>
    </message>
</context>
<context>
    <name>Core::MissionRepository</name>
    <message>
        <source>A traveller is not a person of the unit.</source>
        <translation>Un voyageur n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The linked project does not exist.</source>
        <translation>Le projet associé n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The linked meeting does not exist.</source>
        <translation>La réunion associée n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A linked deliverable does not exist.</source>
        <translation>Un livrable associé n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is already on mission then: &quot;%2&quot; (%3 to %4).</source>
        <translation>%1 est déjà en mission à ce moment-là : « %2 » (%3 au %4).</translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation>La mission n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Adding the mission</source>
        <translation>Ajout de la mission</translation>
    </message>
    <message>
        <source>A mission that is %1 cannot become %2.</source>
        <translation>Une mission « %1 » ne peut pas devenir « %2 ».</translation>
    </message>
    <message>
        <source>Saving the mission</source>
        <translation>Enregistrement de la mission</translation>
    </message>
    <message>
        <source>&quot;%1&quot; took place; it stays on record.</source>
        <translation>« %1 » a eu lieu ; elle reste enregistrée.</translation>
    </message>
    <message>
        <source>Removing the mission</source>
        <translation>Suppression de la mission</translation>
    </message>
    <message>
        <source>A cancelled mission has no back-to-office report.</source>
        <translation>Une mission annulée n&apos;a pas de rapport de retour de mission.</translation>
    </message>
    <message>
        <source>The mission has not taken place yet; mark it under way or completed first.</source>
        <translation>La mission n&apos;a pas encore eu lieu ; marquez-la d&apos;abord comme en cours ou terminée.</translation>
    </message>
</context>
<context>
    <name>Core::Objective</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>An objective belongs to a work plan; none was chosen.</source>
        <translation>Un objectif se rattache à un plan de travail ; aucun n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Un objectif doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>Core::ObjectiveRepository</name>
    <message>
        <source>The target date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation>La date cible %1 est en dehors de la période du plan (%2 au %3).</translation>
    </message>
    <message>
        <source>The chosen strategy objective does not exist.</source>
        <translation>L&apos;objectif stratégique choisi n&apos;existe pas.</translation>
    </message>
    <message>
        <source>One of the chosen thematic areas does not exist.</source>
        <translation>L&apos;un des domaines thématiques choisis n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Objective added: %1</source>
        <translation>Objectif ajouté : %1</translation>
    </message>
    <message>
        <source>Adding the objective</source>
        <translation>Ajout de l&apos;objectif</translation>
    </message>
    <message>
        <source>Objective changed: %1</source>
        <translation>Objectif modifié : %1</translation>
    </message>
    <message>
        <source>Saving the objective</source>
        <translation>Enregistrement de l&apos;objectif</translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record. Cancel its activities instead.</source>
        <translation>Un avancement a été consigné pour « %1 » ; il reste enregistré. Annulez plutôt ses activités.</translation>
    </message>
    <message>
        <source>Objective removed: %1</source>
        <translation>Objectif supprimé : %1</translation>
    </message>
    <message>
        <source>Removing the objective</source>
        <translation>Suppression de l&apos;objectif</translation>
    </message>
</context>
<context>
    <name>Core::Partner</name>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Workers&apos; organization</source>
        <translation>Organisation de travailleurs</translation>
    </message>
    <message>
        <source>Employers&apos; organization</source>
        <translation>Organisation d&apos;employeurs</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Institution des Nations Unies</translation>
    </message>
    <message>
        <source>SSE organization</source>
        <translation>Organisation de l&apos;ESS</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un partenaire doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Core::PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Un mot de passe ne peut pas être composé uniquement d&apos;espaces.</translation>
    </message>
    <message>
        <source>The password library (libsodium) cannot start.</source>
        <translation>La bibliothèque de mots de passe (libsodium) ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The password could not be hashed: the computer is short of memory.</source>
        <translation>Le mot de passe n&apos;a pas pu être haché : l&apos;ordinateur manque de mémoire.</translation>
    </message>
</context>
<context>
    <name>Core::PeopleCsv</name>
    <message>
        <source>&quot;%1&quot; is not a category. The categories are: %2.</source>
        <translation>« %1 » n&apos;est pas une catégorie. Les catégories sont : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code such as EN, FR or ES.</source>
        <translation>« %1 » n&apos;est pas un code de langue à deux lettres tel que EN, FR ou ES.</translation>
    </message>
    <message>
        <source>A person cannot supervise themselves.</source>
        <translation>Une personne ne peut pas se superviser elle-même.</translation>
    </message>
    <message>
        <source>The file is empty. Its first row names the columns: %1.</source>
        <translation>Le fichier est vide. Sa première ligne nomme les colonnes : %1.</translation>
    </message>
    <message>
        <source>%1 is already the e-mail address of row %2.</source>
        <translation>%1 est déjà l&apos;adresse électronique de la ligne %2.</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation>Le fichier nomme ses colonnes mais ne comporte aucune ligne.</translation>
    </message>
</context>
<context>
    <name>Core::PeopleRepository</name>
    <message>
        <source>No person with id %1 exists.</source>
        <translation>Aucune personne ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Nobody in the unit has the e-mail address %1.</source>
        <translation>Personne dans l&apos;unité n&apos;a l&apos;adresse électronique %1.</translation>
    </message>
    <message>
        <source>%1 already uses the e-mail address %2.</source>
        <translation>%1 utilise déjà l&apos;adresse électronique %2.</translation>
    </message>
    <message>
        <source>The chosen supervisor is not a person of the unit.</source>
        <translation>Le superviseur choisi n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>%1 cannot be supervised by someone they supervise, directly or not.</source>
        <translation>%1 ne peut pas être supervisé(e) par une personne qu&apos;il ou elle supervise, directement ou non.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <source>%1 has work plans; they are part of the unit&apos;s record.</source>
        <translation>%1 a des plans de travail ; ils font partie des archives de l&apos;unité.</translation>
    </message>
    <message>
        <source>%1 has logged progress; it is part of the unit&apos;s record.</source>
        <translation>%1 a consigné des avancements ; ils font partie des archives de l&apos;unité.</translation>
    </message>
    <message>
        <source>%1 supervises people; give them another supervisor first.</source>
        <translation>%1 supervise des personnes ; attribuez-leur d&apos;abord un autre superviseur.</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Suppression de %1</translation>
    </message>
</context>
<context>
    <name>Core::Person</name>
    <message>
        <source>Unit head</source>
        <translation>Chef d&apos;unité</translation>
    </message>
    <message>
        <source>Technical officer</source>
        <translation>Spécialiste technique</translation>
    </message>
    <message>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>National consultant</source>
        <translation>Consultant national</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Autre personnel</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected something like name@ilo.org).</source>
        <translation>« %1 » n&apos;est pas une adresse électronique (format attendu : nom@ilo.org).</translation>
    </message>
    <message>
        <source>A person cannot supervise themselves.</source>
        <translation>Une personne ne peut pas se superviser elle-même.</translation>
    </message>
</context>
<context>
    <name>Core::PlanChangeGate</name>
    <message>
        <source>The work plan &quot;%1&quot; is closed; a closed plan is kept as it was.</source>
        <translation>Le plan de travail « %1 » est clôturé ; un plan clôturé est conservé tel quel.</translation>
    </message>
</context>
<context>
    <name>Core::ProgressEntry</name>
    <message>
        <source>Choose the objective or activity this progress is about.</source>
        <translation>Choisissez l&apos;objectif ou l&apos;activité sur lequel porte cet avancement.</translation>
    </message>
    <message>
        <source>A progress entry needs an author.</source>
        <translation>Une entrée d&apos;avancement doit avoir un auteur.</translation>
    </message>
    <message>
        <source>A progress entry needs a date.</source>
        <translation>Une entrée d&apos;avancement doit avoir une date.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; progress is logged once done.</source>
        <translation>La date %1 est dans le futur ; l&apos;avancement est consigné une fois le travail effectué.</translation>
    </message>
    <message>
        <source>Percent complete must be between 0 and 100, not %1.</source>
        <translation>Le pourcentage d&apos;achèvement doit être compris entre 0 et 100, et non %1.</translation>
    </message>
    <message>
        <source>Say in a few words what was done.</source>
        <translation>Indiquez en quelques mots ce qui a été fait.</translation>
    </message>
</context>
<context>
    <name>Core::ProgressRepository</name>
    <message>
        <source>The progress entry no longer exists.</source>
        <translation>L&apos;entrée d&apos;avancement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is closed; progress can no longer be logged on it.</source>
        <translation>Le plan « %1 » est clôturé ; il n&apos;est plus possible d&apos;y consigner un avancement.</translation>
    </message>
    <message>
        <source>The date %1 is outside the plan&apos;s period (%2 to %3).</source>
        <translation>La date %1 est en dehors de la période du plan (%2 au %3).</translation>
    </message>
    <message>
        <source>The author is not a person of the unit.</source>
        <translation>L&apos;auteur n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The activity is not part of the chosen objective.</source>
        <translation>L&apos;activité ne fait pas partie de l&apos;objectif choisi.</translation>
    </message>
    <message>
        <source>Logging progress</source>
        <translation>Consignation de l&apos;avancement</translation>
    </message>
    <message>
        <source>Removing the progress entry</source>
        <translation>Suppression de l&apos;entrée d&apos;avancement</translation>
    </message>
    <message>
        <source>The objective no longer exists.</source>
        <translation>L&apos;objectif n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Logging progress: the database did not return the new entry.</source>
        <translation>Enregistrement de l&apos;avancement : la base de données n&apos;a pas renvoyé la nouvelle entrée.</translation>
    </message>
</context>
<context>
    <name>Core::Project</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as SN).</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO 3166 (deux lettres majuscules, par exemple SN).</translation>
    </message>
    <message>
        <source>A project needs its code, such as SEN/24/01/LUX.</source>
        <translation>Un projet doit avoir son code, par exemple SEN/24/01/LUX.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Un projet doit avoir un titre.</translation>
    </message>
    <message>
        <source>The project ends (%1) before it starts (%2).</source>
        <translation>Le projet se termine (%1) avant de commencer (%2).</translation>
    </message>
</context>
<context>
    <name>Core::ProjectRepository</name>
    <message>
        <source>Another project already has the code %1.</source>
        <translation>Un autre projet porte déjà le code %1.</translation>
    </message>
    <message>
        <source>%1 is already a partner.</source>
        <translation>%1 est déjà un partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n livrable</numerusform>
            <numerusform>%n livrables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>No project with id %1 exists.</source>
        <translation>Aucun projet ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Adding project %1</source>
        <translation>Ajout du projet %1</translation>
    </message>
    <message>
        <source>Saving project %1</source>
        <translation>Enregistrement du projet %1</translation>
    </message>
    <message>
        <source>Project %1 is linked to %2; link them to another project or to none first.</source>
        <translation>Le projet %1 est associé à %2 ; associez-les d&apos;abord à un autre projet ou à aucun.</translation>
    </message>
    <message>
        <source>Removing project %1</source>
        <translation>Suppression du projet %1</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <source>Removing the partner</source>
        <translation>Suppression du partenaire</translation>
    </message>
    <message>
        <source>No partner with id %1 exists.</source>
        <translation>Aucun partenaire ne porte l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Core::ReviewRepository</name>
    <message>
        <source>The author is not a person of the unit.</source>
        <translation>L&apos;auteur n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The reviewer is not a person of the unit.</source>
        <translation>Le relecteur n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The review round no longer exists.</source>
        <translation>Le tour d&apos;examen n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>Le livrable n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A draft of &quot;%1&quot; is already waiting for review.</source>
        <translation>Un projet de « %1 » attend déjà d&apos;être examiné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only a draft being written or revised goes to review.</source>
        <translation>« %1 » est « %2 » ; seul un projet en cours de rédaction ou de révision est soumis à examen.</translation>
    </message>
    <message>
        <source>Submitting the draft</source>
        <translation>Soumission du projet</translation>
    </message>
    <message>
        <source>Round %1 has already been reviewed; its record stays as it was.</source>
        <translation>Le tour %1 a déjà été examiné ; son enregistrement reste tel quel.</translation>
    </message>
</context>
<context>
    <name>Core::ReviewRound</name>
    <message>
        <source>Waiting for review</source>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Accuracy of facts</source>
        <translation>Exactitude des faits</translation>
    </message>
    <message>
        <source>Soundness of analysis and findings</source>
        <translation>Solidité de l&apos;analyse et des conclusions</translation>
    </message>
    <message>
        <source>Conformity with instructions and policy</source>
        <translation>Conformité aux instructions et aux politiques</translation>
    </message>
    <message>
        <source>Accomplishment of the assigned objectives</source>
        <translation>Réalisation des objectifs assignés</translation>
    </message>
    <message>
        <source>Choose the deliverable the draft is of.</source>
        <translation>Choisissez le livrable dont il s&apos;agit du projet.</translation>
    </message>
    <message>
        <source>Say who submits the draft.</source>
        <translation>Indiquez qui soumet le projet.</translation>
    </message>
    <message>
        <source>Say when the draft was submitted.</source>
        <translation>Indiquez quand le projet a été soumis.</translation>
    </message>
    <message>
        <source>Choose the reviewer.</source>
        <translation>Choisissez le relecteur.</translation>
    </message>
    <message>
        <source>A draft is reviewed by someone other than its author.</source>
        <translation>Un projet est examiné par une personne autre que son auteur.</translation>
    </message>
    <message>
        <source>Choose the outcome: cleared, revise or rejected.</source>
        <translation>Choisissez le résultat : approuvé, à réviser ou rejeté.</translation>
    </message>
    <message>
        <source>Say when the draft was reviewed.</source>
        <translation>Indiquez quand le projet a été examiné.</translation>
    </message>
    <message>
        <source>The review (%1) cannot come before the submission (%2).</source>
        <translation>L&apos;examen (%1) ne peut pas précéder la soumission (%2).</translation>
    </message>
    <message>
        <source>Assess &quot;%1&quot; on the scale of 1 to 4.</source>
        <translation>Évaluez « %1 » sur l&apos;échelle de 1 à 4.</translation>
    </message>
</context>
<context>
    <name>Core::RowReader</name>
    <message>
        <source>The work plan no longer exists.</source>
        <translation>Le plan de travail n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The objective no longer exists.</source>
        <translation>L&apos;objectif n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>L&apos;activité n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Core::Salvage</name>
    <message>
        <source>The salvaged rows could not be made consistent.</source>
        <translation>Les lignes récupérées n&apos;ont pas pu être rendues cohérentes.</translation>
    </message>
    <message>
        <source>The salvaged copy fails its own check: %1</source>
        <translation>La copie récupérée échoue à sa propre vérification : %1</translation>
    </message>
    <message>
        <source>the rows after number %1 and before number %2 could not be read</source>
        <translation>les lignes après le numéro %1 et avant le numéro %2 n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>the rows after number %1 could not be read</source>
        <translation>les lignes après le numéro %1 n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>the rows before number %1 could not be read</source>
        <translation>les lignes avant le numéro %1 n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>no row could be read</source>
        <translation>aucune ligne n&apos;a pu être lue</translation>
    </message>
    <message>
        <source>%1 of %2 rows saved</source>
        <translation>%1 lignes sur %2 récupérées</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved</source>
        <translation>
            <numerusform>%n ligne récupérée</numerusform>
            <numerusform>%n lignes récupérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows dropped because a row they depend on was lost or a value was damaged</source>
        <translation>
            <numerusform>%n ligne écartée parce qu&apos;une ligne dont elle dépend a été perdue ou qu&apos;une valeur était endommagée</numerusform>
            <numerusform>%n lignes écartées parce qu&apos;une ligne dont elles dépendent a été perdue ou qu&apos;une valeur était endommagée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references to lost rows cleared</source>
        <translation>
            <numerusform>%n référence à des lignes perdues effacée</numerusform>
            <numerusform>%n références à des lignes perdues effacées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no SSE Unit Desk data to salvage.</source>
        <translation>%1 ne contient aucune donnée SSE Unit Desk à récupérer.</translation>
    </message>
</context>
<context>
    <name>Core::SchemaMigrations</name>
    <message>
        <source>Upgrading the database to schema version %1</source>
        <translation>Mise à niveau de la base de données vers la version de schéma %1</translation>
    </message>
</context>
<context>
    <name>Core::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address: write it as %2.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur : écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no user: write it as %2.</source>
        <translation>L&apos;adresse de serveur %1 ne nomme aucun utilisateur : écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no host: write it as %2.</source>
        <translation>L&apos;adresse de serveur %1 ne nomme aucun hôte : écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no database: write it as %2.</source>
        <translation>L&apos;adresse de serveur %1 ne nomme aucune base de données : écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>The server address %1 has an option this version does not know: %2.</source>
        <translation>L&apos;adresse de serveur %1 a une option que cette version ne connaît pas : %2.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; must be lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Le schéma « %1 » doit être fait de lettres minuscules, de chiffres et de traits de soulignement, et commencer par une lettre.</translation>
    </message>
    <message>
        <source>%1 on %2:%3, as %4</source>
        <translation>%1 sur %2:%3, connecté en tant que %4</translation>
    </message>
</context>
<context>
    <name>Core::ServerMigration</name>
    <message>
        <source>%1 is at schema version %2 and %3 at %4: a unit is copied between two of the same version. Open the file once with this version of SSE Unit Desk to upgrade it (a backup is taken first).</source>
        <translation>%1 est au schéma %2 et %3 au %4 : une unité se copie entre deux bases de même version. Ouvrez le fichier une fois avec cette version de SSE Unit Desk pour le mettre à niveau (une sauvegarde est faite d&apos;abord).</translation>
    </message>
    <message>
        <source>%1 has accounts: only its unit head may move it to a server, since the copy holds everything, confidential records included. Sign in as the unit head.</source>
        <translation>%1 a des comptes : seul son chef d&apos;unité peut la déplacer vers un serveur, car la copie contient tout, y compris les enregistrements confidentiels. Connectez-vous en tant que chef d&apos;unité.</translation>
    </message>
    <message>
        <source>The unit&apos;s tables refer to each other in a circle (%1): they cannot be copied one after the other.</source>
        <translation>Les tables de l&apos;unité se font référence en cercle (%1) : elles ne peuvent pas être copiées l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 already holds a unit (its table %2 has rows). Nothing was copied, and it was left as it was.</source>
        <translation>%1 contient déjà une unité (sa table %2 a des lignes). Rien n&apos;a été copié, et rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in %3 but %4 on the server after the copy. Nothing was copied: %5 was left as it was.</source>
        <translation>La table %1 a %2 lignes dans %3 mais %4 sur le serveur après la copie. Rien n&apos;a été copié : %5 a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>Copie de la table %1</translation>
    </message>
</context>
<context>
    <name>Core::ServerRoles</name>
    <message>
        <source>Creating the group role %1</source>
        <translation>Création du rôle de groupe %1</translation>
    </message>
    <message>
        <source>%1 is longer than the 63 bytes a PostgreSQL role name may have.</source>
        <translation>%1 dépasse les 63 octets que peut avoir un nom de rôle PostgreSQL.</translation>
    </message>
    <message>
        <source>Creating the login %1</source>
        <translation>Création de l&apos;identifiant de connexion %1</translation>
    </message>
</context>
<context>
    <name>Core::SqlStatement</name>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation>Préparation de « %1 »</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Exécution de « %1 »</translation>
    </message>
</context>
<context>
    <name>Core::StorageLocation</name>
    <message>
        <source>%1 is on %2. SQLite cannot rely on the locks of a network file system: two people working on this unit at once can damage it. Keep the unit on a local disk of one computer, and share exports and backups instead.</source>
        <translation>%1 se trouve sur %2. SQLite ne peut pas se fier aux verrous d&apos;un système de fichiers réseau : deux personnes travaillant en même temps sur cette unité peuvent l&apos;endommager. Conservez l&apos;unité sur un disque local d&apos;un seul ordinateur, et partagez plutôt les exportations et les sauvegardes.</translation>
    </message>
    <message>
        <source>an NFS share</source>
        <translation>un partage NFS</translation>
    </message>
    <message>
        <source>an SMB (Windows) share</source>
        <translation>un partage SMB (Windows)</translation>
    </message>
    <message>
        <source>a Ceph file system</source>
        <translation>un système de fichiers Ceph</translation>
    </message>
    <message>
        <source>an AFS share</source>
        <translation>un partage AFS</translation>
    </message>
    <message>
        <source>an SSHFS mount</source>
        <translation>un montage SSHFS</translation>
    </message>
    <message>
        <source>a network location mounted by the desktop (GVfs)</source>
        <translation>un emplacement réseau monté par le bureau (GVfs)</translation>
    </message>
</context>
<context>
    <name>Core::SummaryQueries</name>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
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
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Soumis le %1</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Non dû</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading the performance summaries</source>
        <translation>Lecture des synthèses d&apos;évaluation de la performance</translation>
    </message>
    <message>
        <source>No person was named for the summary.</source>
        <translation>Aucune personne n&apos;a été désignée pour la synthèse.</translation>
    </message>
    <message>
        <source>No person with id %1 is recorded in this unit.</source>
        <translation>Aucune personne portant l&apos;identifiant %1 n&apos;est enregistrée dans cette unité.</translation>
    </message>
    <message>
        <source>A performance summary is seen by the person, their supervisor and the unit head only.</source>
        <translation>Une synthèse de la performance n&apos;est visible que par la personne, son superviseur et le chef d&apos;unité.</translation>
    </message>
    <message>
        <source>The summaries of the whole unit are the unit head&apos;s to export; you may export your own and those of the people you supervise.</source>
        <translation>L&apos;exportation des synthèses de toute l&apos;unité est réservée au chef d&apos;unité ; vous pouvez exporter la vôtre et celles des personnes que vous supervisez.</translation>
    </message>
</context>
<context>
    <name>Core::TableSalvage</name>
    <message>
        <source>Preparing the copy of %1</source>
        <translation>Préparation de la copie de %1</translation>
    </message>
    <message>
        <source>Writing the rows of %1</source>
        <translation>Écriture des lignes de %1</translation>
    </message>
</context>
<context>
    <name>Core::TransactionGuard</name>
    <message>
        <source>The database abandoned the change halfway; nothing of it was kept.</source>
        <translation>La base de données a abandonné la modification en cours de route ; rien n&apos;en a été conservé.</translation>
    </message>
</context>
<context>
    <name>Core::UnitSettings</name>
    <message>
        <source>A back-to-office report is due within 1 to 60 working days, not %1.</source>
        <translation>Un rapport de retour de mission est dû dans un délai de 1 à 60 jours ouvrables, et non %1.</translation>
    </message>
    <message>
        <source>The unit&apos;s name is at most 200 characters long.</source>
        <translation>Le nom de l&apos;unité compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>Keep the backups of 1 to %1 days, not %2.</source>
        <translation>Conservez les sauvegardes de 1 à %1 jours, et non %2.</translation>
    </message>
    <message>
        <source>Keep the backups of 0 to %1 weeks, not %2.</source>
        <translation>Conservez les sauvegardes de 0 à %1 semaines, et non %2.</translation>
    </message>
    <message>
        <source>Keep the backups of 0 to %1 months, not %2.</source>
        <translation>Conservez les sauvegardes de 0 à %1 mois, et non %2.</translation>
    </message>
</context>
<context>
    <name>Core::UnitStore</name>
    <message>
        <source>This unit has accounts: sign in with your e-mail address and password.</source>
        <translation>Cette unité a des comptes : connectez-vous avec votre adresse électronique et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Core::VerifiedCopy</name>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>Préparation de la sauvegarde</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Écriture de la sauvegarde %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Checking the new backup</source>
        <translation>Vérification de la nouvelle sauvegarde</translation>
    </message>
    <message>
        <source>the copy has schema version %1 instead of %2</source>
        <translation>la copie a la version de schéma %1 au lieu de %2</translation>
    </message>
</context>
<context>
    <name>Core::WorkPlan</name>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>A work plan belongs to a supervisee; none was chosen.</source>
        <translation>Un plan de travail se rattache à une personne supervisée ; aucune n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>A work plan needs a title.</source>
        <translation>Un plan de travail doit avoir un titre.</translation>
    </message>
    <message>
        <source>A work plan needs a period: a start and an end date.</source>
        <translation>Un plan de travail doit avoir une période : une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends (%1) before it starts (%2).</source>
        <translation>La période du plan se termine (%1) avant de commencer (%2).</translation>
    </message>
</context>
<context>
    <name>Core::WorkPlanCsv</name>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD, such as 2026-03-31.</source>
        <translation>« %1 » n&apos;est pas une date au format AAAA-MM-JJ, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <source>Say what the row is: objective, learning or activity.</source>
        <translation>Indiquez la nature de la ligne : objective, learning ou activity.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of row; write objective, learning or activity.</source>
        <translation>« %1 » n&apos;est pas un type de ligne ; écrivez objective, learning ou activity.</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation>Le fichier nomme ses colonnes mais ne comporte aucune ligne.</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Un objectif doit avoir un titre.</translation>
    </message>
    <message>
        <source>An objective&apos;s row holds no activity; put each activity on a row of its own.</source>
        <translation>La ligne d&apos;un objectif ne contient aucune activité ; placez chaque activité sur une ligne distincte.</translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is already on row %2; activities could not tell them apart.</source>
        <translation>L&apos;objectif « %1 » figure déjà à la ligne %2 ; les activités ne pourraient pas les distinguer.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Une activité doit avoir un titre.</translation>
    </message>
    <message>
        <source>An activity needs a due date, written YYYY-MM-DD.</source>
        <translation>Une activité doit avoir une date d&apos;échéance, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>An activity has no %1; it belongs on its objective&apos;s row.</source>
        <translation>Une activité n&apos;a pas de %1 ; cette valeur va sur la ligne de son objectif.</translation>
    </message>
    <message>
        <source>Name the activity&apos;s objective, or put the activity below its objective&apos;s row.</source>
        <translation>Indiquez l&apos;objectif de l&apos;activité, ou placez l&apos;activité sous la ligne de son objectif.</translation>
    </message>
    <message>
        <source>Its objective, on row %1, has a problem; fix that row first.</source>
        <translation>Son objectif, à la ligne %1, pose un problème ; corrigez d&apos;abord cette ligne.</translation>
    </message>
    <message>
        <source>The file is empty. Its first row names the columns: %1.</source>
        <translation>Le fichier est vide. Sa première ligne nomme les colonnes : %1.</translation>
    </message>
</context>
<context>
    <name>Core::WorkPlanRepository</name>
    <message>
        <source>This person already has an agreed plan for that period: &quot;%1&quot; (%2 to %3). Close it first.</source>
        <translation>Cette personne a déjà un plan convenu pour cette période : « %1 » (%2 au %3). Clôturez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The plan&apos;s supervisee is not a person of the unit.</source>
        <translation>La personne supervisée du plan n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>The chosen assignment is not one of this person&apos;s.</source>
        <translation>L&apos;affectation choisie n&apos;est pas l&apos;une de celles de cette personne.</translation>
    </message>
    <message>
        <source>Adding the work plan</source>
        <translation>Ajout du plan de travail</translation>
    </message>
    <message numerus="yes">
        <source>%n planned date(s) would fall outside the period %1 to %2. Move them first.</source>
        <translation>
            <numerusform>%n date prévue tomberait en dehors de la période du %1 au %2. Déplacez-la d&apos;abord.</numerusform>
            <numerusform>%n dates prévues tomberaient en dehors de la période du %1 au %2. Déplacez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title or period changed</source>
        <translation>Titre ou période modifiés</translation>
    </message>
    <message>
        <source>Saving the work plan</source>
        <translation>Enregistrement du plan de travail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been agreed; it stays on record. Close it instead.</source>
        <translation>« %1 » a été convenu ; il reste enregistré. Clôturez-le plutôt.</translation>
    </message>
    <message>
        <source>Progress has been logged on &quot;%1&quot;; it stays on record.</source>
        <translation>Un avancement a été consigné pour « %1 » ; il reste enregistré.</translation>
    </message>
    <message>
        <source>Deleting the work plan</source>
        <translation>Suppression du plan de travail</translation>
    </message>
    <message>
        <source>Say on which date the plan was agreed.</source>
        <translation>Indiquez à quelle date le plan a été convenu.</translation>
    </message>
    <message>
        <source>Only a draft can be agreed; &quot;%1&quot; is %2.</source>
        <translation>Seul un projet de plan peut être convenu ; « %1 » est « %2 ».</translation>
    </message>
    <message>
        <source>A plan is agreed between the supervisee and a supervisor; the supervisee cannot agree it alone.</source>
        <translation>Un plan est convenu entre la personne supervisée et un superviseur ; la personne supervisée ne peut pas le convenir seule.</translation>
    </message>
    <message>
        <source>The supervisor who agreed the plan is not a person of the unit.</source>
        <translation>Le superviseur qui a convenu du plan n&apos;est pas une personne de l&apos;unité.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no objectives yet; there is nothing to agree.</source>
        <translation>« %1 » n&apos;a pas encore d&apos;objectifs ; il n&apos;y a rien à convenir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it cannot become %3.</source>
        <translation>« %1 » est « %2 » ; il ne peut pas devenir « %3 ».</translation>
    </message>
</context>
<context>
    <name>Report::BatchExport</name>
    <message>
        <source>person-%1</source>
        <translation>personne-%1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Report::DocumentFile</name>
    <message>
        <source>A document is written as PDF, ODT or HTML, not as %1.</source>
        <translation>Un document est écrit au format PDF, ODT ou HTML, et non %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Report::DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Synthèse d&apos;évaluation de la performance — %1, %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No activity recorded in this cycle: no objectives, deliverables, missions, check-ins, review rounds or appraisal between %1 and %2.</source>
        <translation>Aucune activité enregistrée dans ce cycle : aucun objectif, livrable, mission, point de suivi, tour d&apos;examen ni évaluation entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>Performance review summary</source>
        <translation>Synthèse d&apos;évaluation de la performance</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>%1 at %2 on average</source>
        <translation>%1 à %2 en moyenne</translation>
    </message>
    <message>
        <source>1 work objective</source>
        <translation>1 objectif de travail</translation>
    </message>
    <message>
        <source>%1 work objectives</source>
        <translation>%1 objectifs de travail</translation>
    </message>
    <message>
        <source>1 learning element</source>
        <translation>1 élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>%1 learning elements</source>
        <translation>%1 éléments d&apos;apprentissage</translation>
    </message>
    <message>
        <source>1 deliverable cleared or delivered</source>
        <translation>1 livrable approuvé ou livré</translation>
    </message>
    <message>
        <source>%1 deliverables cleared or delivered</source>
        <translation>%1 livrables approuvés ou livrés</translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation>1 mission</translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation>%1 missions</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 point de suivi</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 points de suivi</translation>
    </message>
    <message>
        <source>1 review round</source>
        <translation>1 tour d&apos;examen</translation>
    </message>
    <message>
        <source>%1 review rounds</source>
        <translation>%1 tours d&apos;examen</translation>
    </message>
    <message>
        <source>The cycle at a glance</source>
        <translation>Le cycle en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Learning elements</source>
        <translation>Éléments d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Work objectives</source>
        <translation>Objectifs de travail</translation>
    </message>
    <message>
        <source>No learning elements in this cycle.</source>
        <translation>Aucun élément d&apos;apprentissage dans ce cycle.</translation>
    </message>
    <message>
        <source>No work objectives in this cycle.</source>
        <translation>Aucun objectif de travail dans ce cycle.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target date %1</source>
        <translation>Date cible : %1</translation>
    </message>
    <message>
        <source>%1 of %2 activities done</source>
        <translation>%1 activités terminées sur %2</translation>
    </message>
    <message>
        <source>progress %1</source>
        <translation>avancement %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>No progress logged in this cycle.</source>
        <translation>Aucun avancement consigné dans ce cycle.</translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation>Obstacles : %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanc.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Travail réalisé</translation>
    </message>
    <message>
        <source>Deliverables cleared or delivered</source>
        <translation>Livrables approuvés ou livrés</translation>
    </message>
    <message>
        <source>No deliverable was cleared or delivered in this cycle.</source>
        <translation>Aucun livrable n&apos;a été approuvé ni livré dans ce cycle.</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>No missions in this cycle.</source>
        <translation>Aucune mission dans ce cycle.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation>Rapport de retour de mission</translation>
    </message>
    <message>
        <source>Mission days in the cycle: %1.</source>
        <translation>Jours de mission dans le cycle : %1.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>No check-ins held in this cycle.</source>
        <translation>Aucun point de suivi tenu dans ce cycle.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Review rounds</source>
        <translation>Tours d&apos;examen</translation>
    </message>
    <message>
        <source>No drafts submitted for review in this cycle.</source>
        <translation>Aucun projet soumis pour examen dans ce cycle.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>No appraisal recorded for this cycle.</source>
        <translation>Aucune évaluation enregistrée pour ce cycle.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Objectives set</source>
        <translation>Objectifs fixés</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Examen à mi-parcours</translation>
    </message>
    <message>
        <source>Locked: acknowledged by both</source>
        <translation>Verrouillée : les deux parties ont pris acte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Mid-term review notes</source>
        <translation>Notes de l&apos;examen à mi-parcours</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Commentaires du superviseur</translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation>Commentaires du membre du personnel</translation>
    </message>
    <message>
        <source>Acknowledged by the supervisor on %1.</source>
        <translation>Le superviseur a pris acte le %1.</translation>
    </message>
    <message>
        <source>Acknowledged by the staff member on %1.</source>
        <translation>Le membre du personnel a pris acte le %1.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Ratings: core competencies</source>
        <translation>Notations : compétences de base</translation>
    </message>
    <message>
        <source>Ratings: objectives</source>
        <translation>Notations : objectifs</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>Report::TextComposer</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
</context>
<context>
    <name>Report::UnitReportDocument</name>
    <message>
        <source>Annual report %1</source>
        <translation>Rapport annuel %1</translation>
    </message>
    <message>
        <source>JPO donor report %1</source>
        <translation>Rapport aux donateurs des JPO %1</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>No activity recorded in %1.</source>
        <translation>Aucune activité enregistrée en %1.</translation>
    </message>
    <message>
        <source>No JPO has activity recorded in %1.</source>
        <translation>Aucun JPO n&apos;a d&apos;activité enregistrée en %1.</translation>
    </message>
    <message>
        <source>Work-plan progress, deliverables and missions of everyone with activity in the year. Appraisals are shown by stage only.</source>
        <translation>Avancement des plans de travail, livrables et missions de toutes les personnes ayant eu une activité dans l&apos;année. Les évaluations ne sont indiquées que par étape.</translation>
    </message>
    <message>
        <source>Work-plan progress, learning, deliverables and missions of the unit&apos;s Junior Professional Officers in the year.</source>
        <translation>Avancement des plans de travail, apprentissage, livrables et missions des administrateurs auxiliaires (JPO) de l&apos;unité dans l&apos;année.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprent.</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Missions (days)</source>
        <translation>Missions (jours)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>Appraisal stage</source>
        <translation>Étape de l&apos;évaluation</translation>
    </message>
    <message>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <source>In all: %1, %2 (%3).</source>
        <translation>Au total : %1, %2 (%3).</translation>
    </message>
    <message>
        <source>1 deliverable cleared or delivered</source>
        <translation>1 livrable approuvé ou livré</translation>
    </message>
    <message>
        <source>%1 deliverables cleared or delivered</source>
        <translation>%1 livrables approuvés ou livrés</translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation>1 mission</translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation>%1 missions</translation>
    </message>
    <message>
        <source>1 mission day</source>
        <translation>1 jour de mission</translation>
    </message>
    <message>
        <source>%1 mission days</source>
        <translation>%1 jours de mission</translation>
    </message>
    <message>
        <source>supervised by %1</source>
        <translation>supervisé(e) par %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Learning elements</source>
        <translation>Éléments d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Work objectives</source>
        <translation>Objectifs de travail</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Activités terminées</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanc.</translation>
    </message>
    <message>
        <source>Deliverables cleared or delivered</source>
        <translation>Livrables approuvés ou livrés</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation>Rapport de retour de mission</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié le</translation>
    </message>
    <message>
        <source>People sign in with their e-mail address and password. The unit head manages every account; the file itself is protected by your computer&apos;s file permissions, not by these accounts.</source>
        <translation>Chacun se connecte avec son adresse électronique et son mot de passe. Le chef d&apos;unité gère tous les comptes ; le fichier lui-même est protégé par les droits d&apos;accès aux fichiers de votre ordinateur, et non par ces comptes.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter un compte</translation>
    </message>
    <message>
        <source>Set r&amp;ole</source>
        <translation>&amp;Définir le rôle</translation>
    </message>
    <message>
        <source>Set pa&amp;ssword</source>
        <translation>Définir le mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>Ui::ActionsEditor</name>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>(outside the unit)</source>
        <translation>(hors de l&apos;unité)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaEditor</name>
    <message>
        <source>Add &amp;item</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>Supprimer le p&amp;oint</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>An action item of an earlier check-in that is not done yet</source>
        <translation>Une action à mener d&apos;un point de suivi antérieur qui n&apos;est pas encore réalisée</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>récurrent</translation>
    </message>
    <message>
        <source>On the agenda of every check-in of this pair</source>
        <translation>À l&apos;ordre du jour de chaque point de suivi de ce binôme</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaLegend</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaListModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>Ui::AgendaStyle</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Activity due</source>
        <translation>Échéance d&apos;activité</translation>
    </message>
    <message>
        <source>Deliverable due</source>
        <translation>Échéance de livrable</translation>
    </message>
    <message>
        <source>BTO report due</source>
        <translation>Échéance du rapport de retour de mission</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>Ui::AgreeDialog</name>
    <message>
        <source>Agree work plan</source>
        <translation>Convenir du plan de travail</translation>
    </message>
    <message>
        <source>Record that &quot;%1&quot; (revision %2) was agreed.</source>
        <translation>Consigner que « %1 » (révision %2) a été convenu.</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Convenu &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Superviseur :</translation>
    </message>
</context>
<context>
    <name>Ui::AlertListModel</name>
    <message>
        <source>%1
Objective: %2
Due %3 (%4), %5 done</source>
        <translation>%1
Objectif : %2
Échéance %3 (%4), %5 réalisé</translation>
    </message>
    <message>
        <source>renewable</source>
        <translation>renouvelable</translation>
    </message>
    <message>
        <source>not renewable</source>
        <translation>non renouvelable</translation>
    </message>
    <message>
        <source>%1
Ends %2 (%3), %4</source>
        <translation>%1
Se termine le %2 (%3), %4</translation>
    </message>
    <message>
        <source>%1   %2: %3</source>
        <translation>%1   %2 : %3</translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalDialog</name>
    <message>
        <source>Open appraisal cycle</source>
        <translation>Ouvrir un cycle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Membre du personnel :</translation>
    </message>
    <message>
        <source>Cycle &amp;from:</source>
        <translation>Cycle &amp;du :</translation>
    </message>
    <message>
        <source>Cycle &amp;to:</source>
        <translation>Cycle &amp;au :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>Objectives &amp;set on:</source>
        <translation>Objectifs &amp;fixés le :</translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalForm</name>
    <message>
        <source>The supervisor&apos;s comments on the cycle</source>
        <translation>Les commentaires du superviseur sur le cycle</translation>
    </message>
    <message>
        <source>The staff member&apos;s comments on the cycle</source>
        <translation>Les commentaires du membre du personnel sur le cycle</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Commentaires du superviseur</translation>
    </message>
    <message>
        <source>Staff member&apos;s comments</source>
        <translation>Commentaires du membre du personnel</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Evidence in the cycle</source>
        <translation>Éléments probants du cycle</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Compétences de base</translation>
    </message>
    <message>
        <source>⚠ Rated with no evidence in this cycle: no progress logged, no draft cleared, no mission.</source>
        <translation>⚠ Noté sans élément probant dans ce cycle : aucun avancement consigné, aucun projet approuvé, aucune mission.</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(non noté)</translation>
    </message>
    <message>
        <source>No evidence in the cycle</source>
        <translation>Aucun élément probant dans le cycle</translation>
    </message>
    <message>
        <source>1 progress entry</source>
        <translation>1 entrée d&apos;avancement</translation>
    </message>
    <message>
        <source>%1 progress entries</source>
        <translation>%1 entrées d&apos;avancement</translation>
    </message>
    <message>
        <source>1 cleared draft</source>
        <translation>1 projet approuvé</translation>
    </message>
    <message>
        <source>%1 cleared drafts</source>
        <translation>%1 projets approuvés</translation>
    </message>
    <message>
        <source>1 mission</source>
        <translation>1 mission</translation>
    </message>
    <message>
        <source>%1 missions</source>
        <translation>%1 missions</translation>
    </message>
</context>
<context>
    <name>Ui::AppraisalPage</name>
    <message>
        <source>Appraisals</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Objectives set, mid-term review, end-of-cycle appraisal: each side writes its own part</source>
        <translation>Objectifs fixés, examen à mi-parcours, évaluation de fin de cycle : chaque partie rédige sa propre partie</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Membre du personnel :</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cycle :</translation>
    </message>
    <message>
        <source>&amp;Open cycle...</source>
        <translation>&amp;Ouvrir un cycle...</translation>
    </message>
    <message>
        <source>Record &amp;mid-term...</source>
        <translation>Consigner l&apos;e&amp;xamen à mi-parcours...</translation>
    </message>
    <message>
        <source>Start &amp;end of cycle</source>
        <translation>Commencer la &amp;fin de cycle</translation>
    </message>
    <message>
        <source>Sa&amp;ve my part</source>
        <translation>En&amp;registrer ma partie</translation>
    </message>
    <message>
        <source>&amp;Acknowledge...</source>
        <translation>&amp;Prendre acte...</translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation>%1 au %2 — %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>No appraisal cycle yet. The supervisor opens one with the objectives of the current work plan.</source>
        <translation>Aucun cycle d&apos;évaluation pour le moment. Le superviseur en ouvre un avec les objectifs du plan de travail en cours.</translation>
    </message>
    <message>
        <source>The objectives and competencies are rated at the end of the cycle, after the mid-term review.</source>
        <translation>Les objectifs et les compétences sont notés à la fin du cycle, après l&apos;examen à mi-parcours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Étape :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>objectives set %1</source>
        <translation>objectifs fixés le %1</translation>
    </message>
    <message>
        <source>mid-term review %1</source>
        <translation>examen à mi-parcours le %1</translation>
    </message>
    <message>
        <source>mid-term review due %1</source>
        <translation>examen à mi-parcours prévu le %1</translation>
    </message>
    <message>
        <source>Rate each objective and competency, write your comments, then acknowledge.</source>
        <translation>Notez chaque objectif et chaque compétence, rédigez vos commentaires, puis prenez acte.</translation>
    </message>
    <message>
        <source>Your comments are awaited; you acknowledge once your supervisor has.</source>
        <translation>Vos commentaires sont attendus ; vous prenez acte une fois que votre superviseur l&apos;a fait.</translation>
    </message>
    <message>
        <source>Your supervisor acknowledged on %1: acknowledge your appraisal.</source>
        <translation>Votre superviseur a pris acte le %1 : prenez acte de votre évaluation.</translation>
    </message>
    <message>
        <source>You acknowledged on %1; waiting for the staff member.</source>
        <translation>Vous avez pris acte le %1 ; en attente du membre du personnel.</translation>
    </message>
    <message>
        <source>Locked — acknowledged by both on %1 (supervisor %2, staff member %3). It stays as signed.</source>
        <translation>Verrouillée — les deux parties ont pris acte le %1 (superviseur %2, membre du personnel %3). Elle reste telle que signée.</translation>
    </message>
    <message>
        <source>Acknowledge the appraisal as supervisor? Your ratings and comments can no longer be changed afterwards.</source>
        <translation>Prendre acte de l&apos;évaluation en tant que superviseur ? Vos notations et commentaires ne pourront plus être modifiés ensuite.</translation>
    </message>
    <message>
        <source>Acknowledge your appraisal? Once you have, it is locked for good.</source>
        <translation>Prendre acte de votre évaluation ? Une fois cela fait, elle est verrouillée définitivement.</translation>
    </message>
    <message>
        <source>Acknowledge appraisal</source>
        <translation>Prendre acte de l&apos;évaluation</translation>
    </message>
    <message>
        <source>History of the appraisal cycle</source>
        <translation>Historique du cycle d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>Ui::AssignmentDialog</name>
    <message>
        <source>Can be renewed</source>
        <translation>Renouvelable</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nouvelle affectation</translation>
    </message>
    <message>
        <source>Edit assignment</source>
        <translation>Modifier l&apos;affectation</translation>
    </message>
    <message>
        <source>JPO - SSE statistics</source>
        <translation>JPO - Statistiques de l&apos;ESS</translation>
    </message>
    <message>
        <source>Donor government sponsoring a JPO</source>
        <translation>Gouvernement donateur parrainant un JPO</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>&amp;Parrain :</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>Fina&amp;ncement :</translation>
    </message>
</context>
<context>
    <name>Ui::BackupListModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
</context>
<context>
    <name>Ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restaurer...</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>This window is read-only: another program is writing to the unit.</source>
        <translation>Cette fenêtre est en lecture seule : un autre programme écrit dans l&apos;unité.</translation>
    </message>
    <message>
        <source>No backup yet. They will be kept in %1.</source>
        <translation>Aucune sauvegarde pour le moment. Elles seront conservées dans %1.</translation>
    </message>
    <message>
        <source>1 backup, in %1.</source>
        <translation>1 sauvegarde, dans %1.</translation>
    </message>
    <message>
        <source>%1 backups, newest first, in %2.</source>
        <translation>%1 sauvegardes, de la plus récente à la plus ancienne, dans %2.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the whole unit with the backup of %1?

The unit as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>Remplacer toute l&apos;unité par la sauvegarde du %1 ?

L&apos;unité dans son état actuel est d&apos;abord sauvegardée, de sorte que vous pouvez y revenir depuis cette liste.</translation>
    </message>
</context>
<context>
    <name>Ui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
</context>
<context>
    <name>Ui::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>Rien ce jour-là.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Retour à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 mission, meeting or deadline this month</source>
        <translation>1 mission, réunion ou échéance ce mois-ci</translation>
    </message>
    <message numerus="yes">
        <source>%n missions, meetings and deadlines this month</source>
        <translation>
            <numerusform>%n mission, réunion ou échéance ce mois-ci</numerusform>
            <numerusform>%n missions, réunions et échéances ce mois-ci</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>Le jour sélectionné</translation>
    </message>
</context>
<context>
    <name>Ui::ChangeLogDialog</name>
    <message>
        <source>&amp;History of this record</source>
        <translation>&amp;Historique de cet enregistrement</translation>
    </message>
    <message>
        <source>&amp;Whole unit</source>
        <translation>&amp;Toute l&apos;unité</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>History of %1 #%2, newest first.</source>
        <translation>Historique : %1 n° %2, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Every change to the unit, newest first. Choose a line and &quot;History of this record&quot; to follow one record.</source>
        <translation>Toutes les modifications de l&apos;unité, de la plus récente à la plus ancienne. Choisissez une ligne puis « Historique de cet enregistrement » pour suivre un enregistrement.</translation>
    </message>
</context>
<context>
    <name>Ui::ChangeLogModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(personne n&apos;est connecté)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
</context>
<context>
    <name>Ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Nobody is signed in: there is no password to change.</source>
        <translation>Personne n&apos;est connecté : il n&apos;y a aucun mot de passe à changer.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent : saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>Ui::CheckInDialog</name>
    <message>
        <source>never discussed</source>
        <translation>jamais examiné</translation>
    </message>
    <message>
        <source>discussed %1</source>
        <translation>examiné le %1</translation>
    </message>
    <message>
        <source>last discussed yesterday</source>
        <translation>examiné pour la dernière fois hier</translation>
    </message>
    <message>
        <source>last discussed %1 days ago</source>
        <translation>examiné pour la dernière fois il y a %1 jours</translation>
    </message>
    <message>
        <source>last discussed %1 weeks ago</source>
        <translation>examiné pour la dernière fois il y a %1 semaines</translation>
    </message>
    <message>
        <source>last discussed 2 months ago</source>
        <translation>examiné pour la dernière fois il y a 2 mois</translation>
    </message>
    <message>
        <source>last discussed %1 months ago</source>
        <translation>examiné pour la dernière fois il y a %1 mois</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nouveau point de suivi</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Entre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>%1 and %2 (supervisor)</source>
        <translation>%1 et %2 (superviseur)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Notes partagées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Tick the objectives discussed at this check-in</source>
        <translation>Cochez les objectifs examinés lors de ce point de suivi</translation>
    </message>
    <message>
        <source>Objectives by last discussion</source>
        <translation>Objectifs par dernier examen</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>Vous seul voyez ces notes</translation>
    </message>
    <message>
        <source>Private notes (supervisor only)</source>
        <translation>Notes privées (superviseur uniquement)</translation>
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
        <translation>1 point</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>aucune sur %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
</context>
<context>
    <name>Ui::CheckInsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>Regular meetings of a supervisor and a supervisee on the agreed objectives</source>
        <translation>Réunions régulières entre un superviseur et une personne supervisée sur les objectifs convenus</translation>
    </message>
    <message>
        <source>&amp;Supervisee:</source>
        <translation>&amp;Personne supervisée :</translation>
    </message>
    <message>
        <source>&amp;New check-in...</source>
        <translation>&amp;Nouveau point de suivi...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>&amp;Recurring items...</source>
        <translation>Points &amp;récurrents...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Nobody to show: sign in as a supervisor or supervisee.</source>
        <translation>Personne à afficher : connectez-vous en tant que superviseur ou personne supervisée.</translation>
    </message>
    <message>
        <source>%1: last check-in %2 (%3) with %4</source>
        <translation>%1 : dernier point de suivi %2 (%3) avec %4</translation>
    </message>
    <message>
        <source>%1 has had no check-in yet.</source>
        <translation>%1 n&apos;a pas encore eu de point de suivi.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Supprimer le point de suivi</translation>
    </message>
    <message>
        <source>Delete this check-in with its agenda, notes and action items?</source>
        <translation>Supprimer ce point de suivi avec son ordre du jour, ses notes et ses actions à mener ?</translation>
    </message>
    <message>
        <source>History of the selected check-in</source>
        <translation>Historique du point de suivi sélectionné</translation>
    </message>
</context>
<context>
    <name>Ui::CountryCombo</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Ui::DamagedFileDialog</name>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>%1

Either way below, the damaged file is first moved aside to %2: nothing is deleted, and it can still be sent to someone for a closer look.</source>
        <translation>%1

Quel que soit le choix ci-dessous, le fichier endommagé est d&apos;abord mis de côté sous %2 : rien n&apos;est supprimé, et il peut toujours être envoyé à quelqu&apos;un pour un examen plus approfondi.</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The unit as it was then. Changes made since are not in it.</source>
        <translation>L&apos;unité telle qu&apos;elle était alors. Les modifications faites depuis n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>No backup of this unit passes its checks.</source>
        <translation>Aucune sauvegarde de cette unité ne passe les vérifications.</translation>
    </message>
    <message>
        <source>Salvage what can still be read</source>
        <translation>Récupérer ce qui peut encore être lu</translation>
    </message>
    <message>
        <source>Copies every row that can be read into a new %1, then lists what was lost.</source>
        <translation>Copie chaque ligne lisible dans un nouveau %1, puis indique ce qui a été perdu.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leaves the file exactly as it is, to ask for help first.</source>
        <translation>Laisse le fichier exactement tel quel, pour demander de l&apos;aide d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>Ui::DashboardCharts</name>
    <message>
        <source>1 activity overdue</source>
        <translation>1 activité en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n activities overdue</source>
        <translation>
            <numerusform>%n activité en retard</numerusform>
            <numerusform>%n activités en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DashboardLines</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>Due %1, %2 done</source>
        <translation>Échéance le %1, %2 réalisé</translation>
    </message>
    <message>
        <source>in review since %1</source>
        <translation>en cours d&apos;examen depuis le %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 d&apos;attente</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>back %1, due %2</source>
        <translation>retour le %1, dû le %2</translation>
    </message>
    <message>
        <source>renewable</source>
        <translation>renouvelable</translation>
    </message>
    <message>
        <source>not renewable</source>
        <translation>non renouvelable</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Se termine le %1</translation>
    </message>
</context>
<context>
    <name>Ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Overdue activities</source>
        <translation>Activités en retard</translation>
    </message>
    <message>
        <source>No activity is overdue.</source>
        <translation>Aucune activité n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Drafts waiting for review</source>
        <translation>Projets en attente d&apos;examen</translation>
    </message>
    <message>
        <source>No draft is waiting for review.</source>
        <translation>Aucun projet n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>Back-to-office reports overdue</source>
        <translation>Rapports de retour de mission en retard</translation>
    </message>
    <message>
        <source>Every back-to-office report is in.</source>
        <translation>Tous les rapports de retour de mission ont été remis.</translation>
    </message>
    <message>
        <source>Contracts ending in %1 days</source>
        <translation>Contrats se terminant dans %1 jours</translation>
    </message>
    <message>
        <source>No contract ends in the next %1 days.</source>
        <translation>Aucun contrat ne se termine dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>Deliverables due in %1 days</source>
        <translation>Livrables dus dans %1 jours</translation>
    </message>
    <message>
        <source>No deliverable falls due in the next %1 days.</source>
        <translation>Aucun livrable n&apos;arrive à échéance dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>Mission days this year</source>
        <translation>Jours de mission cette année</translation>
    </message>
    <message>
        <source>Nobody has been on mission this year.</source>
        <translation>Personne n&apos;a été en mission cette année.</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Points de suivi à tenir</translation>
    </message>
    <message>
        <source>Everyone had a check-in in the last %1 days.</source>
        <translation>Tout le monde a eu un point de suivi au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Appraisal stages due</source>
        <translation>Étapes d&apos;évaluation à venir</translation>
    </message>
    <message>
        <source>No appraisal stage is due.</source>
        <translation>Aucune étape d&apos;évaluation n&apos;est due.</translation>
    </message>
    <message>
        <source>Work-plan progress</source>
        <translation>Avancement des plans de travail</translation>
    </message>
    <message>
        <source>Deliverables by status</source>
        <translation>Livrables par statut</translation>
    </message>
    <message>
        <source>Mission days by month</source>
        <translation>Jours de mission par mois</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour le moment.</translation>
    </message>
    <message>
        <source>Mission days by month, %1</source>
        <translation>Jours de mission par mois, %1</translation>
    </message>
</context>
<context>
    <name>Ui::DeliverableDialog</name>
    <message>
        <source>Plan &amp;backwards from an event...</source>
        <translation>Planifier à rebours à partir d&apos;un &amp;événement...</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <source>Edit deliverable: %1</source>
        <translation>Modifier le livrable : %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Co&amp;ntributors:</source>
        <translation>Co&amp;ntributeurs :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Date d&apos;é&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>Consu&amp;ltancy:</source>
        <translation>C&amp;onsultation :</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>O&amp;bjectifs :</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
</context>
<context>
    <name>Ui::DeliverablesModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, échéance le %1</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultative)</translation>
    </message>
</context>
<context>
    <name>Ui::DeliverablesPage</name>
    <message>
        <source>S&amp;ubmit for review...</source>
        <translation>S&amp;oumettre pour examen...</translation>
    </message>
    <message>
        <source>Revie&amp;w draft...</source>
        <translation>E&amp;xaminer le projet...</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Papers, reports, briefs and the other outputs the unit owes, by due date</source>
        <translation>Documents, rapports, notes d&apos;information et autres produits dus par l&apos;unité, par date d&apos;échéance</translation>
    </message>
    <message>
        <source>Filter by title, owner, status...</source>
        <translation>Filtrer par titre, responsable, statut...</translation>
    </message>
    <message>
        <source>&amp;New deliverable...</source>
        <translation>&amp;Nouveau livrable...</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Start &amp;drafting</source>
        <translation>Commencer la &amp;rédaction</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>Marquer comme &amp;livré</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Language versions of &quot;%1&quot;</source>
        <translation>Versions linguistiques de « %1 »</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>Delete deliverable</source>
        <translation>Supprimer le livrable</translation>
    </message>
    <message>
        <source>Delete the deliverable &quot;%1&quot; and its language versions? This cannot be undone.</source>
        <translation>Supprimer le livrable « %1 » et ses versions linguistiques ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <source>Status of the %1 version</source>
        <translation>Statut de la version %1</translation>
    </message>
</context>
<context>
    <name>Ui::EditorDialog</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::HistoryButton</name>
    <message>
        <source>Histor&amp;y...</source>
        <translation>Histori&amp;que...</translation>
    </message>
    <message>
        <source>Who changed it, when, and from which value to which</source>
        <translation>Qui l&apos;a modifié, quand, et de quelle valeur à quelle valeur</translation>
    </message>
</context>
<context>
    <name>Ui::IdentityDialog</name>
    <message>
        <source>I am not in the list: &amp;add me...</source>
        <translation>Je ne suis pas dans la liste : m&apos;&amp;ajouter...</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Choose yourself among the unit&apos;s people. Your work plan and the progress you log are kept under this name.</source>
        <translation>Choisissez votre nom parmi les personnes de l&apos;unité. Votre plan de travail et l&apos;avancement que vous consignez sont enregistrés sous ce nom.</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Je suis :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Choisissez qui vous êtes.</translation>
    </message>
</context>
<context>
    <name>Ui::ImportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Import a work plan</source>
        <translation>Importer un plan de travail</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The file to import, UTF-8, first row the column names</source>
        <translation>Le fichier à importer, en UTF-8, la première ligne contenant les noms de colonnes</translation>
    </message>
    <message>
        <source>Enter reads the file again, after you have corrected it</source>
        <translation>Entrée relit le fichier, une fois que vous l&apos;avez corrigé</translation>
    </message>
    <message>
        <source>&amp;Whose plan:</source>
        <translation>Plan &amp;de :</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>%1 has no current work plan to import into; create the plan first.</source>
        <translation>%1 n&apos;a pas de plan de travail en cours dans lequel importer ; créez d&apos;abord le plan.</translation>
    </message>
    <message>
        <source>%1, revision %2, agreed: the import opens revision %3</source>
        <translation>%1, révision %2, convenu : l&apos;importation ouvre la révision %3</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file. Its first row names the columns, in any order: %1.</source>
        <translation>Choisissez un fichier CSV. Sa première ligne nomme les colonnes, dans n&apos;importe quel ordre : %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing can be imported until the problems listed are fixed in the file; then press Enter in the file field to read it again. Nothing was written.</source>
        <translation>Essai à blanc : rien ne peut être importé tant que les problèmes indiqués n&apos;ont pas été corrigés dans le fichier ; appuyez ensuite sur Entrée dans le champ du fichier pour le relire. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier ne comporte aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Dry run: all %1 rows can be imported. Nothing is written until you choose Import; the unit is backed up first.</source>
        <translation>Essai à blanc : les %1 lignes peuvent toutes être importées. Rien n&apos;est écrit tant que vous n&apos;avez pas choisi Importer ; l&apos;unité est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the dry run is clean.</source>
        <translation>Rien ne peut être importé tant que l&apos;essai à blanc comporte des problèmes.</translation>
    </message>
    <message>
        <source>The unit could not be backed up before the import, so nothing was imported</source>
        <translation>L&apos;unité n&apos;a pas pu être sauvegardée avant l&apos;importation ; rien n&apos;a donc été importé</translation>
    </message>
    <message>
        <source>Nothing was imported: see the problems listed.</source>
        <translation>Rien n&apos;a été importé : voir les problèmes indiqués.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>SSE Unit Desk (read-only)</source>
        <translation>SSE Unit Desk (lecture seule)</translation>
    </message>
    <message>
        <source>SSE Unit Desk</source>
        <translation>SSE Unit Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Unit overview</source>
        <translation>Vue d&apos;ensemble de l&apos;unité</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>Plans de travail</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Projects &amp; partners</source>
        <translation>Projets et partenaires</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>My supervision</source>
        <translation>Ma supervision</translation>
    </message>
    <message>
        <source>My work plan</source>
        <translation>Mon plan de travail</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Unit &amp;overview</source>
        <translation>&amp;Vue d&apos;ensemble de l&apos;unité</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Work plans</source>
        <translation>Plans de &amp;travail</translation>
    </message>
    <message>
        <source>M&amp;issions</source>
        <translation>M&amp;issions</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Livrables</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>Ré&amp;unions</translation>
    </message>
    <message>
        <source>P&amp;rojects &amp;&amp; partners</source>
        <translation>P&amp;rojets et partenaires</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>C&amp;heck-ins</source>
        <translation>Points &amp;de suivi</translation>
    </message>
    <message>
        <source>&amp;Appraisals</source>
        <translation>Év&amp;aluations</translation>
    </message>
    <message>
        <source>My &amp;supervision</source>
        <translation>Ma &amp;supervision</translation>
    </message>
    <message>
        <source>&amp;My work plan</source>
        <translation>&amp;Mon plan de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>C&amp;hanger d&apos;utilisateur...</translation>
    </message>
    <message>
        <source>&amp;Export summary or report...</source>
        <translation>&amp;Exporter une synthèse ou un rapport...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Log progress...</source>
        <translation>&amp;Consigner un avancement...</translation>
    </message>
    <message>
        <source>New &amp;person...</source>
        <translation>Nouvelle &amp;personne...</translation>
    </message>
    <message>
        <source>New &amp;work plan...</source>
        <translation>Nouveau plan de &amp;travail...</translation>
    </message>
    <message>
        <source>New m&amp;ission...</source>
        <translation>Nouvelle m&amp;ission...</translation>
    </message>
    <message>
        <source>New &amp;deliverable...</source>
        <translation>Nouveau &amp;livrable...</translation>
    </message>
    <message>
        <source>New &amp;meeting...</source>
        <translation>Nouvelle &amp;réunion...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About SSE Unit Desk</source>
        <translation>À &amp;propos de SSE Unit Desk</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: another program is writing to it)</source>
        <translation>Base de données : %1 (lecture seule : un autre programme y écrit)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté(e) en tant que %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>About SSE Unit Desk</source>
        <translation>À propos de SSE Unit Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;SSE Unit Desk %1&lt;/b&gt;&lt;p&gt;Work plans, progress and supervision for a small research unit.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SSE Unit Desk %1&lt;/b&gt;&lt;p&gt;Plans de travail, avancement et supervision pour une petite unité de recherche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Edit meeting: %1</source>
        <translation>Modifier la réunion : %1</translation>
    </message>
    <message>
        <source>City and venue</source>
        <translation>Ville et lieu</translation>
    </message>
    <message>
        <source>Constituents, partners, experts...</source>
        <translation>Mandants, partenaires, experts...</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>L&amp;ieu :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Procès-&amp;verbal</translation>
    </message>
    <message>
        <source>Follow-&amp;up actions</source>
        <translation>Actions de &amp;suivi</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Livrables</translation>
    </message>
    <message>
        <source>From the unit:</source>
        <translation>De l&apos;unité :</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>Autres :</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Pr&amp;epared for the meeting:</source>
        <translation>P&amp;réparés pour la réunion :</translation>
    </message>
    <message>
        <source>Comi&amp;ng out of it:</source>
        <translation>Issus d&amp;e la réunion :</translation>
    </message>
</context>
<context>
    <name>Ui::MeetingsModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
</context>
<context>
    <name>Ui::MeetingsPage</name>
    <message>
        <source>&amp;New meeting...</source>
        <translation>&amp;Nouvelle réunion...</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Advisory committees, ICLS sessions, task forces, workshops and trainings</source>
        <translation>Comités consultatifs, sessions de la CIST, équipes spéciales, ateliers et formations</translation>
    </message>
    <message>
        <source>Filter by title, kind, place...</source>
        <translation>Filtrer par titre, type, lieu...</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Select a meeting to see its minutes</source>
        <translation>Sélectionnez une réunion pour voir son procès-verbal</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>Pas encore de procès-verbal</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete the meeting &quot;%1&quot;, its minutes and follow-up actions? This cannot be undone.</source>
        <translation>Supprimer la réunion « %1 », son procès-verbal et ses actions de suivi ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Ui::MidTermDialog</name>
    <message>
        <source>Mid-term review</source>
        <translation>Examen à mi-parcours</translation>
    </message>
    <message>
        <source>Progress on the objectives, adjustments agreed</source>
        <translation>Avancement par rapport aux objectifs, ajustements convenus</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenu le :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>Ui::MilestonePlanDialog</name>
    <message>
        <source>The documents are translated before the event</source>
        <translation>Les documents sont traduits avant l&apos;événement</translation>
    </message>
    <message>
        <source>Plan backwards from an event</source>
        <translation>Planifier à rebours à partir d&apos;un événement</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>Date de l&apos;&amp;événement :</translation>
    </message>
    <message>
        <source>Applying sets the due date to the delivery date and, with translations, the English original&apos;s due date to the day it goes to translation and every translation&apos;s to the delivery date.</source>
        <translation>Appliquer fixe l&apos;échéance à la date de livraison et, avec des traductions, l&apos;échéance de l&apos;original anglais au jour de son envoi en traduction et celle de chaque traduction à la date de livraison.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
</context>
<context>
    <name>Ui::MissionDialog</name>
    <message>
        <source>The travellers&apos; supervisor goes too</source>
        <translation>Le superviseur des voyageurs part aussi</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Edit mission: %1</source>
        <translation>Modifier la mission : %1</translation>
    </message>
    <message>
        <source>e.g. NAC meeting and data validation workshop</source>
        <translation>p. ex. réunion du CCN et atelier de validation des données</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Travellers:</source>
        <translation>&amp;Voyageurs :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Départ :</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>&amp;Retour :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Ré&amp;union :</translation>
    </message>
    <message>
        <source>De&amp;liverables:</source>
        <translation>&amp;Livrables :</translation>
    </message>
    <message>
        <source>&amp;BTO submitted:</source>
        <translation>Rapport de retour de mission &amp;soumis le :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>Ui::MissionsModel</name>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Back-to-office report</source>
        <translation>Rapport de retour de mission</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>soumis le %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Due %1 working days after the return on %2</source>
        <translation>Dû %1 jours ouvrables après le retour du %2</translation>
    </message>
    <message>
        <source>%1 + supervisor</source>
        <translation>%1 + superviseur</translation>
    </message>
</context>
<context>
    <name>Ui::MissionsPage</name>
    <message>
        <source>Mark &amp;BTO submitted</source>
        <translation>Rapport de retour &amp;soumis</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Travel for work, and the back-to-office reports due after it</source>
        <translation>Déplacements professionnels, et les rapports de retour de mission dus ensuite</translation>
    </message>
    <message>
        <source>Filter by purpose, traveller, place...</source>
        <translation>Filtrer par objet, voyageur, lieu...</translation>
    </message>
    <message>
        <source>&amp;New mission...</source>
        <translation>&amp;Nouvelle mission...</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Cancel mission</source>
        <translation>Annuler la &amp;mission</translation>
    </message>
    <message>
        <source>Mission days this year: %1</source>
        <translation>Jours de mission cette année : %1</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>Supprimer la mission</translation>
    </message>
    <message>
        <source>Delete the mission &quot;%1&quot;? This cannot be undone.</source>
        <translation>Supprimer la mission « %1 » ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Ui::MySupervisionPage</name>
    <message>
        <source>My supervision</source>
        <translation>Ma supervision</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Mes points de suivi</translation>
    </message>
    <message>
        <source>No check-in yet, and no open action item.</source>
        <translation>Aucun point de suivi pour le moment, et aucune action à mener ouverte.</translation>
    </message>
    <message>
        <source>My drafts in review</source>
        <translation>Mes projets en cours d&apos;examen</translation>
    </message>
    <message>
        <source>None of your drafts is waiting for review.</source>
        <translation>Aucun de vos projets n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>My appraisal</source>
        <translation>Mon évaluation</translation>
    </message>
    <message>
        <source>No appraisal cycle open for you.</source>
        <translation>Aucun cycle d&apos;évaluation ouvert pour vous.</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Points de suivi à tenir</translation>
    </message>
    <message>
        <source>Everyone you supervise had a check-in in the last %1 days.</source>
        <translation>Toutes les personnes que vous supervisez ont eu un point de suivi au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Drafts waiting for my review</source>
        <translation>Projets attendant mon examen</translation>
    </message>
    <message>
        <source>No draft is waiting for your review.</source>
        <translation>Aucun projet n&apos;attend votre examen.</translation>
    </message>
    <message>
        <source>Appraisal stages due</source>
        <translation>Étapes d&apos;évaluation à venir</translation>
    </message>
    <message>
        <source>No appraisal stage is due.</source>
        <translation>Aucune étape d&apos;évaluation n&apos;est due.</translation>
    </message>
    <message>
        <source>As supervisor</source>
        <translation>En tant que superviseur</translation>
    </message>
    <message>
        <source>As supervisee</source>
        <translation>En tant que personne supervisée</translation>
    </message>
    <message>
        <source>%1: check-ins, drafts in review and appraisals</source>
        <translation>%1 : points de suivi, projets en cours d&apos;examen et évaluations</translation>
    </message>
    <message>
        <source>Sign in (File &gt; Switch user) to see your supervision.</source>
        <translation>Connectez-vous (Fichier &gt; Changer d&apos;utilisateur) pour voir votre supervision.</translation>
    </message>
</context>
<context>
    <name>Ui::ObjectiveDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New learning element</source>
        <translation>Nouvel élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Work objective</source>
        <translation>Objectif de travail</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>How achievement is measured</source>
        <translation>Comment la réalisation est mesurée</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Ta&amp;rget date:</source>
        <translation>Date &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;Strategy objective:</source>
        <translation>Objectif &amp;stratégique :</translation>
    </message>
    <message>
        <source>T&amp;hematic areas:</source>
        <translation>Domaines t&amp;hématiques :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Éléments &amp;probants :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Ui::OpeningDialogs</name>
    <message>
        <source>%1 is busy</source>
        <translation>%1 est occupé</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture</translation>
    </message>
    <message>
        <source>You can open it read-only: everything can be read, printed and exported, and nothing can be changed.</source>
        <translation>Vous pouvez l&apos;ouvrir en lecture seule : tout peut être lu, imprimé et exporté, et rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Assignment ends</source>
        <translation>Fin de l&apos;affectation</translation>
    </message>
    <message>
        <source>Last logged</source>
        <translation>Dernière consignation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1
Supervisor: %2</source>
        <translation>%1
Superviseur : %2</translation>
    </message>
    <message>
        <source>No current plan</source>
        <translation>Aucun plan en cours</translation>
    </message>
    <message>
        <source>%1, rev. %2  ·  %3</source>
        <translation>%1, rév. %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <source>Unit overview</source>
        <translation>Vue d&apos;ensemble de l&apos;unité</translation>
    </message>
    <message>
        <source>Summaries and &amp;reports...</source>
        <translation>Synthèses et &amp;rapports...</translation>
    </message>
    <message>
        <source>The selected person&apos;s performance review summary, or the unit&apos;s annual report</source>
        <translation>La synthèse d&apos;évaluation de la performance de la personne sélectionnée, ou le rapport annuel de l&apos;unité</translation>
    </message>
    <message>
        <source>Filter by name, category, plan...</source>
        <translation>Filtrer par nom, catégorie, plan...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due in the next %1 days</source>
        <translation>Échéance dans les %1 prochains jours</translation>
    </message>
    <message>
        <source>Contracts ending in %1 days</source>
        <translation>Contrats se terminant dans %1 jours</translation>
    </message>
    <message>
        <source>1 supervisee</source>
        <translation>1 personne supervisée</translation>
    </message>
    <message>
        <source>%1 supervisees</source>
        <translation>%1 personnes supervisées</translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation>Personnes supervisées</translation>
    </message>
</context>
<context>
    <name>Ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the focal point</source>
        <translation>Nom, adresse électronique ou téléphone du point focal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
</context>
<context>
    <name>Ui::PartnersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
</context>
<context>
    <name>Ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>Ui::PeoplePage</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Everyone who works in or for the unit</source>
        <translation>Toutes les personnes qui travaillent dans ou pour l&apos;unité</translation>
    </message>
    <message>
        <source>Filter people...</source>
        <translation>Filtrer les personnes...</translation>
    </message>
    <message>
        <source>&amp;New person...</source>
        <translation>&amp;Nouvelle personne...</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete %1 from the unit? This cannot be undone.</source>
        <translation>Supprimer %1 de l&apos;unité ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>History of the selected person</source>
        <translation>Historique de la personne sélectionnée</translation>
    </message>
</context>
<context>
    <name>Ui::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Cou&amp;rriel :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade :</translation>
    </message>
    <message>
        <source>&amp;Duty station:</source>
        <translation>Lieu d&apos;a&amp;ffectation :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>EN, FR, ES</source>
        <translation>EN, FR, ES</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Superviseur :</translation>
    </message>
</context>
<context>
    <name>Ui::PersonFilter</name>
    <message>
        <source>Whole unit</source>
        <translation>Toute l&apos;unité</translation>
    </message>
    <message>
        <source>Whose items</source>
        <translation>Filtrer par personne</translation>
    </message>
</context>
<context>
    <name>Ui::PersonHeader</name>
    <message>
        <source>Edit &amp;person...</source>
        <translation>Modifier la &amp;personne...</translation>
    </message>
    <message>
        <source>Assign&amp;ment...</source>
        <translation>Affecta&amp;tion...</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Personne n&apos;a été choisi</translation>
    </message>
    <message>
        <source>supervised by %1</source>
        <translation>supervisé(e) par %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No assignment recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune affectation enregistrée&lt;/i&gt;</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3 &lt;span style=&quot;color:%4; font-weight:600&quot;&gt;(%5)&lt;/span&gt;</source>
        <translation>%1 : %2 au %3 &lt;span style=&quot;color:%4; font-weight:600&quot;&gt;(%5)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::PersonPage</name>
    <message>
        <source>Work &amp;plan:</source>
        <translation>&amp;Plan de travail :</translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation>&amp;Nouveau plan...</translation>
    </message>
    <message>
        <source>Edit p&amp;lan...</source>
        <translation>Modifier le p&amp;lan...</translation>
    </message>
    <message>
        <source>A&amp;gree...</source>
        <translation>Con&amp;venir...</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Cl&amp;ose plan</source>
        <translation>Cl&amp;ôturer le plan</translation>
    </message>
    <message>
        <source>&amp;Revisions...</source>
        <translation>&amp;Révisions...</translation>
    </message>
    <message>
        <source>Performance s&amp;ummary...</source>
        <translation>S&amp;ynthèse de la performance...</translation>
    </message>
    <message>
        <source>Add &amp;objective...</source>
        <translation>Ajouter un &amp;objectif...</translation>
    </message>
    <message>
        <source>Add l&amp;earning element...</source>
        <translation>Ajouter un &amp;élément d&apos;apprentissage...</translation>
    </message>
    <message>
        <source>Add &amp;activity...</source>
        <translation>Ajouter une &amp;activité...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Log progress...</source>
        <translation>Consigner un avancement...</translation>
    </message>
    <message>
        <source>%1  (%2, rev. %3, %4 to %5)</source>
        <translation>%1  (%2, rév. %3, %4 au %5)</translation>
    </message>
    <message>
        <source>No work plan yet: start one with &quot;New plan&quot;</source>
        <translation>Pas encore de plan de travail : commencez-en un avec « Nouveau plan »</translation>
    </message>
    <message>
        <source>Change an agreed plan</source>
        <translation>Modifier un plan convenu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was agreed as revision %2. %3 starts revision %4, which will need to be agreed again; revision %2 stays readable under Revisions.

Continue?</source>
        <translation>« %1 » a été convenu en tant que révision %2. %3 ouvre la révision %4, qui devra être convenue à nouveau ; la révision %2 reste consultable sous Révisions.

Continuer ?</translation>
    </message>
    <message>
        <source>Progress log: %1</source>
        <translation>Journal d&apos;avancement : %1</translation>
    </message>
    <message>
        <source>Progress log: whole plan</source>
        <translation>Journal d&apos;avancement : tout le plan</translation>
    </message>
    <message>
        <source>Changing its title or period</source>
        <translation>La modification de son titre ou de sa période</translation>
    </message>
    <message>
        <source>Close work plan</source>
        <translation>Clôturer le plan de travail</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;? A closed plan can no longer be changed or logged on.</source>
        <translation>Clôturer « %1 » ? Un plan clôturé ne peut plus être modifié ni recevoir d&apos;avancement.</translation>
    </message>
    <message>
        <source>Adding an objective</source>
        <translation>L&apos;ajout d&apos;un objectif</translation>
    </message>
    <message>
        <source>Adding a learning element</source>
        <translation>L&apos;ajout d&apos;un élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Adding an activity</source>
        <translation>L&apos;ajout d&apos;une activité</translation>
    </message>
    <message>
        <source>Editing it</source>
        <translation>Sa modification</translation>
    </message>
    <message>
        <source>Delete the activity &quot;%1&quot; and its logged progress?</source>
        <translation>Supprimer l&apos;activité « %1 » et l&apos;avancement consigné ?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its activities and their logged progress?</source>
        <translation>Supprimer « %1 » avec ses activités et l&apos;avancement consigné ?</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>Sa suppression</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Journal d&apos;avancement</translation>
    </message>
    <message>
        <source>Plan hi&amp;story...</source>
        <translation>Historique du p&amp;lan...</translation>
    </message>
    <message>
        <source>History of the work plan</source>
        <translation>Historique du plan de travail</translation>
    </message>
    <message>
        <source>History of the selected objective or activity</source>
        <translation>Historique de l&apos;objectif ou de l&apos;activité sélectionné</translation>
    </message>
</context>
<context>
    <name>Ui::PlanTreeModel</name>
    <message>
        <source>Objective / activity</source>
        <translation>Objectif / activité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Indicator: %1
%2</source>
        <translation>Indicateur : %1
%2</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>Ui::ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation>Consigner un avancement</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Travail réalisé</translation>
    </message>
    <message>
        <source>Anything in the way (optional)</source>
        <translation>Tout obstacle éventuel (facultatif)</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Complete:</source>
        <translation>&amp;Achevé à :</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Travail réalisé :</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>&amp;Obstacles :</translation>
    </message>
    <message>
        <source>%1  (%2, due %3)</source>
        <translation>%1  (%2, échéance le %3)</translation>
    </message>
</context>
<context>
    <name>Ui::ProgressLogModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Travail réalisé</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Modifier le projet %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>e.g. SEN/24/01/LUX</source>
        <translation>p. ex. SEN/24/01/LUX</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>P&amp;ays :</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>D&amp;onateur :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsPage</name>
    <message>
        <source>Projects &amp; partners</source>
        <translation>Projets et partenaires</translation>
    </message>
    <message>
        <source>Development cooperation projects, and the organisations the unit works with</source>
        <translation>Projets de coopération pour le développement, et les organisations avec lesquelles l&apos;unité travaille</translation>
    </message>
    <message>
        <source>Filter by code, country, donor...</source>
        <translation>Filtrer par code, pays, donateur...</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>&amp;New partner...</source>
        <translation>Nouveau &amp;partenaire...</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete the project %1? This cannot be undone.</source>
        <translation>Supprimer le projet %1 ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Delete %1 from the partners? This cannot be undone.</source>
        <translation>Supprimer %1 des partenaires ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordBrowser</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Ui::RecordEdits</name>
    <message>
        <source>Edit mission &quot;%1&quot;</source>
        <translation>Modifier la mission « %1 »</translation>
    </message>
    <message>
        <source>Edit deliverable &quot;%1&quot;</source>
        <translation>Modifier le livrable « %1 »</translation>
    </message>
    <message>
        <source>Edit meeting &quot;%1&quot;</source>
        <translation>Modifier la réunion « %1 »</translation>
    </message>
    <message>
        <source>Follow-up action done</source>
        <translation>Action de suivi réalisée</translation>
    </message>
    <message>
        <source>Follow-up action reopened</source>
        <translation>Action de suivi rouverte</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Modifier le projet %1</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Modifier le partenaire %1</translation>
    </message>
    <message>
        <source>The partner is no longer there.</source>
        <translation>Le partenaire n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordPickers</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance le %2)</translation>
    </message>
</context>
<context>
    <name>Ui::RecurringItemsDialog</name>
    <message>
        <source>Recurring agenda items</source>
        <translation>Points récurrents de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>One item per line, e.g. &quot;Work plan progress&quot;</source>
        <translation>Un point par ligne, p. ex. « Avancement du plan de travail »</translation>
    </message>
    <message>
        <source>On every check-in:</source>
        <translation>À chaque point de suivi :</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewDialog</name>
    <message>
        <source>Review round %1</source>
        <translation>Tour d&apos;examen %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, submitted by %3 on %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, soumis par %3 le %4 (%5)</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Examiné &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Synthèse :</translation>
    </message>
    <message>
        <source>1 – falls short</source>
        <translation>1 – insuffisant</translation>
    </message>
    <message>
        <source>2 – partly meets</source>
        <translation>2 – répond partiellement aux attentes</translation>
    </message>
    <message>
        <source>3 – largely meets</source>
        <translation>3 – répond largement aux attentes</translation>
    </message>
    <message>
        <source>4 – fully meets</source>
        <translation>4 – répond pleinement aux attentes</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <source>A short comment</source>
        <translation>Un bref commentaire</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1 : note</translation>
    </message>
    <message>
        <source>%1: comment</source>
        <translation>%1 : commentaire</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewHistoryModel</name>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>en attente depuis %1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>attente de %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Synthèse : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Submitted by, on</source>
        <translation>Soumis par, le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Jours d&apos;attente</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewHistoryWidget</name>
    <message>
        <source>Review history</source>
        <translation>Historique des examens</translation>
    </message>
    <message>
        <source>Review history: no draft submitted yet</source>
        <translation>Historique des examens : aucun projet soumis pour le moment</translation>
    </message>
    <message>
        <source>Review history: 1 round</source>
        <translation>Historique des examens : 1 tour</translation>
    </message>
    <message numerus="yes">
        <source>Review history: %n rounds</source>
        <translation>
            <numerusform>Historique des examens : %n tour</numerusform>
            <numerusform>Historique des examens : %n tours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReviewRoundDialog</name>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour examen</translation>
    </message>
    <message>
        <source>Draft of:</source>
        <translation>Projet de :</translation>
    </message>
    <message>
        <source>e.g. draft 2, v0.3 with FR annex</source>
        <translation>p. ex. projet 2, v0.3 avec annexe FR</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Relecteur :</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>&amp;Soumis le :</translation>
    </message>
</context>
<context>
    <name>Ui::RevisionsDialog</name>
    <message>
        <source>Earlier revisions</source>
        <translation>Révisions antérieures</translation>
    </message>
    <message>
        <source>Objective / activity</source>
        <translation>Objectif / activité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This plan has no earlier revision: it was never changed after being agreed.</source>
        <translation>Ce plan n&apos;a pas de révision antérieure : il n&apos;a jamais été modifié après avoir été convenu.</translation>
    </message>
    <message>
        <source>Revision %1, agreed %2
superseded %3: %4</source>
        <translation>Révision %1, convenue le %2
remplacée le %3 : %4</translation>
    </message>
    <message>
        <source>Learning element</source>
        <translation>Élément d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>The plan as revised</source>
        <translation>Le plan tel que révisé</translation>
    </message>
</context>
<context>
    <name>Ui::SalvageReportDialog</name>
    <message>
        <source>%1 salvaged</source>
        <translation>%1 récupéré</translation>
    </message>
    <message>
        <source>Every row of %1 could be read and was saved.</source>
        <translation>Chaque ligne de %1 a pu être lue et a été récupérée.</translation>
    </message>
    <message>
        <source>%1 was salvaged, but some rows could not be read.</source>
        <translation>%1 a été récupéré, mais certaines lignes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The unit now opens from %1. The damaged file is kept as %2.</source>
        <translation>L&apos;unité s&apos;ouvre désormais à partir de %1. Le fichier endommagé est conservé sous %2.</translation>
    </message>
</context>
<context>
    <name>Ui::ScaleListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>Ui::ServerOpening</name>
    <message>
        <source>Open a unit on a server</source>
        <translation>Ouvrir une unité sur un serveur</translation>
    </message>
    <message>
        <source>Log in to the unit&apos;s server</source>
        <translation>Se connecter au serveur de l&apos;unité</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
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
        <translation> jours ouvrables</translation>
    </message>
    <message>
        <source>Back up &amp;automatically</source>
        <translation>Sauvegarder &amp;automatiquement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>New competency</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>A&amp;ppraisals</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Choisir...</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nouveau...</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Unit &amp;file:</source>
        <translation>&amp;Fichier de l&apos;unité :</translation>
    </message>
    <message>
        <source>Another file reopens the window on that unit; a file that does not exist yet becomes a new, empty unit.</source>
        <translation>Un autre fichier rouvre la fenêtre sur cette unité ; un fichier qui n&apos;existe pas encore devient une nouvelle unité vide.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Back-to-office &amp;report due within:</source>
        <translation>Délai du &amp;rapport de retour de mission :</translation>
    </message>
    <message>
        <source>Daily, and after 30 minutes of changes. A backup is always taken before an upgrade, an import and a restore.</source>
        <translation>Chaque jour, et après 30 minutes de modifications. Une sauvegarde est toujours effectuée avant une mise à niveau, une importation et une restauration.</translation>
    </message>
    <message>
        <source>Every backup of the last 24 hours is kept, and the newest one of each of the last:</source>
        <translation>Toutes les sauvegardes des dernières 24 heures sont conservées, ainsi que la plus récente de chacun des derniers :</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>S&amp;emaines :</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Rating &amp;scale, best first:</source>
        <translation>Échelle de &amp;notation, du meilleur niveau au moins bon :</translation>
    </message>
    <message>
        <source>&amp;Competencies:</source>
        <translation>&amp;Compétences :</translation>
    </message>
    <message>
        <source>Double-click a name, or press F2, to change it. Levels and competencies that ratings already use cannot be removed or renamed, and the levels keep their order.</source>
        <translation>Double-cliquez sur un nom, ou appuyez sur F2, pour le modifier. Les niveaux et compétences déjà utilisés par des notations ne peuvent être ni supprimés ni renommés, et les niveaux gardent leur ordre.</translation>
    </message>
    <message>
        <source>Open a unit</source>
        <translation>Ouvrir une unité</translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation>Unités (%1)</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>Name the unit&apos;s file.</source>
        <translation>Nommez le fichier de l&apos;unité.</translation>
    </message>
    <message>
        <source>A unit on a shared server: write its address, postgresql://LOGIN@HOST:PORT/DATABASE, with your e-mail as the login (%40 for its @); the window reopens there and asks for your password.</source>
        <translation>Une unité sur un serveur partagé : indiquez son adresse, postgresql://IDENTIFIANT@HÔTE:PORT/BASE, avec votre adresse électronique comme identifiant (%40 pour son @) ; la fenêtre s’y rouvre et demande votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>This unit has accounts: sign in with your e-mail address and password.</source>
        <translation>Cette unité a des comptes : connectez-vous avec votre adresse électronique et votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Cou&amp;rriel :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Ui::SummaryExportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Aperç&amp;u avant impression...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Export a performance review summary</source>
        <translation>Exporter une synthèse d&apos;évaluation de la performance</translation>
    </message>
    <message>
        <source>Performance review summary</source>
        <translation>Synthèse d&apos;évaluation de la performance</translation>
    </message>
    <message>
        <source>Unit annual report</source>
        <translation>Rapport annuel de l&apos;unité</translation>
    </message>
    <message>
        <source>JPO donor report (no appraisal content)</source>
        <translation>Rapport aux donateurs des JPO (sans contenu d&apos;évaluation)</translation>
    </message>
    <message>
        <source>The appraisal cycle starting in this year, else the calendar year</source>
        <translation>Le cycle d&apos;évaluation commençant cette année-là, sinon l&apos;année civile</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (editable)</source>
        <translation>Texte OpenDocument (modifiable)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page Web (HTML)</translation>
    </message>
    <message>
        <source>Figures for a spreadsheet (CSV)</source>
        <translation>Chiffres pour un tableur (CSV)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Membre du personnel :</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 - performance review %2</source>
        <translation>%1 - évaluation de la performance %2</translation>
    </message>
    <message>
        <source>Unit annual report %1</source>
        <translation>Rapport annuel de l&apos;unité %1</translation>
    </message>
    <message>
        <source>JPO donor report %1</source>
        <translation>Rapport aux donateurs des JPO %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose whose summary to export.</source>
        <translation>Choisissez la personne dont la synthèse est à exporter.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>The language the document is written in, whatever the language of the window</source>
        <translation>La langue dans laquelle le document est rédigé, quelle que soit la langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Ui::SupervisionSummary</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>last check-in %1 with %2</source>
        <translation>dernier point de suivi %1 avec %2</translation>
    </message>
    <message>
        <source>no check-in yet with %1</source>
        <translation>pas encore de point de suivi avec %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 d&apos;attente</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Soumis le %1</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 dû le %2</translation>
    </message>
    <message>
        <source>Next check-in %1</source>
        <translation>Prochain point de suivi %1</translation>
    </message>
    <message>
        <source>Last check-in %1</source>
        <translation>Dernier point de suivi %1</translation>
    </message>
    <message>
        <source>open action from the check-in of %1</source>
        <translation>action ouverte issue du point de suivi du %1</translation>
    </message>
    <message>
        <source>Appraisal %1 to %2</source>
        <translation>Évaluation du %1 au %2</translation>
    </message>
    <message>
        <source>Objectives set; mid-term review due %1</source>
        <translation>Objectifs fixés ; examen à mi-parcours prévu le %1</translation>
    </message>
    <message>
        <source>Mid-term review held %1; end of cycle %2</source>
        <translation>Examen à mi-parcours tenu le %1 ; fin du cycle le %2</translation>
    </message>
    <message>
        <source>Acknowledge your appraisal</source>
        <translation>Prenez acte de votre évaluation</translation>
    </message>
    <message>
        <source>your turn</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>Your comments are awaited</source>
        <translation>Vos commentaires sont attendus</translation>
    </message>
    <message>
        <source>Waiting for your supervisor&apos;s ratings and acknowledgement</source>
        <translation>En attente des notations et de la prise d&apos;acte de votre superviseur</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineLayout</name>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>Ui::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
        <source>%n months earlier</source>
        <translation>
            <numerusform>%n mois plus tôt</numerusform>
            <numerusform>%n mois plus tôt</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Retour à aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n months later</source>
        <translation>
            <numerusform>%n mois plus tard</numerusform>
            <numerusform>%n mois plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2  ·  %3 items</source>
        <translation>%1 au %2  ·  %3 éléments</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineWidget</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
</context>
<context>
    <name>Ui::UndoableEdits</name>
    <message>
        <source>Log progress</source>
        <translation>Consigner un avancement</translation>
    </message>
    <message>
        <source>Add objective &quot;%1&quot;</source>
        <translation>Ajouter l&apos;objectif « %1 »</translation>
    </message>
    <message>
        <source>Edit objective &quot;%1&quot;</source>
        <translation>Modifier l&apos;objectif « %1 »</translation>
    </message>
    <message>
        <source>Delete objective &quot;%1&quot;</source>
        <translation>Supprimer l&apos;objectif « %1 »</translation>
    </message>
    <message>
        <source>Add activity &quot;%1&quot;</source>
        <translation>Ajouter l&apos;activité « %1 »</translation>
    </message>
    <message>
        <source>Edit activity &quot;%1&quot;</source>
        <translation>Modifier l&apos;activité « %1 »</translation>
    </message>
    <message>
        <source>Delete activity &quot;%1&quot;</source>
        <translation>Supprimer l&apos;activité « %1 »</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Ui::UnitAccessActions</name>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Comptes...</translation>
    </message>
    <message>
        <source>Change &amp;log...</source>
        <translation>&amp;Journal des modifications...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Changer mon mot de &amp;passe...</translation>
    </message>
    <message>
        <source>On a server, logins and passwords are kept by the server: its administrators manage them.</source>
        <translation>Sur un serveur, les identifiants et les mots de passe sont gérés par le serveur : ses administrateurs s’en chargent.</translation>
    </message>
</context>
<context>
    <name>Ui::UnitFileActions</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>Sa&amp;uvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Sauvegardes...</translation>
    </message>
    <message>
        <source>Imp&amp;ort people...</source>
        <translation>Imp&amp;orter des personnes...</translation>
    </message>
    <message>
        <source>Import wor&amp;k plan...</source>
        <translation>Importer un plan de tra&amp;vail...</translation>
    </message>
    <message>
        <source>Backed up automatically: %1</source>
        <translation>Sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Imported 1 person from %1</source>
        <translation>1 personne importée depuis %1</translation>
    </message>
    <message>
        <source>Imported %1 people from %2</source>
        <translation>%1 personnes importées depuis %2</translation>
    </message>
    <message>
        <source>Imported %1 objectives and activities from %2</source>
        <translation>%1 objectifs et activités importés depuis %2</translation>
    </message>
    <message>
        <source>The server&apos;s administrators back this unit up.</source>
        <translation>Les administrateurs du serveur sauvegardent cette unité.</translation>
    </message>
</context>
<context>
    <name>Ui::VersionsEditor</name>
    <message>
        <source>&amp;Add language</source>
        <translation>&amp;Ajouter une langue</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
</context>
<context>
    <name>Ui::WindowHost</name>
    <message>
        <source>Restored the backup of %1. The unit as it was just before is in the backup %2.</source>
        <translation>La sauvegarde du %1 a été restaurée. L&apos;unité telle qu&apos;elle était juste avant se trouve dans la sauvegarde %2.</translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlanDialog</name>
    <message>
        <source>New work plan</source>
        <translation>Nouveau plan de travail</translation>
    </message>
    <message>
        <source>Edit work plan</source>
        <translation>Modifier le plan de travail</translation>
    </message>
    <message>
        <source>Work plan 2025: SSE statistics</source>
        <translation>Plan de travail 2025 : statistiques de l&apos;ESS</translation>
    </message>
    <message>
        <source>&amp;Supervisee:</source>
        <translation>&amp;Personne supervisée :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Affectation :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 au %3)</translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlansModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>Ui::WorkPlansPage</name>
    <message>
        <source>Work plans</source>
        <translation>Plans de travail</translation>
    </message>
    <message>
        <source>All plans of the unit, newest period first</source>
        <translation>Tous les plans de l&apos;unité, la période la plus récente en premier</translation>
    </message>
    <message>
        <source>Filter by person, title, status...</source>
        <translation>Filtrer par personne, titre, statut...</translation>
    </message>
</context>
</TS>
