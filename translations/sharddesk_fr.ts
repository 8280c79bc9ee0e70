<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ShardDesk::ApplyDialog</name>
    <message>
        <source>Apply Changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be written to %1 in one transaction:</source>
        <translation>
            <numerusform>%n modification sera écrite dans %1 en une seule transaction&#xa0;:</numerusform>
            <numerusform>Ces %n modifications seront écrites dans %1 en une seule transaction&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ApplyFlow</name>
    <message>
        <source>Apply Changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>The changes were not applied:
%1</source>
        <translation>Les modifications n&apos;ont pas été appliquées&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>The configuration has %n error(s); fix them before applying.</source>
        <translation>
            <numerusform>La configuration contient %n erreur&#xa0;; corrigez-la avant d&apos;appliquer.</numerusform>
            <numerusform>La configuration contient %n erreurs&#xa0;; corrigez-les avant d&apos;appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply was cancelled.</source>
        <translation>L&apos;application a été annulée.</translation>
    </message>
    <message>
        <source>Configuration Changed</source>
        <translation>Configuration modifiée</translation>
    </message>
    <message>
        <source>%1 changed the configuration at %2 (now version %3) after you loaded version %4. Nothing was written.</source>
        <translation>%1 a modifié la configuration le %2 (désormais version %3) après que vous avez chargé la version %4. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Reload and Reapply loads their version and replays your edits on it; you see the result before anything is written.</source>
        <translation>«&#xa0;Recharger et réappliquer&#xa0;» charge leur version et y rejoue vos modifications&#xa0;; vous voyez le résultat avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <source>&amp;Reload and Reapply</source>
        <translation>&amp;Recharger et réappliquer</translation>
    </message>
    <message>
        <source>The configuration was changed by someone else.</source>
        <translation>La configuration a été modifiée par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Reload and Reapply</source>
        <translation>Recharger et réappliquer</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CapacityPlannerView</name>
    <message>
        <source>Each shard should fit in RAM: the shards of a server together get %1–%2 % of the host&apos;s memory. Enter host RAM in the server table for servers on other machines.</source>
        <translation>Chaque shard doit tenir en RAM&#xa0;: les shards d&apos;un serveur reçoivent ensemble %1–%2&#xa0;% de la mémoire de l&apos;hôte. Saisissez la RAM de l&apos;hôte dans la table des serveurs pour les serveurs situés sur d&apos;autres machines.</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix of a spin box</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Target share of host RAM</source>
        <translation>Part cible de la RAM de l&apos;hôte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>RAM de l&apos;hôte</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Minimum MB per shard</source>
        <translation>Mo minimum par shard</translation>
    </message>
    <message>
        <source>Maximum MB per shard</source>
        <translation>Mo maximum par shard</translation>
    </message>
    <message>
        <source>Recommended MB per shard</source>
        <translation>Mo recommandés par shard</translation>
    </message>
    <message>
        <source>Apply recommendation</source>
        <translation>Appliquer la recommandation</translation>
    </message>
    <message>
        <source>Target share of host RAM:</source>
        <translation>Part cible de la RAM de l&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>enter host RAM first</source>
        <translation>saisissez d&apos;abord la RAM de l&apos;hôte</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::CliContext</name>
    <message>
        <source>The config store: an SQLite file or mysql://user@host:port/database (default: %1).</source>
        <translation>Le magasin de configuration&#xa0;: un fichier SQLite ou mysql://utilisateur@hôte:port/base (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>chemin-ou-url</translation>
    </message>
    <message>
        <source>Read the server password from environment variable &lt;name&gt; (passwords are never taken from the command line).</source>
        <translation>Lire le mot de passe du serveur dans la variable d&apos;environnement &lt;nom&gt; (les mots de passe ne sont jamais pris sur la ligne de commande).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Afficher les données au format JSON.</translation>
    </message>
    <message>
        <source>Keep passwords in this encrypted file instead of the OS keychain.</source>
        <translation>Conserver les mots de passe dans ce fichier chiffré au lieu du trousseau du système.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Read the master password of --secrets-file from environment variable &lt;name&gt;.</source>
        <translation>Lire le mot de passe maître de --secrets-file dans la variable d&apos;environnement &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>the config store %1</source>
        <translation>le magasin de configuration %1</translation>
    </message>
    <message>
        <source>%1 holds no cluster yet. Create one with: sharddesk-cli init --vshards N</source>
        <translation>%1 ne contient encore aucun cluster. Créez-en un avec&#xa0;: sharddesk-cli init --vshards N</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --password-env is not set.</source>
        <translation>La variable d&apos;environnement %1 indiquée par --password-env n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password for %1: give --password-env NAME, run on a terminal to be asked, or save it in the credential store.</source>
        <translation>Aucun mot de passe pour %1&#xa0;: indiquez --password-env NOM, lancez la commande dans un terminal pour qu&apos;il vous soit demandé, ou enregistrez-le dans le magasin d&apos;identifiants.</translation>
    </message>
    <message>
        <source>No password for %1 in %2: give --password-env NAME.</source>
        <translation>Aucun mot de passe pour %1 dans %2&#xa0;: indiquez --password-env NOM.</translation>
    </message>
    <message>
        <source>user %1 on %2</source>
        <translation>l&apos;utilisateur %1 sur %2</translation>
    </message>
    <message>
        <source>No login for user %1 on %2.</source>
        <translation>Aucun identifiant de connexion pour l&apos;utilisateur %1 sur %2.</translation>
    </message>
    <message>
        <source>Master password for %1: </source>
        <translation>Mot de passe maître pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>--secrets-file needs its master password: give --master-password-env NAME.</source>
        <translation>--secrets-file a besoin de son mot de passe maître&#xa0;: indiquez --master-password-env NOM.</translation>
    </message>
    <message>
        <source>With sharddesk-cli, use --secrets-file PATH --master-password-env NAME.</source>
        <translation>Avec sharddesk-cli, utilisez --secrets-file CHEMIN --master-password-env NOM.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not ready yet: %1</source>
        <translation>pas encore prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Saved as version %1 of %2.</source>
        <translation>Enregistré en tant que version %1 de %2.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>erreur d&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Lancez la commande avec --help pour voir les options.</translation>
    </message>
    <message>
        <source>Connect to servers over TLS, trusting the certificate authorities in this PEM file.</source>
        <translation>Se connecter aux serveurs via TLS, en faisant confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Present this client certificate (PEM) to servers; needs --tls-key.</source>
        <translation>Présenter ce certificat client (PEM) aux serveurs&#xa0;; nécessite --tls-key.</translation>
    </message>
    <message>
        <source>The private key (PEM) of --tls-cert.</source>
        <translation>La clé privée (PEM) de --tls-cert.</translation>
    </message>
    <message>
        <source>Refuse every server connection that is not encrypted.</source>
        <translation>Refuser toute connexion à un serveur qui n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>The file %1 given with --%2 does not exist or cannot be read.</source>
        <translation>Le fichier %1 indiqué avec --%2 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must be given together.</source>
        <translation>--tls-cert et --tls-key doivent être indiqués ensemble.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::Command</name>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 validation or runtime error.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 erreur de validation ou d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ExportCommand</name>
    <message>
        <source>Write the whole topology to a JSON file (docs/CONFIG_FORMAT.md). Passwords are never exported; shards keep their credential references. FILE - writes to standard output.</source>
        <translation>Écrire toute la topologie dans un fichier JSON (docs/CONFIG_FORMAT.md). Les mots de passe ne sont jamais exportés&#xa0;; les shards conservent leurs références d&apos;identifiants. FICHIER - écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>Where to write the JSON.</source>
        <translation>Où écrire le JSON.</translation>
    </message>
    <message>
        <source>Give exactly one file to write.</source>
        <translation>Indiquez exactement un fichier à écrire.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported version %1 (%n shard(s)) to %2.</source>
        <translation>
            <numerusform>Version %1 (%n shard) exportée vers %2.</numerusform>
            <numerusform>Version %1 (%n shards) exportée vers %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ImportCommand</name>
    <message>
        <source>Replace the stored topology with a JSON export. A store that already holds a cluster is replaced only with --replace, and is first exported to a backup file.</source>
        <translation>Remplacer la topologie enregistrée par un export JSON. Un magasin qui contient déjà un cluster n&apos;est remplacé qu&apos;avec --replace, et il est d&apos;abord exporté dans un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The JSON file to import.</source>
        <translation>Le fichier JSON à importer.</translation>
    </message>
    <message>
        <source>Replace an existing cluster (after a backup).</source>
        <translation>Remplacer un cluster existant (après une sauvegarde).</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Indiquez exactement un fichier à importer.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already holds a cluster. Add --replace to replace it (a backup is exported first).</source>
        <translation>%1 contient déjà un cluster. Ajoutez --replace pour le remplacer (une sauvegarde est d&apos;abord exportée).</translation>
    </message>
    <message>
        <source>Backed up version %1 to %2.</source>
        <translation>Version %1 sauvegardée dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n shard(s)) as version %2.</source>
        <translation>
            <numerusform>%1 (%n shard) importé en tant que version %2.</numerusform>
            <numerusform>%1 (%n shards) importé en tant que version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ImportPyShardsCommand</name>
    <message>
        <source>Migrate an original pyshards shardconf (an SQLite file or mysql://user@host:port/shardconf) into the config store given with --config. Passwords move to the credential store (--secrets-file or the OS keychain) and are blanked in the source.</source>
        <translation>Migrer une shardconf pyshards d&apos;origine (un fichier SQLite ou mysql://utilisateur@hôte:port/shardconf) vers le magasin de configuration indiqué par --config. Les mots de passe sont transférés dans le magasin d&apos;identifiants (--secrets-file ou le trousseau du système) et effacés dans la source.</translation>
    </message>
    <message>
        <source>The pyshards shardconf.</source>
        <translation>La shardconf pyshards.</translation>
    </message>
    <message>
        <source>Leave the passwords in the source (they are blanked by default).</source>
        <translation>Laisser les mots de passe dans la source (ils sont effacés par défaut).</translation>
    </message>
    <message>
        <source>Give the pyshards shardconf to import.</source>
        <translation>Indiquez la shardconf pyshards à importer.</translation>
    </message>
    <message>
        <source>%1 already holds a cluster; import into a new config store.</source>
        <translation>%1 contient déjà un cluster&#xa0;; importez dans un nouveau magasin de configuration.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the configuration was imported, but the passwords could not be removed from the pyshards shardconf: %1</source>
        <translation>avertissement&#xa0;: la configuration a été importée, mais les mots de passe n&apos;ont pas pu être supprimés de la shardconf pyshards&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: the passwords of %n shard(s) were left in the pyshards shardconf (they differ from the stored secrets).</source>
        <translation>
            <numerusform>avertissement&#xa0;: les mots de passe de %n shard ont été laissés dans la shardconf pyshards (ils diffèrent des secrets enregistrés).</numerusform>
            <numerusform>avertissement&#xa0;: les mots de passe de %n shards ont été laissés dans la shardconf pyshards (ils diffèrent des secrets enregistrés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into %1. Shards: %2, vshards: %3, passwords moved to %4: %5.</source>
        <translation>Importé dans %1. Shards&#xa0;: %2, vshards&#xa0;: %3, mots de passe transférés vers %4&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::InitCommand</name>
    <message>
        <source>Create a cluster in the config store: N vshards, all unmapped until shards are added and the vshards assigned. N is fixed for the life of the cluster; choose it large (e.g. 1024 or more, at least four per bucket head you will ever have).</source>
        <translation>Créer un cluster dans le magasin de configuration&#xa0;: N vshards, tous non affectés jusqu&apos;à ce que des shards soient ajoutés et les vshards attribués. N est fixé pour toute la vie du cluster&#xa0;; choisissez-le grand (par ex. 1024 ou plus, au moins quatre par tête de bucket que vous aurez jamais).</translation>
    </message>
    <message>
        <source>Number of vshards (default 1024).</source>
        <translation>Nombre de vshards (1024 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Cluster name.</source>
        <translation>Nom du cluster.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Column holding the shard key (default userid).</source>
        <translation>Colonne contenant la clé de sharding (userid par défaut).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>Lower-case keys before hashing.</source>
        <translation>Mettre les clés en minuscules avant le hachage.</translation>
    </message>
    <message>
        <source>--vshards takes a whole number of at least 1.</source>
        <translation>--vshards attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Created cluster &quot;%1&quot; with %2 vshards in %3.</source>
        <translation>Cluster «&#xa0;%1&#xa0;» créé avec %2 vshards dans %3.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::LoadTestCommand</name>
    <message>
        <source>%1% %2/%3 users, %4 users/s, p50 %5 ms, p99 %6 ms, errors %7, ETA %8 s</source>
        <translation>%1&#xa0;% %2/%3 utilisateurs, %4 utilisateurs/s, p50 %5 ms, p99 %6 ms, erreurs %7, fin estimée dans %8 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 users acknowledged, %2 failed, %3 unknown in %4 s: %5 users/s (mode %6, %n thread(s)).</source>
        <translation>
            <numerusform>%1 utilisateurs confirmés, %2 en échec, %3 inconnus en %4 s&#xa0;: %5 utilisateurs/s (mode %6, %n thread).</numerusform>
            <numerusform>%1 utilisateurs confirmés, %2 en échec, %3 inconnus en %4 s&#xa0;: %5 utilisateurs/s (mode %6, %n threads).</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency: p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms.</source>
        <translation>Latence&#xa0;: p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms.</translation>
    </message>
    <message>
        <source>  %1: %2 acknowledged, %3 failed, %4 unknown</source>
        <translation>  %1&#xa0;: %2 confirmés, %3 en échec, %4 inconnus</translation>
    </message>
    <message>
        <source> (last error: %1)</source>
        <translation> (dernière erreur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Insert generated users with their comments into the configured cluster and measure it. User i is a pure function of the seed and i, so verify needs only --users and --seed. Outcomes are acknowledged, failed, or unknown (the connection was lost after the statement was sent). Exit code 2 when any insert was not acknowledged.</source>
        <translation>Insérer des utilisateurs générés avec leurs commentaires dans le cluster configuré et le mesurer. L&apos;utilisateur i est une fonction pure de la graine et de i&#xa0;: la vérification n&apos;a donc besoin que de --users et --seed. Chaque insertion est confirmée, en échec ou inconnue (la connexion a été perdue après l&apos;envoi de l&apos;instruction). Code de sortie 2 si une insertion n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <source>The cluster has no shards: run sharddesk-cli provision first.</source>
        <translation>Le cluster n&apos;a aucun shard&#xa0;: lancez d&apos;abord sharddesk-cli provision.</translation>
    </message>
    <message>
        <source>Users to insert (default 10000, at most 10000000).</source>
        <translation>Utilisateurs à insérer (10000 par défaut, 10000000 au plus).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Worker threads (default 4).</source>
        <translation>Threads de travail (4 par défaut).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>autocommit, txn or batch (default autocommit).</source>
        <translation>autocommit, txn ou batch (autocommit par défaut).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Users per multi-row INSERT in batch mode (default 100).</source>
        <translation>Utilisateurs par INSERT multiligne en mode batch (100 par défaut).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Comments per user (default 1).</source>
        <translation>Commentaires par utilisateur (1 par défaut).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Seed of the generated users (default 1).</source>
        <translation>Graine des utilisateurs générés (1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>At most this many users per second (default: no limit).</source>
        <translation>Au plus ce nombre d&apos;utilisateurs par seconde (par défaut&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>S&apos;arrêter après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Save loadtest.json, loadtest.csv and loadtest.html here.</source>
        <translation>Enregistrer loadtest.json, loadtest.csv et loadtest.html dans ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--users, --threads, --batch, --comments, --seed and --duration take whole numbers, --rate a number.</source>
        <translation>--users, --threads, --batch, --comments, --seed et --duration attendent des nombres entiers, --rate un nombre.</translation>
    </message>
    <message>
        <source>--mode is autocommit, txn or batch.</source>
        <translation>--mode vaut autocommit, txn ou batch.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::MonitorCommand</name>
    <message>
        <source>Poll every server of the cluster: memory, InnoDB buffer pool, connections, queries and inserts per second, uptime, version and the size of each shard database. --once prints one sample per server; otherwise samples are printed every --interval seconds until Ctrl+C or --count ticks.</source>
        <translation>Interroger chaque serveur du cluster&#xa0;: mémoire, buffer pool InnoDB, connexions, requêtes et insertions par seconde, durée de fonctionnement, version et taille de chaque base de shard. --once affiche un échantillon par serveur&#xa0;; sinon, les échantillons sont affichés toutes les --interval secondes jusqu&apos;à Ctrl+C ou jusqu&apos;à --count relevés.</translation>
    </message>
    <message>
        <source>Poll every server once, print the samples and exit (exit code 2 when a server is unreachable).</source>
        <translation>Interroger chaque serveur une fois, afficher les échantillons et quitter (code de sortie 2 si un serveur est injoignable).</translation>
    </message>
    <message>
        <source>Seconds between polls (default 1).</source>
        <translation>Secondes entre deux relevés (1 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Stop after this many polls (default: run until interrupted).</source>
        <translation>S&apos;arrêter après ce nombre de relevés (par défaut&#xa0;: jusqu&apos;à interruption).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Connect and read timeout per server in seconds (default 2).</source>
        <translation>Délai de connexion et de lecture par serveur, en secondes (2 par défaut).</translation>
    </message>
    <message>
        <source>--interval takes seconds between 0.1 and 3600.</source>
        <translation>--interval attend un nombre de secondes entre 0.1 et 3600.</translation>
    </message>
    <message>
        <source>--timeout takes whole seconds between 1 and 600.</source>
        <translation>--timeout attend un nombre entier de secondes entre 1 et 600.</translation>
    </message>
    <message>
        <source>--count takes a positive number of polls.</source>
        <translation>--count attend un nombre positif de relevés.</translation>
    </message>
    <message>
        <source>The cluster has no shards, so there is no server to monitor.</source>
        <translation>Le cluster n&apos;a aucun shard&#xa0;: il n&apos;y a donc aucun serveur à surveiller.</translation>
    </message>
    <message>
        <source>%1	unreachable	%2</source>
        <translation>%1	injoignable	%2</translation>
    </message>
    <message>
        <source>%1=%2 MB</source>
        <translation>%1=%2 Mo</translation>
    </message>
    <message>
        <source>%1	up	%2	uptime %3 s	memory %4 MB	buffer pool %5 of %6 MB	host RAM %7 MB	%8 connections	%9 queries/s	%10 inserts/s	%11</source>
        <translation>%1	actif	%2	actif depuis %3 s	mémoire %4 Mo	buffer pool %5 sur %6 Mo	RAM de l&apos;hôte %7 Mo	%8 connexions	%9 requêtes/s	%10 insertions/s	%11</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::MoveCommand</name>
    <message numerus="yes">
        <source>Moved %n vshard(s): %1 row(s) copied and %2 deleted from the source in %3 s.</source>
        <translation>
            <numerusform>%n vshard déplacé&#xa0;: %1 ligne(s) copiée(s) et %2 supprimée(s) de la source en %3 s.</numerusform>
            <numerusform>%n vshards déplacés&#xa0;: %1 ligne(s) copiée(s) et %2 supprimée(s) de la source en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vshards with their rows to another bucket, online: copy, freeze, drain, verify, switch the map, delete the source rows; every step journaled in the config store (docs/REBALANCING.md).
  move --vshards 17,18,40-63 --to HEAD_ID [--throttle ROWS_PER_S]
  move --resume     (finish a move that was interrupted)
  move --abort      (roll an interrupted move back: vshards not yet switched stay where they were)</source>
        <translation>Déplacer des vshards avec leurs lignes vers un autre bucket, en ligne&#xa0;: copier, geler, drainer, vérifier, basculer la carte, supprimer les lignes sources&#xa0;; chaque étape est journalisée dans le magasin de configuration (docs/REBALANCING.md).
  move --vshards 17,18,40-63 --to ID_TÊTE [--throttle LIGNES_PAR_S]
  move --resume     (terminer un déplacement interrompu)
  move --abort      (annuler un déplacement interrompu&#xa0;: les vshards pas encore basculés restent où ils étaient)</translation>
    </message>
    <message>
        <source>The vshards to move, as ids and ranges: 17,18,40-63.</source>
        <translation>Les vshards à déplacer, sous forme d&apos;identifiants et de plages&#xa0;: 17,18,40-63.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>The bucket head to move them to.</source>
        <translation>La tête de bucket vers laquelle les déplacer.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Copy at most this many rows per second (default: no limit).</source>
        <translation>Copier au plus ce nombre de lignes par seconde (par défaut&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Only finish an interrupted move.</source>
        <translation>Seulement terminer un déplacement interrompu.</translation>
    </message>
    <message>
        <source>Roll an interrupted move back instead of finishing it.</source>
        <translation>Annuler un déplacement interrompu au lieu de le terminer.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n vshard(s) to move.</source>
        <translation>
            <numerusform>Plan&#xa0;: %n vshard à déplacer.</numerusform>
            <numerusform>Plan&#xa0;: %n vshards à déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>  bucket %1 (%2): %3 -&gt; %4 vshards, %5 -&gt; %6 MB of %7 MB%8</source>
        <translation>  bucket %1 (%2)&#xa0;: %3 -&gt; %4 vshards, %5 -&gt; %6 Mo sur %7 Mo%8</translation>
    </message>
    <message>
        <source> (over capacity)</source>
        <translation> (capacité dépassée)</translation>
    </message>
    <message>
        <source>vshard %1: %2</source>
        <translation>vshard %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Finishing an interrupted move first.</source>
        <translation>Un déplacement interrompu est d&apos;abord terminé.</translation>
    </message>
    <message>
        <source>Give exactly one of --vshards, --resume and --abort.</source>
        <translation>Indiquez exactement une option parmi --vshards, --resume et --abort.</translation>
    </message>
    <message>
        <source>--throttle takes a number of rows per second.</source>
        <translation>--throttle attend un nombre de lignes par seconde.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back %n vshard(s); %1 row(s) deleted from the targets.</source>
        <translation>
            <numerusform>%n vshard ramené&#xa0;; %1 ligne(s) supprimée(s) des cibles.</numerusform>
            <numerusform>%n vshards ramenés&#xa0;; %1 ligne(s) supprimée(s) des cibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vshards in batches of about this many rows: each batch is frozen, verified and switched at once (default: %1).</source>
        <translation>Déplacer les vshards par lots d&apos;environ ce nombre de lignes&#xa0;: chaque lot est gelé, vérifié et basculé d&apos;un coup (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>--batch-rows takes a number of rows, at least 1.</source>
        <translation>--batch-rows attend un nombre de lignes, au moins 1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ProvisionCommand</name>
    <message>
        <source>Create a test cluster on the servers of a host list: shard databases with the load test&apos;s schema on every server in parallel, then the topology (shards, buckets, vshards) in the config store. An existing configuration is exported to a backup file first. Databases that exist are refused unless --drop-existing is given. On failure, what was created is rolled back.</source>
        <translation>Créer un cluster de test sur les serveurs d&apos;une liste d&apos;hôtes&#xa0;: les bases de shard avec le schéma du test de charge sur chaque serveur en parallèle, puis la topologie (shards, buckets, vshards) dans le magasin de configuration. Une configuration existante est d&apos;abord exportée dans un fichier de sauvegarde. Les bases qui existent déjà sont refusées, sauf si --drop-existing est indiqué. En cas d&apos;échec, ce qui a été créé est annulé.</translation>
    </message>
    <message>
        <source>The host list: one server per line (host, host:port, [v6]:port), # comments.</source>
        <translation>La liste d&apos;hôtes&#xa0;: un serveur par ligne (hôte, hôte:port, [v6]:port), commentaires avec #.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The login for every server and shard.</source>
        <translation>L&apos;identifiant de connexion pour chaque serveur et chaque shard.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Shard databases per server (default 4).</source>
        <translation>Bases de shard par serveur (4 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of vshards (default 1024).</source>
        <translation>Nombre de vshards (1024 par défaut).</translation>
    </message>
    <message>
        <source>Chain each server&apos;s shards into one bucket (head and overflow shards) instead of making every shard a bucket head.</source>
        <translation>Chaîner les shards de chaque serveur en un seul bucket (shard de tête et shards de débordement) au lieu de faire de chaque shard une tête de bucket.</translation>
    </message>
    <message>
        <source>Database names; %1 is the shard number (default shard_%1).</source>
        <translation>Noms des bases&#xa0;; %1 est le numéro du shard (shard_%1 par défaut).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Capacity per shard in MB (default 1024).</source>
        <translation>Capacité par shard en Mo (1024 par défaut).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Cluster name.</source>
        <translation>Nom du cluster.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Drop planned databases that exist and create them anew.</source>
        <translation>Supprimer les bases prévues qui existent et les recréer.</translation>
    </message>
    <message>
        <source>Print every statement per server; change nothing.</source>
        <translation>Afficher chaque instruction par serveur&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>Where the backup of an existing configuration goes (default: next to an SQLite store, else the current folder).</source>
        <translation>Où placer la sauvegarde d&apos;une configuration existante (par défaut&#xa0;: à côté d&apos;un magasin SQLite, sinon dans le dossier courant).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Give --hosts FILE and --user USER.</source>
        <translation>Indiquez --hosts FICHIER et --user UTILISATEUR.</translation>
    </message>
    <message>
        <source>Could not read the host list %1: %2</source>
        <translation>Impossible de lire la liste d&apos;hôtes %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--shards-per-server and --vshards take whole numbers, --capacity-mb a number.</source>
        <translation>--shards-per-server et --vshards attendent des nombres entiers, --capacity-mb un nombre.</translation>
    </message>
    <message>
        <source>%1 on the servers</source>
        <translation>%1 sur les serveurs</translation>
    </message>
    <message>
        <source>%1: created.</source>
        <translation>%1&#xa0;: créé.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rolled back: dropped %1.</source>
        <translation>Retour arrière effectué&#xa0;: suppression de %1.</translation>
    </message>
    <message>
        <source>Rolling back failed; these may remain: %1.</source>
        <translation>Le retour arrière a échoué&#xa0;; ces éléments peuvent subsister&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The previous configuration was saved to %1.</source>
        <translation>La configuration précédente a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Created %1 shards on %2 servers with %3 vshards in %4.</source>
        <translation>%1 shards créés sur %2 serveurs avec %3 vshards dans %4.</translation>
    </message>
    <message>
        <source>--app-password-env needs --app-user.</source>
        <translation>--app-password-env nécessite --app-user.</translation>
    </message>
    <message>
        <source>--app-user needs its password in the environment variable named by --app-password-env.</source>
        <translation>--app-user nécessite son mot de passe dans la variable d&apos;environnement désignée par --app-password-env.</translation>
    </message>
    <message>
        <source>The application user&apos;s password in %1 is empty.</source>
        <translation>Le mot de passe de l&apos;utilisateur d&apos;application dans %1 est vide.</translation>
    </message>
    <message>
        <source>The application user&apos;s password was not stored (%1); give it with --password-env to the commands that use the cluster.</source>
        <translation>Le mot de passe de l&apos;utilisateur d&apos;application n&apos;a pas été enregistré (%1)&#xa0;; donnez-le avec --password-env aux commandes qui utilisent le cluster.</translation>
    </message>
    <message>
        <source>Create this application user on every server with only the privileges the shards need (rows of the shard databases), and let the shards log in as it.</source>
        <translation>Créer cet utilisateur d&apos;application sur chaque serveur avec les seuls privilèges dont les shards ont besoin (les lignes des bases des shards), et faire se connecter les shards sous ce nom.</translation>
    </message>
    <message>
        <source>Read the application user&apos;s password from environment variable &lt;name&gt;.</source>
        <translation>Lire le mot de passe de l&apos;utilisateur d&apos;application dans la variable d&apos;environnement &lt;name&gt;.</translation>
    </message>
    <message>
        <source>The client host part of the application user&apos;s account (default %, any host).</source>
        <translation>La partie hôte client du compte de l&apos;utilisateur d&apos;application (par défaut %, tout hôte).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
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
        <translation>Déplacer des vshards selon une règle, avec leurs lignes, en ligne (comme move)&#xa0;:
  rebalance --split TÊTE --into NOUVELLE_TÊTE   (la moitié des vshards de TÊTE vers le nouveau bucket)
  rebalance --largest K --from TÊTE             (les K plus gros vshards de TÊTE vers les plus petits buckets)
  rebalance --even                              (équilibrer les buckets par taille)
Ajoutez --dry-run pour voir les tailles avant et après par rapport à la capacité, sans rien déplacer.</translation>
    </message>
    <message>
        <source>The bucket head to split.</source>
        <translation>La tête de bucket à scinder.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The (new, empty) bucket head that takes half of it.</source>
        <translation>La tête de bucket (nouvelle et vide) qui en reçoit la moitié.</translation>
    </message>
    <message>
        <source>Even the buckets out by size.</source>
        <translation>Équilibrer les buckets par taille.</translation>
    </message>
    <message>
        <source>Move this many of the largest vshards off --from.</source>
        <translation>Retirer de --from ce nombre de vshards, les plus gros.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The bucket head --largest takes vshards off.</source>
        <translation>La tête de bucket dont --largest retire des vshards.</translation>
    </message>
    <message>
        <source>Only show the plan.</source>
        <translation>Afficher seulement le plan.</translation>
    </message>
    <message>
        <source>Give exactly one of --split, --largest and --even.</source>
        <translation>Indiquez exactement une option parmi --split, --largest et --even.</translation>
    </message>
    <message>
        <source>--split needs --into, the bucket head that takes half of the vshards.</source>
        <translation>--split a besoin de --into, la tête de bucket qui reçoit la moitié des vshards.</translation>
    </message>
    <message>
        <source>--largest needs --from, the bucket head to take the vshards off.</source>
        <translation>--largest a besoin de --from, la tête de bucket dont retirer les vshards.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::RouteCommand</name>
    <message>
        <source>Show where keys go: CRC32 of the key&apos;s UTF-8 bytes, vshard (CRC32 mod N), bucket head, and the shard a write would go to now (full flags considered).</source>
        <translation>Montrer où vont les clés&#xa0;: CRC32 des octets UTF-8 de la clé, vshard (CRC32 mod N), tête de bucket, et le shard où irait une écriture maintenant (en tenant compte des indicateurs «&#xa0;plein&#xa0;»).</translation>
    </message>
    <message>
        <source>The keys, e.g. e-mail addresses.</source>
        <translation>Les clés, par ex. des adresses e-mail.</translation>
    </message>
    <message>
        <source>Give at least one key.</source>
        <translation>Indiquez au moins une clé.</translation>
    </message>
    <message>
        <source>(unmapped)</source>
        <translation>(non affecté)</translation>
    </message>
    <message>
        <source>%1	crc32=%2	vshard=%3	head=%4	shard=%5	%6</source>
        <translation>%1	crc32=%2	vshard=%3	tête=%4	shard=%5	%6</translation>
    </message>
    <message>
        <source>	(bucket full)</source>
        <translation>	(bucket plein)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ShardCommand</name>
    <message>
        <source>id	parent	server/database	user	capacity MB	current MB	full</source>
        <translation>id	parent	serveur/base	utilisateur	capacité Mo	actuel Mo	plein</translation>
    </message>
    <message>
        <source>full</source>
        <translation>plein</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the port either in --host or with --port, not both.</source>
        <translation>Indiquez le port soit dans --host, soit avec --port, pas les deux.</translation>
    </message>
    <message>
        <source>Manage physical shards.
  shard list
  shard add --host HOST[:PORT] --database DB --user USER [--capacity-mb MB] [--parent ID]
  shard remove ID   (refused while vshards or overflow shards depend on it)</source>
        <translation>Gérer les shards physiques.
  shard list
  shard add --host HÔTE[:PORT] --database BASE --user UTILISATEUR [--capacity-mb MO] [--parent ID]
  shard remove ID   (refusé tant que des vshards ou des shards de débordement en dépendent)</translation>
    </message>
    <message>
        <source>list, add or remove.</source>
        <translation>list, add ou remove.</translation>
    </message>
    <message>
        <source>Server: host, host:port or [IPv6]:port.</source>
        <translation>Serveur&#xa0;: hôte, hôte:port ou [IPv6]:port.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Port (default 3306).</source>
        <translation>Port (3306 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation>Nom de la base de données.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Login user.</source>
        <translation>Utilisateur de connexion.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Capacity in MB (default 1024).</source>
        <translation>Capacité en Mo (1024 par défaut).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Make it an overflow shard of shard &lt;id&gt;.</source>
        <translation>En faire un shard de débordement du shard &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>shard takes list, add or remove.</source>
        <translation>shard attend list, add ou remove.</translation>
    </message>
    <message>
        <source>shard add needs --%1.</source>
        <translation>shard add a besoin de --%1.</translation>
    </message>
    <message>
        <source>shard remove needs the id of an existing shard.</source>
        <translation>shard remove a besoin de l&apos;identifiant d&apos;un shard existant.</translation>
    </message>
    <message numerus="yes">
        <source>Shard %1 still has %n vshard(s) mapped to it; assign them to another shard first (sharddesk-cli vshards assign ... --to ID).</source>
        <translation>
            <numerusform>Le shard %1 a encore %n vshard affecté&#xa0;; attribuez-le d&apos;abord à un autre shard (sharddesk-cli vshards assign ... --to ID).</numerusform>
            <numerusform>Le shard %1 a encore %n vshards affectés&#xa0;; attribuez-les d&apos;abord à un autre shard (sharddesk-cli vshards assign ... --to ID).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::VShardsCommand</name>
    <message>
        <source>(unmapped)</source>
        <translation>(non affecté)</translation>
    </message>
    <message>
        <source>list, assign or spread.</source>
        <translation>list, assign ou spread.</translation>
    </message>
    <message>
        <source>list: only the vshards of this head.</source>
        <translation>list&#xa0;: seulement les vshards de cette tête.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>assign: the bucket head to map the vshards to.</source>
        <translation>assign&#xa0;: la tête de bucket à laquelle affecter les vshards.</translation>
    </message>
    <message>
        <source>Reassign vshards that are already mapped (their rows stay where they are).</source>
        <translation>Réattribuer des vshards déjà affectés (leurs lignes restent où elles sont).</translation>
    </message>
    <message>
        <source>vshards takes list, assign or spread.</source>
        <translation>vshards attend list, assign ou spread.</translation>
    </message>
    <message>
        <source>There are no bucket heads to spread the vshards over.</source>
        <translation>Il n&apos;y a aucune tête de bucket sur laquelle répartir les vshards.</translation>
    </message>
    <message>
        <source>--to must name a bucket head shard.</source>
        <translation>--to doit désigner un shard tête de bucket.</translation>
    </message>
    <message>
        <source>This reassigns %1 vshards that are already mapped: their keys would route to other shards while any rows they hold stay where they are. To move rows with their vshards use `sharddesk-cli move`; to change only the map, add --force.</source>
        <translation>Cela réattribue %1 vshards déjà affectés&#xa0;: leurs clés seraient routées vers d&apos;autres shards alors que les lignes qu&apos;ils contiennent resteraient où elles sont. Pour déplacer les lignes avec leurs vshards, utilisez `sharddesk-cli move`&#xa0;; pour ne modifier que la carte, ajoutez --force.</translation>
    </message>
    <message>
        <source>Show or change the vshard map (this changes only the map: rows are not moved).
  vshards list [--shard ID] [--sizes]
  vshards assign 17,18,40-63 --to HEAD_ID
  vshards spread      (all vshards over all bucket heads, in equal contiguous blocks)</source>
        <translation>Afficher ou modifier la carte des vshards (cela ne modifie que la carte&#xa0;: les lignes ne sont pas déplacées).
  vshards list [--shard ID] [--sizes]
  vshards assign 17,18,40-63 --to ID_TÊTE
  vshards spread      (tous les vshards sur toutes les têtes de bucket, en blocs contigus égaux)</translation>
    </message>
    <message>
        <source>list: one line per vshard with its rows and megabytes, measured on the servers (vshard, head, rows, MB, shard).</source>
        <translation>list&#xa0;: une ligne par vshard avec ses lignes et ses mégaoctets, mesurés sur les serveurs (vshard, tête, lignes, Mo, shard).</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ValidateCommand</name>
    <message>
        <source>Check the stored topology and list every problem. Exit code 2 when there is any.</source>
        <translation>Vérifier la topologie enregistrée et lister chaque problème. Code de sortie 2 s&apos;il y en a.</translation>
    </message>
    <message numerus="yes">
        <source>The topology is valid: %n shard(s), </source>
        <translation>
            <numerusform>La topologie est valide&#xa0;: %n shard, </numerusform>
            <numerusform>La topologie est valide&#xa0;: %n shards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s).</source>
        <translation>
            <numerusform>%n vshard.</numerusform>
            <numerusform>%n vshards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::VerifyCommand</name>
    <message>
        <source>Check what a load test left in the cluster, from --users and --seed alone: the users found (at least the acknowledged inserts, at most acknowledged + unknown, no key twice), a sample read back by key and joined with its comments, scatter-gather, the &quot;elephant&quot; FULLTEXT count, and that every row is in the vshard and bucket its key routes to. Only reads. Exit code 2 on any problem.</source>
        <translation>Vérifier ce qu&apos;un test de charge a laissé dans le cluster, à partir de --users et --seed seuls&#xa0;: les utilisateurs trouvés (au moins les insertions confirmées, au plus confirmées + inconnues, aucune clé en double), un échantillon relu par clé et joint à ses commentaires, la collecte dispersée (scatter-gather), le décompte FULLTEXT de «&#xa0;elephant&#xa0;», et que chaque ligne se trouve dans le vshard et le bucket vers lesquels sa clé est routée. Lecture seule. Code de sortie 2 en cas de problème.</translation>
    </message>
    <message>
        <source>Users the load test generated (default 10000).</source>
        <translation>Utilisateurs générés par le test de charge (10000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The load test&apos;s seed (default 1).</source>
        <translation>La graine du test de charge (1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Keys to read back (default 1000).</source>
        <translation>Clés à relire (1000 par défaut).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Comments per user (default 1).</source>
        <translation>Commentaires par utilisateur (1 par défaut).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Inserts the load test reported acknowledged (default: all users).</source>
        <translation>Insertions que le test de charge a signalées comme confirmées (par défaut&#xa0;: tous les utilisateurs).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Inserts the load test reported unknown (default 0).</source>
        <translation>Insertions que le test de charge a signalées comme inconnues (0 par défaut).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>--users, --seed, --sample, --comments, --acknowledged and --unknown take whole numbers; --users at least 1.</source>
        <translation>--users, --seed, --sample, --comments, --acknowledged et --unknown attendent des nombres entiers&#xa0;; --users au moins 1.</translation>
    </message>
    <message>
        <source>%1 users found (%2 duplicate keys), %3 comments, %4 &quot;elephant&quot; keywords; %5 of %6 sampled keys missing, %7 different; %8 rows outside their vshard or bucket; checked in %9 s.</source>
        <translation>%1 utilisateurs trouvés (%2 clés en double), %3 commentaires, %4 mots-clés «&#xa0;elephant&#xa0;»&#xa0;; %5 clés sur %6 échantillonnées manquantes, %7 différentes&#xa0;; %8 lignes hors de leur vshard ou bucket&#xa0;; vérifié en %9 s.</translation>
    </message>
    <message>
        <source>Everything checked out.</source>
        <translation>Tout est correct.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClientHandle</name>
    <message>
        <source>%1 The connection is not an open MySQL connection.</source>
        <translation>%1 La connexion n&apos;est pas une connexion MySQL ouverte.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterGrid</name>
    <message>
        <source>Cluster grid</source>
        <translation>Grille du cluster</translation>
    </message>
    <message>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>Shard %1: %2 on %3
%4 of %5 MB (%6 %)</source>
        <translation>Shard %1&#xa0;: %2 sur %3
%4 sur %5 Mo (%6&#xa0;%)</translation>
    </message>
    <message>
        <source>Shard %1: %2 on %3
The server does not answer: %4</source>
        <translation>Shard %1&#xa0;: %2 sur %3
Le serveur ne répond pas&#xa0;: %4</translation>
    </message>
    <message>
        <source>Shard %1: %2 on %3
Not asked: %4 Use Edit → Set Password… to set it.</source>
        <translation>Shard %1&#xa0;: %2 sur %3
Non interrogé&#xa0;: %4 Utilisez Édition → Définir le mot de passe… pour le définir.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterPlan</name>
    <message>
        <source>The cluster name</source>
        <translation>Le nom du cluster</translation>
    </message>
    <message>
        <source>The plan has no server.</source>
        <translation>Le plan ne comporte aucun serveur.</translation>
    </message>
    <message>
        <source>Shards per server must be from 1 to %1; %2 was given.</source>
        <translation>Le nombre de shards par serveur doit être compris entre 1 et %1&#xa0;; %2 a été indiqué.</translation>
    </message>
    <message>
        <source>The database name pattern &quot;%1&quot; must contain %2 where the shard number goes.</source>
        <translation>Le modèle de nom de base «&#xa0;%1&#xa0;» doit contenir %2 à l&apos;endroit du numéro de shard.</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Le nom de la base de données</translation>
    </message>
    <message>
        <source>The key column</source>
        <translation>Le nom de la colonne de clé</translation>
    </message>
    <message>
        <source>The capacity per shard must be more than 0 MB.</source>
        <translation>La capacité par shard doit être supérieure à 0 Mo.</translation>
    </message>
    <message>
        <source>The vshard count must be from %1 (4 per bucket head) to %2; %3 was given.</source>
        <translation>Le nombre de vshards doit être compris entre %1 (4 par tête de bucket) et %2&#xa0;; %3 a été indiqué.</translation>
    </message>
    <message>
        <source>Give the user the shards log in as.</source>
        <translation>Indiquez l&apos;utilisateur avec lequel les shards se connectent.</translation>
    </message>
    <message>
        <source>The schema has no statement.</source>
        <translation>Le schéma ne contient aucune instruction.</translation>
    </message>
    <message>
        <source>%1 vshards is not a power of two; a power of two (such as 1024) splits evenly when buckets are added later.</source>
        <translation>%1 vshards n&apos;est pas une puissance de deux&#xa0;; une puissance de deux (comme 1024) se divise de façon égale lorsque des buckets sont ajoutés par la suite.</translation>
    </message>
    <message>
        <source>The application user &quot;%1&quot; must be 1 to 32 letters, digits or underscores.</source>
        <translation>L&apos;utilisateur d&apos;application «&#xa0;%1&#xa0;» doit compter de 1 à 32 lettres, chiffres ou traits de soulignement.</translation>
    </message>
    <message>
        <source>The application user&apos;s host &quot;%1&quot; must be a host name, an address or a pattern with %2 (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;:&apos;, &apos;_&apos; and &apos;%2&apos; only).</source>
        <translation>L&apos;hôte «&#xa0;%1&#xa0;» de l&apos;utilisateur d&apos;application doit être un nom d&apos;hôte, une adresse ou un motif avec %2 (lettres, chiffres, &apos;.&apos;, &apos;-&apos;, &apos;:&apos;, &apos;_&apos; et &apos;%2&apos; uniquement).</translation>
    </message>
    <message>
        <source>The application user must differ from the login that creates the cluster.</source>
        <translation>L&apos;utilisateur d&apos;application doit être différent de l&apos;identifiant qui crée le cluster.</translation>
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
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Could not save the shards&apos; sizes: %1</source>
        <translation>Impossible d&apos;enregistrer la taille des shards&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Monitor Servers</source>
        <translation>&amp;Surveiller les serveurs</translation>
    </message>
    <message>
        <source>New &amp;Test Cluster…</source>
        <translation>Nouveau cluster de &amp;test…</translation>
    </message>
    <message>
        <source>&amp;Load Test…</source>
        <translation>Test de c&amp;harge…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Load Test</source>
        <translation>Test de charge</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Apply recommended capacities</source>
        <translation>Application des capacités recommandées</translation>
    </message>
    <message>
        <source>Set capacity of shard %1</source>
        <translation>Modification de la capacité du shard %1</translation>
    </message>
    <message>
        <source>Recommended capacities set; Apply saves them.</source>
        <translation>Capacités recommandées définies&#xa0;; «&#xa0;Appliquer&#xa0;» les enregistre.</translation>
    </message>
    <message>
        <source>&amp;Move VShards…</source>
        <translation>&amp;Déplacer des vshards…</translation>
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
        <translation>Surveillance désactivée</translation>
    </message>
    <message>
        <source>Monitoring: waiting for the first answers…</source>
        <translation>Surveillance&#xa0;: en attente des premières réponses…</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s)</source>
        <translation>
            <numerusform>Surveillance de %n serveur</numerusform>
            <numerusform>Surveillance de %n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s), none reachable</source>
        <translation>
            <numerusform>Surveillance de %n serveur, aucun joignable</numerusform>
            <numerusform>Surveillance de %n serveurs, aucun joignable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %n unreachable</source>
        <translation>
            <numerusform>Surveillance de %1 serveurs, %n injoignable</numerusform>
            <numerusform>Surveillance de %1 serveurs, %n injoignables</numerusform>
        </translation>
    </message>
    <message>
        <source>Move VShards</source>
        <translation>Déplacement de vshards</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>VShards were moved: the stored map changed. Apply or revert your edits, then reload (F5) to see it.</source>
        <translation>Des vshards ont été déplacés&#xa0;: la carte enregistrée a changé. Appliquez ou annulez vos modifications, puis rechargez (F5) pour la voir.</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s), no password set for any (Edit → Set Password…)</source>
        <translation>
            <numerusform>Surveillance de %n serveur, sans mot de passe défini (Édition → Définir le mot de passe…)</numerusform>
            <numerusform>Surveillance de %n serveurs, aucun n’a de mot de passe défini (Édition → Définir le mot de passe…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %2 unreachable, %n without a password</source>
        <translation>
            <numerusform>Surveillance de %1 serveurs, %2 hors d’atteinte, %n sans mot de passe</numerusform>
            <numerusform>Surveillance de %1 serveurs, %2 hors d’atteinte, %n sans mot de passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %n without a password</source>
        <translation>
            <numerusform>Surveillance de %1 serveurs, %n sans mot de passe</numerusform>
            <numerusform>Surveillance de %1 serveurs, %n sans mot de passe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterWizard</name>
    <message>
        <source>Create a test cluster</source>
        <translation>Créer un cluster de test</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigBackup</name>
    <message>
        <source>Could not write the backup %1: %2; nothing was replaced.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2&#xa0;; rien n&apos;a été remplacé.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigDatabase</name>
    <message>
        <source>“%1” is a folder, not a config store file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de magasin de configuration.</translation>
    </message>
    <message>
        <source>There is no config store at “%1”.</source>
        <translation>Il n&apos;y a aucun magasin de configuration à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for the config store.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» pour le magasin de configuration.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not open the config store “%1”.</source>
        <translation>Impossible d&apos;ouvrir le magasin de configuration «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not open the config store %1.</source>
        <translation>Impossible d&apos;ouvrir le magasin de configuration %1.</translation>
    </message>
    <message>
        <source>Could not prepare the connection to the config store %1.</source>
        <translation>Impossible de préparer la connexion au magasin de configuration %1.</translation>
    </message>
    <message>
        <source>config store database</source>
        <translation>Le nom de la base de données du magasin de configuration</translation>
    </message>
    <message>
        <source>Could not create the database %1 for the config store.</source>
        <translation>Impossible de créer la base de données %1 pour le magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not look for the database %1 of the config store.</source>
        <translation>Impossible de rechercher la base de données %1 du magasin de configuration.</translation>
    </message>
    <message>
        <source>There is no database %1 on %2.</source>
        <translation>Il n&apos;y a aucune base de données %1 sur %2.</translation>
    </message>
    <message>
        <source>Could not use the database %1 of the config store.</source>
        <translation>Impossible d&apos;utiliser la base de données %1 du magasin de configuration.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigImporter</name>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigLocation</name>
    <message>
        <source>“%1” names no user: write mysql://user@host:port/database.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun utilisateur&#xa0;: écrivez mysql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>A config store URL must not contain a password: passwords never go on a command line or into a URL. Write mysql://user@host/database; ShardDesk asks for the password and keeps it in the credential store.</source>
        <translation>Une URL de magasin de configuration ne doit pas contenir de mot de passe&#xa0;: les mots de passe ne figurent jamais sur une ligne de commande ni dans une URL. Écrivez mysql://utilisateur@hôte/base&#xa0;; ShardDesk demande le mot de passe et le conserve dans le magasin d&apos;identifiants.</translation>
    </message>
    <message>
        <source>“%1” does not name a valid server: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas un serveur valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” does not name a valid database: write mysql://user@host:port/database with a database name of at most 64 characters.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas une base de données valide&#xa0;: écrivez mysql://utilisateur@hôte:port/base avec un nom de base d&apos;au plus 64 caractères.</translation>
    </message>
    <message>
        <source>No config store was given: name an SQLite file or a mysql://user@host/database URL.</source>
        <translation>Aucun magasin de configuration n&apos;a été indiqué&#xa0;: donnez un fichier SQLite ou une URL mysql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>“%1” is not a config store: use a file name or a mysql://user@host/database URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un magasin de configuration&#xa0;: utilisez un nom de fichier ou une URL mysql://utilisateur@hôte/base.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigReader</name>
    <message>
        <source>Could not read the version of the config store.</source>
        <translation>Impossible de lire la version du magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not read the cluster settings from the config store.</source>
        <translation>Impossible de lire les paramètres du cluster dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>This config store holds no cluster yet: initialize one or import a configuration.</source>
        <translation>Ce magasin de configuration ne contient encore aucun cluster&#xa0;: initialisez-en un ou importez une configuration.</translation>
    </message>
    <message>
        <source>the key normalization “%1” is unknown.</source>
        <translation>la normalisation de clé «&#xa0;%1&#xa0;» est inconnue.</translation>
    </message>
    <message>
        <source>the number of vshards is %1.</source>
        <translation>le nombre de vshards est %1.</translation>
    </message>
    <message>
        <source>Could not read the shards from the config store.</source>
        <translation>Impossible de lire les shards dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not read the vshard map from the config store.</source>
        <translation>Impossible de lire la carte des vshards dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>the vshard map does not cover vshards 0–%1 exactly once (near vshard %2).</source>
        <translation>la carte des vshards ne couvre pas les vshards 0–%1 exactement une fois (vers le vshard %2).</translation>
    </message>
    <message>
        <source>the vshard map ends at vshard %1 but the cluster has %2 vshards.</source>
        <translation>la carte des vshards s&apos;arrête au vshard %1 mais le cluster a %2 vshards.</translation>
    </message>
    <message>
        <source>The config store is damaged: %1 Restore it from a backup or export.</source>
        <translation>Le magasin de configuration est endommagé&#xa0;: %1 Restaurez-le à partir d&apos;une sauvegarde ou d&apos;un export.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigSchema</name>
    <message>
        <source>Could not create the tables of the config store.</source>
        <translation>Impossible de créer les tables du magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not create the move journal of the config store.</source>
        <translation>Impossible de créer le journal des déplacements du magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not read the schema version of the config store.</source>
        <translation>Impossible de lire la version du schéma du magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not record the new schema version.</source>
        <translation>Impossible d&apos;enregistrer la nouvelle version du schéma.</translation>
    </message>
    <message>
        <source>The config store&apos;s tables can only be created in an empty database.</source>
        <translation>Les tables du magasin de configuration ne peuvent être créées que dans une base de données vide.</translation>
    </message>
    <message>
        <source>This config store was written by a newer ShardDesk (schema %1); this version understands up to %2.</source>
        <translation>Ce magasin de configuration a été écrit par une version plus récente de ShardDesk (schéma %1)&#xa0;; cette version comprend jusqu&apos;au schéma %2.</translation>
    </message>
    <message>
        <source>The config store is damaged: its schema version is %1.</source>
        <translation>Le magasin de configuration est endommagé&#xa0;: la version de son schéma est %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigSql</name>
    <message>
        <source>Could not list the tables of the config store.</source>
        <translation>Impossible de lister les tables du magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not start a transaction in the config store.</source>
        <translation>Impossible de démarrer une transaction dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not commit the change to the config store.</source>
        <translation>Impossible de valider la modification dans le magasin de configuration.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigStore</name>
    <message numerus="yes">
        <source>The configuration was not written because it has %n problem(s):
%1</source>
        <translation>
            <numerusform>La configuration n&apos;a pas été écrite car elle présente %n problème&#xa0;:
%1</numerusform>
            <numerusform>La configuration n&apos;a pas été écrite car elle présente %n problèmes&#xa0;:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>The configuration was changed by %1 at %2 (version %3) since you loaded version %4. Reload and reapply your changes.</source>
        <translation>La configuration a été modifiée par %1 le %2 (version %3) depuis que vous avez chargé la version %4. Rechargez et réappliquez vos modifications.</translation>
    </message>
    <message>
        <source>This config store holds no cluster yet: initialize one or import a configuration.</source>
        <translation>Ce magasin de configuration ne contient encore aucun cluster&#xa0;: initialisez-en un ou importez une configuration.</translation>
    </message>
    <message>
        <source>A cluster can have at most %1 vshards; this one has %2.</source>
        <translation>Un cluster peut avoir au plus %1 vshards&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>“%1” is not a ShardDesk config store: it is not an SQLite database, or it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un magasin de configuration ShardDesk&#xa0;: ce n&apos;est pas une base de données SQLite, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>“%1” is not a ShardDesk config store: it holds other tables (%2). Choose another file or database, or an empty one.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un magasin de configuration ShardDesk&#xa0;: il contient d&apos;autres tables (%2). Choisissez un autre fichier ou une autre base de données, ou une base vide.</translation>
    </message>
    <message>
        <source>“%1” holds no config store.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun magasin de configuration.</translation>
    </message>
    <message>
        <source>This is an original pyshards shardconf. Import it with &quot;Open pyshards shardconf…&quot; (sharddesk-cli import-pyshards).</source>
        <translation>Ceci est une shardconf pyshards d&apos;origine. Importez-la avec «&#xa0;Ouvrir une shardconf pyshards…&#xa0;» (sharddesk-cli import-pyshards).</translation>
    </message>
    <message>
        <source>This config store already holds a cluster (version %1).</source>
        <translation>Ce magasin de configuration contient déjà un cluster (version %1).</translation>
    </message>
    <message>
        <source>The vshard count, hash and key normalisation of a cluster are fixed when it is created: changing them would route existing keys elsewhere.</source>
        <translation>Le nombre de vshards, le hachage et la normalisation des clés d&apos;un cluster sont fixés à sa création&#xa0;: les modifier routerait les clés existantes ailleurs.</translation>
    </message>
    <message>
        <source>Shard %1: the current size must be 0 MB or more; it is %2 MB.</source>
        <translation>Shard %1&#xa0;: la taille actuelle doit être de 0 Mo ou plus&#xa0;; elle est de %2 Mo.</translation>
    </message>
    <message>
        <source>The config store is not open.</source>
        <translation>Le magasin de configuration n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigWriter</name>
    <message>
        <source>Could not write the cluster settings to the config store.</source>
        <translation>Impossible d&apos;écrire les paramètres du cluster dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not write the new version to the config store.</source>
        <translation>Impossible d&apos;écrire la nouvelle version dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not add shard %1 to the config store.</source>
        <translation>Impossible d&apos;ajouter le shard %1 au magasin de configuration.</translation>
    </message>
    <message>
        <source>shard %1 is missing</source>
        <translation>le shard %1 est manquant</translation>
    </message>
    <message>
        <source>Could not remove shard %1 from the config store.</source>
        <translation>Impossible de supprimer le shard %1 du magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not update shard %1 in the config store.</source>
        <translation>Impossible de mettre à jour le shard %1 dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>There is no shard %1 in the config store.</source>
        <translation>Il n&apos;y a aucun shard %1 dans le magasin de configuration.</translation>
    </message>
    <message>
        <source>Could not write the vshard map to the config store.</source>
        <translation>Impossible d&apos;écrire la carte des vshards dans le magasin de configuration.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard range(s) are missing</source>
        <translation>
            <numerusform>%n plage de vshards est manquante</numerusform>
            <numerusform>%n plages de vshards sont manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not clear the config store before writing the new configuration.</source>
        <translation>Impossible de vider le magasin de configuration avant d&apos;écrire la nouvelle configuration.</translation>
    </message>
    <message>
        <source>The config store no longer holds the configuration you loaded (%1). Reload and reapply your changes.</source>
        <translation>Le magasin de configuration ne contient plus la configuration que vous avez chargée (%1). Rechargez et réappliquez vos modifications.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConnectionPool</name>
    <message>
        <source>The TLS file path &quot;%1&quot; may not contain &apos;;&apos; or &apos;=&apos;.</source>
        <translation>Le chemin du fichier TLS «&#xa0;%1&#xa0;» ne doit contenir ni «&#xa0;;&#xa0;» ni «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>Could not connect to %1 as user &quot;%2&quot;.</source>
        <translation>Impossible de se connecter à %1 en tant qu&apos;utilisateur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 The server did not answer in time.</source>
        <translation>%1 Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not set the character set on %1.</source>
        <translation>Impossible de définir le jeu de caractères sur %1.</translation>
    </message>
    <message>
        <source>Could not check the encryption of the connection to %1.</source>
        <translation>Impossible de vérifier le chiffrement de la connexion à %1.</translation>
    </message>
    <message>
        <source>The server did not negotiate TLS, and TLS is required: refusing to continue in plain text.</source>
        <translation>Le serveur n&apos;a pas négocié TLS alors que TLS est exigé&#xa0;: refus de continuer en clair.</translation>
    </message>
    <message>
        <source>%1 The connection is not one of this thread&apos;s pooled connections.</source>
        <translation>%1 La connexion ne fait pas partie des connexions en pool de ce thread.</translation>
    </message>
    <message>
        <source>No server address was given.</source>
        <translation>Aucune adresse de serveur n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not available; install the package that provides it (libqt6sql6-mysql on Debian).</source>
        <translation>Le pilote MySQL de Qt (QMYSQL) n&apos;est pas disponible&#xa0;; installez le paquet qui le fournit (libqt6sql6-mysql sous Debian).</translation>
    </message>
    <message>
        <source>%1 The server could not be reached.</source>
        <translation>%1 Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>%1 The connection timed out or was lost, so the statement may or may not have been applied.</source>
        <translation>%1 La connexion a expiré ou a été perdue&#xa0;: l&apos;instruction a donc pu être appliquée ou non.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConnectionTester</name>
    <message>
        <source>Could not read the version of %1.</source>
        <translation>Impossible de lire la version de %1.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Connecté à %1 en tant que %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CreatePage</name>
    <message>
        <source>Cancel creation</source>
        <translation>Interrompre la création</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Défaire la création</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Creating the shard databases…</source>
        <translation>Création des bases de shard…</translation>
    </message>
    <message>
        <source>Statement %1 of %2</source>
        <translation>Instruction %1 sur %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Created %1 shards on %2 servers with %3 vshards; the configuration is in %4.</source>
        <translation>%1 shards créés sur %2 serveurs avec %3 vshards&#xa0;; la configuration se trouve dans %4.</translation>
    </message>
    <message>
        <source>The previous configuration was saved to %1.</source>
        <translation>La configuration précédente a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The databases were created, but the configuration could not be stored: %1</source>
        <translation>Les bases de données ont été créées, mais la configuration n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creation was cancelled.</source>
        <translation>La création a été annulée.</translation>
    </message>
    <message>
        <source>Creation failed:</source>
        <translation>La création a échoué&#xa0;:</translation>
    </message>
    <message>
        <source>Dropping the databases that were created…</source>
        <translation>Suppression des bases de données créées…</translation>
    </message>
    <message>
        <source>Rolled back: the databases that were created are dropped.</source>
        <translation>Retour arrière effectué&#xa0;: les bases de données créées ont été supprimées.</translation>
    </message>
    <message>
        <source>Rolling back failed; these may remain:
%1</source>
        <translation>Le retour arrière a échoué&#xa0;; ces éléments peuvent subsister&#xa0;:
%1</translation>
    </message>
    <message>
        <source>&amp;Load test &gt;</source>
        <translation>Test de c&amp;harge &gt;</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CredentialFallbackDialog</name>
    <message>
        <source>&amp;Encrypted file, unlocked by a master password</source>
        <translation>Fichier &amp;chiffré, déverrouillé par un mot de passe maître</translation>
    </message>
    <message>
        <source>This &amp;session only: forget passwords when ShardDesk quits</source>
        <translation>Cette &amp;session uniquement&#xa0;: oublier les mots de passe à la fermeture de ShardDesk</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>ShardDesk cannot keep passwords in the system keychain here: %1

Choose where passwords go instead. They are never written in plain text.</source>
        <translation>ShardDesk ne peut pas conserver les mots de passe dans le trousseau du système ici&#xa0;: %1

Choisissez plutôt où conserver les mots de passe. Ils ne sont jamais écrits en clair.</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Mot de passe maître</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>Mot de passe &amp;maître&#xa0;:</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CredentialSession</name>
    <message>
        <source>No place was chosen for the password.</source>
        <translation>Aucun emplacement n&apos;a été choisi pour le mot de passe.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>The password is kept in %1 once the cluster is created, never in a file.</source>
        <translation>Le mot de passe est conservé dans %1 une fois le cluster créé, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The password is kept in memory for this session only, never in a file.</source>
        <translation>Le mot de passe est conservé en mémoire pour cette session uniquement, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Create a dedicated &amp;application user for the shards</source>
        <translation>Créer un utilisateur d&apos;&amp;application dédié aux shards</translation>
    </message>
    <message>
        <source>The login that creates the shard databases and, unless an application user is created, that the shards use afterwards.</source>
        <translation>L&apos;identifiant qui crée les bases des shards et que les shards utilisent ensuite, sauf si un utilisateur d&apos;application est créé.</translation>
    </message>
    <message>
        <source>Created on every server with only SELECT, INSERT, UPDATE, DELETE and LOCK TABLES on the shard databases; it cannot create or drop tables or databases.</source>
        <translation>Créé sur chaque serveur avec seulement SELECT, INSERT, UPDATE, DELETE et LOCK TABLES sur les bases des shards&#xa0;; il ne peut ni créer ni supprimer de tables ou de bases.</translation>
    </message>
    <message>
        <source>Application u&amp;ser:</source>
        <translation>Utilisateur d&apos;app&amp;lication&#xa0;:</translation>
    </message>
    <message>
        <source>Application pass&amp;word:</source>
        <translation>Mot de passe de l&apos;applicatio&amp;n&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShardDesk::EncryptedFileCredentialStore</name>
    <message>
        <source>Enter a master password to unlock the secrets file.</source>
        <translation>Saisissez un mot de passe maître pour déverrouiller le fichier de secrets.</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>Impossible de créer le dossier du fichier de secrets %1.</translation>
    </message>
    <message>
        <source>The master password is wrong, or the secrets file %1 was tampered with.</source>
        <translation>Le mot de passe maître est incorrect, ou le fichier de secrets %1 a été altéré.</translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation>fichier chiffré %1</translation>
    </message>
    <message>
        <source>A password needs a reference to be stored under.</source>
        <translation>Un mot de passe a besoin d&apos;une référence sous laquelle être enregistré.</translation>
    </message>
    <message>
        <source>No password is stored for %1 in %2.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour %1 dans %2.</translation>
    </message>
    <message>
        <source>The password stored for %1 in %2 was tampered with and cannot be used.</source>
        <translation>Le mot de passe enregistré pour %1 dans %2 a été altéré et ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another program.</source>
        <translation>Le fichier de secrets %1 est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>The secrets file %1 was replaced by another one; open it again.</source>
        <translation>Le fichier de secrets %1 a été remplacé par un autre&#xa0;; ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and cannot be read (%2).</source>
        <translation>Le fichier de secrets %1 est endommagé et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>it is not a ShardDesk secrets file</source>
        <translation>ce n&apos;est pas un fichier de secrets ShardDesk</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer ShardDesk (format %2); this version reads format %3.</source>
        <translation>Le fichier de secrets %1 a été écrit par une version plus récente de ShardDesk (format %2)&#xa0;; cette version lit le format %3.</translation>
    </message>
    <message>
        <source>bad format version or key derivation settings</source>
        <translation>version de format ou paramètres de dérivation de clé incorrects</translation>
    </message>
    <message>
        <source>bad password check</source>
        <translation>contrôle du mot de passe incorrect</translation>
    </message>
    <message>
        <source>a stored secret is not valid base64</source>
        <translation>un secret enregistré n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1.</source>
        <translation>Impossible de lire le fichier de secrets %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::FillForecast</name>
    <message>
        <source>no forecast yet</source>
        <translation>pas encore de prévision</translation>
    </message>
    <message>
        <source>not growing</source>
        <translation>pas de croissance</translation>
    </message>
    <message>
        <source>already full</source>
        <translation>déjà plein</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>plein dans %1</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 j %2 h</translation>
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
        <translation>La liste d&apos;hôtes ne désigne aucun serveur&#xa0;: écrivez un serveur par ligne.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a server address. %3</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse de serveur. %3</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is the same server as line %3 (%4).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» est le même serveur qu&apos;à la ligne %3 (%4).</translation>
    </message>
</context>
<context>
    <name>ShardDesk::JsonTransfer</name>
    <message>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <source>Imported as version %1.</source>
        <translation>Importé en tant que version %1.</translation>
    </message>
    <message>
        <source>Imported as version %1; the previous configuration is in %2.</source>
        <translation>Importé en tant que version %1&#xa0;; la configuration précédente se trouve dans %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the whole configuration in %1 with %2 (%n shard(s))?</source>
        <translation>
            <numerusform>Remplacer toute la configuration de %1 par %2 (%n shard)&#xa0;?</numerusform>
            <numerusform>Remplacer toute la configuration de %1 par %2 (%n shards)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The current configuration is exported to a backup file first. Unapplied edits in this window are discarded.</source>
        <translation>La configuration actuelle est d&apos;abord exportée dans un fichier de sauvegarde. Les modifications non appliquées dans cette fenêtre sont abandonnées.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Open pyshards shardconf</source>
        <translation>Ouvrir une shardconf pyshards</translation>
    </message>
</context>
<context>
    <name>ShardDesk::KeychainCredentialStore</name>
    <message>
        <source>The OS keychain can only be used while the application runs.</source>
        <translation>Le trousseau du système ne peut être utilisé que pendant l&apos;exécution de l&apos;application.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu en moins de %n seconde.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu en moins de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>code d&apos;erreur %1</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en moins de %n seconde</numerusform>
            <numerusform>pas de réponse en moins de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>a test entry could not be stored: %1</source>
        <translation>une entrée de test n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a test entry could not be read back: %1</source>
        <translation>une entrée de test n&apos;a pas pu être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>a test entry read back differently from what was stored</source>
        <translation>une entrée de test relue diffère de ce qui a été enregistré</translation>
    </message>
    <message>
        <source>a test entry could not be removed: %1</source>
        <translation>une entrée de test n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The OS keychain is not usable here (%1). Passwords can be kept in an encrypted file unlocked by a master password, or for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas utilisable ici (%1). Les mots de passe peuvent être conservés dans un fichier chiffré déverrouillé par un mot de passe maître, ou pour cette session uniquement.</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>A password needs a reference to be stored under.</source>
        <translation>Un mot de passe a besoin d&apos;une référence sous laquelle être enregistré.</translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the OS keychain (%2).</source>
        <translation>Impossible d&apos;enregistrer le mot de passe pour %1 dans le trousseau du système (%2).</translation>
    </message>
    <message>
        <source>The OS keychain holds no password for %1.</source>
        <translation>Le trousseau du système ne contient aucun mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the OS keychain (%2).</source>
        <translation>Impossible de lire le mot de passe pour %1 dans le trousseau du système (%2).</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the OS keychain (%2).</source>
        <translation>Impossible de supprimer le mot de passe pour %1 du trousseau du système (%2).</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LayoutPage</name>
    <message>
        <source>Use it</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>How many shard databases each server gets, how they chain into buckets, and how the vshards spread over them.</source>
        <translation>Combien de bases de shard reçoit chaque serveur, comment elles s&apos;enchaînent en buckets et comment les vshards s&apos;y répartissent.</translation>
    </message>
    <message>
        <source>One bucket per server (head, then overflow shards)</source>
        <translation>Un bucket par serveur (tête, puis shards de débordement)</translation>
    </message>
    <message>
        <source>Every shard is a bucket head</source>
        <translation>Chaque shard est une tête de bucket</translation>
    </message>
    <message>
        <source>%1 is replaced by the shard&apos;s number.</source>
        <translation>%1 est remplacé par le numéro du shard.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>&amp;Nom du cluster&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shards per server:</source>
        <translation>Sh&amp;ards par serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Chaining:</source>
        <translation>&amp;Chaînage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database names:</source>
        <translation>Noms des &amp;bases&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity per shard:</source>
        <translation>Capacité par shard&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vshards:</source>
        <translation>&amp;Vshards&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key column:</source>
        <translation>Colonne de c&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended: %1 MB per shard, so that every shard&apos;s data fits in half the smallest server&apos;s RAM.</source>
        <translation>Recommandé&#xa0;: %1 Mo par shard, afin que les données de chaque shard tiennent dans la moitié de la RAM du plus petit serveur.</translation>
    </message>
    <message>
        <source>Test the connections on the first page to get a recommendation from the servers&apos; RAM.</source>
        <translation>Testez les connexions sur la première page pour obtenir une recommandation d&apos;après la RAM des serveurs.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTest</name>
    <message>
        <source>The cluster has no shards, or vshards that are not mapped: provision it first.</source>
        <translation>Le cluster n&apos;a aucun shard, ou il a des vshards non affectés&#xa0;: provisionnez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not insert into shard %1.</source>
        <translation>Impossible d&apos;insérer dans le shard %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestCharts</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Latency per second (ms)</source>
        <translation>Latence par seconde (ms)</translation>
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
        <translation>Seconde</translation>
    </message>
    <message>
        <source>Rows and errors per shard</source>
        <translation>Lignes et erreurs par shard</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestPage</name>
    <message>
        <source>Load test</source>
        <translation>Test de charge</translation>
    </message>
    <message>
        <source>Insert generated users into the new cluster and watch throughput, latency and errors per shard. Next verifies what was written; Finish closes the wizard.</source>
        <translation>Insérer des utilisateurs générés dans le nouveau cluster et suivre le débit, la latence et les erreurs par shard. Suivant vérifie ce qui a été écrit&#xa0;; Terminer ferme l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Test de charge</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Comment errors</source>
        <translation>Erreurs de commentaires</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>until all users are written</source>
        <translation>jusqu&apos;à ce que tous les utilisateurs soient écrits</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>autocommit: one INSERT per row</source>
        <translation>autocommit&#xa0;: un INSERT par ligne</translation>
    </message>
    <message>
        <source>txn: a user and its comments in one transaction</source>
        <translation>txn&#xa0;: un utilisateur et ses commentaires dans une seule transaction</translation>
    </message>
    <message>
        <source>batch: multi-row INSERTs</source>
        <translation>batch&#xa0;: INSERT multilignes</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comments per user:</source>
        <translation>&amp;Commentaires par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Batch size (users):</source>
        <translation>Taille des &amp;lots (utilisateurs)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate (users/s):</source>
        <translation>&amp;Débit (utilisateurs/s)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration (s):</source>
        <translation>Du&amp;rée (s)&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to the shards…</source>
        <translation>Connexion aux shards…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the users already started…</source>
        <translation>Annulation&#xa0;: fin des utilisateurs déjà commencés…</translation>
    </message>
    <message>
        <source>%1 users/s in the last second, %2 users/s on average.</source>
        <translation>%1 utilisateurs/s dans la dernière seconde, %2 utilisateurs/s en moyenne.</translation>
    </message>
    <message>
        <source>%1 users/s in the last second, %2 users/s on average; about %3 s left.</source>
        <translation>%1 utilisateurs/s dans la dernière seconde, %2 utilisateurs/s en moyenne&#xa0;; environ %3 s restantes.</translation>
    </message>
    <message>
        <source>%1 acknowledged, %2 failed, %3 unknown (may have been written).</source>
        <translation>%1 confirmés, %2 en échec, %3 inconnus (peut-être écrits).</translation>
    </message>
    <message>
        <source>Rows per shard written to: %1 to %2; the fullest is %3% above the mean.</source>
        <translation>Lignes écrites par shard&#xa0;: de %1 à %2&#xa0;; le plus rempli est %3&#xa0;% au-dessus de la moyenne.</translation>
    </message>
    <message>
        <source>The load test could not start: %1</source>
        <translation>Le test de charge n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 s: %2 users/s; latency p50 %3 ms, p99 %4 ms.</source>
        <translation>Annulé après %1 s&#xa0;: %2 utilisateurs/s&#xa0;; latence p50 %3 ms, p99 %4 ms.</translation>
    </message>
    <message>
        <source>Finished in %1 s: %2 users/s; latency p50 %3 ms, p99 %4 ms.</source>
        <translation>Terminé en %1 s&#xa0;: %2 utilisateurs/s&#xa0;; latence p50 %3 ms, p99 %4 ms.</translation>
    </message>
    <message>
        <source>Save the load test report</source>
        <translation>Enregistrer le rapport du test de charge</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestReport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 users acknowledged, %2 failed, %3 unknown in %4 s (%5 users/s); mode %6, %n thread(s), seed %7.</source>
        <translation>
            <numerusform>%1 utilisateurs confirmés, %2 en échec, %3 inconnus en %4 s (%5 utilisateurs/s)&#xa0;; mode %6, %n thread, graine %7.</numerusform>
            <numerusform>%1 utilisateurs confirmés, %2 en échec, %3 inconnus en %4 s (%5 utilisateurs/s)&#xa0;; mode %6, %n threads, graine %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>ShardDesk load test</source>
        <translation>Test de charge ShardDesk</translation>
    </message>
    <message>
        <source>Users per second</source>
        <translation>Utilisateurs par seconde</translation>
    </message>
    <message>
        <source>users/s</source>
        <translation>utilisateurs/s</translation>
    </message>
    <message>
        <source>Latency per second</source>
        <translation>Latence par seconde</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Acknowledged users per shard</source>
        <translation>Utilisateurs confirmés par shard</translation>
    </message>
    <message>
        <source>Could not create the report folder %1.</source>
        <translation>Impossible de créer le dossier du rapport %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestSpec</name>
    <message>
        <source>The number of users must be from 1 to %1; %2 was given.</source>
        <translation>Le nombre d&apos;utilisateurs doit être compris entre 1 et %1&#xa0;; %2 a été indiqué.</translation>
    </message>
    <message>
        <source>Comments per user must be from 0 to 100; %1 was given.</source>
        <translation>Le nombre de commentaires par utilisateur doit être compris entre 0 et 100&#xa0;; %1 a été indiqué.</translation>
    </message>
    <message>
        <source>Threads must be from 1 to %1; %2 was given.</source>
        <translation>Le nombre de threads doit être compris entre 1 et %1&#xa0;; %2 a été indiqué.</translation>
    </message>
    <message>
        <source>The batch size must be from 1 to 10000; %1 was given.</source>
        <translation>La taille des lots doit être comprise entre 1 et 10000&#xa0;; %1 a été indiqué.</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>La limite de débit ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
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
        <translation>Shards par bucket</translation>
    </message>
    <message>
        <source>VShard map</source>
        <translation>Carte des vshards</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Applied: the configuration is now at version %1.</source>
        <translation>Appliqué&#xa0;: la configuration est maintenant à la version %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Configuration File…</source>
        <translation>&amp;Ouvrir un fichier de configuration…</translation>
    </message>
    <message>
        <source>Open Configuration on a &amp;Server…</source>
        <translation>Ouvrir une configuration sur un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Configurations &amp;récentes</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
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
        <source>A&amp;pply…</source>
        <translation>Appli&amp;quer…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ShardDesk</source>
        <translation>À &amp;propos de ShardDesk</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Impossible d&apos;appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1[*] — ShardDesk</source>
        <translation>%1[*] — ShardDesk</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>ShardDesk configurations (*.sqlite *.db);;All files (*)</source>
        <translation>Configurations ShardDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Configuration on a Server</source>
        <translation>Ouvrir une configuration sur un serveur</translation>
    </message>
    <message>
        <source>Config store as mysql://user@host:port/database:</source>
        <translation>Magasin de configuration sous la forme mysql://utilisateur@hôte:port/base&#xa0;:</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <source>%1 holds no cluster yet.
Create a test cluster with Cluster → New Test Cluster…, or describe existing servers with: sharddesk-cli --config %1 init --vshards 1024</source>
        <translation>%1 ne contient encore aucun cluster.
Créez un cluster de test avec Cluster → Nouveau cluster de test…, ou décrivez des serveurs existants avec&#xa0;: sharddesk-cli --config %1 init --vshards 1024</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n shard(s).</source>
        <translation>
            <numerusform>%n shard chargé.</numerusform>
            <numerusform>%n shards chargés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded, with %n problem(s) in the configuration.</source>
        <translation>
            <numerusform>Chargé, avec %n problème dans la configuration.</numerusform>
            <numerusform>Chargé, avec %n problèmes dans la configuration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Reverted to version %1.</source>
        <translation>Retour à la version %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The configuration has changes that were not applied. Apply them now?</source>
        <translation>La configuration contient des modifications qui n&apos;ont pas été appliquées. Les appliquer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The changes cannot be applied yet: fix the cells marked red, or choose Discard.</source>
        <translation>Les modifications ne peuvent pas encore être appliquées&#xa0;: corrigez les cellules marquées en rouge, ou choisissez «&#xa0;Ne pas tenir compte&#xa0;».</translation>
    </message>
    <message>
        <source>About ShardDesk</source>
        <translation>À propos de ShardDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;Desktop administration, capacity planning and load testing for application-level sharding over MySQL and MariaDB.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;Administration, planification de capacité et tests de charge, depuis le poste de travail, pour le sharding applicatif sur MySQL et MariaDB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a configuration with File → Open Configuration File…</source>
        <translation>Ouvrez une configuration avec Fichier → Ouvrir un fichier de configuration…</translation>
    </message>
    <message>
        <source>Open &amp;pyshards shardconf…</source>
        <translation>Ouvrir une shardconf &amp;pyshards…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Open pyshards shardconf</source>
        <translation>Ouvrir une shardconf pyshards</translation>
    </message>
    <message>
        <source>The pyshards shardconf, as an SQLite file path or mysql://user@host:port/database:</source>
        <translation>La shardconf pyshards, sous forme de chemin de fichier SQLite ou de mysql://utilisateur@hôte:port/base&#xa0;:</translation>
    </message>
    <message>
        <source>Password of %1 (used for this import only):</source>
        <translation>Mot de passe de %1 (utilisé pour cette importation uniquement)&#xa0;:</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Configurations récentes</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il a été retiré de la liste.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>A password needs a reference to be stored under.</source>
        <translation>Un mot de passe a besoin d&apos;une référence sous laquelle être enregistré.</translation>
    </message>
    <message>
        <source>No password is kept for %1 in this session.</source>
        <translation>Aucun mot de passe n&apos;est conservé pour %1 dans cette session.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MonitorExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MonitorPanel</name>
    <message>
        <source>Live monitoring</source>
        <translation>Surveillance en direct</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Capacity planner</source>
        <translation>Planificateur de capacité</translation>
    </message>
    <message>
        <source>Server shown in the charts</source>
        <translation>Serveur affiché dans les graphiques</translation>
    </message>
    <message>
        <source>Time window of the charts</source>
        <translation>Fenêtre de temps des graphiques</translation>
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
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export samples…</source>
        <translation>Exporter les échantillons…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fenê&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory of %1</source>
        <translation>Mémoire de %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exporter les échantillons</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MoveDialog</name>
    <message>
        <source>&amp;Run Move</source>
        <translation>&amp;Lancer le déplacement</translation>
    </message>
    <message>
        <source>&amp;Cancel Move</source>
        <translation>&amp;Interrompre le déplacement</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Move VShards</source>
        <translation>Déplacer des vshards</translation>
    </message>
    <message>
        <source>Size of every bucket before and after the move</source>
        <translation>Taille de chaque bucket avant et après le déplacement</translation>
    </message>
    <message>
        <source>VShards to move</source>
        <translation>VShards à déplacer</translation>
    </message>
    <message>
        <source>Could not measure the vshards&apos; sizes: %1</source>
        <translation>Impossible de mesurer la taille des vshards&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <source>Checking the move journal and measuring the vshards&apos; sizes…</source>
        <translation>Vérification du journal de déplacement et mesure de la taille des vshards…</translation>
    </message>
    <message>
        <source>VShard %1: shard %2 → shard %3</source>
        <translation>VShard %1&#xa0;: shard %2 → shard %3</translation>
    </message>
    <message>
        <source>Nothing to move: every vshard named is on its target already.</source>
        <translation>Rien à déplacer&#xa0;: chaque vshard indiqué se trouve déjà sur sa cible.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) to move.</source>
        <translation>
            <numerusform>%n vshard à déplacer.</numerusform>
            <numerusform>%n vshards à déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Sizes are being measured; megabytes show as 0 until then.</source>
        <translation>%1 Les tailles sont en cours de mesure&#xa0;; les mégaoctets affichent 0 d&apos;ici là.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Warning: %n bucket(s) would be over capacity (in red).</source>
        <translation>
            <numerusform>%1 Attention&#xa0;: %n bucket dépasserait sa capacité (en rouge).</numerusform>
            <numerusform>%1 Attention&#xa0;: %n buckets dépasseraient leur capacité (en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling the unfinished move back…</source>
        <translation>Annulation du déplacement inachevé…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling: the vshards under way are finished first; the others stay where they are.</source>
        <translation>Interruption&#xa0;: les vshards en cours sont d&apos;abord terminés&#xa0;; les autres restent où ils sont.</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>copying rows</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>copie des lignes</translation>
    </message>
    <message>
        <source>writes paused, copying the last rows</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>écritures suspendues, copie des dernières lignes</translation>
    </message>
    <message>
        <source>verified, the same rows on both sides</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>vérifié, mêmes lignes des deux côtés</translation>
    </message>
    <message>
        <source>switched to the new shard</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>basculé sur le nouveau shard</translation>
    </message>
    <message>
        <source>moved, old rows cleaned up</source>
        <comment>a vshard&apos;s move step</comment>
        <translation>déplacé, anciennes lignes nettoyées</translation>
    </message>
    <message>
        <source>VShard %1: %2</source>
        <translation>VShard %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>VShard %1: copying rows, %2 so far</source>
        <translation>VShard %1&#xa0;: copie des lignes, %2 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 s elapsed, %2 rows copied</source>
        <translation>%1 s écoulées, %2 lignes copiées</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n vshard(s) stay where they were; %1 copied rows deleted from the target.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n vshard reste où il était&#xa0;; %1 lignes copiées supprimées de la cible.</numerusform>
            <numerusform>Annulé&#xa0;: %n vshards restent où ils étaient&#xa0;; %1 lignes copiées supprimées de la cible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n vshard(s) in %1 s: %2 rows copied, %3 rows deleted from the old shards.</source>
        <translation>
            <numerusform>%n vshard déplacé en %1 s&#xa0;: %2 lignes copiées, %3 lignes supprimées des anciens shards.</numerusform>
            <numerusform>%n vshards déplacés en %1 s&#xa0;: %2 lignes copiées, %3 lignes supprimées des anciens shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Cancelled: %n vshard(s) were not started and stay where they were.</source>
        <translation>
            <numerusform>%1 Interrompu&#xa0;: %n vshard n&apos;a pas été commencé et reste où il était.</numerusform>
            <numerusform>%1 Interrompu&#xa0;: %n vshards n&apos;ont pas été commencés et restent où ils étaient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Could not check for an unfinished move: %1</source>
        <translation>Impossible de vérifier s&apos;il existe un déplacement inachevé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The move stopped: %1</source>
        <translation>Le déplacement s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>An earlier move is unfinished. Resume finishes it; Roll Back leaves the vshards not yet switched where they were. A new move can run only after one of them.</source>
        <translation>Un déplacement précédent est inachevé. «&#xa0;Reprendre&#xa0;» le termine&#xa0;; «&#xa0;Défaire&#xa0;» laisse les vshards pas encore basculés là où ils étaient. Un nouveau déplacement ne peut être lancé qu&apos;après l&apos;une de ces deux actions.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MoveJournal</name>
    <message>
        <source>The move journal is damaged: vshard %1 is at an unknown step &quot;%2&quot;.</source>
        <translation>Le journal des déplacements est endommagé&#xa0;: le vshard %1 est à une étape inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read the move journal.</source>
        <translation>Impossible de lire le journal des déplacements.</translation>
    </message>
    <message>
        <source>Vshard %1 is listed twice in the move.</source>
        <translation>Le vshard %1 figure deux fois dans le déplacement.</translation>
    </message>
    <message numerus="yes">
        <source>An earlier move of %n vshard(s) is unfinished: resume it first.</source>
        <translation>
            <numerusform>Un déplacement antérieur de %n vshard n&apos;est pas terminé&#xa0;: reprenez-le d&apos;abord.</numerusform>
            <numerusform>Un déplacement antérieur de %n vshards n&apos;est pas terminé&#xa0;: reprenez-le d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the move journal.</source>
        <translation>Impossible d&apos;écrire le journal des déplacements.</translation>
    </message>
    <message>
        <source>Vshard %1 is not part of the journaled move.</source>
        <translation>Le vshard %1 ne fait pas partie du déplacement journalisé.</translation>
    </message>
    <message>
        <source>The move of vshard %1 cannot go from step &quot;%2&quot; to step &quot;%3&quot;.</source>
        <translation>Le déplacement du vshard %1 ne peut pas passer de l&apos;étape «&#xa0;%2&#xa0;» à l&apos;étape «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MovePlan</name>
    <message>
        <source>Shard %1 is not a bucket head: vshards can only be moved to and from bucket heads.</source>
        <translation>Le shard %1 n&apos;est pas une tête de bucket&#xa0;: les vshards ne peuvent être déplacés que depuis et vers des têtes de bucket.</translation>
    </message>
    <message>
        <source>Vshard %1 does not exist: this cluster has vshards 0 to %2.</source>
        <translation>Le vshard %1 n&apos;existe pas&#xa0;: ce cluster a les vshards 0 à %2.</translation>
    </message>
    <message>
        <source>Vshard %1 is not mapped to a shard, so it has no rows to move.</source>
        <translation>Le vshard %1 n&apos;est affecté à aucun shard&#xa0;: il n&apos;a donc aucune ligne à déplacer.</translation>
    </message>
    <message>
        <source>A bucket cannot be split into itself.</source>
        <translation>Un bucket ne peut pas être scindé en lui-même.</translation>
    </message>
    <message>
        <source>The number of vshards to move cannot be negative.</source>
        <translation>Le nombre de vshards à déplacer ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>There is no other bucket to move vshards to.</source>
        <translation>Il n&apos;y a aucun autre bucket vers lequel déplacer des vshards.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::MovePlanForm</name>
    <message>
        <source>&amp;VShards:</source>
        <translation>&amp;Vshards&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From shard:</source>
        <translation>Shard d&apos;&amp;origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To shard:</source>
        <translation>Shard de des&amp;tination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Combien&#xa0;:</translation>
    </message>
    <message>
        <source>Move the selected vshards to a shard</source>
        <translation>Déplacer les vshards sélectionnés vers un shard</translation>
    </message>
    <message>
        <source>Split a shard: half of its vshards to another</source>
        <translation>Scinder un shard&#xa0;: la moitié de ses vshards vers un autre</translation>
    </message>
    <message>
        <source>Move the largest vshards off a shard</source>
        <translation>Retirer d&apos;un shard ses plus gros vshards</translation>
    </message>
    <message>
        <source>Even out the shards by size</source>
        <translation>Équilibrer les shards par taille</translation>
    </message>
    <message>
        <source>ids and ranges, such as 17,18,40-63</source>
        <translation>identifiants et plages, par exemple 17,18,40-63</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan&#xa0;:</translation>
    </message>
    <message>
        <source>Shard %1 (%2)</source>
        <translation>Shard %1 (%2)</translation>
    </message>
    <message>
        <source>Measuring the vshards&apos; sizes…</source>
        <translation>Mesure de la taille des vshards…</translation>
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
        <translation>non définie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Bucket %1 (%2): after the move it holds more than its shards&apos; capacity.</source>
        <translation>Bucket %1 (%2)&#xa0;: après le déplacement, il contient plus que la capacité de ses shards.</translation>
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
        <translation>VShards avant</translation>
    </message>
    <message>
        <source>VShards after</source>
        <translation>VShards après</translation>
    </message>
    <message>
        <source>MB before</source>
        <translation>Mo avant</translation>
    </message>
    <message>
        <source>MB after</source>
        <translation>Mo après</translation>
    </message>
    <message>
        <source>Capacity MB</source>
        <translation>Capacité en Mo</translation>
    </message>
    <message>
        <source>% after</source>
        <comment>column header: percent of capacity after the move</comment>
        <translation>% après</translation>
    </message>
</context>
<context>
    <name>ShardDesk::NativeQuery</name>
    <message>
        <source>%1 The statement returned rows where none were expected.</source>
        <translation>%1 L&apos;instruction a renvoyé des lignes alors qu&apos;aucune n&apos;était attendue.</translation>
    </message>
    <message>
        <source>%1 The statement returned no rows where rows were expected.</source>
        <translation>%1 L&apos;instruction n&apos;a renvoyé aucune ligne alors que des lignes étaient attendues.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::NativeStatement</name>
    <message>
        <source>%1 The statement returns rows, which this kind of statement cannot read.</source>
        <translation>%1 L&apos;instruction renvoie des lignes, que ce type d&apos;instruction ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ParallelTasks</name>
    <message>
        <source>Stopped because another table of the batch failed.</source>
        <translation>Arrêté parce qu&apos;une autre table du même lot a échoué.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PasswordDialog</name>
    <message numerus="yes">
        <source>&amp;Use it for %1 on the %n other server(s) of this configuration too</source>
        <translation>
            <numerusform>L’&amp;utiliser aussi pour %1 sur l’autre serveur de cette configuration</numerusform>
            <numerusform>L’&amp;utiliser aussi pour %1 sur les %n autres serveurs de cette configuration</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password of %1 on %2:</source>
        <translation>&amp;Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Poller</name>
    <message numerus="yes">
        <source>%1 Next attempt in %n second(s).</source>
        <translation>
            <numerusform>%1 Nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>%1 Nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No login is set for polling.</source>
        <translation>Aucun identifiant de connexion n&apos;est défini pour la surveillance.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>&amp;Poll interval (ms):</source>
        <translation>&amp;Intervalle d&apos;interrogation (ms)&#xa0;:</translation>
    </message>
    <message>
        <source>Chart &amp;window:</source>
        <translation>Fenê&amp;tre du graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;Connect timeout (s):</source>
        <translation>Délai de &amp;connexion (s)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Read timeout (s):</source>
        <translation>Délai de lectu&amp;re (s)&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;rite timeout (s):</source>
        <translation>Délai d&apos;&amp;écriture (s)&#xa0;:</translation>
    </message>
    <message>
        <source>Load test defaults</source>
        <translation>Valeurs par défaut du test de charge</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;omments per user:</source>
        <translation>Co&amp;mmentaires par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Batch size (users):</source>
        <translation>Taille des &amp;lots (utilisateurs)&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ShardDesk.</source>
        <translation>Une nouvelle langue est utilisée à partir du prochain démarrage de ShardDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <source>Recent configurations</source>
        <translation>Configurations récentes</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>The list is cleared when you press OK.</source>
        <translation>La liste est vidée lorsque vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum entries:</source>
        <translation>Nombre ma&amp;ximal d&apos;entrées&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Provisioner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the version of %1.</source>
        <translation>Impossible de lire la version de %1.</translation>
    </message>
    <message>
        <source>Could not list the databases of %1.</source>
        <translation>Impossible de lister les bases de données de %1.</translation>
    </message>
    <message>
        <source>These databases exist already: %1. Tick &quot;drop and recreate&quot; to replace them.</source>
        <translation>Ces bases de données existent déjà&#xa0;: %1. Cochez «&#xa0;supprimer et recréer&#xa0;» pour les remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n statement(s).</source>
        <translation>
            <numerusform>Annulé après %n instruction.</numerusform>
            <numerusform>Annulé après %n instructions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 of %2 failed on %3.</source>
        <translation>L&apos;instruction %1 sur %2 a échoué sur %3.</translation>
    </message>
    <message>
        <source>Could not drop database %1 on %2.</source>
        <translation>Impossible de supprimer la base de données %1 sur %2.</translation>
    </message>
    <message>
        <source>%1: user %2</source>
        <translation>%1&#xa0;: utilisateur %2</translation>
    </message>
    <message>
        <source>Give the application user %1 a password.</source>
        <translation>Donnez un mot de passe à l&apos;utilisateur d&apos;application %1.</translation>
    </message>
    <message>
        <source>Could not drop user %1 on %2.</source>
        <translation>Impossible de supprimer l&apos;utilisateur %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PyShardsImporter</name>
    <message>
        <source>Shard %1: the host “%2” is not a valid server: %3</source>
        <translation>Shard %1&#xa0;: l&apos;hôte «&#xa0;%2&#xa0;» n&apos;est pas un serveur valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>Host “%1” (shards %2): %3</source>
        <translation>Hôte «&#xa0;%1&#xa0;» (shards %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The pyshards shardconf has no vshards.</source>
        <translation>La shardconf pyshards ne contient aucun vshard.</translation>
    </message>
    <message>
        <source>The pyshards shardconf has %1 vshards; ShardDesk handles at most %2.</source>
        <translation>La shardconf pyshards contient %1 vshards&#xa0;; ShardDesk en gère au plus %2.</translation>
    </message>
    <message>
        <source>The vshard ids ran from 1 to %1 (Django&apos;s automatic ids start at 1); they were renumbered 0 to %2, so pyshards vshard k is vshard k−1 here.</source>
        <translation>Les identifiants de vshard allaient de 1 à %1 (les identifiants automatiques de Django commencent à 1)&#xa0;; ils ont été renumérotés de 0 à %2&#xa0;: le vshard pyshards k est donc ici le vshard k−1.</translation>
    </message>
    <message>
        <source>The vshard ids run from %1 to %2 for %3 vshards; they must be numbered 0 to N−1 or 1 to N without gaps.</source>
        <translation>Les identifiants de vshard vont de %1 à %2 pour %3 vshards&#xa0;; ils doivent être numérotés de 0 à N−1 ou de 1 à N, sans trou.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to shard %1, an overflow shard; they now point to the head of its bucket, shard %2.</source>
        <translation>
            <numerusform>%n vshard pointait vers le shard %1, un shard de débordement&#xa0;; il pointe désormais vers la tête de son bucket, le shard %2.</numerusform>
            <numerusform>%n vshards pointaient vers le shard %1, un shard de débordement&#xa0;; ils pointent désormais vers la tête de son bucket, le shard %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to no shard; they are unmapped.</source>
        <translation>
            <numerusform>%n vshard ne pointait vers aucun shard&#xa0;; il n&apos;est pas affecté.</numerusform>
            <numerusform>%n vshards ne pointaient vers aucun shard&#xa0;; ils ne sont pas affectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to shard %1, which does not exist or is in a broken bucket; they are unmapped.</source>
        <translation>
            <numerusform>%n vshard pointait vers le shard %1, qui n&apos;existe pas ou se trouve dans un bucket défectueux&#xa0;; il n&apos;est pas affecté.</numerusform>
            <numerusform>%n vshards pointaient vers le shard %1, qui n&apos;existe pas ou se trouve dans un bucket défectueux&#xa0;; ils ne sont pas affectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shard %1 has a different password from shard %2 for the same login %3; it is stored separately as %4.</source>
        <translation>Le shard %1 a un mot de passe différent de celui du shard %2 pour le même identifiant de connexion %3&#xa0;; il est enregistré séparément sous %4.</translation>
    </message>
    <message>
        <source>Could not store the password of shard %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer le mot de passe du shard %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Shard %1 has no password in the pyshards shardconf and none is stored as %2.</source>
        <translation>Le shard %1 n&apos;a pas de mot de passe dans la shardconf pyshards et aucun n&apos;est enregistré sous %2.</translation>
    </message>
    <message>
        <source>The pyshards configuration cannot be imported as it is: %1</source>
        <translation>La configuration pyshards ne peut pas être importée telle quelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>pyshards routed keys with Python&apos;s hash(); ShardDesk routes with CRC32 (docs/ROUTING.md). Rows already in these shards carry pyshards&apos; VIRTUAL_SHARD values and may sit in other buckets than CRC32 routing expects: start from empty shards, or re-key and move the existing rows before routing traffic with this configuration.</source>
        <translation>pyshards routait les clés avec la fonction hash() de Python&#xa0;; ShardDesk route avec CRC32 (docs/ROUTING.md). Les lignes déjà présentes dans ces shards portent les valeurs VIRTUAL_SHARD de pyshards et peuvent se trouver dans d&apos;autres buckets que ceux attendus par le routage CRC32&#xa0;: partez de shards vides, ou recalculez les clés et déplacez les lignes existantes avant de router du trafic avec cette configuration.</translation>
    </message>
    <message>
        <source>The passwords were stored in %1 but could not be removed from the pyshards shardconf: %2</source>
        <translation>Les mots de passe ont été enregistrés dans %1 mais n&apos;ont pas pu être supprimés de la shardconf pyshards&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password of shard(s) %1 changed during the import; it was left in the pyshards shardconf. Import again to move it.</source>
        <translation>Le mot de passe du ou des shards %1 a changé pendant l&apos;importation&#xa0;; il a été laissé dans la shardconf pyshards. Importez de nouveau pour le transférer.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::PyShardsSource</name>
    <message>
        <source>“%1” is not a pyshards shardconf: it could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une shardconf pyshards&#xa0;: il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>“%1” is already a ShardDesk config store: open it directly.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un magasin de configuration ShardDesk&#xa0;: ouvrez-le directement.</translation>
    </message>
    <message>
        <source>“%1” is not a pyshards shardconf: it has no tables shard and vshard.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une shardconf pyshards&#xa0;: il ne contient pas les tables shard et vshard.</translation>
    </message>
    <message>
        <source>Could not read the shards of the pyshards shardconf %1.</source>
        <translation>Impossible de lire les shards de la shardconf pyshards %1.</translation>
    </message>
    <message>
        <source>Could not read the vshards of the pyshards shardconf %1.</source>
        <translation>Impossible de lire les vshards de la shardconf pyshards %1.</translation>
    </message>
    <message>
        <source>Could not remove the passwords from the pyshards shardconf %1.</source>
        <translation>Impossible de supprimer les mots de passe de la shardconf pyshards %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RamChart</name>
    <message>
        <source>Server memory chart</source>
        <translation>Graphique de la mémoire du serveur</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Recommended %1–%2 %</source>
        <translation>Recommandé %1–%2&#xa0;%</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Buffer pool data</source>
        <translation>Données du buffer pool</translation>
    </message>
    <message>
        <source>Buffer pool size</source>
        <translation>Taille du buffer pool</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>RAM de l&apos;hôte</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RemoveShardCommand</name>
    <message numerus="yes">
        <source>Shard %1 cannot be removed: %n vshard(s) are mapped to it. Assign them to another bucket first.</source>
        <translation>
            <numerusform>Le shard %1 ne peut pas être supprimé&#xa0;: %n vshard lui est affecté. Attribuez-le d&apos;abord à un autre bucket.</numerusform>
            <numerusform>Le shard %1 ne peut pas être supprimé&#xa0;: %n vshards lui sont affectés. Attribuez-les d&apos;abord à un autre bucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shard %1 cannot be removed: shard %2 is its overflow shard. Remove or re-chain shard %2 first.</source>
        <translation>Le shard %1 ne peut pas être supprimé&#xa0;: le shard %2 est son shard de débordement. Supprimez ou rechaînez d&apos;abord le shard %2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ReviewPage</name>
    <message>
        <source>&amp;Drop and recreate the databases that exist</source>
        <translation>&amp;Supprimer et recréer les bases de données qui existent</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Type the cluster name to confirm</source>
        <translation>Saisissez le nom du cluster pour confirmer</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>&amp;Nom du cluster&#xa0;:</translation>
    </message>
    <message>
        <source>Every statement that will run, per server. An existing configuration in %1 is exported to a backup file first, automatically.</source>
        <translation>Chaque instruction qui sera exécutée, par serveur. Une configuration existante dans %1 est d&apos;abord exportée automatiquement dans un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Looking for planned databases that already exist…</source>
        <translation>Recherche des bases de données prévues qui existent déjà…</translation>
    </message>
    <message>
        <source>Some servers could not be checked; fix them before creating:
%1</source>
        <translation>Certains serveurs n&apos;ont pas pu être vérifiés&#xa0;; corrigez-les avant la création&#xa0;:
%1</translation>
    </message>
    <message>
        <source>None of the planned databases exists yet.</source>
        <translation>Aucune des bases de données prévues n&apos;existe encore.</translation>
    </message>
    <message>
        <source>These databases already exist and are refused unless you drop and recreate them (their data is lost):
%1</source>
        <translation>Ces bases de données existent déjà et sont refusées, sauf si vous les supprimez et les recréez (leurs données sont perdues)&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RouteInspector</name>
    <message>
        <source>A shard key, e.g. alice@example.com</source>
        <translation>Une clé de sharding, par ex. alice@example.com</translation>
    </message>
    <message>
        <source>Shard key to route</source>
        <translation>Clé de sharding à router</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>CRC32:</source>
        <translation>CRC32&#xa0;:</translation>
    </message>
    <message>
        <source>VShard:</source>
        <translation>VShard&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket head:</source>
        <translation>Tête de bucket&#xa0;:</translation>
    </message>
    <message>
        <source>A write goes to:</source>
        <translation>Une écriture va vers&#xa0;:</translation>
    </message>
    <message>
        <source>A read visits:</source>
        <translation>Une lecture consulte&#xa0;:</translation>
    </message>
    <message>
        <source>Or paste many keys, one per line.</source>
        <translation>Ou collez plusieurs clés, une par ligne.</translation>
    </message>
    <message>
        <source>Shard keys to route, one per line</source>
        <translation>Clés de sharding à router, une par ligne</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
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
        <translation>Tête de bucket</translation>
    </message>
    <message>
        <source>A write goes to</source>
        <translation>Une écriture va vers</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>Clé&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>shard %1, %2</source>
        <translation>shard %1, %2</translation>
    </message>
    <message>
        <source>missing shard %1</source>
        <translation>shard %1 manquant</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 keys.</source>
        <translation>Affichage des %1 premières clés sur %2.</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>non affecté</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>unmapped: assign this vshard to a bucket head</source>
        <translation>non affecté&#xa0;: attribuez ce vshard à une tête de bucket</translation>
    </message>
    <message>
        <source>shard %1, %2 (every shard of the bucket is full)</source>
        <translation>shard %1, %2 (tous les shards du bucket sont pleins)</translation>
    </message>
    <message>
        <source>shards %1, in this order</source>
        <translation>shards %1, dans cet ordre</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RowCopier</name>
    <message>
        <source>Could not read rows of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de lire les lignes de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Could not write rows of table &quot;%1&quot; to shard %2.</source>
        <translation>Impossible d&apos;écrire les lignes de la table «&#xa0;%1&#xa0;» dans le shard %2.</translation>
    </message>
    <message>
        <source>Could not checksum table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de calculer la somme de contrôle de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Could not delete rows of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de supprimer les lignes de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::RowLookupPanel</name>
    <message>
        <source>&amp;Look Up Row</source>
        <translation>&amp;Rechercher la ligne</translation>
    </message>
    <message>
        <source>Table to look the key up in</source>
        <translation>Table dans laquelle rechercher la clé</translation>
    </message>
    <message>
        <source>Key column of the table</source>
        <translation>Colonne de clé de la table</translation>
    </message>
    <message>
        <source>Reads the key&apos;s rows from every shard of its bucket.</source>
        <translation>Lit les lignes de la clé dans chaque shard de son bucket.</translation>
    </message>
    <message>
        <source>Rows found for the key</source>
        <translation>Lignes trouvées pour la clé</translation>
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
        <translation>= clé</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>Recherche de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>%1 (shard %2)</source>
        <translation>%1 (shard %2)</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>shard %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, the first %3 shown.</source>
        <translation>%1&#xa0;: %2 lignes, seules les %3 premières sont affichées.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n row(s) in the key&apos;s bucket.</source>
        <translation>
            <numerusform>%n ligne trouvée dans le bucket de la clé.</numerusform>
            <numerusform>%n lignes trouvées dans le bucket de la clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::SchemaPage</name>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>The tables created in every shard database. Edit them if your load test needs other columns; keep VIRTUAL_SHARD and the key column.</source>
        <translation>Les tables créées dans chaque base de shard. Modifiez-les si votre test de charge a besoin d&apos;autres colonnes&#xa0;; conservez VIRTUAL_SHARD et la colonne de clé.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::SecretBox</name>
    <message numerus="yes">
        <source>A key for sealed secrets must be %n byte(s) long.</source>
        <translation>
            <numerusform>Une clé pour les secrets scellés doit faire %n octet.</numerusform>
            <numerusform>Une clé pour les secrets scellés doit faire %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sealed secret is too short: it is damaged or was cut off.</source>
        <translation>Le secret scellé est trop court&#xa0;: il est endommagé ou a été tronqué.</translation>
    </message>
    <message>
        <source>The master password is wrong, or the file was tampered with.</source>
        <translation>Le mot de passe maître est incorrect, ou le fichier a été altéré.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServerAddress</name>
    <message>
        <source>The host name &quot;%1&quot; contains a space.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 valide.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is %2 characters long; host names have at most 253.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» fait %2 caractères&#xa0;; un nom d&apos;hôte en compte au plus 253.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has a part of %2 characters; each part between dots must have 1 to 63.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» a une partie de %2 caractères&#xa0;; chaque partie entre deux points doit en compter de 1 à 63.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; may contain only letters a-z, digits and hyphens, and no part may begin or end with a hyphen.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» ne peut contenir que des lettres a-z, des chiffres et des tirets, et aucune partie ne peut commencer ou se terminer par un tiret.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: with a port, write the IPv6 address in brackets, as in &quot;[%2]:%3&quot;; without a port, write &quot;[%1]&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est ambigu&#xa0;: avec un port, écrivez l&apos;adresse IPv6 entre crochets, comme dans «&#xa0;[%2]:%3&#xa0;»&#xa0;; sans port, écrivez «&#xa0;[%1]&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address. An IPv6 address with a port is written in brackets, as in &quot;[::1]:3306&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6. Une adresse IPv6 avec un port s&apos;écrit entre crochets, comme dans «&#xa0;[::1]:3306&#xa0;».</translation>
    </message>
    <message>
        <source>Enter a server address: a host name or IP address, optionally followed by :port.</source>
        <translation>Saisissez une adresse de serveur&#xa0;: un nom d&apos;hôte ou une adresse IP, suivi éventuellement de :port.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; contains a space.</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; opens a bracket but does not close it.</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» ouvre un crochet mais ne le ferme pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address: only IPv6 addresses are written in brackets.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6&#xa0;: seules les adresses IPv6 s&apos;écrivent entre crochets.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; has unexpected text after the closing bracket; write it as &quot;[address]:port&quot;.</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» contient du texte inattendu après le crochet fermant&#xa0;; écrivez-la sous la forme «&#xa0;[adresse]:port&#xa0;».</translation>
    </message>
    <message>
        <source>Enter a host name or IP address.</source>
        <translation>Saisissez un nom d&apos;hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation>Le port %1 n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>&quot;localhost&quot; would use the local socket and ignore the port; using TCP to 127.0.0.1 instead.</source>
        <translation>«&#xa0;localhost&#xa0;» utiliserait le socket local et ignorerait le port&#xa0;; TCP vers 127.0.0.1 est utilisé à la place.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServerProbe</name>
    <message>
        <source>Could not read the version of %1.</source>
        <translation>Impossible de lire la version de %1.</translation>
    </message>
    <message>
        <source>Could not read the status of %1.</source>
        <translation>Impossible de lire l&apos;état de %1.</translation>
    </message>
    <message>
        <source>Could not read the shard sizes on %1.</source>
        <translation>Impossible de lire la taille des shards sur %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServerTableModel</name>
    <message>
        <source>Host RAM in GiB. Enter it for a server on another machine; 0 clears it.</source>
        <translation>RAM de l&apos;hôte en Gio. Saisissez-la pour un serveur situé sur une autre machine&#xa0;; 0 l&apos;efface.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>Queries/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Buffer pool data</source>
        <translation>Données du buffer pool</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>RAM de l&apos;hôte</translation>
    </message>
    <message>
        <source>%1 Use Edit → Set Password… to set it.</source>
        <translation>%1 Utilisez Édition → Définir le mot de passe… pour le définir.</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sans mot de passe</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ServersPage</name>
    <message>
        <source>Test connections</source>
        <translation>Tester les connexions</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>One server per line: host, host:port, [IPv6]:port or a DNS name. Lines starting with # and blank lines are skipped.</source>
        <translation>Un serveur par ligne&#xa0;: hôte, hôte:port, [IPv6]:port ou un nom DNS. Les lignes commençant par # et les lignes vides sont ignorées.</translation>
    </message>
    <message>
        <source># MariaDB servers of the test cluster
10.0.0.11
10.0.0.12:3307</source>
        <translation># Serveurs MariaDB du cluster de test
10.0.0.11
10.0.0.12:3307</translation>
    </message>
    <message>
        <source>Logs in to every server at once with the login of the next page and shows its version and RAM.</source>
        <translation>Se connecte à tous les serveurs à la fois avec l&apos;identifiant de connexion de la page suivante et affiche leur version et leur RAM.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 (host)</source>
        <translation>%1 (hôte)</translation>
    </message>
    <message>
        <source>%1 (buffer pool)</source>
        <translation>%1 (buffer pool)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardConnection</name>
    <message>
        <source>No login is configured for shard %1.</source>
        <translation>Aucun identifiant de connexion n&apos;est configuré pour le shard %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardEditActions</name>
    <message>
        <source>&amp;Add Shard</source>
        <translation>A&amp;jouter un shard</translation>
    </message>
    <message>
        <source>&amp;Duplicate Shard</source>
        <translation>D&amp;upliquer le shard</translation>
    </message>
    <message>
        <source>Re&amp;move Shard</source>
        <translation>&amp;Supprimer le shard</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test &amp;All Connections</source>
        <translation>Tester t&amp;outes les connexions</translation>
    </message>
    <message>
        <source>The password for %1 is kept in: %2.</source>
        <translation>Le mot de passe de %1 est conservé dans&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate shard as %1</source>
        <translation>Duplication du shard en %1</translation>
    </message>
    <message>
        <source>Add shard %1</source>
        <translation>Ajout du shard %1</translation>
    </message>
    <message>
        <source>Remove Shard</source>
        <translation>Supprimer le shard</translation>
    </message>
    <message>
        <source>Remove shard %1</source>
        <translation>Suppression du shard %1</translation>
    </message>
    <message>
        <source>Set the credential of shard %1</source>
        <translation>Modification de l&apos;identifiant du shard %1</translation>
    </message>
    <message numerus="yes">
        <source>Set the credential of %n shard(s)</source>
        <translation>
            <numerusform>Définir les identifiants de %n shard</numerusform>
            <numerusform>Définir les identifiants de %n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password for %n login(s) is kept in: %1.</source>
        <translation>
            <numerusform>Le mot de passe de %n identifiant est conservé dans&#xa0;: %1.</numerusform>
            <numerusform>Le mot de passe des %n identifiants est conservé dans&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardLink</name>
    <message>
        <source>No login is configured for shard %1.</source>
        <translation>Aucun identifiant de connexion n&apos;est configuré pour le shard %1.</translation>
    </message>
    <message>
        <source>Could not set up the session on shard %1.</source>
        <translation>Impossible de configurer la session sur le shard %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardRechain</name>
    <message>
        <source>Shard %1 no longer exists.</source>
        <translation>Le shard %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Shard %1 is a bucket head already.</source>
        <translation>Le shard %1 est déjà une tête de bucket.</translation>
    </message>
    <message>
        <source>Shard %1 is the overflow shard of shard %2 already.</source>
        <translation>Le shard %1 est déjà le shard de débordement du shard %2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardSession</name>
    <message>
        <source>The key cannot be routed: the topology has no vshards.</source>
        <translation>La clé ne peut pas être routée&#xa0;: la topologie ne contient aucun vshard.</translation>
    </message>
    <message>
        <source>The key cannot be routed: its vshard %1 is not mapped to a shard.</source>
        <translation>La clé ne peut pas être routée&#xa0;: son vshard %1 n&apos;est affecté à aucun shard.</translation>
    </message>
    <message>
        <source>Vshard %1 is being moved to another shard; try the write again in a moment.</source>
        <translation>Le vshard %1 est en cours de déplacement vers un autre shard&#xa0;; réessayez l&apos;écriture dans un instant.</translation>
    </message>
    <message>
        <source>Could not list the sharded tables of shard %1.</source>
        <translation>Impossible de lister les tables shardées du shard %1.</translation>
    </message>
    <message>
        <source>Could not read the largest id of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de lire le plus grand identifiant de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Could not insert into table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible d&apos;insérer dans la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Could not read table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de lire la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Shard %1 is not in a bucket, so its ids cannot continue those of the shards before it.</source>
        <translation>Le shard %1 n&apos;appartient à aucun bucket&#xa0;: ses identifiants ne peuvent donc pas prolonger ceux des shards qui le précèdent.</translation>
    </message>
    <message>
        <source>Could not advance the ids of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible d&apos;avancer les identifiants de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Could not count the rows of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de compter les lignes de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>The statement failed on shard %1.</source>
        <translation>L&apos;instruction a échoué sur le shard %1.</translation>
    </message>
    <message>
        <source>The statement failed on server %1.</source>
        <translation>L&apos;instruction a échoué sur le serveur %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardSizeChart</name>
    <message>
        <source>Size and capacity</source>
        <translation>Taille et capacité</translation>
    </message>
    <message>
        <source>Current MB</source>
        <translation>Mo actuels</translation>
    </message>
    <message>
        <source>Capacity MB</source>
        <translation>Capacité en Mo</translation>
    </message>
    <message>
        <source>Shard size and capacity chart</source>
        <translation>Graphique de la taille et de la capacité des shards</translation>
    </message>
    <message>
        <source>Size history (MB)</source>
        <translation>Historique de la taille (Mo)</translation>
    </message>
    <message>
        <source>Shard size history chart</source>
        <translation>Graphique de l&apos;historique de la taille des shards</translation>
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
        <translation>Shard %1 (%2)&#xa0;: %3 sur %4 Mo, %5.</translation>
    </message>
    <message>
        <source>No shards on this server.</source>
        <translation>Aucun shard sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardStatement</name>
    <message>
        <source>An insert needs at least one column.</source>
        <translation>Une insertion a besoin d&apos;au moins une colonne.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardTile</name>
    <message>
        <source>%1
%2 %</source>
        <translation>%1
%2&#xa0;%</translation>
    </message>
    <message>
        <source>%1
unreachable</source>
        <translation>%1
injoignable</translation>
    </message>
    <message>
        <source>Shard %1, %2 % of capacity</source>
        <translation>Shard %1, %2&#xa0;% de la capacité</translation>
    </message>
    <message>
        <source>Shard %1, server unreachable</source>
        <translation>Shard %1, serveur injoignable</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>%1
no password</source>
        <translation>%1
sans mot de passe</translation>
    </message>
    <message>
        <source>Shard %1, no password for its login</source>
        <translation>Shard %1, sans mot de passe pour son identifiant</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sans mot de passe</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardTreeModel</name>
    <message>
        <source>testing…</source>
        <translation>test en cours…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bucket head on %1</source>
        <translation>Tête de bucket sur %1</translation>
    </message>
    <message>
        <source>Overflow shard of shard %1: takes new rows once it is full</source>
        <translation>Shard de débordement du shard %1&#xa0;: reçoit les nouvelles lignes une fois celui-ci plein</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no parent: a bucket head</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>full</source>
        <translation>plein</translation>
    </message>
    <message>
        <source>Change %1 of shard %2</source>
        <translation>Modification de «&#xa0;%1&#xa0;» du shard %2</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Parent</source>
        <comment>column header: the shard this one overflows from</comment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Capacity MB</source>
        <translation>Capacité en Mo</translation>
    </message>
    <message>
        <source>Current MB</source>
        <translation>Mo actuels</translation>
    </message>
    <message>
        <source>% full</source>
        <translation>% rempli</translation>
    </message>
    <message>
        <source>Full</source>
        <comment>column header: shard is full</comment>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Reachable</source>
        <comment>column header: result of Test connection</comment>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>A shard can only be re-chained within the window it was dragged from.</source>
        <translation>Un shard ne peut être rechaîné que dans la fenêtre d&apos;où on l&apos;a fait glisser.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardedTables</name>
    <message>
        <source>Could not list the tables of shard %1.</source>
        <translation>Impossible de lister les tables du shard %1.</translation>
    </message>
    <message>
        <source>Could not read the foreign keys of shard %1.</source>
        <translation>Impossible de lire les clés étrangères du shard %1.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; of shard %2 has no single-column primary key, so its rows cannot be moved in chunks.</source>
        <translation>La table «&#xa0;%1&#xa0;» du shard %2 n&apos;a pas de clé primaire sur une seule colonne&#xa0;: ses lignes ne peuvent donc pas être déplacées par lots.</translation>
    </message>
    <message>
        <source>The foreign keys of tables %1 form a cycle, so no table of them can be copied first.</source>
        <translation>Les clés étrangères des tables %1 forment un cycle&#xa0;: aucune de ces tables ne peut donc être copiée en premier.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::SqlIdentifier</name>
    <message>
        <source>%1 &quot;%2&quot; is not allowed: use 1 to 64 characters, each a lower-case letter a-z, a digit or an underscore.</source>
        <extracomment>%1 says what the name is for, e.g. &quot;Database name&quot;; %2 is the name.</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas autorisé&#xa0;: utilisez de 1 à 64 caractères, chacun étant une lettre minuscule a-z, un chiffre ou un trait de soulignement.</translation>
    </message>
    <message>
        <source>A database, table or column name cannot be empty.</source>
        <translation>Un nom de base de données, de table ou de colonne ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a NUL character, which MySQL does not allow in names.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» contient un caractère NUL, que MySQL n&apos;autorise pas dans les noms.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a character outside the Basic Multilingual Plane (such as an emoji), which MySQL does not allow in names.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» contient un caractère hors du plan multilingue de base (comme un emoji), que MySQL n&apos;autorise pas dans les noms.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; MySQL names have at most 64.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» compte %2 caractères&#xa0;; les noms MySQL en comptent au plus 64.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; ends with a space, which MySQL does not allow in names.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» se termine par une espace, ce que MySQL n&apos;autorise pas dans les noms.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Topology</name>
    <message>
        <source>The hash function “%1” is not supported; ShardDesk routes keys with crc32.</source>
        <translation>La fonction de hachage «&#xa0;%1&#xa0;» n&apos;est pas prise en charge&#xa0;; ShardDesk route les clés avec crc32.</translation>
    </message>
    <message>
        <source>The key column “%1” is not a valid column name: use 1 to 64 letters, digits or underscores, not only digits.</source>
        <translation>La colonne de clé «&#xa0;%1&#xa0;» n&apos;est pas un nom de colonne valide&#xa0;: utilisez de 1 à 64 lettres, chiffres ou traits de soulignement, pas uniquement des chiffres.</translation>
    </message>
    <message>
        <source>Shard %1: the id must be a number greater than 0.</source>
        <translation>Shard %1&#xa0;: l&apos;identifiant doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>Shard %1: the host is empty.</source>
        <translation>Shard %1&#xa0;: l&apos;hôte est vide.</translation>
    </message>
    <message>
        <source>Shard %1: port %2 is outside 1–65535.</source>
        <translation>Shard %1&#xa0;: le port %2 est en dehors de 1–65535.</translation>
    </message>
    <message>
        <source>Shard %1: the database name is empty.</source>
        <translation>Shard %1&#xa0;: le nom de la base de données est vide.</translation>
    </message>
    <message>
        <source>Shard %1: “%2” is not a valid database name: use 1 to 64 letters, digits or underscores, not only digits.</source>
        <translation>Shard %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de base de données valide&#xa0;: utilisez de 1 à 64 lettres, chiffres ou traits de soulignement, pas uniquement des chiffres.</translation>
    </message>
    <message>
        <source>Shard %1: the user is empty.</source>
        <translation>Shard %1&#xa0;: l&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>Shard %1: the capacity must be more than 0 MB; it is %2 MB.</source>
        <translation>Shard %1&#xa0;: la capacité doit être supérieure à 0 Mo&#xa0;; elle est de %2 Mo.</translation>
    </message>
    <message>
        <source>Shard %1: the current size must be 0 MB or more; it is %2 MB.</source>
        <translation>Shard %1&#xa0;: la taille actuelle doit être de 0 Mo ou plus&#xa0;; elle est de %2 Mo.</translation>
    </message>
    <message>
        <source>Shard id %1 is used more than once.</source>
        <translation>L&apos;identifiant de shard %1 est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <source>Shard %1 uses the same database as shard %2: %3.</source>
        <translation>Le shard %1 utilise la même base de données que le shard %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Shard %1: parent shard %2 does not exist.</source>
        <translation>Shard %1&#xa0;: le shard parent %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Shard %1 is on %2 but its parent shard %3 is on %4; all shards of a bucket must be on one server.</source>
        <translation>Le shard %1 est sur %2 mais son shard parent %3 est sur %4&#xa0;; tous les shards d&apos;un bucket doivent être sur le même serveur.</translation>
    </message>
    <message>
        <source>Shard %1 and shard %2 both have parent shard %3; a bucket is a chain, so a shard can have only one overflow shard.</source>
        <translation>Les shards %1 et %2 ont tous deux le shard parent %3&#xa0;; un bucket est une chaîne&#xa0;: un shard ne peut donc avoir qu&apos;un seul shard de débordement.</translation>
    </message>
    <message>
        <source>Shard %1 is its own parent.</source>
        <translation>Le shard %1 est son propre parent.</translation>
    </message>
    <message>
        <source>Shard %1 is part of a cycle of parents (%2), so it belongs to no bucket; a bucket must start at a head shard with parent 0.</source>
        <translation>Le shard %1 fait partie d&apos;un cycle de parents (%2)&#xa0;: il n&apos;appartient donc à aucun bucket&#xa0;; un bucket doit commencer par un shard de tête de parent 0.</translation>
    </message>
    <message>
        <source>The cluster needs at least 1 vshard; the settings say %1.</source>
        <translation>Le cluster a besoin d&apos;au moins 1 vshard&#xa0;; les paramètres indiquent %1.</translation>
    </message>
    <message>
        <source>The settings say %1 vshards but the vshard map has %2.</source>
        <translation>Les paramètres indiquent %1 vshards mais la carte des vshards en contient %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) cannot cover %1 bucket heads; each bucket needs at least one vshard.</source>
        <translation>
            <numerusform>%n vshard ne peut pas couvrir %1 têtes de bucket&#xa0;; chaque bucket a besoin d&apos;au moins un vshard.</numerusform>
            <numerusform>%n vshards ne peuvent pas couvrir %1 têtes de bucket&#xa0;; chaque bucket a besoin d&apos;au moins un vshard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are not mapped to a bucket head (vshards %1).</source>
        <translation>
            <numerusform>%n vshard n&apos;est affecté à aucune tête de bucket (vshards %1).</numerusform>
            <numerusform>%n vshards ne sont affectés à aucune tête de bucket (vshards %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are mapped to shard %1, which does not exist (vshards %2).</source>
        <translation>
            <numerusform>%n vshard est affecté au shard %1, qui n&apos;existe pas (vshards %2).</numerusform>
            <numerusform>%n vshards sont affectés au shard %1, qui n&apos;existe pas (vshards %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are mapped to shard %1, which is not a bucket head but an overflow shard of shard %2 (vshards %3).</source>
        <translation>
            <numerusform>%n vshard est affecté au shard %1, qui n&apos;est pas une tête de bucket mais un shard de débordement du shard %2 (vshards %3).</numerusform>
            <numerusform>%n vshards sont affectés au shard %1, qui n&apos;est pas une tête de bucket mais un shard de débordement du shard %2 (vshards %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyDiff</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no parent shard: a bucket head</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>parent %1 → %2</source>
        <translation>parent %1 → %2</translation>
    </message>
    <message>
        <source>host %1 → %2</source>
        <translation>hôte %1 → %2</translation>
    </message>
    <message>
        <source>port %1 → %2</source>
        <translation>port %1 → %2</translation>
    </message>
    <message>
        <source>database %1 → %2</source>
        <translation>base de données %1 → %2</translation>
    </message>
    <message>
        <source>user %1 → %2</source>
        <translation>utilisateur %1 → %2</translation>
    </message>
    <message>
        <source>credential reference %1 → %2</source>
        <translation>référence d&apos;identifiant %1 → %2</translation>
    </message>
    <message>
        <source>capacity %1 MB → %2 MB</source>
        <translation>capacité %1 Mo → %2 Mo</translation>
    </message>
    <message>
        <source>current size %1 MB → %2 MB</source>
        <translation>taille actuelle %1 Mo → %2 Mo</translation>
    </message>
    <message>
        <source>full %1 → %2</source>
        <translation>plein %1 → %2</translation>
    </message>
    <message>
        <source>initialized %1 → %2</source>
        <translation>initialisé %1 → %2</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>nom %1 → %2</translation>
    </message>
    <message>
        <source>vshards %1 → %2</source>
        <translation>vshards %1 → %2</translation>
    </message>
    <message>
        <source>hash %1 → %2</source>
        <translation>hachage %1 → %2</translation>
    </message>
    <message>
        <source>key normalization %1 → %2</source>
        <translation>normalisation des clés %1 → %2</translation>
    </message>
    <message>
        <source>key column %1 → %2</source>
        <translation>colonne de clé %1 → %2</translation>
    </message>
    <message>
        <source>schema version %1 → %2</source>
        <translation>version du schéma %1 → %2</translation>
    </message>
    <message>
        <source>Change cluster settings</source>
        <translation>Modification des paramètres du cluster</translation>
    </message>
    <message>
        <source>Change cluster settings: %1</source>
        <translation>Modification des paramètres du cluster&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add shard %1: %2</source>
        <translation>Ajout du shard %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add shard %1: %2, overflow of shard %3</source>
        <translation>Ajout du shard %1&#xa0;: %2, débordement du shard %3</translation>
    </message>
    <message>
        <source>Change shard %1: %2</source>
        <translation>Modification du shard %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove shard %1: %2</source>
        <translation>Suppression du shard %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove shard %1: %2, overflow of shard %3</source>
        <translation>Suppression du shard %1&#xa0;: %2, débordement du shard %3</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n vshard(s)</source>
        <translation>
            <numerusform>Réattribution de %n vshard</numerusform>
            <numerusform>Réattribution de %n vshards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyJson</name>
    <message>
        <source>The field “%1” must be a whole number from %2 to %3; it is %4.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier compris entre %2 et %3&#xa0;; il vaut %4.</translation>
    </message>
    <message>
        <source>The field “%1” must be a whole number.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The field “%1” must be a number.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>The field “%1” must be a string.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>The field “%1” must be true or false.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The field “%1” must be an object.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>The field “%1” must be a list.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>The field “%1” holds a password. Passwords are not accepted in topology files; store them in the credential store and refer to them with “credentialRef”.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un mot de passe. Les mots de passe ne sont pas acceptés dans les fichiers de topologie&#xa0;; enregistrez-les dans le magasin d&apos;identifiants et faites-y référence avec «&#xa0;credentialRef&#xa0;».</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>The field “settings.keyNormalization” must be “none” or “lowercase”; it is “%1”.</source>
        <translation>Le champ «&#xa0;settings.keyNormalization&#xa0;» doit valoir «&#xa0;none&#xa0;» ou «&#xa0;lowercase&#xa0;»&#xa0;; il vaut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The entry “%1” must be an object.</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>The vshard range “%1” starts after it ends (%2 &gt; %3).</source>
        <translation>La plage de vshards «&#xa0;%1&#xa0;» commence après sa fin (%2 &gt; %3).</translation>
    </message>
    <message>
        <source>The vshard range “%1” (%2–%3) is outside 0–%4.</source>
        <translation>La plage de vshards «&#xa0;%1&#xa0;» (%2–%3) est en dehors de 0–%4.</translation>
    </message>
    <message>
        <source>The vshard ranges %1–%2 and %3–%4 overlap.</source>
        <translation>Les plages de vshards %1–%2 et %3–%4 se chevauchent.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The file is not a ShardDesk topology: it does not hold a JSON object.</source>
        <translation>Le fichier n&apos;est pas une topologie ShardDesk&#xa0;: il ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>The file is not a ShardDesk topology: its format is “%1”, not “%2”.</source>
        <translation>Le fichier n&apos;est pas une topologie ShardDesk&#xa0;: son format est «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This file was written by a newer ShardDesk (format %1); this version reads up to %2.</source>
        <translation>Ce fichier a été écrit par une version plus récente de ShardDesk (format %1)&#xa0;; cette version lit jusqu&apos;au format %2.</translation>
    </message>
    <message>
        <source>The format version %1 is not valid; it must be 1 or more.</source>
        <translation>La version de format %1 n&apos;est pas valide&#xa0;; elle doit valoir 1 ou plus.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyRebase</name>
    <message>
        <source>The number of vshards changed from %1 to %2 in the store; your edits cannot be reapplied.</source>
        <translation>Le nombre de vshards est passé de %1 à %2 dans le magasin&#xa0;; vos modifications ne peuvent pas être réappliquées.</translation>
    </message>
    <message>
        <source>Shard %1 was added both by you and in the store; reload and add yours again under a new id.</source>
        <translation>Le shard %1 a été ajouté à la fois par vous et dans le magasin&#xa0;; rechargez et ajoutez de nouveau le vôtre sous un nouvel identifiant.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardChart</name>
    <message>
        <source>VShards per bucket head</source>
        <translation>VShards par tête de bucket</translation>
    </message>
    <message>
        <source>%1: %2 vshards</source>
        <translation>%1&#xa0;: %2 vshards</translation>
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
        <translation>(non affecté)</translation>
    </message>
    <message>
        <source>(missing shard %1)</source>
        <translation>(shard %1 manquant)</translation>
    </message>
    <message>
        <source>VShard</source>
        <translation>VShard</translation>
    </message>
    <message>
        <source>Head shard</source>
        <translation>Shard de tête</translation>
    </message>
    <message>
        <source>Server / database</source>
        <translation>Serveur / base de données</translation>
    </message>
    <message>
        <source>Rows of every sharded table with this vshard, on all shards. Empty until Measure Sizes.</source>
        <translation>Lignes de toutes les tables shardées portant ce vshard, sur tous les shards. Vide jusqu&apos;à «&#xa0;Mesurer les tailles&#xa0;».</translation>
    </message>
    <message>
        <source>Those rows times each table&apos;s average row length, in megabytes. Empty until Measure Sizes.</source>
        <translation>Ces lignes multipliées par la longueur moyenne des lignes de leur table, en mégaoctets. Vide jusqu&apos;à «&#xa0;Mesurer les tailles&#xa0;».</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Taille (Mo)</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardMapPanel</name>
    <message>
        <source>&amp;Assign Selection to Shard…</source>
        <translation>Affecter la &amp;sélection à un shard…</translation>
    </message>
    <message>
        <source>Spread &amp;Evenly over Heads</source>
        <translation>Répartir &amp;uniformément sur les têtes</translation>
    </message>
    <message>
        <source>VShard map</source>
        <translation>Carte des vshards</translation>
    </message>
    <message>
        <source>Show head:</source>
        <translation>Afficher la tête&#xa0;:</translation>
    </message>
    <message>
        <source>vshards from</source>
        <translation>vshards de</translation>
    </message>
    <message>
        <source>to</source>
        <comment>vshards from ... to ...</comment>
        <translation>à</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) selected</source>
        <translation>
            <numerusform>%n vshard sélectionné</numerusform>
            <numerusform>%n vshards sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Toutes les têtes</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Non affectés</translation>
    </message>
    <message>
        <source>Shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n vshard(s) to shard %1</source>
        <translation>
            <numerusform>Affectation de %n vshard au shard %1</numerusform>
            <numerusform>Affectation de %n vshards au shard %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign vshards to shard %1</source>
        <translation>Affectation de vshards au shard %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) assigned to shard %1.</source>
        <translation>
            <numerusform>%n vshard affecté au shard %1.</numerusform>
            <numerusform>%n vshards affectés au shard %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread vshards evenly over %n head(s)</source>
        <translation>
            <numerusform>Répartition uniforme des vshards sur %n tête</numerusform>
            <numerusform>Répartition uniforme des vshards sur %n têtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VShards spread evenly over %n bucket head(s).</source>
        <translation>
            <numerusform>VShards répartis uniformément sur %n tête de bucket.</numerusform>
            <numerusform>VShards répartis uniformément sur %n têtes de bucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>If these vshards already hold rows, the rows stay where they are; use Move (rebalancing) to move them.</source>
        <translation>Si ces vshards contiennent déjà des lignes, les lignes restent où elles sont&#xa0;; utilisez le déplacement (rééquilibrage) pour les déplacer.</translation>
    </message>
    <message>
        <source>Shard %1 (%2)</source>
        <translation>Shard %1 (%2)</translation>
    </message>
    <message>
        <source>Assign Selection</source>
        <translation>Affecter la sélection</translation>
    </message>
    <message>
        <source>Bucket head for the selected vshards:</source>
        <translation>Tête de bucket pour les vshards sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move Selection to Shard…</source>
        <translation>&amp;Déplacer la sélection vers un shard…</translation>
    </message>
    <message>
        <source>Measure &amp;Sizes</source>
        <translation>&amp;Mesurer les tailles</translation>
    </message>
    <message>
        <source>Counts every vshard&apos;s rows on the servers and fills in the Rows and Size columns.</source>
        <translation>Compte les lignes de chaque vshard sur les serveurs et remplit les colonnes Lignes et Taille.</translation>
    </message>
    <message numerus="yes">
        <source>Counting every vshard&apos;s rows on %n shard(s)…</source>
        <translation>
            <numerusform>Comptage des lignes de chaque vshard sur %n shard…</numerusform>
            <numerusform>Comptage des lignes de chaque vshard sur %n shards…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not measure the vshards&apos; sizes: %1</source>
        <translation>Impossible de mesurer la taille des vshards&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no stored shards to measure: apply the configuration first.</source>
        <translation>Aucun shard enregistré à mesurer&#xa0;: appliquez d&apos;abord la configuration.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %Ln vshard(s) in %1 s: %2 rows, %3 MB.</source>
        <translation>
            <numerusform>%Ln vshard mesuré en %1 s&#xa0;: %2 lignes, %3 Mo.</numerusform>
            <numerusform>%Ln vshards mesurés en %1 s&#xa0;: %2 lignes, %3 Mo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hold rows (%L1 rows), which stay on their shard: use Move to move them with their rows.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux contient des lignes (%L1 lignes), qui restent sur leur shard&#xa0;: utilisez le déplacement pour les déplacer avec leurs lignes.</numerusform>
            <numerusform>%Ln d&apos;entre eux contiennent des lignes (%L1 lignes), qui restent sur leur shard&#xa0;: utilisez le déplacement pour les déplacer avec leurs lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected vshards hold rows (%L1 rows).</source>
        <translation>
            <numerusform>%Ln des vshards sélectionnés contient des lignes (%L1 lignes).</numerusform>
            <numerusform>%Ln des vshards sélectionnés contiennent des lignes (%L1 lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning only changes the map: the rows stay on their shard, where the new map no longer finds them. Use Move to move them with their rows.</source>
        <translation>L&apos;affectation ne change que la carte&#xa0;: les lignes restent sur leur shard, où la nouvelle carte ne les trouve plus. Utilisez le déplacement pour les déplacer avec leurs lignes.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Assign Anyway</source>
        <translation>&amp;Affecter quand même</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardMover</name>
    <message>
        <source>The move stopped at step &quot;%1&quot;, as the test hook asked.</source>
        <translation>Le déplacement s&apos;est arrêté à l&apos;étape «&#xa0;%1&#xa0;», comme demandé par le point d&apos;arrêt de test.</translation>
    </message>
    <message>
        <source>Vshard %1 is mapped to shard %2, which its move from shard %3 to shard %4 at step &quot;%5&quot; does not explain; check its rows before resuming.</source>
        <translation>Le vshard %1 est affecté au shard %2, ce que son déplacement du shard %3 vers le shard %4 à l&apos;étape «&#xa0;%5&#xa0;» n&apos;explique pas&#xa0;; vérifiez ses lignes avant de reprendre.</translation>
    </message>
    <message>
        <source>The vshards were not switched because their rows differ between the source and the target (%1). Ids must be unique across the cluster; see docs/REBALANCING.md.</source>
        <translation>Les vshards n&apos;ont pas été basculés car leurs lignes diffèrent entre la source et la cible (%1). Les identifiants doivent être uniques dans tout le cluster&#xa0;; voir docs/REBALANCING.md.</translation>
    </message>
    <message>
        <source>The vshards could not be frozen: a writer kept using the routing from before the freeze for %1 ms.</source>
        <translation>Les vshards n&apos;ont pas pu être gelés&#xa0;: un processus d&apos;écriture a continué d&apos;utiliser le routage d&apos;avant le gel pendant %1 ms.</translation>
    </message>
    <message>
        <source>Vshard %1 was remapped to shard %2 by someone else during its move.</source>
        <translation>Le vshard %1 a été réaffecté au shard %2 par quelqu&apos;un d&apos;autre pendant son déplacement.</translation>
    </message>
    <message>
        <source>The vshards were not switched: the configuration kept changing under the mover.</source>
        <translation>Les vshards n&apos;ont pas été basculés&#xa0;: la configuration n&apos;a cessé de changer pendant le déplacement.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardSelection</name>
    <message>
        <source>No vshards given: write ids and ranges such as 17,18,40-63.</source>
        <translation>Aucun vshard indiqué&#xa0;: écrivez des identifiants et des plages comme 17,18,40-63.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vshard id or a range such as 40-63.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un identifiant de vshard ni une plage comme 40-63.</translation>
    </message>
    <message>
        <source>The range %1 runs backwards.</source>
        <translation>La plage %1 est inversée.</translation>
    </message>
    <message>
        <source>%1 is outside the cluster&apos;s vshards 0–%2.</source>
        <translation>%1 est en dehors des vshards du cluster, 0–%2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardSizer</name>
    <message>
        <source>Could not read the row length of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de lire la longueur des lignes de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
    <message>
        <source>Could not count the rows per vshard of table &quot;%1&quot; of shard %2.</source>
        <translation>Impossible de compter les lignes par vshard de la table «&#xa0;%1&#xa0;» du shard %2.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardTransfer</name>
    <message>
        <source>Vshards cannot be moved from shard %1 to shard %2: one of them is not a bucket head of this cluster.</source>
        <translation>Impossible de déplacer des vshards du shard %1 vers le shard %2&#xa0;: l&apos;un d&apos;eux n&apos;est pas une tête de bucket de ce cluster.</translation>
    </message>
    <message>
        <source>Could not write rows to shard %1.</source>
        <translation>Impossible d&apos;écrire des lignes dans le shard %1.</translation>
    </message>
    <message>
        <source>Could not drain the open transactions of shard %1.</source>
        <translation>Impossible d&apos;attendre la fin des transactions ouvertes du shard %1.</translation>
    </message>
    <message>
        <source>vshard %1, table &quot;%2&quot;: %3 row(s) with checksum %4 on the source, %5 row(s) with checksum %6 on the target</source>
        <translation>vshard %1, table «&#xa0;%2&#xa0;»&#xa0;: %3 ligne(s) avec la somme de contrôle %4 sur la source, %5 ligne(s) avec la somme de contrôle %6 sur la cible</translation>
    </message>
    <message>
        <source>Could not read the settings of shard %1.</source>
        <translation>Impossible de lire les paramètres du shard %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::Verifier</name>
    <message>
        <source>Could not check shard %1.</source>
        <translation>Impossible de vérifier le shard %1.</translation>
    </message>
    <message>
        <source>Could not read back key %1 on shard %2.</source>
        <translation>Impossible de relire la clé %1 sur le shard %2.</translation>
    </message>
    <message>
        <source>The user %1 read back differs from the generated one.</source>
        <translation>L&apos;utilisateur %1 relu diffère de celui qui a été généré.</translation>
    </message>
    <message>
        <source>Only %1 users were found, but %2 inserts were acknowledged.</source>
        <translation>Seuls %1 utilisateurs ont été trouvés, mais %2 insertions ont été confirmées.</translation>
    </message>
    <message>
        <source>%1 users were found: more than the %2 acknowledged and %3 unknown inserts.</source>
        <translation>%1 utilisateurs ont été trouvés&#xa0;: plus que les %2 insertions confirmées et %3 inconnues.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have no comment.</source>
        <translation>
            <numerusform>%n utilisateur n&apos;a aucun commentaire.</numerusform>
            <numerusform>%n utilisateurs n&apos;ont aucun commentaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The FULLTEXT search found %1 &quot;elephant&quot; keywords; %2 were written.</source>
        <translation>La recherche FULLTEXT a trouvé %1 mots-clés «&#xa0;elephant&#xa0;»&#xa0;; %2 ont été écrits.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a VIRTUAL_SHARD that is not CRC32(key) mod N.</source>
        <translation>
            <numerusform>%n ligne a un VIRTUAL_SHARD qui n&apos;est pas CRC32(clé) mod N.</numerusform>
            <numerusform>%n lignes ont un VIRTUAL_SHARD qui n&apos;est pas CRC32(clé) mod N.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) live outside the bucket the vshard map names.</source>
        <translation>
            <numerusform>%n ligne se trouve hors du bucket indiqué par la carte des vshards.</numerusform>
            <numerusform>%n lignes se trouvent hors du bucket indiqué par la carte des vshards.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sampled keys were not found.</source>
        <translation>%1 clés échantillonnées sur %2 n&apos;ont pas été trouvées.</translation>
    </message>
    <message>
        <source>Scatter-gather counted %1 rows, fewer than the %2 found by key.</source>
        <translation>La collecte dispersée a compté %1 lignes, moins que les %2 trouvées par clé.</translation>
    </message>
    <message>
        <source>Could not read the misplaced keys of shard %1.</source>
        <translation>Impossible de lire les clés mal placées du shard %1.</translation>
    </message>
    <message>
        <source>%1 on shard %2</source>
        <translation>%1 sur le shard %2</translation>
    </message>
    <message>
        <source>Could not look for duplicate keys on shard %1.</source>
        <translation>Impossible de rechercher les clés en double sur le shard %1.</translation>
    </message>
    <message>
        <source>Extra copies of keys stored in their bucket: %1, for example %2.</source>
        <translation>Copies supplémentaires de clés dans leur bucket&#xa0;: %1, par exemple %2.</translation>
    </message>
    <message>
        <source>Misplaced rows, for example: %1.</source>
        <translation>Lignes mal placées, par exemple&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check what the load test left in the cluster: counts, duplicate keys, a sample read back by key, comments, the FULLTEXT index and the placement of every row.</source>
        <translation>Vérifier ce que le test de charge a laissé dans le cluster&#xa0;: les nombres, les clés en double, un échantillon relu par clé, les commentaires, l&apos;index FULLTEXT et le placement de chaque ligne.</translation>
    </message>
</context>
<context>
    <name>ShardDesk::VerifyPanel</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <source>Verify a load test</source>
        <translation>Vérifier un test de charge</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comments per user:</source>
        <translation>&amp;Commentaires par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sam&amp;ple of keys:</source>
        <translation>Clés à &amp;relire&#xa0;:</translation>
    </message>
    <message>
        <source>Reading every shard…</source>
        <translation>Lecture de chaque shard…</translation>
    </message>
    <message>
        <source>Rows found</source>
        <translation>Lignes trouvées</translation>
    </message>
    <message>
        <source>%1 found; expected from %2 to %3.</source>
        <translation>%1 trouvées&#xa0;; attendu entre %2 et %3.</translation>
    </message>
    <message>
        <source>No duplicate key</source>
        <translation>Aucune clé en double</translation>
    </message>
    <message>
        <source>Sample read back by key</source>
        <translation>Échantillon relu par clé</translation>
    </message>
    <message>
        <source>%1 keys read, %2 missing, %3 different from the generator.</source>
        <translation>%1 clés lues, %2 manquantes, %3 différentes du générateur.</translation>
    </message>
    <message>
        <source>Users joined with their comments</source>
        <translation>Utilisateurs joints à leurs commentaires</translation>
    </message>
    <message>
        <source>%1 comments, %2 users without a comment.</source>
        <translation>%1 commentaires, %2 utilisateurs sans commentaire.</translation>
    </message>
    <message>
        <source>Scatter-gather select on every shard</source>
        <translation>Sélection dispersée (scatter-gather) sur chaque shard</translation>
    </message>
    <message>
        <source>%1 user rows on %2 shards.</source>
        <translation>%1 lignes d&apos;utilisateurs sur %2 shards.</translation>
    </message>
    <message>
        <source>&quot;elephant&quot; through the FULLTEXT index</source>
        <translation>«&#xa0;elephant&#xa0;» via l&apos;index FULLTEXT</translation>
    </message>
    <message>
        <source>%1 comments found.</source>
        <translation>%1 commentaires trouvés.</translation>
    </message>
    <message>
        <source>Placement audit</source>
        <translation>Audit du placement</translation>
    </message>
    <message>
        <source>%1 rows with a wrong VIRTUAL_SHARD, %2 rows in the wrong bucket.</source>
        <translation>%1 lignes avec un VIRTUAL_SHARD incorrect, %2 lignes dans le mauvais bucket.</translation>
    </message>
    <message>
        <source>Verified in %1 s: everything checked out.</source>
        <translation>Vérifié en %1 s&#xa0;: tout est correct.</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>La vérification a détecté des problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>There is no verification to save yet.</source>
        <translation>Il n&apos;y a pas encore de vérification à enregistrer.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the verification</source>
        <translation>Enregistrer la vérification</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save verification</source>
        <translation>Enregistrer la vérification</translation>
    </message>
    <message>
        <source>%1 extra copies in the buckets.</source>
        <translation>%1 copies supplémentaires dans les buckets.</translation>
    </message>
    <message>
        <source>%1 extra copies in the buckets, for example %2.</source>
        <translation>%1 copies supplémentaires dans les buckets, par exemple %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShardDesk: sharded MySQL/MariaDB on the desktop.</source>
        <translation>ShardDesk&#xa0;: MySQL/MariaDB shardé, depuis le poste de travail.</translation>
    </message>
    <message>
        <source>Config store to open: an SQLite file or mysql://user@host:port/database.</source>
        <translation>Magasin de configuration à ouvrir&#xa0;: un fichier SQLite ou mysql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>Usage: sharddesk-cli COMMAND [options]</source>
        <translation>Utilisation&#xa0;: sharddesk-cli COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run sharddesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Lancez sharddesk-cli COMMANDE --help pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 validation or runtime error.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 erreur de validation ou d&apos;exécution.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
</context>
</TS>
