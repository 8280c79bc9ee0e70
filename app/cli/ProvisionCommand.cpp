#include "ProvisionCommand.h"

#include "credentials/CredentialStore.h"
#include "provision/HostListParser.h"
#include "provision/Provisioner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

namespace ShardDesk::Cli {

namespace {

int printDryRun(const Provisioner &provisioner, CliContext &context)
{
    const auto servers = provisioner.dryRun();
    if (context.json()) {
        QJsonArray list;
        for (const auto &server : servers)
            list.append(QJsonObject{{QStringLiteral("server"), server.server.toString()},
                                    {QStringLiteral("statements"), QJsonArray::fromStringList(server.statements)}});
        context.printJson(list);
        return CliContext::Ok;
    }
    for (const auto &server : servers) {
        context.out() << QStringLiteral("-- %1").arg(server.server.toString()) << Qt::endl;
        for (const QString &statement : server.statements)
            context.out() << statement << QLatin1Char(';') << Qt::endl;
    }
    return CliContext::Ok;
}

// The application user's password, from --app-password-env only: it is never an argument.
Result<QString> applicationPassword(const QCommandLineParser &parser, const ClusterPlan &plan)
{
    if (plan.appUser.isEmpty()) {
        if (parser.isSet(QStringLiteral("app-password-env")))
            return makeError(ProvisionCommand::tr("--app-password-env needs --app-user."), Error::Kind::Usage);
        return QString();
    }
    const QString variable = parser.value(QStringLiteral("app-password-env"));
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(qPrintable(variable)))
        return makeError(ProvisionCommand::tr("--app-user needs its password in the environment variable named by "
                                              "--app-password-env."),
                         Error::Kind::Usage);
    const QString password = qEnvironmentVariable(qPrintable(variable));
    if (password.isEmpty())
        return makeError(ProvisionCommand::tr("The application user's password in %1 is empty.").arg(variable),
                         Error::Kind::Usage);
    return password;
}

// The shards log in as the application user: its password goes to the credential store under their
// references. Where there is no credential store, the cluster still works with --password-env.
void storeApplicationPassword(const Topology &topology, const QString &password, CliContext &context)
{
    auto store = context.credentialStore();
    QSet<QString> written;
    for (const Shard &shard : topology.shards) {
        if (!store || written.contains(shard.credentialRef))
            continue;
        written.insert(shard.credentialRef);
        if (auto stored = store.value()->write(shard.credentialRef, password); !stored) {
            store = stored.error();
            break;
        }
    }
    if (!store)
        context.err() << ProvisionCommand::tr("The application user's password was not stored (%1); give it with "
                                              "--password-env to the commands that use the cluster.")
                             .arg(store.error().message)
                      << Qt::endl;
}

} // namespace

QString ProvisionCommand::description() const
{
    return tr("Create a test cluster on the servers of a host list: shard databases with the load test's schema "
              "on every server in parallel, then the topology (shards, buckets, vshards) in the config store. An "
              "existing configuration is exported to a backup file first. Databases that exist are refused unless "
              "--drop-existing is given. On failure, what was created is rolled back.");
}

void ProvisionCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("hosts"),
                      tr("The host list: one server per line (host, host:port, [v6]:port), # comments."), tr("file")});
    parser.addOption({QStringLiteral("user"), tr("The login for every server and shard."), tr("user")});
    parser.addOption({QStringLiteral("shards-per-server"), tr("Shard databases per server (default 4)."), tr("N"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("vshards"), tr("Number of vshards (default 1024)."), tr("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("buckets"),
                      tr("Chain each server's shards into one bucket (head and overflow shards) instead of making "
                         "every shard a bucket head.")});
    parser.addOption({QStringLiteral("database-pattern"), tr("Database names; %1 is the shard number (default shard_%1)."),
                      tr("pattern"), QStringLiteral("shard_%1")});
    parser.addOption({QStringLiteral("capacity-mb"), tr("Capacity per shard in MB (default 1024)."), tr("MB"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("name"), tr("Cluster name."), tr("name"), QStringLiteral("cluster")});
    parser.addOption({QStringLiteral("app-user"),
                      tr("Create this application user on every server with only the privileges the shards need "
                         "(rows of the shard databases), and let the shards log in as it."),
                      tr("name")});
    parser.addOption({QStringLiteral("app-password-env"),
                      tr("Read the application user's password from environment variable <name>."), tr("name")});
    parser.addOption({QStringLiteral("app-host"),
                      tr("The client host part of the application user's account (default %, any host)."), tr("host"),
                      QStringLiteral("%")});
    parser.addOption({QStringLiteral("drop-existing"), tr("Drop planned databases that exist and create them anew.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Print every statement per server; change nothing.")});
    parser.addOption({QStringLiteral("backup-dir"),
                      tr("Where the backup of an existing configuration goes (default: next to an SQLite store, "
                         "else the current folder)."),
                      tr("folder")});
}

int ProvisionCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("hosts")) || !parser.isSet(QStringLiteral("user")))
        return context.usage(tr("Give --hosts FILE and --user USER."));
    QFile hostsFile(parser.value(QStringLiteral("hosts")));
    if (!hostsFile.open(QIODevice::ReadOnly | QIODevice::Text))
        return context.usage(tr("Could not read the host list %1: %2").arg(hostsFile.fileName(), hostsFile.errorString()));
    const HostList hosts = HostListParser::parse(QString::fromUtf8(hostsFile.readAll()));
    if (!hosts.ok()) {
        for (const QString &message : hosts.messages())
            context.err() << message << Qt::endl;
        return CliContext::RuntimeError;
    }
    bool ok[4] = {};
    ClusterPlan plan;
    plan.servers = hosts.addresses();
    plan.clusterName = parser.value(QStringLiteral("name"));
    plan.user = parser.value(QStringLiteral("user"));
    plan.shardsPerServer = parser.value(QStringLiteral("shards-per-server")).toInt(&ok[0]);
    plan.vshardCount = parser.value(QStringLiteral("vshards")).toInt(&ok[1]);
    plan.capacityMbPerShard = parser.value(QStringLiteral("capacity-mb")).toDouble(&ok[2]);
    plan.databasePattern = parser.value(QStringLiteral("database-pattern"));
    plan.chaining = parser.isSet(QStringLiteral("buckets")) ? ClusterPlan::Chaining::BucketPerServer
                                                            : ClusterPlan::Chaining::AllHeads;
    plan.appUser = parser.value(QStringLiteral("app-user"));
    plan.appUserHost = parser.value(QStringLiteral("app-host"));
    auto appPassword = applicationPassword(parser, plan);
    if (!appPassword)
        return context.usage(appPassword.error().message);
    if (!ok[0] || !ok[1] || !ok[2])
        return context.usage(tr("--shards-per-server and --vshards take whole numbers, --capacity-mb a number."));
    if (const QStringList problems = plan.problems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            context.err() << problem << Qt::endl;
        return CliContext::RuntimeError;
    }
    // Checked before anything is created: a plan whose topology cannot be stored creates nothing.
    auto topology = plan.topology();
    if (!topology)
        return context.fail(topology.error());
    for (const QString &warning : plan.warnings())
        context.err() << warning << Qt::endl;

    ConnectionOptions admin = context.serverOptions();
    admin.user = plan.user;
    Provisioner provisioner(plan, admin);
    provisioner.setDropExisting(parser.isSet(QStringLiteral("drop-existing")));
    if (parser.isSet(QStringLiteral("dry-run")))
        return printDryRun(provisioner, context);

    auto password = context.password(tr("%1 on the servers").arg(plan.user),
                                      CredentialStore::referenceFor(plan.user, plan.servers.constFirst().toString()));
    if (!password)
        return context.fail(password.error());
    admin.password = password.value();
    Provisioner creator(plan, admin);
    creator.setAppPassword(*appPassword);
    creator.setDropExisting(parser.isSet(QStringLiteral("drop-existing")));
    // Servers finish on their own threads at once: one line at a time on the shared stream.
    QMutex output;
    QObject::connect(&creator, &Provisioner::serverFinished, [&context, &plan, &output](int server, bool done,
                                                                                      const QString &message) {
        const QMutexLocker locker(&output);
        context.err() << (done ? tr("%1: created.").arg(plan.servers.at(server).toString())
                               : tr("%1: failed: %2").arg(plan.servers.at(server).toString(), message))
                      << Qt::endl;
    });
    const Provisioner::Outcome outcome = creator.create();
    if (!outcome.ok()) {
        for (const QString &error : outcome.errors())
            context.err() << error << Qt::endl;
        const QStringList created = outcome.createdDatabases() + outcome.createdUsers();
        if (!created.isEmpty()) {
            const Provisioner::Outcome undone = creator.rollBack(outcome);
            context.err() << (undone.ok() ? tr("Rolled back: dropped %1.") : tr("Rolling back failed; these may remain: %1."))
                                 .arg(created.join(QStringLiteral(", ")))
                          << Qt::endl;
        }
        return CliContext::RuntimeError;
    }

    if (!plan.appUser.isEmpty())
        storeApplicationPassword(*topology, *appPassword, context);
    auto store = context.openStore();
    if (!store)
        return context.fail(store.error());
    QString backupDir = parser.value(QStringLiteral("backup-dir"));
    if (backupDir.isEmpty())
        backupDir = context.location().kind() == ConfigLocation::Kind::SQLite
            ? QFileInfo(context.location().path()).absolutePath()
            : QStringLiteral(".");
    auto backup = Provisioner::storeTopology(*store.value(), *topology, backupDir);
    if (!backup)
        return context.fail(backup.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("servers"), int(plan.servers.size())},
                                      {QStringLiteral("shards"), plan.shardCount()},
                                      {QStringLiteral("vshards"), plan.vshardCount},
                                      {QStringLiteral("shardUser"), plan.shardUser()},
                                      {QStringLiteral("backup"), *backup}});
    } else {
        if (!backup->isEmpty())
            context.out() << tr("The previous configuration was saved to %1.").arg(*backup) << Qt::endl;
        context.out() << tr("Created %1 shards on %2 servers with %3 vshards in %4.")
                             .arg(plan.shardCount())
                             .arg(plan.servers.size())
                             .arg(plan.vshardCount)
                             .arg(context.location().toString())
                      << Qt::endl;
    }
    return CliContext::Ok;
}

} // namespace ShardDesk::Cli
