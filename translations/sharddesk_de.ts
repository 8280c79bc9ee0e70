<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ShardDesk::ApplyDialog</name>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be written to %1 in one transaction:</source>
        <translation>
            <numerusform>Diese %n Änderung wird in einer Transaktion nach %1 geschrieben:</numerusform>
            <numerusform>Diese %n Änderungen werden in einer Transaktion nach %1 geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ApplyFlow</name>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>The changes were not applied:
%1</source>
        <translation>Die Änderungen wurden nicht übernommen:
%1</translation>
    </message>
    <message numerus="yes">
        <source>The configuration has %n error(s); fix them before applying.</source>
        <translation>
            <numerusform>Die Konfiguration enthält %n Fehler; beheben Sie ihn vor dem Übernehmen.</numerusform>
            <numerusform>Die Konfiguration enthält %n Fehler; beheben Sie sie vor dem Übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply was cancelled.</source>
        <translation>Das Übernehmen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Configuration Changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>%1 changed the configuration at %2 (now version %3) after you loaded version %4. Nothing was written.</source>
        <translation>%1 hat die Konfiguration geändert (Zeitpunkt: %2, jetzt Version %3), nachdem Sie Version %4 geladen hatten. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Reload and Reapply loads their version and replays your edits on it; you see the result before anything is written.</source>
        <translation>„Neu laden und erneut anwenden“ lädt deren Version und spielt Ihre Änderungen darauf erneut ab; Sie sehen das Ergebnis, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Reload and Reapply</source>
        <translation>&amp;Neu laden und erneut anwenden</translation>
    </message>
    <message>
        <source>The configuration was changed by someone else.</source>
        <translation>Die Konfiguration wurde von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Reload and Reapply</source>
        <translation>Neu laden und erneut anwenden</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CapacityPlannerView</name>
    <message>
        <source>Each shard should fit in RAM: the shards of a server together get %1–%2 % of the host&apos;s memory. Enter host RAM in the server table for servers on other machines.</source>
        <translation>Jeder Shard sollte in den Arbeitsspeicher passen: Die Shards eines Servers erhalten zusammen %1–%2 % des Speichers des Hosts. Geben Sie für Server auf anderen Rechnern den Host-RAM in der Servertabelle ein.</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix of a spin box</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Target share of host RAM</source>
        <translation>Zielanteil am Host-RAM</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Minimum MB per shard</source>
        <translation>Minimale MB pro Shard</translation>
    </message>
    <message>
        <source>Maximum MB per shard</source>
        <translation>Maximale MB pro Shard</translation>
    </message>
    <message>
        <source>Recommended MB per shard</source>
        <translation>Empfohlene MB pro Shard</translation>
    </message>
    <message>
        <source>Apply recommendation</source>
        <translation>Empfehlung übernehmen</translation>
    </message>
    <message>
        <source>Target share of host RAM:</source>
        <translation>Zielanteil am Host-RAM:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>enter host RAM first</source>
        <translation>zuerst Host-RAM eingeben</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::CliContext</name>
    <message>
        <source>The config store: an SQLite file or mysql://user@host:port/database (default: %1).</source>
        <translation>Der Konfigurationsspeicher: eine SQLite-Datei oder mysql://benutzer@host:port/datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>Pfad-oder-URL</translation>
    </message>
    <message>
        <source>Read the server password from environment variable &lt;name&gt; (passwords are never taken from the command line).</source>
        <translation>Das Serverpasswort aus der Umgebungsvariablen &lt;Name&gt; lesen (Passwörter werden nie von der Befehlszeile übernommen).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Daten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Keep passwords in this encrypted file instead of the OS keychain.</source>
        <translation>Passwörter in dieser verschlüsselten Datei statt im Schlüsselbund des Betriebssystems aufbewahren.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Read the master password of --secrets-file from environment variable &lt;name&gt;.</source>
        <translation>Das Master-Passwort von --secrets-file aus der Umgebungsvariablen &lt;Name&gt; lesen.</translation>
    </message>
    <message>
        <source>the config store %1</source>
        <translation>der Konfigurationsspeicher %1</translation>
    </message>
    <message>
        <source>%1 holds no cluster yet. Create one with: sharddesk-cli init --vshards N</source>
        <translation>%1 enthält noch keinen Cluster. Legen Sie einen an mit: sharddesk-cli init --vshards N</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --password-env is not set.</source>
        <translation>Die mit --password-env angegebene Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password for %1: give --password-env NAME, run on a terminal to be asked, or save it in the credential store.</source>
        <translation>Kein Passwort für %1: Geben Sie --password-env NAME an, starten Sie das Programm in einem Terminal, um danach gefragt zu werden, oder speichern Sie es im Zugangsdatenspeicher.</translation>
    </message>
    <message>
        <source>No password for %1 in %2: give --password-env NAME.</source>
        <translation>Kein Passwort für %1 in %2: Geben Sie --password-env NAME an.</translation>
    </message>
    <message>
        <source>user %1 on %2</source>
        <translation>Benutzer %1 auf %2</translation>
    </message>
    <message>
        <source>No login for user %1 on %2.</source>
        <translation>Keine Anmeldung für Benutzer %1 auf %2.</translation>
    </message>
    <message>
        <source>Master password for %1: </source>
        <translation>Master-Passwort für %1: </translation>
    </message>
    <message>
        <source>--secrets-file needs its master password: give --master-password-env NAME.</source>
        <translation>--secrets-file benötigt sein Master-Passwort: Geben Sie --master-password-env NAME an.</translation>
    </message>
    <message>
        <source>With sharddesk-cli, use --secrets-file PATH --master-password-env NAME.</source>
        <translation>Verwenden Sie mit sharddesk-cli --secrets-file PFAD --master-password-env NAME.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>not ready yet: %1</source>
        <translation>noch nicht bereit: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Saved as version %1 of %2.</source>
        <translation>Als Version %1 von %2 gespeichert.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>Aufruffehler: %1</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Starten Sie mit --help, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Connect to servers over TLS, trusting the certificate authorities in this PEM file.</source>
        <translation>Über TLS mit den Servern verbinden und dabei den Zertifizierungsstellen in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Present this client certificate (PEM) to servers; needs --tls-key.</source>
        <translation>Dieses Client-Zertifikat (PEM) gegenüber den Servern vorweisen; benötigt --tls-key.</translation>
    </message>
    <message>
        <source>The private key (PEM) of --tls-cert.</source>
        <translation>Der private Schlüssel (PEM) zu --tls-cert.</translation>
    </message>
    <message>
        <source>Refuse every server connection that is not encrypted.</source>
        <translation>Jede Serververbindung ablehnen, die nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>The file %1 given with --%2 does not exist or cannot be read.</source>
        <translation>Die mit --%2 angegebene Datei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must be given together.</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::Command</name>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 validation or runtime error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Validierungs- oder Laufzeitfehler.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ExportCommand</name>
    <message>
        <source>Write the whole topology to a JSON file (docs/CONFIG_FORMAT.md). Passwords are never exported; shards keep their credential references. FILE - writes to standard output.</source>
        <translation>Die gesamte Topologie in eine JSON-Datei schreiben (docs/CONFIG_FORMAT.md). Passwörter werden nie exportiert; Shards behalten ihre Verweise auf Zugangsdaten. DATEI - schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Where to write the JSON.</source>
        <translation>Wohin das JSON geschrieben wird.</translation>
    </message>
    <message>
        <source>Give exactly one file to write.</source>
        <translation>Geben Sie genau eine Datei zum Schreiben an.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported version %1 (%n shard(s)) to %2.</source>
        <translation>
            <numerusform>Version %1 (%n Shard) nach %2 exportiert.</numerusform>
            <numerusform>Version %1 (%n Shards) nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ImportCommand</name>
    <message>
        <source>Replace the stored topology with a JSON export. A store that already holds a cluster is replaced only with --replace, and is first exported to a backup file.</source>
        <translation>Die gespeicherte Topologie durch einen JSON-Export ersetzen. Ein Speicher, der bereits einen Cluster enthält, wird nur mit --replace ersetzt und vorher in eine Sicherungsdatei exportiert.</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>Die zu importierende JSON-Datei.</translation>
    </message>
    <message>
        <source>Replace an existing cluster (after a backup).</source>
        <translation>Einen vorhandenen Cluster ersetzen (nach einer Sicherung).</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Geben Sie genau eine Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>%1 already holds a cluster. Add --replace to replace it (a backup is exported first).</source>
        <translation>%1 enthält bereits einen Cluster. Fügen Sie --replace hinzu, um ihn zu ersetzen (vorher wird eine Sicherung exportiert).</translation>
    </message>
    <message>
        <source>Backed up version %1 to %2.</source>
        <translation>Version %1 nach %2 gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n shard(s)) as version %2.</source>
        <translation>
            <numerusform>%1 (%n Shard) als Version %2 importiert.</numerusform>
            <numerusform>%1 (%n Shards) als Version %2 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ImportPyShardsCommand</name>
    <message>
        <source>Migrate an original pyshards shardconf (an SQLite file or mysql://user@host:port/shardconf) into the config store given with --config. Passwords move to the credential store (--secrets-file or the OS keychain) and are blanked in the source.</source>
        <translation>Eine ursprüngliche pyshards-shardconf (eine SQLite-Datei oder mysql://benutzer@host:port/shardconf) in den mit --config angegebenen Konfigurationsspeicher übernehmen. Passwörter wandern in den Zugangsdatenspeicher (--secrets-file oder den Schlüsselbund des Betriebssystems) und werden in der Quelle geleert.</translation>
    </message>
    <message>
        <source>The pyshards shardconf.</source>
        <translation>Die pyshards-shardconf.</translation>
    </message>
    <message>
        <source>Leave the passwords in the source (they are blanked by default).</source>
        <translation>Die Passwörter in der Quelle belassen (standardmäßig werden sie geleert).</translation>
    </message>
    <message>
        <source>Give the pyshards shardconf to import.</source>
        <translation>Geben Sie die zu importierende pyshards-shardconf an.</translation>
    </message>
    <message>
        <source>%1 already holds a cluster; import into a new config store.</source>
        <translation>%1 enthält bereits einen Cluster; importieren Sie in einen neuen Konfigurationsspeicher.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: the configuration was imported, but the passwords could not be removed from the pyshards shardconf: %1</source>
        <translation>Warnung: Die Konfiguration wurde importiert, aber die Passwörter konnten nicht aus der pyshards-shardconf entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: the passwords of %n shard(s) were left in the pyshards shardconf (they differ from the stored secrets).</source>
        <translation>
            <numerusform>Warnung: Das Passwort von %n Shard wurde in der pyshards-shardconf belassen (es weicht vom gespeicherten Geheimnis ab).</numerusform>
            <numerusform>Warnung: Die Passwörter von %n Shards wurden in der pyshards-shardconf belassen (sie weichen von den gespeicherten Geheimnissen ab).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into %1. Shards: %2, vshards: %3, passwords moved to %4: %5.</source>
        <translation>In %1 importiert. Shards: %2, VShards: %3, Passwörter verschoben nach %4: %5.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::InitCommand</name>
    <message>
        <source>Create a cluster in the config store: N vshards, all unmapped until shards are added and the vshards assigned. N is fixed for the life of the cluster; choose it large (e.g. 1024 or more, at least four per bucket head you will ever have).</source>
        <translation>Einen Cluster im Konfigurationsspeicher anlegen: N VShards, alle nicht zugeordnet, bis Shards hinzugefügt und die VShards zugewiesen sind. N steht für die gesamte Lebensdauer des Clusters fest; wählen Sie es groß (z. B. 1024 oder mehr, mindestens vier pro Bucket-Kopf, den Sie je haben werden).</translation>
    </message>
    <message>
        <source>Number of vshards (default 1024).</source>
        <translation>Anzahl der VShards (Standard 1024).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Cluster name.</source>
        <translation>Name des Clusters.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Column holding the shard key (default userid).</source>
        <translation>Spalte mit dem Shard-Schlüssel (Standard userid).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Lower-case keys before hashing.</source>
        <translation>Schlüssel vor dem Hashen in Kleinbuchstaben umwandeln.</translation>
    </message>
    <message>
        <source>--vshards takes a whole number of at least 1.</source>
        <translation>--vshards erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>Created cluster &quot;%1&quot; with %2 vshards in %3.</source>
        <translation>Cluster „%1“ mit %2 VShards in %3 angelegt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::LoadTestCommand</name>
    <message>
        <source>%1% %2/%3 users, %4 users/s, p50 %5 ms, p99 %6 ms, errors %7, ETA %8 s</source>
        <translation>%1% %2/%3 Benutzer, %4 Benutzer/s, p50 %5 ms, p99 %6 ms, Fehler %7, Restzeit %8 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 users acknowledged, %2 failed, %3 unknown in %4 s: %5 users/s (mode %6, %n thread(s)).</source>
        <translation>
            <numerusform>%1 Benutzer bestätigt, %2 fehlgeschlagen, %3 unbekannt in %4 s: %5 Benutzer/s (Modus %6, %n Thread).</numerusform>
            <numerusform>%1 Benutzer bestätigt, %2 fehlgeschlagen, %3 unbekannt in %4 s: %5 Benutzer/s (Modus %6, %n Threads).</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency: p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms.</source>
        <translation>Latenz: p50 %1 ms, p95 %2 ms, p99 %3 ms, max. %4 ms.</translation>
    </message>
    <message>
        <source>  %1: %2 acknowledged, %3 failed, %4 unknown</source>
        <translation>  %1: %2 bestätigt, %3 fehlgeschlagen, %4 unbekannt</translation>
    </message>
    <message>
        <source> (last error: %1)</source>
        <translation> (letzter Fehler: %1)</translation>
    </message>
    <message>
        <source>Insert generated users with their comments into the configured cluster and measure it. User i is a pure function of the seed and i, so verify needs only --users and --seed. Outcomes are acknowledged, failed, or unknown (the connection was lost after the statement was sent). Exit code 2 when any insert was not acknowledged.</source>
        <translation>Generierte Benutzer mit ihren Kommentaren in den konfigurierten Cluster einfügen und ihn dabei messen. Benutzer i ist eine reine Funktion von Seed und i, daher braucht verify nur --users und --seed. Ergebnisse sind bestätigt, fehlgeschlagen oder unbekannt (die Verbindung ging verloren, nachdem die Anweisung gesendet wurde). Exit-Code 2, wenn eine Einfügung nicht bestätigt wurde.</translation>
    </message>
    <message>
        <source>The cluster has no shards: run sharddesk-cli provision first.</source>
        <translation>Der Cluster hat keine Shards: Führen Sie zuerst sharddesk-cli provision aus.</translation>
    </message>
    <message>
        <source>Users to insert (default 10000, at most 10000000).</source>
        <translation>Einzufügende Benutzer (Standard 10000, höchstens 10000000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Worker threads (default 4).</source>
        <translation>Worker-Threads (Standard 4).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>autocommit, txn or batch (default autocommit).</source>
        <translation>autocommit, txn oder batch (Standard autocommit).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Users per multi-row INSERT in batch mode (default 100).</source>
        <translation>Benutzer pro mehrzeiligem INSERT im Modus batch (Standard 100).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Comments per user (default 1).</source>
        <translation>Kommentare pro Benutzer (Standard 1).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Seed of the generated users (default 1).</source>
        <translation>Seed der generierten Benutzer (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>At most this many users per second (default: no limit).</source>
        <translation>Höchstens so viele Benutzer pro Sekunde (Standard: keine Begrenzung).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Nach so vielen Sekunden anhalten.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Save loadtest.json, loadtest.csv and loadtest.html here.</source>
        <translation>loadtest.json, loadtest.csv und loadtest.html hier speichern.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--users, --threads, --batch, --comments, --seed and --duration take whole numbers, --rate a number.</source>
        <translation>--users, --threads, --batch, --comments, --seed und --duration erwarten ganze Zahlen, --rate eine Zahl.</translation>
    </message>
    <message>
        <source>--mode is autocommit, txn or batch.</source>
        <translation>--mode ist autocommit, txn oder batch.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::MonitorCommand</name>
    <message>
        <source>Poll every server of the cluster: memory, InnoDB buffer pool, connections, queries and inserts per second, uptime, version and the size of each shard database. --once prints one sample per server; otherwise samples are printed every --interval seconds until Ctrl+C or --count ticks.</source>
        <translation>Jeden Server des Clusters abfragen: Speicher, InnoDB-Pufferpool, Verbindungen, Abfragen und Einfügungen pro Sekunde, Laufzeit, Version und die Größe jeder Shard-Datenbank. --once gibt eine Messung pro Server aus; sonst werden alle --interval Sekunden Messungen ausgegeben, bis Strg+C gedrückt wird oder --count Durchläufe erreicht sind.</translation>
    </message>
    <message>
        <source>Poll every server once, print the samples and exit (exit code 2 when a server is unreachable).</source>
        <translation>Jeden Server einmal abfragen, die Messungen ausgeben und beenden (Exit-Code 2, wenn ein Server nicht erreichbar ist).</translation>
    </message>
    <message>
        <source>Seconds between polls (default 1).</source>
        <translation>Sekunden zwischen den Abfragen (Standard 1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Stop after this many polls (default: run until interrupted).</source>
        <translation>Nach so vielen Abfragen anhalten (Standard: bis zur Unterbrechung laufen).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Connect and read timeout per server in seconds (default 2).</source>
        <translation>Zeitlimit für Verbinden und Lesen pro Server in Sekunden (Standard 2).</translation>
    </message>
    <message>
        <source>--interval takes seconds between 0.1 and 3600.</source>
        <translation>--interval erwartet Sekunden zwischen 0,1 und 3600.</translation>
    </message>
    <message>
        <source>--timeout takes whole seconds between 1 and 600.</source>
        <translation>--timeout erwartet ganze Sekunden zwischen 1 und 600.</translation>
    </message>
    <message>
        <source>--count takes a positive number of polls.</source>
        <translation>--count erwartet eine positive Anzahl von Abfragen.</translation>
    </message>
    <message>
        <source>The cluster has no shards, so there is no server to monitor.</source>
        <translation>Der Cluster hat keine Shards, daher gibt es keinen Server zu überwachen.</translation>
    </message>
    <message>
        <source>%1	unreachable	%2</source>
        <translation>%1	nicht erreichbar	%2</translation>
    </message>
    <message>
        <source>%1=%2 MB</source>
        <translation>%1=%2 MB</translation>
    </message>
    <message>
        <source>%1	up	%2	uptime %3 s	memory %4 MB	buffer pool %5 of %6 MB	host RAM %7 MB	%8 connections	%9 queries/s	%10 inserts/s	%11</source>
        <translation>%1	erreichbar	%2	Laufzeit %3 s	Speicher %4 MB	Pufferpool %5 von %6 MB	Host-RAM %7 MB	%8 Verbindungen	%9 Abfragen/s	%10 Einfügungen/s	%11</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::MoveCommand</name>
    <message numerus="yes">
        <source>Moved %n vshard(s): %1 row(s) copied and %2 deleted from the source in %3 s.</source>
        <translation>
            <numerusform>%n VShard verschoben: %1 Zeile(n) kopiert und %2 aus der Quelle gelöscht in %3 s.</numerusform>
            <numerusform>%n VShards verschoben: %1 Zeile(n) kopiert und %2 aus der Quelle gelöscht in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vshards with their rows to another bucket, online: copy, freeze, drain, verify, switch the map, delete the source rows; every step journaled in the config store (docs/REBALANCING.md).
  move --vshards 17,18,40-63 --to HEAD_ID [--throttle ROWS_PER_S]
  move --resume     (finish a move that was interrupted)
  move --abort      (roll an interrupted move back: vshards not yet switched stay where they were)</source>
        <translation>VShards mit ihren Zeilen online in einen anderen Bucket verschieben: kopieren, einfrieren, offene Transaktionen abwarten, prüfen, Zuordnung umschalten, Quellzeilen löschen; jeder Schritt wird im Konfigurationsspeicher protokolliert (docs/REBALANCING.md).
  move --vshards 17,18,40-63 --to KOPF_ID [--throttle ZEILEN_PRO_S]
  move --resume     (eine unterbrochene Verschiebung abschließen)
  move --abort      (eine unterbrochene Verschiebung zurückrollen: noch nicht umgeschaltete VShards bleiben, wo sie waren)</translation>
    </message>
    <message>
        <source>The vshards to move, as ids and ranges: 17,18,40-63.</source>
        <translation>Die zu verschiebenden VShards, als IDs und Bereiche: 17,18,40-63.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The bucket head to move them to.</source>
        <translation>Der Bucket-Kopf, zu dem sie verschoben werden.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Copy at most this many rows per second (default: no limit).</source>
        <translation>Höchstens so viele Zeilen pro Sekunde kopieren (Standard: keine Begrenzung).</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Only finish an interrupted move.</source>
        <translation>Nur eine unterbrochene Verschiebung abschließen.</translation>
    </message>
    <message>
        <source>Roll an interrupted move back instead of finishing it.</source>
        <translation>Eine unterbrochene Verschiebung zurückrollen, statt sie abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n vshard(s) to move.</source>
        <translation>
            <numerusform>Plan: %n VShard zu verschieben.</numerusform>
            <numerusform>Plan: %n VShards zu verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>  bucket %1 (%2): %3 -&gt; %4 vshards, %5 -&gt; %6 MB of %7 MB%8</source>
        <translation>  Bucket %1 (%2): %3 -&gt; %4 VShards, %5 -&gt; %6 MB von %7 MB%8</translation>
    </message>
    <message>
        <source> (over capacity)</source>
        <translation> (über der Kapazität)</translation>
    </message>
    <message>
        <source>vshard %1: %2</source>
        <translation>VShard %1: %2</translation>
    </message>
    <message>
        <source>Finishing an interrupted move first.</source>
        <translation>Zuerst wird eine unterbrochene Verschiebung abgeschlossen.</translation>
    </message>
    <message>
        <source>Give exactly one of --vshards, --resume and --abort.</source>
        <translation>Geben Sie genau eine der Optionen --vshards, --resume und --abort an.</translation>
    </message>
    <message>
        <source>--throttle takes a number of rows per second.</source>
        <translation>--throttle erwartet eine Anzahl Zeilen pro Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back %n vshard(s); %1 row(s) deleted from the targets.</source>
        <translation>
            <numerusform>%n VShard zurückgerollt; %1 Zeile(n) aus den Zielen gelöscht.</numerusform>
            <numerusform>%n VShards zurückgerollt; %1 Zeile(n) aus den Zielen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vshards in batches of about this many rows: each batch is frozen, verified and switched at once (default: %1).</source>
        <translation>VShards in Stapeln von etwa so vielen Zeilen verschieben: jeder Stapel wird auf einmal eingefroren, geprüft und umgeschaltet (Standard: %1).</translation>
    </message>
    <message>
        <source>--batch-rows takes a number of rows, at least 1.</source>
        <translation>--batch-rows erwartet eine Anzahl Zeilen, mindestens 1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ProvisionCommand</name>
    <message>
        <source>Create a test cluster on the servers of a host list: shard databases with the load test&apos;s schema on every server in parallel, then the topology (shards, buckets, vshards) in the config store. An existing configuration is exported to a backup file first. Databases that exist are refused unless --drop-existing is given. On failure, what was created is rolled back.</source>
        <translation>Einen Testcluster auf den Servern einer Hostliste anlegen: Shard-Datenbanken mit dem Schema des Lasttests auf allen Servern parallel, dann die Topologie (Shards, Buckets, VShards) im Konfigurationsspeicher. Eine vorhandene Konfiguration wird zuerst in eine Sicherungsdatei exportiert. Vorhandene Datenbanken werden abgelehnt, außer --drop-existing ist angegeben. Bei einem Fehler wird das Angelegte zurückgerollt.</translation>
    </message>
    <message>
        <source>The host list: one server per line (host, host:port, [v6]:port), # comments.</source>
        <translation>Die Hostliste: ein Server pro Zeile (host, host:port, [v6]:port), #-Kommentare.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The login for every server and shard.</source>
        <translation>Die Anmeldung für jeden Server und Shard.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Shard databases per server (default 4).</source>
        <translation>Shard-Datenbanken pro Server (Standard 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of vshards (default 1024).</source>
        <translation>Anzahl der VShards (Standard 1024).</translation>
    </message>
    <message>
        <source>Chain each server&apos;s shards into one bucket (head and overflow shards) instead of making every shard a bucket head.</source>
        <translation>Die Shards jedes Servers zu einem Bucket verketten (Kopf- und Überlauf-Shards), statt jeden Shard zu einem Bucket-Kopf zu machen.</translation>
    </message>
    <message>
        <source>Database names; %1 is the shard number (default shard_%1).</source>
        <translation>Datenbanknamen; %1 ist die Shard-Nummer (Standard shard_%1).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Capacity per shard in MB (default 1024).</source>
        <translation>Kapazität pro Shard in MB (Standard 1024).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Cluster name.</source>
        <translation>Name des Clusters.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Drop planned databases that exist and create them anew.</source>
        <translation>Geplante Datenbanken, die bereits existieren, löschen und neu anlegen.</translation>
    </message>
    <message>
        <source>Print every statement per server; change nothing.</source>
        <translation>Jede Anweisung pro Server ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>Where the backup of an existing configuration goes (default: next to an SQLite store, else the current folder).</source>
        <translation>Wohin die Sicherung einer vorhandenen Konfiguration geht (Standard: neben einen SQLite-Speicher, sonst in den aktuellen Ordner).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Give --hosts FILE and --user USER.</source>
        <translation>Geben Sie --hosts DATEI und --user BENUTZER an.</translation>
    </message>
    <message>
        <source>Could not read the host list %1: %2</source>
        <translation>Die Hostliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--shards-per-server and --vshards take whole numbers, --capacity-mb a number.</source>
        <translation>--shards-per-server und --vshards erwarten ganze Zahlen, --capacity-mb eine Zahl.</translation>
    </message>
    <message>
        <source>%1 on the servers</source>
        <translation>%1 auf den Servern</translation>
    </message>
    <message>
        <source>%1: created.</source>
        <translation>%1: angelegt.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Rolled back: dropped %1.</source>
        <translation>Zurückgerollt: %1 gelöscht.</translation>
    </message>
    <message>
        <source>Rolling back failed; these may remain: %1.</source>
        <translation>Das Zurückrollen ist fehlgeschlagen; diese könnten übrig sein: %1.</translation>
    </message>
    <message>
        <source>The previous configuration was saved to %1.</source>
        <translation>Die vorherige Konfiguration wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Created %1 shards on %2 servers with %3 vshards in %4.</source>
        <translation>%1 Shards auf %2 Servern mit %3 VShards in %4 angelegt.</translation>
    </message>
    <message>
        <source>--app-password-env needs --app-user.</source>
        <translation>--app-password-env erfordert --app-user.</translation>
    </message>
    <message>
        <source>--app-user needs its password in the environment variable named by --app-password-env.</source>
        <translation>--app-user erfordert sein Passwort in der Umgebungsvariablen, die --app-password-env nennt.</translation>
    </message>
    <message>
        <source>The application user&apos;s password in %1 is empty.</source>
        <translation>Das Passwort des Anwendungsbenutzers in %1 ist leer.</translation>
    </message>
    <message>
        <source>The application user&apos;s password was not stored (%1); give it with --password-env to the commands that use the cluster.</source>
        <translation>Das Passwort des Anwendungsbenutzers wurde nicht gespeichert (%1); geben Sie es den Befehlen, die den Cluster nutzen, mit --password-env an.</translation>
    </message>
    <message>
        <source>Create this application user on every server with only the privileges the shards need (rows of the shard databases), and let the shards log in as it.</source>
        <translation>Diesen Anwendungsbenutzer auf jedem Server nur mit den Rechten anlegen, die die Shards brauchen (Zeilen der Shard-Datenbanken), und die Shards sich als dieser Benutzer anmelden lassen.</translation>
    </message>
    <message>
        <source>Read the application user&apos;s password from environment variable &lt;name&gt;.</source>
        <translation>Das Passwort des Anwendungsbenutzers aus der Umgebungsvariablen &lt;name&gt; lesen.</translation>
    </message>
    <message>
        <source>The client host part of the application user&apos;s account (default %, any host).</source>
        <translation>Der Client-Host-Teil des Kontos des Anwendungsbenutzers (Standard %, jeder Host).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::RebalanceCommand</name>
    <message>
        <source>Move vshards by a rule, with their rows, online (as move does):
  rebalance --split HEAD --into NEW_HEAD   (half of HEAD&apos;s vshards to the new bucket)
  rebalance --largest K --from HEAD        (HEAD&apos;s K largest vshards to the smallest buckets)
  rebalance --even                         (even the buckets out by size)
Add --dry-run to see the sizes before and after against capacity without moving anything.</source>
        <translation>VShards nach einer Regel mit ihren Zeilen online verschieben (wie move):
  rebalance --split KOPF --into NEUER_KOPF   (die Hälfte der VShards von KOPF in den neuen Bucket)
  rebalance --largest K --from KOPF          (die K größten VShards von KOPF in die kleinsten Buckets)
  rebalance --even                           (die Buckets nach Größe ausgleichen)
Mit --dry-run sehen Sie die Größen vorher und nachher im Vergleich zur Kapazität, ohne etwas zu verschieben.</translation>
    </message>
    <message>
        <source>The bucket head to split.</source>
        <translation>Der aufzuteilende Bucket-Kopf.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The (new, empty) bucket head that takes half of it.</source>
        <translation>Der (neue, leere) Bucket-Kopf, der die Hälfte übernimmt.</translation>
    </message>
    <message>
        <source>Even the buckets out by size.</source>
        <translation>Die Buckets nach Größe ausgleichen.</translation>
    </message>
    <message>
        <source>Move this many of the largest vshards off --from.</source>
        <translation>So viele der größten VShards von --from wegverschieben.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The bucket head --largest takes vshards off.</source>
        <translation>Der Bucket-Kopf, von dem --largest VShards wegnimmt.</translation>
    </message>
    <message>
        <source>Only show the plan.</source>
        <translation>Nur den Plan anzeigen.</translation>
    </message>
    <message>
        <source>Give exactly one of --split, --largest and --even.</source>
        <translation>Geben Sie genau eine der Optionen --split, --largest und --even an.</translation>
    </message>
    <message>
        <source>--split needs --into, the bucket head that takes half of the vshards.</source>
        <translation>--split benötigt --into, den Bucket-Kopf, der die Hälfte der VShards übernimmt.</translation>
    </message>
    <message>
        <source>--largest needs --from, the bucket head to take the vshards off.</source>
        <translation>--largest benötigt --from, den Bucket-Kopf, von dem die VShards genommen werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::RouteCommand</name>
    <message>
        <source>Show where keys go: CRC32 of the key&apos;s UTF-8 bytes, vshard (CRC32 mod N), bucket head, and the shard a write would go to now (full flags considered).</source>
        <translation>Zeigen, wohin Schlüssel gehen: CRC32 der UTF-8-Bytes des Schlüssels, VShard (CRC32 mod N), Bucket-Kopf und der Shard, in den ein Schreibzugriff jetzt ginge (unter Berücksichtigung der Voll-Markierungen).</translation>
    </message>
    <message>
        <source>The keys, e.g. e-mail addresses.</source>
        <translation>Die Schlüssel, z. B. E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>Give at least one key.</source>
        <translation>Geben Sie mindestens einen Schlüssel an.</translation>
    </message>
    <message>
        <source>(unmapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1	crc32=%2	vshard=%3	head=%4	shard=%5	%6</source>
        <translation>%1	crc32=%2	vshard=%3	head=%4	shard=%5	%6</translation>
    </message>
    <message>
        <source>	(bucket full)</source>
        <translation>	(Bucket voll)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ShardCommand</name>
    <message>
        <source>id	parent	server/database	user	capacity MB	current MB	full</source>
        <translation>ID	Übergeordnet	Server/Datenbank	Benutzer	Kapazität MB	Aktuell MB	Voll</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Give the port either in --host or with --port, not both.</source>
        <translation>Geben Sie den Port entweder in --host oder mit --port an, nicht beides.</translation>
    </message>
    <message>
        <source>Manage physical shards.
  shard list
  shard add --host HOST[:PORT] --database DB --user USER [--capacity-mb MB] [--parent ID]
  shard remove ID   (refused while vshards or overflow shards depend on it)</source>
        <translation>Physische Shards verwalten.
  shard list
  shard add --host HOST[:PORT] --database DB --user BENUTZER [--capacity-mb MB] [--parent ID]
  shard remove ID   (abgelehnt, solange VShards oder Überlauf-Shards davon abhängen)</translation>
    </message>
    <message>
        <source>list, add or remove.</source>
        <translation>list, add oder remove.</translation>
    </message>
    <message>
        <source>Server: host, host:port or [IPv6]:port.</source>
        <translation>Server: host, host:port oder [IPv6]:port.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port (default 3306).</source>
        <translation>Port (Standard 3306).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation>Datenbankname.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login user.</source>
        <translation>Anmeldebenutzer.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Capacity in MB (default 1024).</source>
        <translation>Kapazität in MB (Standard 1024).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Make it an overflow shard of shard &lt;id&gt;.</source>
        <translation>Zu einem Überlauf-Shard von Shard &lt;ID&gt; machen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>shard takes list, add or remove.</source>
        <translation>shard erwartet list, add oder remove.</translation>
    </message>
    <message>
        <source>shard add needs --%1.</source>
        <translation>shard add benötigt --%1.</translation>
    </message>
    <message>
        <source>shard remove needs the id of an existing shard.</source>
        <translation>shard remove benötigt die ID eines vorhandenen Shards.</translation>
    </message>
    <message numerus="yes">
        <source>Shard %1 still has %n vshard(s) mapped to it; assign them to another shard first (sharddesk-cli vshards assign ... --to ID).</source>
        <translation>
            <numerusform>Shard %1 ist noch %n VShard zugeordnet; weisen Sie diesen zuerst einem anderen Shard zu (sharddesk-cli vshards assign ... --to ID).</numerusform>
            <numerusform>Shard %1 sind noch %n VShards zugeordnet; weisen Sie diese zuerst einem anderen Shard zu (sharddesk-cli vshards assign ... --to ID).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::VShardsCommand</name>
    <message>
        <source>(unmapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>list, assign or spread.</source>
        <translation>list, assign oder spread.</translation>
    </message>
    <message>
        <source>list: only the vshards of this head.</source>
        <translation>list: nur die VShards dieses Kopfes.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>assign: the bucket head to map the vshards to.</source>
        <translation>assign: der Bucket-Kopf, dem die VShards zugeordnet werden.</translation>
    </message>
    <message>
        <source>Reassign vshards that are already mapped (their rows stay where they are).</source>
        <translation>VShards neu zuweisen, die bereits zugeordnet sind (ihre Zeilen bleiben, wo sie sind).</translation>
    </message>
    <message>
        <source>vshards takes list, assign or spread.</source>
        <translation>vshards erwartet list, assign oder spread.</translation>
    </message>
    <message>
        <source>There are no bucket heads to spread the vshards over.</source>
        <translation>Es gibt keine Bucket-Köpfe, über die die VShards verteilt werden könnten.</translation>
    </message>
    <message>
        <source>--to must name a bucket head shard.</source>
        <translation>--to muss einen Bucket-Kopf-Shard angeben.</translation>
    </message>
    <message>
        <source>This reassigns %1 vshards that are already mapped: their keys would route to other shards while any rows they hold stay where they are. To move rows with their vshards use `sharddesk-cli move`; to change only the map, add --force.</source>
        <translation>Dies weist %1 VShards neu zu, die bereits zugeordnet sind: Ihre Schlüssel würden zu anderen Shards geleitet, während die Zeilen, die sie enthalten, bleiben, wo sie sind. Um Zeilen mit ihren VShards zu verschieben, verwenden Sie `sharddesk-cli move`; um nur die Zuordnung zu ändern, fügen Sie --force hinzu.</translation>
    </message>
    <message>
        <source>Show or change the vshard map (this changes only the map: rows are not moved).
  vshards list [--shard ID] [--sizes]
  vshards assign 17,18,40-63 --to HEAD_ID
  vshards spread      (all vshards over all bucket heads, in equal contiguous blocks)</source>
        <translation>Die VShard-Zuordnung anzeigen oder ändern (dies ändert nur die Zuordnung: Zeilen werden nicht verschoben).
  vshards list [--shard ID] [--sizes]
  vshards assign 17,18,40-63 --to KOPF_ID
  vshards spread      (alle VShards in gleich großen zusammenhängenden Blöcken über alle Bucket-Köpfe verteilen)</translation>
    </message>
    <message>
        <source>list: one line per vshard with its rows and megabytes, measured on the servers (vshard, head, rows, MB, shard).</source>
        <translation>list: eine Zeile je VShard mit ihren Zeilen und Megabytes, auf den Servern gemessen (VShard, Kopf, Zeilen, MB, Shard).</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ValidateCommand</name>
    <message>
        <source>Check the stored topology and list every problem. Exit code 2 when there is any.</source>
        <translation>Die gespeicherte Topologie prüfen und jedes Problem auflisten. Exit-Code 2, wenn es eines gibt.</translation>
    </message>
    <message numerus="yes">
        <source>The topology is valid: %n shard(s), </source>
        <translation>
            <numerusform>Die Topologie ist gültig: %n Shard, </numerusform>
            <numerusform>Die Topologie ist gültig: %n Shards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s).</source>
        <translation>
            <numerusform>%n VShard.</numerusform>
            <numerusform>%n VShards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::VerifyCommand</name>
    <message>
        <source>Check what a load test left in the cluster, from --users and --seed alone: the users found (at least the acknowledged inserts, at most acknowledged + unknown, no key twice), a sample read back by key and joined with its comments, scatter-gather, the &quot;elephant&quot; FULLTEXT count, and that every row is in the vshard and bucket its key routes to. Only reads. Exit code 2 on any problem.</source>
        <translation>Prüfen, was ein Lasttest im Cluster hinterlassen hat, allein anhand von --users und --seed: die gefundenen Benutzer (mindestens die bestätigten Einfügungen, höchstens bestätigte + unbekannte, kein Schlüssel doppelt), eine Stichprobe, per Schlüssel zurückgelesen und mit ihren Kommentaren verknüpft, Scatter-Gather, die FULLTEXT-Zählung von „elephant“ und dass jede Zeile in der VShard und dem Bucket liegt, wohin ihr Schlüssel geleitet wird. Liest nur. Exit-Code 2 bei jedem Problem.</translation>
    </message>
    <message>
        <source>Users the load test generated (default 10000).</source>
        <translation>Benutzer, die der Lasttest generiert hat (Standard 10000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The load test&apos;s seed (default 1).</source>
        <translation>Der Seed des Lasttests (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Keys to read back (default 1000).</source>
        <translation>Zurückzulesende Schlüssel (Standard 1000).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Comments per user (default 1).</source>
        <translation>Kommentare pro Benutzer (Standard 1).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Inserts the load test reported acknowledged (default: all users).</source>
        <translation>Einfügungen, die der Lasttest als bestätigt gemeldet hat (Standard: alle Benutzer).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Inserts the load test reported unknown (default 0).</source>
        <translation>Einfügungen, die der Lasttest als unbekannt gemeldet hat (Standard 0).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>--users, --seed, --sample, --comments, --acknowledged and --unknown take whole numbers; --users at least 1.</source>
        <translation>--users, --seed, --sample, --comments, --acknowledged und --unknown erwarten ganze Zahlen; --users mindestens 1.</translation>
    </message>
    <message>
        <source>%1 users found (%2 duplicate keys), %3 comments, %4 &quot;elephant&quot; keywords; %5 of %6 sampled keys missing, %7 different; %8 rows outside their vshard or bucket; checked in %9 s.</source>
        <translation>%1 Benutzer gefunden (%2 doppelte Schlüssel), %3 Kommentare, %4 „elephant“-Schlüsselwörter; %5 von %6 Stichprobenschlüsseln fehlen, %7 abweichend; %8 Zeilen außerhalb ihrer VShard oder ihres Buckets; geprüft in %9 s.</translation>
    </message>
    <message>
        <source>Everything checked out.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClientHandle</name>
    <message>
        <source>%1 The connection is not an open MySQL connection.</source>
        <translation>%1 Die Verbindung ist keine offene MySQL-Verbindung.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterGrid</name>
    <message>
        <source>Cluster grid</source>
        <translation>Cluster-Raster</translation>
    </message>
    <message>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>Shard %1: %2 on %3
%4 of %5 MB (%6 %)</source>
        <translation>Shard %1: %2 auf %3
%4 von %5 MB (%6 %)</translation>
    </message>
    <message>
        <source>Shard %1: %2 on %3
The server does not answer: %4</source>
        <translation>Shard %1: %2 auf %3
Der Server antwortet nicht: %4</translation>
    </message>
    <message>
        <source>Shard %1: %2 on %3
Not asked: %4 Use Edit → Set Password… to set it.</source>
        <translation>Shard %1: %2 auf %3
Nicht abgefragt: %4 Legen Sie es mit Bearbeiten → Passwort festlegen… fest.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterPlan</name>
    <message>
        <source>The cluster name</source>
        <translation>Der Clustername</translation>
    </message>
    <message>
        <source>The plan has no server.</source>
        <translation>Der Plan enthält keinen Server.</translation>
    </message>
    <message>
        <source>Shards per server must be from 1 to %1; %2 was given.</source>
        <translation>Shards pro Server müssen zwischen 1 und %1 liegen; angegeben wurde %2.</translation>
    </message>
    <message>
        <source>The database name pattern &quot;%1&quot; must contain %2 where the shard number goes.</source>
        <translation>Das Muster für Datenbanknamen „%1“ muss %2 an der Stelle der Shard-Nummer enthalten.</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Der Datenbankname</translation>
    </message>
    <message>
        <source>The key column</source>
        <translation>Die Schlüsselspalte</translation>
    </message>
    <message>
        <source>The capacity per shard must be more than 0 MB.</source>
        <translation>Die Kapazität pro Shard muss größer als 0 MB sein.</translation>
    </message>
    <message>
        <source>The vshard count must be from %1 (4 per bucket head) to %2; %3 was given.</source>
        <translation>Die Anzahl der VShards muss zwischen %1 (4 pro Bucket-Kopf) und %2 liegen; angegeben wurde %3.</translation>
    </message>
    <message>
        <source>Give the user the shards log in as.</source>
        <translation>Geben Sie den Benutzer an, mit dem sich die Shards anmelden.</translation>
    </message>
    <message>
        <source>The schema has no statement.</source>
        <translation>Das Schema enthält keine Anweisung.</translation>
    </message>
    <message>
        <source>%1 vshards is not a power of two; a power of two (such as 1024) splits evenly when buckets are added later.</source>
        <translation>%1 VShards ist keine Zweierpotenz; eine Zweierpotenz (etwa 1024) lässt sich gleichmäßig aufteilen, wenn später Buckets hinzukommen.</translation>
    </message>
    <message>
        <source>The application user &quot;%1&quot; must be 1 to 32 letters, digits or underscores.</source>
        <translation>Der Anwendungsbenutzer „%1“ muss aus 1 bis 32 Buchstaben, Ziffern oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>The application user&apos;s host &quot;%1&quot; must be a host name, an address or a pattern with %2 (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;:&apos;, &apos;_&apos; and &apos;%2&apos; only).</source>
        <translation>Der Host „%1“ des Anwendungsbenutzers muss ein Hostname, eine Adresse oder ein Muster mit %2 sein (nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;:&apos;, &apos;_&apos; und &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>The application user must differ from the login that creates the cluster.</source>
        <translation>Der Anwendungsbenutzer muss sich von der Anmeldung unterscheiden, die den Cluster anlegt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterTools</name>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Could not save the shards&apos; sizes: %1</source>
        <translation>Die Größen der Shards konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Monitor Servers</source>
        <translation>&amp;Server überwachen</translation>
    </message>
    <message>
        <source>New &amp;Test Cluster…</source>
        <translation>Neuer &amp;Testcluster…</translation>
    </message>
    <message>
        <source>&amp;Load Test…</source>
        <translation>&amp;Lasttest…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Load Test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Apply recommended capacities</source>
        <translation>Empfohlene Kapazitäten übernehmen</translation>
    </message>
    <message>
        <source>Set capacity of shard %1</source>
        <translation>Kapazität von Shard %1 festlegen</translation>
    </message>
    <message>
        <source>Recommended capacities set; Apply saves them.</source>
        <translation>Empfohlene Kapazitäten gesetzt; „Übernehmen“ speichert sie.</translation>
    </message>
    <message>
        <source>&amp;Move VShards…</source>
        <translation>VShards &amp;verschieben…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Monitoring off</source>
        <translation>Überwachung aus</translation>
    </message>
    <message>
        <source>Monitoring: waiting for the first answers…</source>
        <translation>Überwachung: Warten auf die ersten Antworten…</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s)</source>
        <translation>
            <numerusform>Überwachung von %n Server</numerusform>
            <numerusform>Überwachung von %n Servern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s), none reachable</source>
        <translation>
            <numerusform>Überwachung von %n Server, keiner erreichbar</numerusform>
            <numerusform>Überwachung von %n Servern, keiner erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %n unreachable</source>
        <translation>
            <numerusform>Überwachung von %1 Servern, %n nicht erreichbar</numerusform>
            <numerusform>Überwachung von %1 Servern, %n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Move VShards</source>
        <translation>VShards verschieben</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>VShards were moved: the stored map changed. Apply or revert your edits, then reload (F5) to see it.</source>
        <translation>VShards wurden verschoben: Die gespeicherte Zuordnung hat sich geändert. Übernehmen Sie Ihre Änderungen oder setzen Sie sie zurück und laden Sie dann neu (F5), um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s), no password set for any (Edit → Set Password…)</source>
        <translation>
            <numerusform>Überwachung von %n Server, für keinen ist ein Passwort festgelegt (Bearbeiten → Passwort festlegen…)</numerusform>
            <numerusform>Überwachung von %n Servern, für keinen ist ein Passwort festgelegt (Bearbeiten → Passwort festlegen…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %2 unreachable, %n without a password</source>
        <translation>
            <numerusform>Überwachung von %1 Servern, %2 nicht erreichbar, %n ohne Passwort</numerusform>
            <numerusform>Überwachung von %1 Servern, %2 nicht erreichbar, %n ohne Passwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %n without a password</source>
        <translation>
            <numerusform>Überwachung von %1 Servern, %n ohne Passwort</numerusform>
            <numerusform>Überwachung von %1 Servern, %n ohne Passwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterWizard</name>
    <message>
        <source>Create a test cluster</source>
        <translation>Einen Testcluster anlegen</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigBackup</name>
    <message>
        <source>Could not write the backup %1: %2; nothing was replaced.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2; es wurde nichts ersetzt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigDatabase</name>
    <message>
        <source>“%1” is a folder, not a config store file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei eines Konfigurationsspeichers.</translation>
    </message>
    <message>
        <source>There is no config store at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Konfigurationsspeicher.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for the config store.</source>
        <translation>Der Ordner „%1“ für den Konfigurationsspeicher konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the config store “%1”.</source>
        <translation>Der Konfigurationsspeicher „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the config store %1.</source>
        <translation>Der Konfigurationsspeicher %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not prepare the connection to the config store %1.</source>
        <translation>Die Verbindung zum Konfigurationsspeicher %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>config store database</source>
        <translation>Datenbank des Konfigurationsspeichers</translation>
    </message>
    <message>
        <source>Could not create the database %1 for the config store.</source>
        <translation>Die Datenbank %1 für den Konfigurationsspeicher konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not look for the database %1 of the config store.</source>
        <translation>Die Datenbank %1 des Konfigurationsspeichers konnte nicht gesucht werden.</translation>
    </message>
    <message>
        <source>There is no database %1 on %2.</source>
        <translation>Auf %2 gibt es keine Datenbank %1.</translation>
    </message>
    <message>
        <source>Could not use the database %1 of the config store.</source>
        <translation>Die Datenbank %1 des Konfigurationsspeichers konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigImporter</name>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigLocation</name>
    <message>
        <source>“%1” names no user: write mysql://user@host:port/database.</source>
        <translation>„%1“ nennt keinen Benutzer: Schreiben Sie mysql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>A config store URL must not contain a password: passwords never go on a command line or into a URL. Write mysql://user@host/database; ShardDesk asks for the password and keeps it in the credential store.</source>
        <translation>Eine URL des Konfigurationsspeichers darf kein Passwort enthalten: Passwörter gehören nie auf eine Befehlszeile oder in eine URL. Schreiben Sie mysql://benutzer@host/datenbank; ShardDesk fragt nach dem Passwort und bewahrt es im Zugangsdatenspeicher auf.</translation>
    </message>
    <message>
        <source>“%1” does not name a valid server: %2</source>
        <translation>„%1“ nennt keinen gültigen Server: %2</translation>
    </message>
    <message>
        <source>“%1” does not name a valid database: write mysql://user@host:port/database with a database name of at most 64 characters.</source>
        <translation>„%1“ nennt keine gültige Datenbank: Schreiben Sie mysql://benutzer@host:port/datenbank mit einem Datenbanknamen von höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>No config store was given: name an SQLite file or a mysql://user@host/database URL.</source>
        <translation>Es wurde kein Konfigurationsspeicher angegeben: Nennen Sie eine SQLite-Datei oder eine URL mysql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>“%1” is not a config store: use a file name or a mysql://user@host/database URL.</source>
        <translation>„%1“ ist kein Konfigurationsspeicher: Verwenden Sie einen Dateinamen oder eine URL mysql://benutzer@host/datenbank.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigReader</name>
    <message>
        <source>Could not read the version of the config store.</source>
        <translation>Die Version des Konfigurationsspeichers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the cluster settings from the config store.</source>
        <translation>Die Cluster-Einstellungen konnten nicht aus dem Konfigurationsspeicher gelesen werden.</translation>
    </message>
    <message>
        <source>This config store holds no cluster yet: initialize one or import a configuration.</source>
        <translation>Dieser Konfigurationsspeicher enthält noch keinen Cluster: Initialisieren Sie einen oder importieren Sie eine Konfiguration.</translation>
    </message>
    <message>
        <source>the key normalization “%1” is unknown.</source>
        <translation>die Schlüsselnormalisierung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>the number of vshards is %1.</source>
        <translation>die Anzahl der VShards ist %1.</translation>
    </message>
    <message>
        <source>Could not read the shards from the config store.</source>
        <translation>Die Shards konnten nicht aus dem Konfigurationsspeicher gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the vshard map from the config store.</source>
        <translation>Die VShard-Zuordnung konnte nicht aus dem Konfigurationsspeicher gelesen werden.</translation>
    </message>
    <message>
        <source>the vshard map does not cover vshards 0–%1 exactly once (near vshard %2).</source>
        <translation>die VShard-Zuordnung deckt die VShards 0–%1 nicht genau einmal ab (nahe VShard %2).</translation>
    </message>
    <message>
        <source>the vshard map ends at vshard %1 but the cluster has %2 vshards.</source>
        <translation>die VShard-Zuordnung endet bei VShard %1, aber der Cluster hat %2 VShards.</translation>
    </message>
    <message>
        <source>The config store is damaged: %1 Restore it from a backup or export.</source>
        <translation>Der Konfigurationsspeicher ist beschädigt: %1 Stellen Sie ihn aus einer Sicherung oder einem Export wieder her.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigSchema</name>
    <message>
        <source>Could not create the tables of the config store.</source>
        <translation>Die Tabellen des Konfigurationsspeichers konnten nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the move journal of the config store.</source>
        <translation>Das Verschiebejournal des Konfigurationsspeichers konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read the schema version of the config store.</source>
        <translation>Die Schemaversion des Konfigurationsspeichers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not record the new schema version.</source>
        <translation>Die neue Schemaversion konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The config store&apos;s tables can only be created in an empty database.</source>
        <translation>Die Tabellen des Konfigurationsspeichers können nur in einer leeren Datenbank angelegt werden.</translation>
    </message>
    <message>
        <source>This config store was written by a newer ShardDesk (schema %1); this version understands up to %2.</source>
        <translation>Dieser Konfigurationsspeicher wurde von einem neueren ShardDesk geschrieben (Schema %1); diese Version versteht bis %2.</translation>
    </message>
    <message>
        <source>The config store is damaged: its schema version is %1.</source>
        <translation>Der Konfigurationsspeicher ist beschädigt: Seine Schemaversion ist %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigSql</name>
    <message>
        <source>Could not list the tables of the config store.</source>
        <translation>Die Tabellen des Konfigurationsspeichers konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not start a transaction in the config store.</source>
        <translation>Im Konfigurationsspeicher konnte keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>Could not commit the change to the config store.</source>
        <translation>Die Änderung konnte nicht in den Konfigurationsspeicher übertragen werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigStore</name>
    <message numerus="yes">
        <source>The configuration was not written because it has %n problem(s):
%1</source>
        <translation>
            <numerusform>Die Konfiguration wurde nicht geschrieben, weil sie %n Problem enthält:
%1</numerusform>
            <numerusform>Die Konfiguration wurde nicht geschrieben, weil sie %n Probleme enthält:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The configuration was changed by %1 at %2 (version %3) since you loaded version %4. Reload and reapply your changes.</source>
        <translation>Die Konfiguration wurde von %1 geändert (Zeitpunkt: %2, Version %3), seit Sie Version %4 geladen haben. Laden Sie sie neu und wenden Sie Ihre Änderungen erneut an.</translation>
    </message>
    <message>
        <source>This config store holds no cluster yet: initialize one or import a configuration.</source>
        <translation>Dieser Konfigurationsspeicher enthält noch keinen Cluster: Initialisieren Sie einen oder importieren Sie eine Konfiguration.</translation>
    </message>
    <message>
        <source>A cluster can have at most %1 vshards; this one has %2.</source>
        <translation>Ein Cluster kann höchstens %1 VShards haben; dieser hat %2.</translation>
    </message>
    <message>
        <source>“%1” is not a ShardDesk config store: it is not an SQLite database, or it is damaged.</source>
        <translation>„%1“ ist kein ShardDesk-Konfigurationsspeicher: Es ist keine SQLite-Datenbank, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>“%1” is not a ShardDesk config store: it holds other tables (%2). Choose another file or database, or an empty one.</source>
        <translation>„%1“ ist kein ShardDesk-Konfigurationsspeicher: Er enthält andere Tabellen (%2). Wählen Sie eine andere Datei oder Datenbank oder eine leere.</translation>
    </message>
    <message>
        <source>“%1” holds no config store.</source>
        <translation>„%1“ enthält keinen Konfigurationsspeicher.</translation>
    </message>
    <message>
        <source>This is an original pyshards shardconf. Import it with &quot;Open pyshards shardconf…&quot; (sharddesk-cli import-pyshards).</source>
        <translation>Dies ist eine ursprüngliche pyshards-shardconf. Importieren Sie sie mit „pyshards-shardconf öffnen…“ (sharddesk-cli import-pyshards).</translation>
    </message>
    <message>
        <source>This config store already holds a cluster (version %1).</source>
        <translation>Dieser Konfigurationsspeicher enthält bereits einen Cluster (Version %1).</translation>
    </message>
    <message>
        <source>The vshard count, hash and key normalisation of a cluster are fixed when it is created: changing them would route existing keys elsewhere.</source>
        <translation>Anzahl der VShards, Hash und Schlüsselnormalisierung eines Clusters werden beim Anlegen festgelegt: Eine Änderung würde vorhandene Schlüssel woandershin leiten.</translation>
    </message>
    <message>
        <source>Shard %1: the current size must be 0 MB or more; it is %2 MB.</source>
        <translation>Shard %1: Die aktuelle Größe muss 0 MB oder mehr betragen; sie beträgt %2 MB.</translation>
    </message>
    <message>
        <source>The config store is not open.</source>
        <translation>Der Konfigurationsspeicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigWriter</name>
    <message>
        <source>Could not write the cluster settings to the config store.</source>
        <translation>Die Cluster-Einstellungen konnten nicht in den Konfigurationsspeicher geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the new version to the config store.</source>
        <translation>Die neue Version konnte nicht in den Konfigurationsspeicher geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not add shard %1 to the config store.</source>
        <translation>Shard %1 konnte nicht zum Konfigurationsspeicher hinzugefügt werden.</translation>
    </message>
    <message>
        <source>shard %1 is missing</source>
        <translation>Shard %1 fehlt</translation>
    </message>
    <message>
        <source>Could not remove shard %1 from the config store.</source>
        <translation>Shard %1 konnte nicht aus dem Konfigurationsspeicher entfernt werden.</translation>
    </message>
    <message>
        <source>Could not update shard %1 in the config store.</source>
        <translation>Shard %1 im Konfigurationsspeicher konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>There is no shard %1 in the config store.</source>
        <translation>Im Konfigurationsspeicher gibt es keinen Shard %1.</translation>
    </message>
    <message>
        <source>Could not write the vshard map to the config store.</source>
        <translation>Die VShard-Zuordnung konnte nicht in den Konfigurationsspeicher geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard range(s) are missing</source>
        <translation>
            <numerusform>%n VShard-Bereich fehlt</numerusform>
            <numerusform>%n VShard-Bereiche fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not clear the config store before writing the new configuration.</source>
        <translation>Der Konfigurationsspeicher konnte vor dem Schreiben der neuen Konfiguration nicht geleert werden.</translation>
    </message>
    <message>
        <source>The config store no longer holds the configuration you loaded (%1). Reload and reapply your changes.</source>
        <translation>Der Konfigurationsspeicher enthält die geladene Konfiguration nicht mehr (%1). Laden Sie neu und wenden Sie Ihre Änderungen erneut an.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConnectionPool</name>
    <message>
        <source>The TLS file path &quot;%1&quot; may not contain &apos;;&apos; or &apos;=&apos;.</source>
        <translation>Der Pfad der TLS-Datei „%1“ darf weder &apos;;&apos; noch &apos;=&apos; enthalten.</translation>
    </message>
    <message>
        <source>Could not connect to %1 as user &quot;%2&quot;.</source>
        <translation>Verbindung zu %1 als Benutzer „%2“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 The server did not answer in time.</source>
        <translation>%1 Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not set the character set on %1.</source>
        <translation>Der Zeichensatz auf %1 konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Could not check the encryption of the connection to %1.</source>
        <translation>Die Verschlüsselung der Verbindung zu %1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The server did not negotiate TLS, and TLS is required: refusing to continue in plain text.</source>
        <translation>Der Server hat kein TLS ausgehandelt, obwohl TLS verlangt ist: Unverschlüsselt wird nicht fortgefahren.</translation>
    </message>
    <message>
        <source>%1 The connection is not one of this thread&apos;s pooled connections.</source>
        <translation>%1 Die Verbindung gehört nicht zu den Pool-Verbindungen dieses Threads.</translation>
    </message>
    <message>
        <source>No server address was given.</source>
        <translation>Es wurde keine Serveradresse angegeben.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not available; install the package that provides it (libqt6sql6-mysql on Debian).</source>
        <translation>Der MySQL-Treiber von Qt (QMYSQL) ist nicht verfügbar; installieren Sie das Paket, das ihn bereitstellt (libqt6sql6-mysql unter Debian).</translation>
    </message>
    <message>
        <source>%1 The server could not be reached.</source>
        <translation>%1 Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 The connection timed out or was lost, so the statement may or may not have been applied.</source>
        <translation>%1 Das Zeitlimit der Verbindung wurde überschritten oder sie ging verloren; die Anweisung wurde daher möglicherweise ausgeführt oder auch nicht.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConnectionTester</name>
    <message>
        <source>Could not read the version of %1.</source>
        <translation>Die Version von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Verbunden mit %1 als %2: %3.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CreatePage</name>
    <message>
        <source>Cancel creation</source>
        <translation>Anlegen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Creating the shard databases…</source>
        <translation>Die Shard-Datenbanken werden angelegt…</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Anweisung %1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Created %1 shards on %2 servers with %3 vshards; the configuration is in %4.</source>
        <translation>%1 Shards auf %2 Servern mit %3 VShards angelegt; die Konfiguration liegt in %4.</translation>
    </message>
    <message>
        <source>The previous configuration was saved to %1.</source>
        <translation>Die vorherige Konfiguration wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The databases were created, but the configuration could not be stored: %1</source>
        <translation>Die Datenbanken wurden angelegt, aber die Konfiguration konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Creation was cancelled.</source>
        <translation>Das Anlegen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Creation failed:</source>
        <translation>Das Anlegen ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Dropping the databases that were created…</source>
        <translation>Die angelegten Datenbanken werden gelöscht…</translation>
    </message>
    <message>
        <source>Rolled back: the databases that were created are dropped.</source>
        <translation>Zurückgerollt: Die angelegten Datenbanken wurden gelöscht.</translation>
    </message>
    <message>
        <source>Rolling back failed; these may remain:
%1</source>
        <translation>Das Zurückrollen ist fehlgeschlagen; diese könnten übrig sein:
%1</translation>
    </message>
    <message>
        <source>&amp;Load test &gt;</source>
        <translation>&amp;Lasttest &gt;</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CredentialFallbackDialog</name>
    <message>
        <source>&amp;Encrypted file, unlocked by a master password</source>
        <translation>&amp;Verschlüsselte Datei, entsperrt durch ein Master-Passwort</translation>
    </message>
    <message>
        <source>This &amp;session only: forget passwords when ShardDesk quits</source>
        <translation>Nur diese &amp;Sitzung: Passwörter beim Beenden von ShardDesk vergessen</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>ShardDesk cannot keep passwords in the system keychain here: %1

Choose where passwords go instead. They are never written in plain text.</source>
        <translation>ShardDesk kann Passwörter hier nicht im Schlüsselbund des Systems aufbewahren: %1

Wählen Sie, wo Passwörter stattdessen abgelegt werden. Sie werden nie im Klartext geschrieben.</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Master-Passwort</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CredentialSession</name>
    <message>
        <source>No place was chosen for the password.</source>
        <translation>Es wurde kein Ort für das Passwort gewählt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The password is kept in %1 once the cluster is created, never in a file.</source>
        <translation>Das Passwort wird nach dem Anlegen des Clusters in %1 aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The password is kept in memory for this session only, never in a file.</source>
        <translation>Das Passwort wird nur für diese Sitzung im Speicher gehalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Create a dedicated &amp;application user for the shards</source>
        <translation>Eigenen &amp;Anwendungsbenutzer für die Shards anlegen</translation>
    </message>
    <message>
        <source>The login that creates the shard databases and, unless an application user is created, that the shards use afterwards.</source>
        <translation>Die Anmeldung, die die Shard-Datenbanken anlegt und die die Shards danach verwenden, sofern kein Anwendungsbenutzer angelegt wird.</translation>
    </message>
    <message>
        <source>Created on every server with only SELECT, INSERT, UPDATE, DELETE and LOCK TABLES on the shard databases; it cannot create or drop tables or databases.</source>
        <translation>Wird auf jedem Server nur mit SELECT, INSERT, UPDATE, DELETE und LOCK TABLES auf den Shard-Datenbanken angelegt; er kann weder Tabellen noch Datenbanken anlegen oder löschen.</translation>
    </message>
    <message>
        <source>Application u&amp;ser:</source>
        <translation>Anwendungsb&amp;enutzer:</translation>
    </message>
    <message>
        <source>Application pass&amp;word:</source>
        <translation>Anwendungspassw&amp;ort:</translation>
    </message>
</context>
<context>
    <name>ShardDesk::EncryptedFileCredentialStore</name>
    <message>
        <source>The secrets file %1 is damaged and cannot be read (%2).</source>
        <translation>Die Passwortdatei %1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>it is not a ShardDesk secrets file</source>
        <translation>es ist keine ShardDesk-Passwortdatei</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer ShardDesk (format %2); this version reads format %3.</source>
        <translation>Die Passwortdatei %1 wurde von einem neueren ShardDesk geschrieben (Format %2); diese Version liest Format %3.</translation>
    </message>
    <message>
        <source>bad format version or key derivation settings</source>
        <translation>falsche Formatversion oder falsche Einstellungen der Schlüsselableitung</translation>
    </message>
    <message>
        <source>bad password check</source>
        <translation>fehlerhafte Passwortprüfung</translation>
    </message>
    <message>
        <source>a stored secret is not valid base64</source>
        <translation>ein gespeichertes Geheimnis ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1.</source>
        <translation>Die Passwortdatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter a master password to unlock the secrets file.</source>
        <translation>Geben Sie ein Master-Passwort ein, um die Passwortdatei zu entsperren.</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>Der Ordner für die Passwortdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The master password is wrong, or the secrets file %1 was tampered with.</source>
        <translation>Das Master-Passwort ist falsch, oder die Passwortdatei %1 wurde manipuliert.</translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation>verschlüsselte Datei %1</translation>
    </message>
    <message>
        <source>A password needs a reference to be stored under.</source>
        <translation>Ein Passwort braucht einen Verweis, unter dem es gespeichert wird.</translation>
    </message>
    <message>
        <source>No password is stored for %1 in %2.</source>
        <translation>Für %1 ist in %2 kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The password stored for %1 in %2 was tampered with and cannot be used.</source>
        <translation>Das für %1 in %2 gespeicherte Passwort wurde manipuliert und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another program.</source>
        <translation>Die Passwortdatei %1 ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The secrets file %1 was replaced by another one; open it again.</source>
        <translation>Die Passwortdatei %1 wurde durch eine andere ersetzt; öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1.</source>
        <translation>Die Passwortdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::FillForecast</name>
    <message>
        <source>no forecast yet</source>
        <translation>noch keine Prognose</translation>
    </message>
    <message>
        <source>not growing</source>
        <translation>wächst nicht</translation>
    </message>
    <message>
        <source>already full</source>
        <translation>bereits voll</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>voll in %1</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ShardDesk::HostListParser</name>
    <message>
        <source>The host list names no server: write one server per line.</source>
        <translation>Die Hostliste nennt keinen Server: Schreiben Sie einen Server pro Zeile.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a server address. %3</source>
        <translation>Zeile %1: „%2“ ist keine Serveradresse. %3</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is the same server as line %3 (%4).</source>
        <translation>Zeile %1: „%2“ ist derselbe Server wie in Zeile %3 (%4).</translation>
    </message>
</context>
<context>
    <name>ShardDesk::JsonTransfer</name>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>Imported as version %1.</source>
        <translation>Als Version %1 importiert.</translation>
    </message>
    <message>
        <source>Imported as version %1; the previous configuration is in %2.</source>
        <translation>Als Version %1 importiert; die vorherige Konfiguration liegt in %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the whole configuration in %1 with %2 (%n shard(s))?</source>
        <translation>
            <numerusform>Die gesamte Konfiguration in %1 durch %2 (%n Shard) ersetzen?</numerusform>
            <numerusform>Die gesamte Konfiguration in %1 durch %2 (%n Shards) ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The current configuration is exported to a backup file first. Unapplied edits in this window are discarded.</source>
        <translation>Die aktuelle Konfiguration wird zuerst in eine Sicherungsdatei exportiert. Nicht übernommene Änderungen in diesem Fenster werden verworfen.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Open pyshards shardconf</source>
        <translation>pyshards-shardconf öffnen</translation>
    </message>
</context>
<context>
    <name>ShardDesk::KeychainCredentialStore</name>
    <message>
        <source>The OS keychain can only be used while the application runs.</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nur verwendet werden, während die Anwendung läuft.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>a test entry could not be stored: %1</source>
        <translation>ein Testeintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>a test entry could not be read back: %1</source>
        <translation>ein Testeintrag konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>a test entry read back differently from what was stored</source>
        <translation>ein Testeintrag wurde anders zurückgelesen, als er gespeichert wurde</translation>
    </message>
    <message>
        <source>a test entry could not be removed: %1</source>
        <translation>ein Testeintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The OS keychain is not usable here (%1). Passwords can be kept in an encrypted file unlocked by a master password, or for this session only.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist hier nicht nutzbar (%1). Passwörter können in einer verschlüsselten Datei aufbewahrt werden, die ein Master-Passwort entsperrt, oder nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>A password needs a reference to be stored under.</source>
        <translation>Ein Passwort braucht einen Verweis, unter dem es gespeichert wird.</translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the OS keychain (%2).</source>
        <translation>Das Passwort für %1 konnte nicht im Schlüsselbund des Betriebssystems gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>The OS keychain holds no password for %1.</source>
        <translation>Der Schlüsselbund des Betriebssystems enthält kein Passwort für %1.</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the OS keychain (%2).</source>
        <translation>Das Passwort für %1 konnte nicht aus dem Schlüsselbund des Betriebssystems gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the OS keychain (%2).</source>
        <translation>Das Passwort für %1 konnte nicht aus dem Schlüsselbund des Betriebssystems entfernt werden (%2).</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LayoutPage</name>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>How many shard databases each server gets, how they chain into buckets, and how the vshards spread over them.</source>
        <translation>Wie viele Shard-Datenbanken jeder Server erhält, wie sie zu Buckets verkettet werden und wie sich die VShards darauf verteilen.</translation>
    </message>
    <message>
        <source>One bucket per server (head, then overflow shards)</source>
        <translation>Ein Bucket pro Server (Kopf, dann Überlauf-Shards)</translation>
    </message>
    <message>
        <source>Every shard is a bucket head</source>
        <translation>Jeder Shard ist ein Bucket-Kopf</translation>
    </message>
    <message>
        <source>%1 is replaced by the shard&apos;s number.</source>
        <translation>%1 wird durch die Nummer des Shards ersetzt.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Shards per server:</source>
        <translation>&amp;Shards pro Server:</translation>
    </message>
    <message>
        <source>&amp;Chaining:</source>
        <translation>&amp;Verkettung:</translation>
    </message>
    <message>
        <source>&amp;Database names:</source>
        <translation>&amp;Datenbanknamen:</translation>
    </message>
    <message>
        <source>Capacity per shard:</source>
        <translation>Kapazität pro Shard:</translation>
    </message>
    <message>
        <source>&amp;Vshards:</source>
        <translation>VSh&amp;ards:</translation>
    </message>
    <message>
        <source>&amp;Key column:</source>
        <translation>Schlüssels&amp;palte:</translation>
    </message>
    <message>
        <source>Recommended: %1 MB per shard, so that every shard&apos;s data fits in half the smallest server&apos;s RAM.</source>
        <translation>Empfohlen: %1 MB pro Shard, damit die Daten jedes Shards in die Hälfte des RAM des kleinsten Servers passen.</translation>
    </message>
    <message>
        <source>Test the connections on the first page to get a recommendation from the servers&apos; RAM.</source>
        <translation>Testen Sie die Verbindungen auf der ersten Seite, um eine Empfehlung anhand des RAM der Server zu erhalten.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTest</name>
    <message>
        <source>The cluster has no shards, or vshards that are not mapped: provision it first.</source>
        <translation>Der Cluster hat keine Shards oder nicht zugeordnete VShards: Richten Sie ihn zuerst ein.</translation>
    </message>
    <message>
        <source>Could not insert into shard %1.</source>
        <translation>In Shard %1 konnte nicht eingefügt werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestCharts</name>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Latency per second (ms)</source>
        <translation>Latenz pro Sekunde (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>Rows and errors per shard</source>
        <translation>Zeilen und Fehler pro Shard</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestPage</name>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Insert generated users into the new cluster and watch throughput, latency and errors per shard. Next verifies what was written; Finish closes the wizard.</source>
        <translation>Erzeugte Benutzer in den neuen Cluster einfügen und Durchsatz, Latenz und Fehler pro Shard verfolgen. Weiter prüft, was geschrieben wurde; Fertigstellen schließt den Assistenten.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Comment errors</source>
        <translation>Kommentarfehler</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>until all users are written</source>
        <translation>bis alle Benutzer geschrieben sind</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>autocommit: one INSERT per row</source>
        <translation>autocommit: ein INSERT pro Zeile</translation>
    </message>
    <message>
        <source>txn: a user and its comments in one transaction</source>
        <translation>txn: ein Benutzer und seine Kommentare in einer Transaktion</translation>
    </message>
    <message>
        <source>batch: multi-row INSERTs</source>
        <translation>batch: mehrzeilige INSERTs</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Comments per user:</source>
        <translation>&amp;Kommentare pro Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Batch size (users):</source>
        <translation>Stapel&amp;größe (Benutzer):</translation>
    </message>
    <message>
        <source>&amp;Rate (users/s):</source>
        <translation>&amp;Rate (Benutzer/s):</translation>
    </message>
    <message>
        <source>&amp;Duration (s):</source>
        <translation>&amp;Dauer (s):</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Connecting to the shards…</source>
        <translation>Verbindung zu den Shards wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the users already started…</source>
        <translation>Wird abgebrochen: Die bereits begonnenen Benutzer werden abgeschlossen…</translation>
    </message>
    <message>
        <source>%1 users/s in the last second, %2 users/s on average.</source>
        <translation>%1 Benutzer/s in der letzten Sekunde, %2 Benutzer/s im Durchschnitt.</translation>
    </message>
    <message>
        <source>%1 users/s in the last second, %2 users/s on average; about %3 s left.</source>
        <translation>%1 Benutzer/s in der letzten Sekunde, %2 Benutzer/s im Durchschnitt; noch etwa %3 s.</translation>
    </message>
    <message>
        <source>%1 acknowledged, %2 failed, %3 unknown (may have been written).</source>
        <translation>%1 bestätigt, %2 fehlgeschlagen, %3 unbekannt (möglicherweise geschrieben).</translation>
    </message>
    <message>
        <source>Rows per shard written to: %1 to %2; the fullest is %3% above the mean.</source>
        <translation>Geschriebene Zeilen pro Shard: %1 bis %2; der vollste liegt %3 % über dem Mittelwert.</translation>
    </message>
    <message>
        <source>The load test could not start: %1</source>
        <translation>Der Lasttest konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 s: %2 users/s; latency p50 %3 ms, p99 %4 ms.</source>
        <translation>Nach %1 s abgebrochen: %2 Benutzer/s; Latenz p50 %3 ms, p99 %4 ms.</translation>
    </message>
    <message>
        <source>Finished in %1 s: %2 users/s; latency p50 %3 ms, p99 %4 ms.</source>
        <translation>In %1 s abgeschlossen: %2 Benutzer/s; Latenz p50 %3 ms, p99 %4 ms.</translation>
    </message>
    <message>
        <source>Save the load test report</source>
        <translation>Lasttestbericht speichern</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestReport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 users acknowledged, %2 failed, %3 unknown in %4 s (%5 users/s); mode %6, %n thread(s), seed %7.</source>
        <translation>
            <numerusform>%1 Benutzer bestätigt, %2 fehlgeschlagen, %3 unbekannt in %4 s (%5 Benutzer/s); Modus %6, %n Thread, Seed %7.</numerusform>
            <numerusform>%1 Benutzer bestätigt, %2 fehlgeschlagen, %3 unbekannt in %4 s (%5 Benutzer/s); Modus %6, %n Threads, Seed %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>ShardDesk load test</source>
        <translation>ShardDesk-Lasttest</translation>
    </message>
    <message>
        <source>Users per second</source>
        <translation>Benutzer pro Sekunde</translation>
    </message>
    <message>
        <source>users/s</source>
        <translation>Benutzer/s</translation>
    </message>
    <message>
        <source>Latency per second</source>
        <translation>Latenz pro Sekunde</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Acknowledged users per shard</source>
        <translation>Bestätigte Benutzer pro Shard</translation>
    </message>
    <message>
        <source>Could not create the report folder %1.</source>
        <translation>Der Berichtsordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestSpec</name>
    <message>
        <source>The number of users must be from 1 to %1; %2 was given.</source>
        <translation>Die Anzahl der Benutzer muss zwischen 1 und %1 liegen; angegeben wurde %2.</translation>
    </message>
    <message>
        <source>Comments per user must be from 0 to 100; %1 was given.</source>
        <translation>Kommentare pro Benutzer müssen zwischen 0 und 100 liegen; angegeben wurde %1.</translation>
    </message>
    <message>
        <source>Threads must be from 1 to %1; %2 was given.</source>
        <translation>Threads müssen zwischen 1 und %1 liegen; angegeben wurde %2.</translation>
    </message>
    <message>
        <source>The batch size must be from 1 to 10000; %1 was given.</source>
        <translation>Die Stapelgröße muss zwischen 1 und 10000 liegen; angegeben wurde %1.</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>Die Ratenbegrenzung darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Die Dauer darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MainWindow</name>
    <message>
        <source>ShardDesk</source>
        <translation>ShardDesk</translation>
    </message>
    <message>
        <source>Shards by bucket</source>
        <translation>Shards nach Bucket</translation>
    </message>
    <message>
        <source>VShard map</source>
        <translation>VShard-Zuordnung</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Applied: the configuration is now at version %1.</source>
        <translation>Übernommen: Die Konfiguration hat jetzt Version %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Configuration File…</source>
        <translation>&amp;Konfigurationsdatei öffnen…</translation>
    </message>
    <message>
        <source>Open Configuration on a &amp;Server…</source>
        <translation>Konfiguration auf einem &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>Ü&amp;bernehmen…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ShardDesk</source>
        <translation>&amp;Über ShardDesk</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Übernehmen nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1[*] — ShardDesk</source>
        <translation>%1[*] — ShardDesk</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>ShardDesk configurations (*.sqlite *.db);;All files (*)</source>
        <translation>ShardDesk-Konfigurationen (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Configuration on a Server</source>
        <translation>Konfiguration auf einem Server öffnen</translation>
    </message>
    <message>
        <source>Config store as mysql://user@host:port/database:</source>
        <translation>Konfigurationsspeicher als mysql://benutzer@host:port/datenbank:</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>%1 holds no cluster yet.
Create a test cluster with Cluster → New Test Cluster…, or describe existing servers with: sharddesk-cli --config %1 init --vshards 1024</source>
        <translation>%1 enthält noch keinen Cluster.
Legen Sie einen Testcluster an mit Cluster → Neuer Testcluster… oder beschreiben Sie vorhandene Server mit: sharddesk-cli --config %1 init --vshards 1024</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n shard(s).</source>
        <translation>
            <numerusform>%n Shard geladen.</numerusform>
            <numerusform>%n Shards geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded, with %n problem(s) in the configuration.</source>
        <translation>
            <numerusform>Geladen, mit %n Problem in der Konfiguration.</numerusform>
            <numerusform>Geladen, mit %n Problemen in der Konfiguration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Reverted to version %1.</source>
        <translation>Auf Version %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>The configuration has changes that were not applied. Apply them now?</source>
        <translation>Die Konfiguration enthält Änderungen, die nicht übernommen wurden. Jetzt übernehmen?</translation>
    </message>
    <message>
        <source>The changes cannot be applied yet: fix the cells marked red, or choose Discard.</source>
        <translation>Die Änderungen können noch nicht übernommen werden: Beheben Sie die rot markierten Zellen oder wählen Sie „Verwerfen“.</translation>
    </message>
    <message>
        <source>About ShardDesk</source>
        <translation>Über ShardDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;Desktop administration, capacity planning and load testing for application-level sharding over MySQL and MariaDB.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;Desktop-Verwaltung, Kapazitätsplanung und Lasttests für Sharding auf Anwendungsebene über MySQL und MariaDB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a configuration with File → Open Configuration File…</source>
        <translation>Öffnen Sie eine Konfiguration mit Datei → Konfigurationsdatei öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;pyshards shardconf…</source>
        <translation>&amp;pyshards-shardconf öffnen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open pyshards shardconf</source>
        <translation>pyshards-shardconf öffnen</translation>
    </message>
    <message>
        <source>The pyshards shardconf, as an SQLite file path or mysql://user@host:port/database:</source>
        <translation>Die pyshards-shardconf, als Pfad einer SQLite-Datei oder mysql://benutzer@host:port/datenbank:</translation>
    </message>
    <message>
        <source>Password of %1 (used for this import only):</source>
        <translation>Passwort von %1 (nur für diesen Import verwendet):</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 existiert nicht mehr; es wurde aus der Liste entfernt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>A password needs a reference to be stored under.</source>
        <translation>Ein Passwort braucht einen Verweis, unter dem es gespeichert wird.</translation>
    </message>
    <message>
        <source>No password is kept for %1 in this session.</source>
        <translation>Für %1 wird in dieser Sitzung kein Passwort aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MonitorExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MonitorPanel</name>
    <message>
        <source>Live monitoring</source>
        <translation>Live-Überwachung</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Capacity planner</source>
        <translation>Kapazitätsplaner</translation>
    </message>
    <message>
        <source>Server shown in the charts</source>
        <translation>In den Diagrammen gezeigter Server</translation>
    </message>
    <message>
        <source>Time window of the charts</source>
        <translation>Zeitfenster der Diagramme</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export samples…</source>
        <translation>Messwerte exportieren…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Memory of %1</source>
        <translation>Speicher von %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MoveDialog</name>
    <message>
        <source>&amp;Run Move</source>
        <translation>Verschiebung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel Move</source>
        <translation>Verschiebung &amp;abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Move VShards</source>
        <translation>VShards verschieben</translation>
    </message>
    <message>
        <source>Size of every bucket before and after the move</source>
        <translation>Größe jedes Buckets vor und nach der Verschiebung</translation>
    </message>
    <message>
        <source>VShards to move</source>
        <translation>Zu verschiebende VShards</translation>
    </message>
    <message>
        <source>Could not measure the vshards&apos; sizes: %1</source>
        <translation>Die Größen der VShards konnten nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Zu&amp;rückrollen</translation>
    </message>
    <message>
        <source>Checking the move journal and measuring the vshards&apos; sizes…</source>
        <translation>Das Verschiebejournal wird geprüft und die Größen der VShards werden gemessen…</translation>
    </message>
    <message>
        <source>VShard %1: shard %2 → shard %3</source>
        <translation>VShard %1: Shard %2 → Shard %3</translation>
    </message>
    <message>
        <source>Nothing to move: every vshard named is on its target already.</source>
        <translation>Nichts zu verschieben: Jede angegebene VShard liegt bereits auf ihrem Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) to move.</source>
        <translation>
            <numerusform>%n VShard zu verschieben.</numerusform>
            <numerusform>%n VShards zu verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Sizes are being measured; megabytes show as 0 until then.</source>
        <translation>%1 Die Größen werden gemessen; bis dahin werden die Megabyte als 0 angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Warning: %n bucket(s) would be over capacity (in red).</source>
        <translation>
            <numerusform>%1 Warnung: %n Bucket wäre über der Kapazität (rot).</numerusform>
            <numerusform>%1 Warnung: %n Buckets wären über der Kapazität (rot).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling the unfinished move back…</source>
        <translation>Die nicht abgeschlossene Verschiebung wird zurückgerollt…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling: the vshards under way are finished first; the others stay where they are.</source>
        <translation>Abbruch: Die laufenden VShards werden zuerst fertig verschoben; die anderen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>copying rows</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>kopiert Zeilen</translation>
    </message>
    <message>
        <source>writes paused, copying the last rows</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>Schreibzugriffe angehalten, kopiert die letzten Zeilen</translation>
    </message>
    <message>
        <source>verified, the same rows on both sides</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>geprüft, auf beiden Seiten dieselben Zeilen</translation>
    </message>
    <message>
        <source>switched to the new shard</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>auf den neuen Shard umgeschaltet</translation>
    </message>
    <message>
        <source>moved, old rows cleaned up</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>verschoben, alte Zeilen bereinigt</translation>
    </message>
    <message>
        <source>VShard %1: %2</source>
        <translation>VShard %1: %2</translation>
    </message>
    <message>
        <source>VShard %1: copying rows, %2 so far</source>
        <translation>VShard %1: kopiert Zeilen, bisher %2</translation>
    </message>
    <message>
        <source>%1 s elapsed, %2 rows copied</source>
        <translation>%1 s vergangen, %2 Zeilen kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n vshard(s) stay where they were; %1 copied rows deleted from the target.</source>
        <translation>
            <numerusform>Zurückgerollt: %n VShard bleibt, wo sie war; %1 kopierte Zeilen aus dem Ziel gelöscht.</numerusform>
            <numerusform>Zurückgerollt: %n VShards bleiben, wo sie waren; %1 kopierte Zeilen aus dem Ziel gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n vshard(s) in %1 s: %2 rows copied, %3 rows deleted from the old shards.</source>
        <translation>
            <numerusform>%n VShard in %1 s verschoben: %2 Zeilen kopiert, %3 Zeilen aus den alten Shards gelöscht.</numerusform>
            <numerusform>%n VShards in %1 s verschoben: %2 Zeilen kopiert, %3 Zeilen aus den alten Shards gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Cancelled: %n vshard(s) were not started and stay where they were.</source>
        <translation>
            <numerusform>%1 Abgebrochen: %n VShard wurde nicht begonnen und bleibt, wo sie war.</numerusform>
            <numerusform>%1 Abgebrochen: %n VShards wurden nicht begonnen und bleiben, wo sie waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not check for an unfinished move: %1</source>
        <translation>Es konnte nicht geprüft werden, ob eine Verschiebung nicht abgeschlossen ist: %1</translation>
    </message>
    <message>
        <source>The move stopped: %1</source>
        <translation>Die Verschiebung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>An earlier move is unfinished. Resume finishes it; Roll Back leaves the vshards not yet switched where they were. A new move can run only after one of them.</source>
        <translation>Eine frühere Verschiebung ist nicht abgeschlossen. „Fortsetzen“ schließt sie ab; „Zurückrollen“ lässt die noch nicht umgeschalteten VShards, wo sie waren. Eine neue Verschiebung ist erst nach einem der beiden möglich.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MoveJournal</name>
    <message>
        <source>The move journal is damaged: vshard %1 is at an unknown step &quot;%2&quot;.</source>
        <translation>Das Verschiebejournal ist beschädigt: VShard %1 steht bei einem unbekannten Schritt „%2“.</translation>
    </message>
    <message>
        <source>Could not read the move journal.</source>
        <translation>Das Verschiebejournal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Vshard %1 is listed twice in the move.</source>
        <translation>VShard %1 ist in der Verschiebung zweimal aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>An earlier move of %n vshard(s) is unfinished: resume it first.</source>
        <translation>
            <numerusform>Eine frühere Verschiebung von %n VShard ist nicht abgeschlossen: Setzen Sie sie zuerst fort.</numerusform>
            <numerusform>Eine frühere Verschiebung von %n VShards ist nicht abgeschlossen: Setzen Sie sie zuerst fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the move journal.</source>
        <translation>Das Verschiebejournal konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Vshard %1 is not part of the journaled move.</source>
        <translation>VShard %1 gehört nicht zur protokollierten Verschiebung.</translation>
    </message>
    <message>
        <source>The move of vshard %1 cannot go from step &quot;%2&quot; to step &quot;%3&quot;.</source>
        <translation>Die Verschiebung von VShard %1 kann nicht von Schritt „%2“ zu Schritt „%3“ übergehen.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MovePlan</name>
    <message>
        <source>Shard %1 is not a bucket head: vshards can only be moved to and from bucket heads.</source>
        <translation>Shard %1 ist kein Bucket-Kopf: VShards können nur zu und von Bucket-Köpfen verschoben werden.</translation>
    </message>
    <message>
        <source>Vshard %1 does not exist: this cluster has vshards 0 to %2.</source>
        <translation>VShard %1 existiert nicht: Dieser Cluster hat die VShards 0 bis %2.</translation>
    </message>
    <message>
        <source>Vshard %1 is not mapped to a shard, so it has no rows to move.</source>
        <translation>VShard %1 ist keinem Shard zugeordnet und hat daher keine Zeilen zum Verschieben.</translation>
    </message>
    <message>
        <source>A bucket cannot be split into itself.</source>
        <translation>Ein Bucket kann nicht in sich selbst aufgeteilt werden.</translation>
    </message>
    <message>
        <source>The number of vshards to move cannot be negative.</source>
        <translation>Die Anzahl der zu verschiebenden VShards darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is no other bucket to move vshards to.</source>
        <translation>Es gibt keinen anderen Bucket, in den VShards verschoben werden könnten.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MovePlanForm</name>
    <message>
        <source>&amp;VShards:</source>
        <translation>VS&amp;hards:</translation>
    </message>
    <message>
        <source>&amp;From shard:</source>
        <translation>&amp;Von Shard:</translation>
    </message>
    <message>
        <source>&amp;To shard:</source>
        <translation>&amp;Zu Shard:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Wie viele:</translation>
    </message>
    <message>
        <source>Move the selected vshards to a shard</source>
        <translation>Die ausgewählten VShards in einen Shard verschieben</translation>
    </message>
    <message>
        <source>Split a shard: half of its vshards to another</source>
        <translation>Einen Shard aufteilen: die Hälfte seiner VShards in einen anderen</translation>
    </message>
    <message>
        <source>Move the largest vshards off a shard</source>
        <translation>Die größten VShards von einem Shard wegverschieben</translation>
    </message>
    <message>
        <source>Even out the shards by size</source>
        <translation>Die Shards nach Größe ausgleichen</translation>
    </message>
    <message>
        <source>ids and ranges, such as 17,18,40-63</source>
        <translation>IDs und Bereiche, etwa 17,18,40-63</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Shard %1 (%2)</source>
        <translation>Shard %1 (%2)</translation>
    </message>
    <message>
        <source>Measuring the vshards&apos; sizes…</source>
        <translation>Die Größen der VShards werden gemessen…</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MovePreviewModel</name>
    <message>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Bucket %1 (%2): after the move it holds more than its shards&apos; capacity.</source>
        <translation>Bucket %1 (%2): Nach der Verschiebung enthält er mehr als die Kapazität seiner Shards.</translation>
    </message>
    <message>
        <source>Bucket %1 (%2)</source>
        <translation>Bucket %1 (%2)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>VShards before</source>
        <translation>VShards vorher</translation>
    </message>
    <message>
        <source>VShards after</source>
        <translation>VShards nachher</translation>
    </message>
    <message>
        <source>MB before</source>
        <translation>MB vorher</translation>
    </message>
    <message>
        <source>MB after</source>
        <translation>MB nachher</translation>
    </message>
    <message>
        <source>Capacity MB</source>
        <translation>Kapazität MB</translation>
    </message>
    <message>
        <source>% after</source>
        <comment>column header: percent of capacity after the move</comment>
        <translation>% nachher</translation>
    </message>
</context>
<context>
    <name>ShardDesk::NativeQuery</name>
    <message>
        <source>%1 The statement returned rows where none were expected.</source>
        <translation>%1 Die Anweisung lieferte Zeilen, obwohl keine erwartet wurden.</translation>
    </message>
    <message>
        <source>%1 The statement returned no rows where rows were expected.</source>
        <translation>%1 Die Anweisung lieferte keine Zeilen, obwohl Zeilen erwartet wurden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::NativeStatement</name>
    <message>
        <source>%1 The statement returns rows, which this kind of statement cannot read.</source>
        <translation>%1 Die Anweisung liefert Zeilen, die diese Art von Anweisung nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ParallelTasks</name>
    <message>
        <source>Stopped because another table of the batch failed.</source>
        <translation>Abgebrochen, weil eine andere Tabelle desselben Stapels fehlschlug.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PasswordDialog</name>
    <message numerus="yes">
        <source>&amp;Use it for %1 on the %n other server(s) of this configuration too</source>
        <translation>
            <numerusform>Auch für %1 auf dem %n anderen Server dieser Konfiguration &amp;verwenden</numerusform>
            <numerusform>Auch für %1 auf den %n anderen Servern dieser Konfiguration &amp;verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;Password of %1 on %2:</source>
        <translation>&amp;Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Poller</name>
    <message numerus="yes">
        <source>%1 Next attempt in %n second(s).</source>
        <translation>
            <numerusform>%1 Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No login is set for polling.</source>
        <translation>Für die Abfrage ist keine Anmeldung festgelegt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>&amp;Poll interval (ms):</source>
        <translation>&amp;Abfrageintervall (ms):</translation>
    </message>
    <message>
        <source>Chart &amp;window:</source>
        <translation>Diagramm-&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Connect timeout (s):</source>
        <translation>Zeitlimit für &amp;Verbinden (s):</translation>
    </message>
    <message>
        <source>&amp;Read timeout (s):</source>
        <translation>Zeitlimit für &amp;Lesen (s):</translation>
    </message>
    <message>
        <source>W&amp;rite timeout (s):</source>
        <translation>Zeitlimit für &amp;Schreiben (s):</translation>
    </message>
    <message>
        <source>Load test defaults</source>
        <translation>Standardwerte für Lasttests</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>C&amp;omments per user:</source>
        <translation>&amp;Kommentare pro Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Batch size (users):</source>
        <translation>Stapel&amp;größe (Benutzer):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ShardDesk.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start von ShardDesk verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Recent configurations</source>
        <translation>Zuletzt geöffnete Konfigurationen</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>Liste l&amp;eeren</translation>
    </message>
    <message>
        <source>The list is cleared when you press OK.</source>
        <translation>Die Liste wird geleert, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum entries:</source>
        <translation>&amp;Höchstzahl der Einträge:</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Provisioner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the version of %1.</source>
        <translation>Die Version von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not list the databases of %1.</source>
        <translation>Die Datenbanken von %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>These databases exist already: %1. Tick &quot;drop and recreate&quot; to replace them.</source>
        <translation>Diese Datenbanken existieren bereits: %1. Aktivieren Sie „Vorhandene Datenbanken löschen und neu anlegen“, um sie zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n statement(s).</source>
        <translation>
            <numerusform>Nach %n Anweisung abgebrochen.</numerusform>
            <numerusform>Nach %n Anweisungen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 of %2 failed on %3.</source>
        <translation>Anweisung %1 von %2 ist auf %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not drop database %1 on %2.</source>
        <translation>Die Datenbank %1 auf %2 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1: user %2</source>
        <translation>%1: Benutzer %2</translation>
    </message>
    <message>
        <source>Give the application user %1 a password.</source>
        <translation>Geben Sie dem Anwendungsbenutzer %1 ein Passwort.</translation>
    </message>
    <message>
        <source>Could not drop user %1 on %2.</source>
        <translation>Der Benutzer %1 auf %2 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PyShardsImporter</name>
    <message>
        <source>Shard %1: the host “%2” is not a valid server: %3</source>
        <translation>Shard %1: Der Host „%2“ ist kein gültiger Server: %3</translation>
    </message>
    <message>
        <source>Host “%1” (shards %2): %3</source>
        <translation>Host „%1“ (Shards %2): %3</translation>
    </message>
    <message>
        <source>The pyshards shardconf has no vshards.</source>
        <translation>Die pyshards-shardconf enthält keine VShards.</translation>
    </message>
    <message>
        <source>The pyshards shardconf has %1 vshards; ShardDesk handles at most %2.</source>
        <translation>Die pyshards-shardconf enthält %1 VShards; ShardDesk verarbeitet höchstens %2.</translation>
    </message>
    <message>
        <source>The vshard ids ran from 1 to %1 (Django&apos;s automatic ids start at 1); they were renumbered 0 to %2, so pyshards vshard k is vshard k−1 here.</source>
        <translation>Die VShard-IDs liefen von 1 bis %1 (die automatischen IDs von Django beginnen bei 1); sie wurden auf 0 bis %2 umnummeriert, pyshards-VShard k ist hier also VShard k−1.</translation>
    </message>
    <message>
        <source>The vshard ids run from %1 to %2 for %3 vshards; they must be numbered 0 to N−1 or 1 to N without gaps.</source>
        <translation>Die VShard-IDs laufen von %1 bis %2 für %3 VShards; sie müssen lückenlos von 0 bis N−1 oder von 1 bis N nummeriert sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to shard %1, an overflow shard; they now point to the head of its bucket, shard %2.</source>
        <translation>
            <numerusform>%n VShard verwies auf Shard %1, einen Überlauf-Shard; sie verweist jetzt auf den Kopf seines Buckets, Shard %2.</numerusform>
            <numerusform>%n VShards verwiesen auf Shard %1, einen Überlauf-Shard; sie verweisen jetzt auf den Kopf seines Buckets, Shard %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to no shard; they are unmapped.</source>
        <translation>
            <numerusform>%n VShard verwies auf keinen Shard; sie ist nicht zugeordnet.</numerusform>
            <numerusform>%n VShards verwiesen auf keinen Shard; sie sind nicht zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to shard %1, which does not exist or is in a broken bucket; they are unmapped.</source>
        <translation>
            <numerusform>%n VShard verwies auf Shard %1, der nicht existiert oder in einem defekten Bucket liegt; sie ist nicht zugeordnet.</numerusform>
            <numerusform>%n VShards verwiesen auf Shard %1, der nicht existiert oder in einem defekten Bucket liegt; sie sind nicht zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shard %1 has a different password from shard %2 for the same login %3; it is stored separately as %4.</source>
        <translation>Shard %1 hat für dieselbe Anmeldung %3 ein anderes Passwort als Shard %2; es wird separat als %4 gespeichert.</translation>
    </message>
    <message>
        <source>Could not store the password of shard %1 in %2: %3</source>
        <translation>Das Passwort von Shard %1 konnte nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Shard %1 has no password in the pyshards shardconf and none is stored as %2.</source>
        <translation>Shard %1 hat kein Passwort in der pyshards-shardconf, und unter %2 ist keines gespeichert.</translation>
    </message>
    <message>
        <source>The pyshards configuration cannot be imported as it is: %1</source>
        <translation>Die pyshards-Konfiguration kann nicht unverändert importiert werden: %1</translation>
    </message>
    <message>
        <source>pyshards routed keys with Python&apos;s hash(); ShardDesk routes with CRC32 (docs/ROUTING.md). Rows already in these shards carry pyshards&apos; VIRTUAL_SHARD values and may sit in other buckets than CRC32 routing expects: start from empty shards, or re-key and move the existing rows before routing traffic with this configuration.</source>
        <translation>pyshards hat Schlüssel mit Pythons hash() geleitet; ShardDesk leitet mit CRC32 (docs/ROUTING.md). Zeilen, die bereits in diesen Shards liegen, tragen die VIRTUAL_SHARD-Werte von pyshards und können in anderen Buckets liegen, als das CRC32-Routing erwartet: Beginnen Sie mit leeren Shards, oder vergeben Sie die Schlüssel neu und verschieben Sie die vorhandenen Zeilen, bevor Sie Datenverkehr mit dieser Konfiguration leiten.</translation>
    </message>
    <message>
        <source>The passwords were stored in %1 but could not be removed from the pyshards shardconf: %2</source>
        <translation>Die Passwörter wurden in %1 gespeichert, konnten aber nicht aus der pyshards-shardconf entfernt werden: %2</translation>
    </message>
    <message>
        <source>The password of shard(s) %1 changed during the import; it was left in the pyshards shardconf. Import again to move it.</source>
        <translation>Das Passwort von Shard(s) %1 hat sich während des Imports geändert; es wurde in der pyshards-shardconf belassen. Importieren Sie erneut, um es zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PyShardsSource</name>
    <message>
        <source>“%1” is not a pyshards shardconf: it could not be read.</source>
        <translation>„%1“ ist keine pyshards-shardconf: Sie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is already a ShardDesk config store: open it directly.</source>
        <translation>„%1“ ist bereits ein ShardDesk-Konfigurationsspeicher: Öffnen Sie ihn direkt.</translation>
    </message>
    <message>
        <source>“%1” is not a pyshards shardconf: it has no tables shard and vshard.</source>
        <translation>„%1“ ist keine pyshards-shardconf: Sie enthält keine Tabellen shard und vshard.</translation>
    </message>
    <message>
        <source>Could not read the shards of the pyshards shardconf %1.</source>
        <translation>Die Shards der pyshards-shardconf %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the vshards of the pyshards shardconf %1.</source>
        <translation>Die VShards der pyshards-shardconf %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not remove the passwords from the pyshards shardconf %1.</source>
        <translation>Die Passwörter konnten nicht aus der pyshards-shardconf %1 entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RamChart</name>
    <message>
        <source>Server memory chart</source>
        <translation>Diagramm des Serverspeichers</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Recommended %1–%2 %</source>
        <translation>Empfohlen %1–%2 %</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Buffer pool data</source>
        <translation>Daten im Pufferpool</translation>
    </message>
    <message>
        <source>Buffer pool size</source>
        <translation>Größe des Pufferpools</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RemoveShardCommand</name>
    <message numerus="yes">
        <source>Shard %1 cannot be removed: %n vshard(s) are mapped to it. Assign them to another bucket first.</source>
        <translation>
            <numerusform>Shard %1 kann nicht entfernt werden: %n VShard ist ihm zugeordnet. Weisen Sie sie zuerst einem anderen Bucket zu.</numerusform>
            <numerusform>Shard %1 kann nicht entfernt werden: %n VShards sind ihm zugeordnet. Weisen Sie sie zuerst einem anderen Bucket zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shard %1 cannot be removed: shard %2 is its overflow shard. Remove or re-chain shard %2 first.</source>
        <translation>Shard %1 kann nicht entfernt werden: Shard %2 ist sein Überlauf-Shard. Entfernen Sie Shard %2 zuerst oder verketten Sie ihn neu.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ReviewPage</name>
    <message>
        <source>&amp;Drop and recreate the databases that exist</source>
        <translation>Vorhandene Datenbanken &amp;löschen und neu anlegen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Type the cluster name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Clusternamen ein</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster&amp;name:</translation>
    </message>
    <message>
        <source>Every statement that will run, per server. An existing configuration in %1 is exported to a backup file first, automatically.</source>
        <translation>Jede Anweisung, die ausgeführt wird, pro Server. Eine vorhandene Konfiguration in %1 wird vorher automatisch in eine Sicherungsdatei exportiert.</translation>
    </message>
    <message>
        <source>Looking for planned databases that already exist…</source>
        <translation>Geplante Datenbanken, die bereits existieren, werden gesucht…</translation>
    </message>
    <message>
        <source>Some servers could not be checked; fix them before creating:
%1</source>
        <translation>Einige Server konnten nicht geprüft werden; beheben Sie das vor dem Anlegen:
%1</translation>
    </message>
    <message>
        <source>None of the planned databases exists yet.</source>
        <translation>Keine der geplanten Datenbanken existiert bisher.</translation>
    </message>
    <message>
        <source>These databases already exist and are refused unless you drop and recreate them (their data is lost):
%1</source>
        <translation>Diese Datenbanken existieren bereits und werden abgelehnt, wenn Sie sie nicht löschen und neu anlegen (ihre Daten gehen verloren):
%1</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RouteInspector</name>
    <message>
        <source>A shard key, e.g. alice@example.com</source>
        <translation>Ein Shard-Schlüssel, z. B. alice@example.com</translation>
    </message>
    <message>
        <source>Shard key to route</source>
        <translation>Zu leitender Shard-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>CRC32:</source>
        <translation>CRC32:</translation>
    </message>
    <message>
        <source>VShard:</source>
        <translation>VShard:</translation>
    </message>
    <message>
        <source>Bucket head:</source>
        <translation>Bucket-Kopf:</translation>
    </message>
    <message>
        <source>A write goes to:</source>
        <translation>Ein Schreibzugriff geht an:</translation>
    </message>
    <message>
        <source>A read visits:</source>
        <translation>Ein Lesezugriff besucht:</translation>
    </message>
    <message>
        <source>Or paste many keys, one per line.</source>
        <translation>Oder fügen Sie viele Schlüssel ein, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Shard keys to route, one per line</source>
        <translation>Zu leitende Shard-Schlüssel, einer pro Zeile</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>CRC32</source>
        <translation>CRC32</translation>
    </message>
    <message>
        <source>VShard</source>
        <translation>VShard</translation>
    </message>
    <message>
        <source>Bucket head</source>
        <translation>Bucket-Kopf</translation>
    </message>
    <message>
        <source>A write goes to</source>
        <translation>Ein Schreibzugriff geht an</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Mehrere Schlüssel:</translation>
    </message>
    <message>
        <source>shard %1, %2</source>
        <translation>Shard %1, %2</translation>
    </message>
    <message>
        <source>missing shard %1</source>
        <translation>fehlender Shard %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 keys.</source>
        <translation>Die ersten %1 von %2 Schlüsseln werden angezeigt.</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>unmapped: assign this vshard to a bucket head</source>
        <translation>nicht zugeordnet: Weisen Sie diese VShard einem Bucket-Kopf zu</translation>
    </message>
    <message>
        <source>shard %1, %2 (every shard of the bucket is full)</source>
        <translation>Shard %1, %2 (jeder Shard des Buckets ist voll)</translation>
    </message>
    <message>
        <source>shards %1, in this order</source>
        <translation>Shards %1, in dieser Reihenfolge</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RowCopier</name>
    <message>
        <source>Could not read rows of table &quot;%1&quot; of shard %2.</source>
        <translation>Zeilen der Tabelle „%1“ von Shard %2 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write rows of table &quot;%1&quot; to shard %2.</source>
        <translation>Zeilen der Tabelle „%1“ konnten nicht in Shard %2 geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not checksum table &quot;%1&quot; of shard %2.</source>
        <translation>Die Prüfsumme der Tabelle „%1“ von Shard %2 konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Could not delete rows of table &quot;%1&quot; of shard %2.</source>
        <translation>Zeilen der Tabelle „%1“ von Shard %2 konnten nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RowLookupPanel</name>
    <message>
        <source>&amp;Look Up Row</source>
        <translation>Zeile &amp;nachschlagen</translation>
    </message>
    <message>
        <source>Table to look the key up in</source>
        <translation>Tabelle, in der der Schlüssel nachgeschlagen wird</translation>
    </message>
    <message>
        <source>Key column of the table</source>
        <translation>Schlüsselspalte der Tabelle</translation>
    </message>
    <message>
        <source>Reads the key&apos;s rows from every shard of its bucket.</source>
        <translation>Liest die Zeilen des Schlüssels aus jedem Shard seines Buckets.</translation>
    </message>
    <message>
        <source>Rows found for the key</source>
        <translation>Für den Schlüssel gefundene Zeilen</translation>
    </message>
    <message>
        <source>SELECT * FROM</source>
        <translation>SELECT * FROM</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>= key</source>
        <translation>= Schlüssel</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>„%1“ wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>%1 (shard %2)</source>
        <translation>%1 (Shard %2)</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, the first %3 shown.</source>
        <translation>%1: %2 Zeilen, die ersten %3 werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n row(s) in the key&apos;s bucket.</source>
        <translation>
            <numerusform>%n Zeile im Bucket des Schlüssels gefunden.</numerusform>
            <numerusform>%n Zeilen im Bucket des Schlüssels gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::SchemaPage</name>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>The tables created in every shard database. Edit them if your load test needs other columns; keep VIRTUAL_SHARD and the key column.</source>
        <translation>Die Tabellen, die in jeder Shard-Datenbank angelegt werden. Bearbeiten Sie sie, wenn Ihr Lasttest andere Spalten braucht; behalten Sie VIRTUAL_SHARD und die Schlüsselspalte bei.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::SecretBox</name>
    <message numerus="yes">
        <source>A key for sealed secrets must be %n byte(s) long.</source>
        <translation>
            <numerusform>Ein Schlüssel für versiegelte Geheimnisse muss %n Byte lang sein.</numerusform>
            <numerusform>Ein Schlüssel für versiegelte Geheimnisse muss %n Byte lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sealed secret is too short: it is damaged or was cut off.</source>
        <translation>Das versiegelte Geheimnis ist zu kurz: Es ist beschädigt oder wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The master password is wrong, or the file was tampered with.</source>
        <translation>Das Master-Passwort ist falsch, oder die Datei wurde manipuliert.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServerAddress</name>
    <message>
        <source>The host name &quot;%1&quot; contains a space.</source>
        <translation>Der Hostname „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is %2 characters long; host names have at most 253.</source>
        <translation>Der Hostname „%1“ ist %2 Zeichen lang; Hostnamen haben höchstens 253.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has a part of %2 characters; each part between dots must have 1 to 63.</source>
        <translation>Der Hostname „%1“ hat einen Teil mit %2 Zeichen; jeder Teil zwischen Punkten muss 1 bis 63 haben.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; may contain only letters a-z, digits and hyphens, and no part may begin or end with a hyphen.</source>
        <translation>Der Hostname „%1“ darf nur die Buchstaben a-z, Ziffern und Bindestriche enthalten, und kein Teil darf mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: with a port, write the IPv6 address in brackets, as in &quot;[%2]:%3&quot;; without a port, write &quot;[%1]&quot;.</source>
        <translation>„%1“ ist mehrdeutig: Mit Port schreiben Sie die IPv6-Adresse in eckigen Klammern, etwa „[%2]:%3“; ohne Port schreiben Sie „[%1]“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address. An IPv6 address with a port is written in brackets, as in &quot;[::1]:3306&quot;.</source>
        <translation>„%1“ ist keine IPv6-Adresse. Eine IPv6-Adresse mit Port wird in eckigen Klammern geschrieben, etwa „[::1]:3306“.</translation>
    </message>
    <message>
        <source>Enter a server address: a host name or IP address, optionally followed by :port.</source>
        <translation>Geben Sie eine Serveradresse ein: einen Hostnamen oder eine IP-Adresse, optional gefolgt von :Port.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; contains a space.</source>
        <translation>Die Serveradresse „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; opens a bracket but does not close it.</source>
        <translation>Die Serveradresse „%1“ öffnet eine eckige Klammer, schließt sie aber nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address: only IPv6 addresses are written in brackets.</source>
        <translation>„%1“ ist keine IPv6-Adresse: Nur IPv6-Adressen werden in eckigen Klammern geschrieben.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; has unexpected text after the closing bracket; write it as &quot;[address]:port&quot;.</source>
        <translation>Die Serveradresse „%1“ hat unerwarteten Text nach der schließenden Klammer; schreiben Sie sie als „[Adresse]:Port“.</translation>
    </message>
    <message>
        <source>Enter a host name or IP address.</source>
        <translation>Geben Sie einen Hostnamen oder eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation>Der Port %1 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;localhost&quot; would use the local socket and ignore the port; using TCP to 127.0.0.1 instead.</source>
        <translation>„localhost“ würde den lokalen Socket verwenden und den Port ignorieren; stattdessen wird TCP zu 127.0.0.1 verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServerProbe</name>
    <message>
        <source>Could not read the version of %1.</source>
        <translation>Die Version von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the status of %1.</source>
        <translation>Der Status von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the shard sizes on %1.</source>
        <translation>Die Shard-Größen auf %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServerTableModel</name>
    <message>
        <source>Host RAM in GiB. Enter it for a server on another machine; 0 clears it.</source>
        <translation>Host-RAM in GiB. Geben Sie ihn für einen Server auf einem anderen Rechner ein; 0 löscht ihn.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Queries/s</source>
        <translation>Abfragen/s</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Buffer pool data</source>
        <translation>Daten im Pufferpool</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>%1 Use Edit → Set Password… to set it.</source>
        <translation>%1 Legen Sie es mit Bearbeiten → Passwort festlegen… fest.</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServersPage</name>
    <message>
        <source>Test connections</source>
        <translation>Verbindungen testen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>One server per line: host, host:port, [IPv6]:port or a DNS name. Lines starting with # and blank lines are skipped.</source>
        <translation>Ein Server pro Zeile: host, host:port, [IPv6]:port oder ein DNS-Name. Zeilen, die mit # beginnen, und leere Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source># MariaDB servers of the test cluster
10.0.0.11
10.0.0.12:3307</source>
        <translation># MariaDB-Server des Testclusters
10.0.0.11
10.0.0.12:3307</translation>
    </message>
    <message>
        <source>Logs in to every server at once with the login of the next page and shows its version and RAM.</source>
        <translation>Meldet sich mit der Anmeldung der nächsten Seite gleichzeitig an jedem Server an und zeigt seine Version und seinen RAM.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1 (host)</source>
        <translation>%1 (Host)</translation>
    </message>
    <message>
        <source>%1 (buffer pool)</source>
        <translation>%1 (Pufferpool)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardConnection</name>
    <message>
        <source>No login is configured for shard %1.</source>
        <translation>Für Shard %1 ist keine Anmeldung konfiguriert.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardEditActions</name>
    <message>
        <source>&amp;Add Shard</source>
        <translation>Shard &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Shard</source>
        <translation>Shard &amp;duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move Shard</source>
        <translation>Shard ent&amp;fernen</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test &amp;All Connections</source>
        <translation>&amp;Alle Verbindungen testen</translation>
    </message>
    <message>
        <source>The password for %1 is kept in: %2.</source>
        <translation>Das Passwort für %1 wird aufbewahrt in: %2.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Duplicate shard as %1</source>
        <translation>Shard als %1 duplizieren</translation>
    </message>
    <message>
        <source>Add shard %1</source>
        <translation>Shard %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Shard</source>
        <translation>Shard entfernen</translation>
    </message>
    <message>
        <source>Remove shard %1</source>
        <translation>Shard %1 entfernen</translation>
    </message>
    <message>
        <source>Set the credential of shard %1</source>
        <translation>Zugangsdaten von Shard %1 festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Set the credential of %n shard(s)</source>
        <translation>
            <numerusform>Zugangsdaten von %n Shard festlegen</numerusform>
            <numerusform>Zugangsdaten von %n Shards festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password for %n login(s) is kept in: %1.</source>
        <translation>
            <numerusform>Das Passwort für %n Anmeldung wird aufbewahrt in: %1.</numerusform>
            <numerusform>Das Passwort für %n Anmeldungen wird aufbewahrt in: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardLink</name>
    <message>
        <source>No login is configured for shard %1.</source>
        <translation>Für Shard %1 ist keine Anmeldung konfiguriert.</translation>
    </message>
    <message>
        <source>Could not set up the session on shard %1.</source>
        <translation>Die Sitzung auf Shard %1 konnte nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardRechain</name>
    <message>
        <source>Shard %1 no longer exists.</source>
        <translation>Shard %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Shard %1 is a bucket head already.</source>
        <translation>Shard %1 ist bereits ein Bucket-Kopf.</translation>
    </message>
    <message>
        <source>Shard %1 is the overflow shard of shard %2 already.</source>
        <translation>Shard %1 ist bereits der Überlauf-Shard von Shard %2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardSession</name>
    <message>
        <source>The key cannot be routed: the topology has no vshards.</source>
        <translation>Der Schlüssel kann nicht geleitet werden: Die Topologie hat keine VShards.</translation>
    </message>
    <message>
        <source>The key cannot be routed: its vshard %1 is not mapped to a shard.</source>
        <translation>Der Schlüssel kann nicht geleitet werden: Seine VShard %1 ist keinem Shard zugeordnet.</translation>
    </message>
    <message>
        <source>Vshard %1 is being moved to another shard; try the write again in a moment.</source>
        <translation>VShard %1 wird gerade in einen anderen Shard verschoben; versuchen Sie den Schreibzugriff gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not list the sharded tables of shard %1.</source>
        <translation>Die geshardeten Tabellen von Shard %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not read the largest id of table &quot;%1&quot; of shard %2.</source>
        <translation>Die größte ID der Tabelle „%1“ von Shard %2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not insert into table &quot;%1&quot; of shard %2.</source>
        <translation>In die Tabelle „%1“ von Shard %2 konnte nicht eingefügt werden.</translation>
    </message>
    <message>
        <source>Could not read table &quot;%1&quot; of shard %2.</source>
        <translation>Die Tabelle „%1“ von Shard %2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Shard %1 is not in a bucket, so its ids cannot continue those of the shards before it.</source>
        <translation>Shard %1 liegt in keinem Bucket, daher können seine IDs nicht an die der vorherigen Shards anschließen.</translation>
    </message>
    <message>
        <source>Could not advance the ids of table &quot;%1&quot; of shard %2.</source>
        <translation>Die IDs der Tabelle „%1“ von Shard %2 konnten nicht weitergezählt werden.</translation>
    </message>
    <message>
        <source>Could not count the rows of table &quot;%1&quot; of shard %2.</source>
        <translation>Die Zeilen der Tabelle „%1“ von Shard %2 konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The statement failed on shard %1.</source>
        <translation>Die Anweisung ist auf Shard %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The statement failed on server %1.</source>
        <translation>Die Anweisung ist auf Server %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardSizeChart</name>
    <message>
        <source>Size and capacity</source>
        <translation>Größe und Kapazität</translation>
    </message>
    <message>
        <source>Current MB</source>
        <translation>Aktuell MB</translation>
    </message>
    <message>
        <source>Capacity MB</source>
        <translation>Kapazität MB</translation>
    </message>
    <message>
        <source>Shard size and capacity chart</source>
        <translation>Diagramm von Shard-Größe und Kapazität</translation>
    </message>
    <message>
        <source>Size history (MB)</source>
        <translation>Größenverlauf (MB)</translation>
    </message>
    <message>
        <source>Shard size history chart</source>
        <translation>Diagramm des Shard-Größenverlaufs</translation>
    </message>
    <message>
        <source>Shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>Shard %1 (%2)</source>
        <translation>Shard %1 (%2)</translation>
    </message>
    <message>
        <source>Shard %1 (%2): %3 of %4 MB, %5.</source>
        <translation>Shard %1 (%2): %3 von %4 MB, %5.</translation>
    </message>
    <message>
        <source>No shards on this server.</source>
        <translation>Keine Shards auf diesem Server.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardStatement</name>
    <message>
        <source>An insert needs at least one column.</source>
        <translation>Eine Einfügung braucht mindestens eine Spalte.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardTile</name>
    <message>
        <source>%1
%2 %</source>
        <translation>%1
%2 %</translation>
    </message>
    <message>
        <source>%1
unreachable</source>
        <translation>%1
nicht erreichbar</translation>
    </message>
    <message>
        <source>Shard %1, %2 % of capacity</source>
        <translation>Shard %1, %2 % der Kapazität</translation>
    </message>
    <message>
        <source>Shard %1, server unreachable</source>
        <translation>Shard %1, Server nicht erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1
no password</source>
        <translation>%1
kein Passwort</translation>
    </message>
    <message>
        <source>Shard %1, no password for its login</source>
        <translation>Shard %1, kein Passwort für seine Anmeldung</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardTreeModel</name>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Bucket head on %1</source>
        <translation>Bucket-Kopf auf %1</translation>
    </message>
    <message>
        <source>Overflow shard of shard %1: takes new rows once it is full</source>
        <translation>Überlauf-Shard von Shard %1: nimmt neue Zeilen auf, sobald dieser voll ist</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no parent: a bucket head</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>Change %1 of shard %2</source>
        <translation>%1 von Shard %2 ändern</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>column header: the shard this one overflows from</comment>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Capacity MB</source>
        <translation>Kapazität MB</translation>
    </message>
    <message>
        <source>Current MB</source>
        <translation>Aktuell MB</translation>
    </message>
    <message>
        <source>% full</source>
        <translation>% voll</translation>
    </message>
    <message>
        <source>Full</source>
        <comment>column header: shard is full</comment>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Reachable</source>
        <comment>column header: result of Test connection</comment>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>A shard can only be re-chained within the window it was dragged from.</source>
        <translation>Ein Shard kann nur in dem Fenster neu verkettet werden, aus dem er gezogen wurde.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardedTables</name>
    <message>
        <source>Could not list the tables of shard %1.</source>
        <translation>Die Tabellen von Shard %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not read the foreign keys of shard %1.</source>
        <translation>Die Fremdschlüssel von Shard %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; of shard %2 has no single-column primary key, so its rows cannot be moved in chunks.</source>
        <translation>Die Tabelle „%1“ von Shard %2 hat keinen einspaltigen Primärschlüssel, daher können ihre Zeilen nicht in Blöcken verschoben werden.</translation>
    </message>
    <message>
        <source>The foreign keys of tables %1 form a cycle, so no table of them can be copied first.</source>
        <translation>Die Fremdschlüssel der Tabellen %1 bilden einen Zyklus, daher kann keine dieser Tabellen zuerst kopiert werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::SqlIdentifier</name>
    <message>
        <source>%1 &quot;%2&quot; is not allowed: use 1 to 64 characters, each a lower-case letter a-z, a digit or an underscore.</source>
        <extracomment>%1 says what the name is for, e.g. &quot;Database name&quot;; %2 is the name.</extracomment>
        <translation>%1 „%2“ ist nicht zulässig: Verwenden Sie 1 bis 64 Zeichen, jeweils einen Kleinbuchstaben a-z, eine Ziffer oder einen Unterstrich.</translation>
    </message>
    <message>
        <source>A database, table or column name cannot be empty.</source>
        <translation>Ein Datenbank-, Tabellen- oder Spaltenname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a NUL character, which MySQL does not allow in names.</source>
        <translation>Der Name „%1“ enthält ein NUL-Zeichen, das MySQL in Namen nicht erlaubt.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a character outside the Basic Multilingual Plane (such as an emoji), which MySQL does not allow in names.</source>
        <translation>Der Name „%1“ enthält ein Zeichen außerhalb der Basic Multilingual Plane (etwa ein Emoji), das MySQL in Namen nicht erlaubt.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; MySQL names have at most 64.</source>
        <translation>Der Name „%1“ hat %2 Zeichen; MySQL-Namen haben höchstens 64.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; ends with a space, which MySQL does not allow in names.</source>
        <translation>Der Name „%1“ endet mit einem Leerzeichen, das MySQL in Namen nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Topology</name>
    <message>
        <source>The hash function “%1” is not supported; ShardDesk routes keys with crc32.</source>
        <translation>Die Hashfunktion „%1“ wird nicht unterstützt; ShardDesk leitet Schlüssel mit crc32.</translation>
    </message>
    <message>
        <source>The key column “%1” is not a valid column name: use 1 to 64 letters, digits or underscores, not only digits.</source>
        <translation>Die Schlüsselspalte „%1“ ist kein gültiger Spaltenname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern oder Unterstriche, nicht nur Ziffern.</translation>
    </message>
    <message>
        <source>Shard %1: the id must be a number greater than 0.</source>
        <translation>Shard %1: Die ID muss eine Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>Shard %1: the host is empty.</source>
        <translation>Shard %1: Der Host ist leer.</translation>
    </message>
    <message>
        <source>Shard %1: port %2 is outside 1–65535.</source>
        <translation>Shard %1: Port %2 liegt außerhalb von 1–65535.</translation>
    </message>
    <message>
        <source>Shard %1: the database name is empty.</source>
        <translation>Shard %1: Der Datenbankname ist leer.</translation>
    </message>
    <message>
        <source>Shard %1: “%2” is not a valid database name: use 1 to 64 letters, digits or underscores, not only digits.</source>
        <translation>Shard %1: „%2“ ist kein gültiger Datenbankname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern oder Unterstriche, nicht nur Ziffern.</translation>
    </message>
    <message>
        <source>Shard %1: the user is empty.</source>
        <translation>Shard %1: Der Benutzer ist leer.</translation>
    </message>
    <message>
        <source>Shard %1: the capacity must be more than 0 MB; it is %2 MB.</source>
        <translation>Shard %1: Die Kapazität muss größer als 0 MB sein; sie beträgt %2 MB.</translation>
    </message>
    <message>
        <source>Shard %1: the current size must be 0 MB or more; it is %2 MB.</source>
        <translation>Shard %1: Die aktuelle Größe muss 0 MB oder mehr betragen; sie beträgt %2 MB.</translation>
    </message>
    <message>
        <source>Shard id %1 is used more than once.</source>
        <translation>Die Shard-ID %1 wird mehrfach verwendet.</translation>
    </message>
    <message>
        <source>Shard %1 uses the same database as shard %2: %3.</source>
        <translation>Shard %1 verwendet dieselbe Datenbank wie Shard %2: %3.</translation>
    </message>
    <message>
        <source>Shard %1: parent shard %2 does not exist.</source>
        <translation>Shard %1: Der übergeordnete Shard %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Shard %1 is on %2 but its parent shard %3 is on %4; all shards of a bucket must be on one server.</source>
        <translation>Shard %1 liegt auf %2, sein übergeordneter Shard %3 aber auf %4; alle Shards eines Buckets müssen auf einem Server liegen.</translation>
    </message>
    <message>
        <source>Shard %1 and shard %2 both have parent shard %3; a bucket is a chain, so a shard can have only one overflow shard.</source>
        <translation>Shard %1 und Shard %2 haben beide den übergeordneten Shard %3; ein Bucket ist eine Kette, daher kann ein Shard nur einen Überlauf-Shard haben.</translation>
    </message>
    <message>
        <source>Shard %1 is its own parent.</source>
        <translation>Shard %1 ist sein eigener übergeordneter Shard.</translation>
    </message>
    <message>
        <source>Shard %1 is part of a cycle of parents (%2), so it belongs to no bucket; a bucket must start at a head shard with parent 0.</source>
        <translation>Shard %1 ist Teil eines Zyklus übergeordneter Shards (%2) und gehört daher zu keinem Bucket; ein Bucket muss bei einem Kopf-Shard mit übergeordnetem Shard 0 beginnen.</translation>
    </message>
    <message>
        <source>The cluster needs at least 1 vshard; the settings say %1.</source>
        <translation>Der Cluster braucht mindestens 1 VShard; die Einstellungen nennen %1.</translation>
    </message>
    <message>
        <source>The settings say %1 vshards but the vshard map has %2.</source>
        <translation>Die Einstellungen nennen %1 VShards, aber die VShard-Zuordnung hat %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) cannot cover %1 bucket heads; each bucket needs at least one vshard.</source>
        <translation>
            <numerusform>%n VShard kann nicht %1 Bucket-Köpfe abdecken; jeder Bucket braucht mindestens eine VShard.</numerusform>
            <numerusform>%n VShards können nicht %1 Bucket-Köpfe abdecken; jeder Bucket braucht mindestens eine VShard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are not mapped to a bucket head (vshards %1).</source>
        <translation>
            <numerusform>%n VShard ist keinem Bucket-Kopf zugeordnet (VShards %1).</numerusform>
            <numerusform>%n VShards sind keinem Bucket-Kopf zugeordnet (VShards %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are mapped to shard %1, which does not exist (vshards %2).</source>
        <translation>
            <numerusform>%n VShard ist Shard %1 zugeordnet, der nicht existiert (VShards %2).</numerusform>
            <numerusform>%n VShards sind Shard %1 zugeordnet, der nicht existiert (VShards %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are mapped to shard %1, which is not a bucket head but an overflow shard of shard %2 (vshards %3).</source>
        <translation>
            <numerusform>%n VShard ist Shard %1 zugeordnet, der kein Bucket-Kopf ist, sondern ein Überlauf-Shard von Shard %2 (VShards %3).</numerusform>
            <numerusform>%n VShards sind Shard %1 zugeordnet, der kein Bucket-Kopf ist, sondern ein Überlauf-Shard von Shard %2 (VShards %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyDiff</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no parent shard: a bucket head</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>parent %1 → %2</source>
        <translation>übergeordnet %1 → %2</translation>
    </message>
    <message>
        <source>host %1 → %2</source>
        <translation>Host %1 → %2</translation>
    </message>
    <message>
        <source>port %1 → %2</source>
        <translation>Port %1 → %2</translation>
    </message>
    <message>
        <source>database %1 → %2</source>
        <translation>Datenbank %1 → %2</translation>
    </message>
    <message>
        <source>user %1 → %2</source>
        <translation>Benutzer %1 → %2</translation>
    </message>
    <message>
        <source>credential reference %1 → %2</source>
        <translation>Verweis auf Zugangsdaten %1 → %2</translation>
    </message>
    <message>
        <source>capacity %1 MB → %2 MB</source>
        <translation>Kapazität %1 MB → %2 MB</translation>
    </message>
    <message>
        <source>current size %1 MB → %2 MB</source>
        <translation>aktuelle Größe %1 MB → %2 MB</translation>
    </message>
    <message>
        <source>full %1 → %2</source>
        <translation>voll %1 → %2</translation>
    </message>
    <message>
        <source>initialized %1 → %2</source>
        <translation>initialisiert %1 → %2</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>Name %1 → %2</translation>
    </message>
    <message>
        <source>vshards %1 → %2</source>
        <translation>VShards %1 → %2</translation>
    </message>
    <message>
        <source>hash %1 → %2</source>
        <translation>Hash %1 → %2</translation>
    </message>
    <message>
        <source>key normalization %1 → %2</source>
        <translation>Schlüsselnormalisierung %1 → %2</translation>
    </message>
    <message>
        <source>key column %1 → %2</source>
        <translation>Schlüsselspalte %1 → %2</translation>
    </message>
    <message>
        <source>schema version %1 → %2</source>
        <translation>Schemaversion %1 → %2</translation>
    </message>
    <message>
        <source>Change cluster settings</source>
        <translation>Cluster-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change cluster settings: %1</source>
        <translation>Cluster-Einstellungen ändern: %1</translation>
    </message>
    <message>
        <source>Add shard %1: %2</source>
        <translation>Shard %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>Add shard %1: %2, overflow of shard %3</source>
        <translation>Shard %1 hinzufügen: %2, Überlauf von Shard %3</translation>
    </message>
    <message>
        <source>Change shard %1: %2</source>
        <translation>Shard %1 ändern: %2</translation>
    </message>
    <message>
        <source>Remove shard %1: %2</source>
        <translation>Shard %1 entfernen: %2</translation>
    </message>
    <message>
        <source>Remove shard %1: %2, overflow of shard %3</source>
        <translation>Shard %1 entfernen: %2, Überlauf von Shard %3</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n vshard(s)</source>
        <translation>
            <numerusform>%n VShard neu zuweisen</numerusform>
            <numerusform>%n VShards neu zuweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyJson</name>
    <message>
        <source>The field “%1” must be a whole number from %2 to %3; it is %4.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl von %2 bis %3 sein; es ist %4.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be a number.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be a string.</source>
        <translation>Das Feld „%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be true or false.</source>
        <translation>Das Feld „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object.</source>
        <translation>Das Feld „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The field “%1” must be a list.</source>
        <translation>Das Feld „%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The field “%1” holds a password. Passwords are not accepted in topology files; store them in the credential store and refer to them with “credentialRef”.</source>
        <translation>Das Feld „%1“ enthält ein Passwort. Passwörter werden in Topologiedateien nicht akzeptiert; speichern Sie sie im Zugangsdatenspeicher und verweisen Sie mit „credentialRef“ darauf.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field “settings.keyNormalization” must be “none” or “lowercase”; it is “%1”.</source>
        <translation>Das Feld „settings.keyNormalization“ muss „none“ oder „lowercase“ sein; es ist „%1“.</translation>
    </message>
    <message>
        <source>The entry “%1” must be an object.</source>
        <translation>Der Eintrag „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The vshard range “%1” starts after it ends (%2 &gt; %3).</source>
        <translation>Der VShard-Bereich „%1“ beginnt nach seinem Ende (%2 &gt; %3).</translation>
    </message>
    <message>
        <source>The vshard range “%1” (%2–%3) is outside 0–%4.</source>
        <translation>Der VShard-Bereich „%1“ (%2–%3) liegt außerhalb von 0–%4.</translation>
    </message>
    <message>
        <source>The vshard ranges %1–%2 and %3–%4 overlap.</source>
        <translation>Die VShard-Bereiche %1–%2 und %3–%4 überschneiden sich.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The file is not a ShardDesk topology: it does not hold a JSON object.</source>
        <translation>Die Datei ist keine ShardDesk-Topologie: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not a ShardDesk topology: its format is “%1”, not “%2”.</source>
        <translation>Die Datei ist keine ShardDesk-Topologie: Ihr Format ist „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>This file was written by a newer ShardDesk (format %1); this version reads up to %2.</source>
        <translation>Diese Datei wurde von einem neueren ShardDesk geschrieben (Format %1); diese Version liest bis %2.</translation>
    </message>
    <message>
        <source>The format version %1 is not valid; it must be 1 or more.</source>
        <translation>Die Formatversion %1 ist ungültig; sie muss 1 oder größer sein.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyRebase</name>
    <message>
        <source>The number of vshards changed from %1 to %2 in the store; your edits cannot be reapplied.</source>
        <translation>Die Anzahl der VShards hat sich im Speicher von %1 auf %2 geändert; Ihre Änderungen können nicht erneut angewendet werden.</translation>
    </message>
    <message>
        <source>Shard %1 was added both by you and in the store; reload and add yours again under a new id.</source>
        <translation>Shard %1 wurde sowohl von Ihnen als auch im Speicher hinzugefügt; laden Sie neu und fügen Sie Ihren unter einer neuen ID erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardChart</name>
    <message>
        <source>VShards per bucket head</source>
        <translation>VShards pro Bucket-Kopf</translation>
    </message>
    <message>
        <source>%1: %2 vshards</source>
        <translation>%1: %2 VShards</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardMapModel</name>
    <message>
        <source>—</source>
        <comment>no head shard</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>(unmapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>(missing shard %1)</source>
        <translation>(fehlender Shard %1)</translation>
    </message>
    <message>
        <source>VShard</source>
        <translation>VShard</translation>
    </message>
    <message>
        <source>Head shard</source>
        <translation>Kopf-Shard</translation>
    </message>
    <message>
        <source>Server / database</source>
        <translation>Server / Datenbank</translation>
    </message>
    <message>
        <source>Rows of every sharded table with this vshard, on all shards. Empty until Measure Sizes.</source>
        <translation>Zeilen aller geshardeten Tabellen mit diesem VShard, auf allen Shards. Leer bis „Größen messen“.</translation>
    </message>
    <message>
        <source>Those rows times each table&apos;s average row length, in megabytes. Empty until Measure Sizes.</source>
        <translation>Diese Zeilen mal die durchschnittliche Zeilenlänge ihrer Tabelle, in Megabyte. Leer bis „Größen messen“.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardMapPanel</name>
    <message>
        <source>&amp;Assign Selection to Shard…</source>
        <translation>&amp;Auswahl einem Shard zuweisen…</translation>
    </message>
    <message>
        <source>Spread &amp;Evenly over Heads</source>
        <translation>&amp;Gleichmäßig auf Köpfe verteilen</translation>
    </message>
    <message>
        <source>VShard map</source>
        <translation>VShard-Zuordnung</translation>
    </message>
    <message>
        <source>Show head:</source>
        <translation>Kopf anzeigen:</translation>
    </message>
    <message>
        <source>vshards from</source>
        <translation>VShards von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>vshards from ... to ...</comment>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) selected</source>
        <translation>
            <numerusform>%n VShard ausgewählt</numerusform>
            <numerusform>%n VShards ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n vshard(s) to shard %1</source>
        <translation>
            <numerusform>%n VShard Shard %1 zuweisen</numerusform>
            <numerusform>%n VShards Shard %1 zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign vshards to shard %1</source>
        <translation>VShards Shard %1 zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) assigned to shard %1.</source>
        <translation>
            <numerusform>%n VShard Shard %1 zugewiesen.</numerusform>
            <numerusform>%n VShards Shard %1 zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread vshards evenly over %n head(s)</source>
        <translation>
            <numerusform>VShards gleichmäßig auf %n Kopf verteilen</numerusform>
            <numerusform>VShards gleichmäßig auf %n Köpfe verteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VShards spread evenly over %n bucket head(s).</source>
        <translation>
            <numerusform>VShards gleichmäßig auf %n Bucket-Kopf verteilt.</numerusform>
            <numerusform>VShards gleichmäßig auf %n Bucket-Köpfe verteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>If these vshards already hold rows, the rows stay where they are; use Move (rebalancing) to move them.</source>
        <translation>Wenn diese VShards bereits Zeilen enthalten, bleiben die Zeilen, wo sie sind; verwenden Sie „Verschieben“ (Rebalancing), um sie zu verschieben.</translation>
    </message>
    <message>
        <source>Shard %1 (%2)</source>
        <translation>Shard %1 (%2)</translation>
    </message>
    <message>
        <source>Assign Selection</source>
        <translation>Auswahl zuweisen</translation>
    </message>
    <message>
        <source>Bucket head for the selected vshards:</source>
        <translation>Bucket-Kopf für die ausgewählten VShards:</translation>
    </message>
    <message>
        <source>&amp;Move Selection to Shard…</source>
        <translation>Auswahl in einen Shard &amp;verschieben…</translation>
    </message>
    <message>
        <source>Measure &amp;Sizes</source>
        <translation>Größen &amp;messen</translation>
    </message>
    <message>
        <source>Counts every vshard&apos;s rows on the servers and fills in the Rows and Size columns.</source>
        <translation>Zählt die Zeilen jedes VShards auf den Servern und füllt die Spalten „Zeilen“ und „Größe“.</translation>
    </message>
    <message numerus="yes">
        <source>Counting every vshard&apos;s rows on %n shard(s)…</source>
        <translation>
            <numerusform>Zähle die Zeilen jedes VShards auf %n Shard…</numerusform>
            <numerusform>Zähle die Zeilen jedes VShards auf %n Shards…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not measure the vshards&apos; sizes: %1</source>
        <translation>Die Größen der VShards konnten nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>There are no stored shards to measure: apply the configuration first.</source>
        <translation>Es gibt keine gespeicherten Shards zum Messen: Übernehmen Sie zuerst die Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %Ln vshard(s) in %1 s: %2 rows, %3 MB.</source>
        <translation>
            <numerusform>%Ln VShard in %1 s gemessen: %2 Zeilen, %3 MB.</numerusform>
            <numerusform>%Ln VShards in %1 s gemessen: %2 Zeilen, %3 MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hold rows (%L1 rows), which stay on their shard: use Move to move them with their rows.</source>
        <translation>
            <numerusform>%Ln davon enthält Zeilen (%L1 Zeilen), die auf ihrem Shard bleiben: Verwenden Sie „Verschieben“, um sie mit ihren Zeilen zu verschieben.</numerusform>
            <numerusform>%Ln davon enthalten Zeilen (%L1 Zeilen), die auf ihrem Shard bleiben: Verwenden Sie „Verschieben“, um sie mit ihren Zeilen zu verschieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected vshards hold rows (%L1 rows).</source>
        <translation>
            <numerusform>%Ln der ausgewählten VShards enthält Zeilen (%L1 Zeilen).</numerusform>
            <numerusform>%Ln der ausgewählten VShards enthalten Zeilen (%L1 Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning only changes the map: the rows stay on their shard, where the new map no longer finds them. Use Move to move them with their rows.</source>
        <translation>Zuweisen ändert nur die Zuordnung: Die Zeilen bleiben auf ihrem Shard, wo die neue Zuordnung sie nicht mehr findet. Verwenden Sie „Verschieben“, um sie mit ihren Zeilen zu verschieben.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Assign Anyway</source>
        <translation>Trotzdem &amp;zuweisen</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardMover</name>
    <message>
        <source>The move stopped at step &quot;%1&quot;, as the test hook asked.</source>
        <translation>Die Verschiebung hat wie vom Test-Hook verlangt bei Schritt „%1“ angehalten.</translation>
    </message>
    <message>
        <source>Vshard %1 is mapped to shard %2, which its move from shard %3 to shard %4 at step &quot;%5&quot; does not explain; check its rows before resuming.</source>
        <translation>VShard %1 ist Shard %2 zugeordnet, was ihre Verschiebung von Shard %3 zu Shard %4 bei Schritt „%5“ nicht erklärt; prüfen Sie ihre Zeilen, bevor Sie fortsetzen.</translation>
    </message>
    <message>
        <source>The vshards were not switched because their rows differ between the source and the target (%1). Ids must be unique across the cluster; see docs/REBALANCING.md.</source>
        <translation>Die VShards wurden nicht umgeschaltet, weil sich ihre Zeilen zwischen Quelle und Ziel unterscheiden (%1). IDs müssen im ganzen Cluster eindeutig sein; siehe docs/REBALANCING.md.</translation>
    </message>
    <message>
        <source>The vshards could not be frozen: a writer kept using the routing from before the freeze for %1 ms.</source>
        <translation>Die VShards konnten nicht eingefroren werden: Ein Schreiber hat %1 ms lang weiter das Routing von vor dem Einfrieren verwendet.</translation>
    </message>
    <message>
        <source>Vshard %1 was remapped to shard %2 by someone else during its move.</source>
        <translation>VShard %1 wurde während ihrer Verschiebung von jemand anderem Shard %2 zugeordnet.</translation>
    </message>
    <message>
        <source>The vshards were not switched: the configuration kept changing under the mover.</source>
        <translation>Die VShards wurden nicht umgeschaltet: Die Konfiguration hat sich während der Verschiebung ständig geändert.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardSelection</name>
    <message>
        <source>No vshards given: write ids and ranges such as 17,18,40-63.</source>
        <translation>Keine VShards angegeben: Schreiben Sie IDs und Bereiche wie 17,18,40-63.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vshard id or a range such as 40-63.</source>
        <translation>„%1“ ist keine VShard-ID und kein Bereich wie 40-63.</translation>
    </message>
    <message>
        <source>The range %1 runs backwards.</source>
        <translation>Der Bereich %1 verläuft rückwärts.</translation>
    </message>
    <message>
        <source>%1 is outside the cluster&apos;s vshards 0–%2.</source>
        <translation>%1 liegt außerhalb der VShards 0–%2 des Clusters.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardSizer</name>
    <message>
        <source>Could not read the row length of table &quot;%1&quot; of shard %2.</source>
        <translation>Die Zeilenlänge der Tabelle „%1“ von Shard %2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not count the rows per vshard of table &quot;%1&quot; of shard %2.</source>
        <translation>Die Zeilen pro VShard der Tabelle „%1“ von Shard %2 konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardTransfer</name>
    <message>
        <source>Vshards cannot be moved from shard %1 to shard %2: one of them is not a bucket head of this cluster.</source>
        <translation>VShards können nicht von Shard %1 zu Shard %2 verschoben werden: Einer davon ist kein Bucket-Kopf dieses Clusters.</translation>
    </message>
    <message>
        <source>Could not write rows to shard %1.</source>
        <translation>Zeilen konnten nicht in Shard %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not drain the open transactions of shard %1.</source>
        <translation>Die offenen Transaktionen von Shard %1 konnten nicht abgewartet werden.</translation>
    </message>
    <message>
        <source>vshard %1, table &quot;%2&quot;: %3 row(s) with checksum %4 on the source, %5 row(s) with checksum %6 on the target</source>
        <translation>VShard %1, Tabelle „%2“: %3 Zeile(n) mit Prüfsumme %4 an der Quelle, %5 Zeile(n) mit Prüfsumme %6 am Ziel</translation>
    </message>
    <message>
        <source>Could not read the settings of shard %1.</source>
        <translation>Die Einstellungen von Shard %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Verifier</name>
    <message>
        <source>Could not check shard %1.</source>
        <translation>Shard %1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Could not read back key %1 on shard %2.</source>
        <translation>Schlüssel %1 konnte auf Shard %2 nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The user %1 read back differs from the generated one.</source>
        <translation>Der zurückgelesene Benutzer %1 weicht vom generierten ab.</translation>
    </message>
    <message>
        <source>Only %1 users were found, but %2 inserts were acknowledged.</source>
        <translation>Nur %1 Benutzer wurden gefunden, aber %2 Einfügungen wurden bestätigt.</translation>
    </message>
    <message>
        <source>%1 users were found: more than the %2 acknowledged and %3 unknown inserts.</source>
        <translation>%1 Benutzer wurden gefunden: mehr als die %2 bestätigten und %3 unbekannten Einfügungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have no comment.</source>
        <translation>
            <numerusform>%n Benutzer hat keinen Kommentar.</numerusform>
            <numerusform>%n Benutzer haben keinen Kommentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The FULLTEXT search found %1 &quot;elephant&quot; keywords; %2 were written.</source>
        <translation>Die FULLTEXT-Suche hat %1 „elephant“-Schlüsselwörter gefunden; geschrieben wurden %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a VIRTUAL_SHARD that is not CRC32(key) mod N.</source>
        <translation>
            <numerusform>%n Zeile hat ein VIRTUAL_SHARD, das nicht CRC32(Schlüssel) mod N ist.</numerusform>
            <numerusform>%n Zeilen haben ein VIRTUAL_SHARD, das nicht CRC32(Schlüssel) mod N ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) live outside the bucket the vshard map names.</source>
        <translation>
            <numerusform>%n Zeile liegt außerhalb des Buckets, den die VShard-Zuordnung nennt.</numerusform>
            <numerusform>%n Zeilen liegen außerhalb des Buckets, den die VShard-Zuordnung nennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled keys were not found.</source>
        <translation>%1 von %2 Stichprobenschlüsseln wurden nicht gefunden.</translation>
    </message>
    <message>
        <source>Scatter-gather counted %1 rows, fewer than the %2 found by key.</source>
        <translation>Scatter-Gather hat %1 Zeilen gezählt, weniger als die %2 per Schlüssel gefundenen.</translation>
    </message>
    <message>
        <source>Could not read the misplaced keys of shard %1.</source>
        <translation>Die falsch platzierten Schlüssel von Shard %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 on shard %2</source>
        <translation>%1 auf Shard %2</translation>
    </message>
    <message>
        <source>Could not look for duplicate keys on shard %1.</source>
        <translation>Auf Shard %1 konnte nicht nach doppelten Schlüsseln gesucht werden.</translation>
    </message>
    <message>
        <source>Extra copies of keys stored in their bucket: %1, for example %2.</source>
        <translation>Zusätzliche Kopien von Schlüsseln in ihrem Bucket: %1, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Misplaced rows, for example: %1.</source>
        <translation>Falsch platzierte Zeilen, zum Beispiel: %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check what the load test left in the cluster: counts, duplicate keys, a sample read back by key, comments, the FULLTEXT index and the placement of every row.</source>
        <translation>Prüfen, was der Lasttest im Cluster hinterlassen hat: Anzahlen, doppelte Schlüssel, eine nach Schlüssel zurückgelesene Stichprobe, Kommentare, den FULLTEXT-Index und die Platzierung jeder Zeile.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VerifyPanel</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>JSON speichern…</translation>
    </message>
    <message>
        <source>Verify a load test</source>
        <translation>Einen Lasttest prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Comments per user:</source>
        <translation>&amp;Kommentare pro Benutzer:</translation>
    </message>
    <message>
        <source>Sam&amp;ple of keys:</source>
        <translation>Stichprobe der &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Reading every shard…</source>
        <translation>Jeder Shard wird gelesen…</translation>
    </message>
    <message>
        <source>Rows found</source>
        <translation>Gefundene Zeilen</translation>
    </message>
    <message>
        <source>%1 found; expected from %2 to %3.</source>
        <translation>%1 gefunden; erwartet %2 bis %3.</translation>
    </message>
    <message>
        <source>No duplicate key</source>
        <translation>Kein doppelter Schlüssel</translation>
    </message>
    <message>
        <source>Sample read back by key</source>
        <translation>Stichprobe per Schlüssel zurückgelesen</translation>
    </message>
    <message>
        <source>%1 keys read, %2 missing, %3 different from the generator.</source>
        <translation>%1 Schlüssel gelesen, %2 fehlen, %3 weichen vom Generator ab.</translation>
    </message>
    <message>
        <source>Users joined with their comments</source>
        <translation>Benutzer mit ihren Kommentaren verknüpft</translation>
    </message>
    <message>
        <source>%1 comments, %2 users without a comment.</source>
        <translation>%1 Kommentare, %2 Benutzer ohne Kommentar.</translation>
    </message>
    <message>
        <source>Scatter-gather select on every shard</source>
        <translation>Scatter-Gather-Abfrage auf jedem Shard</translation>
    </message>
    <message>
        <source>%1 user rows on %2 shards.</source>
        <translation>%1 Benutzerzeilen auf %2 Shards.</translation>
    </message>
    <message>
        <source>&quot;elephant&quot; through the FULLTEXT index</source>
        <translation>„elephant“ über den FULLTEXT-Index</translation>
    </message>
    <message>
        <source>%1 comments found.</source>
        <translation>%1 Kommentare gefunden.</translation>
    </message>
    <message>
        <source>Placement audit</source>
        <translation>Prüfung der Platzierung</translation>
    </message>
    <message>
        <source>%1 rows with a wrong VIRTUAL_SHARD, %2 rows in the wrong bucket.</source>
        <translation>%1 Zeilen mit falschem VIRTUAL_SHARD, %2 Zeilen im falschen Bucket.</translation>
    </message>
    <message>
        <source>Verified in %1 s: everything checked out.</source>
        <translation>In %1 s geprüft: alles in Ordnung.</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>Die Prüfung hat Probleme gefunden:</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>There is no verification to save yet.</source>
        <translation>Es gibt noch keine Prüfung zum Speichern.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>Die Prüfung speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save verification</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>%1 extra copies in the buckets.</source>
        <translation>%1 zusätzliche Kopien in den Buckets.</translation>
    </message>
    <message>
        <source>%1 extra copies in the buckets, for example %2.</source>
        <translation>%1 zusätzliche Kopien in den Buckets, zum Beispiel %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShardDesk: sharded MySQL/MariaDB on the desktop.</source>
        <translation>ShardDesk: Sharding mit MySQL/MariaDB auf dem Desktop.</translation>
    </message>
    <message>
        <source>Config store to open: an SQLite file or mysql://user@host:port/database.</source>
        <translation>Zu öffnender Konfigurationsspeicher: eine SQLite-Datei oder mysql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Usage: sharddesk-cli COMMAND [options]</source>
        <translation>Aufruf: sharddesk-cli BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run sharddesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Starten Sie sharddesk-cli BEFEHL --help, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 validation or runtime error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Validierungs- oder Laufzeitfehler.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
</TS>
