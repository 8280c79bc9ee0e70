#include "ShardCommand.h"

#include "db/ServerAddress.h"
#include "db/SqlIdentifier.h"
#include "topology/TopologyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShardDesk::Cli {

namespace {

int list(CliContext &context, const Topology &topology)
{
    if (context.json()) {
        const QJsonObject all = QJsonDocument::fromJson(TopologyJson::toJson(topology)).object();
        context.printJson(all.value(QStringLiteral("shards")));
        return CliContext::Ok;
    }
    QTextStream &out = context.out();
    out << ShardCommand::tr("id\tparent\tserver/database\tuser\tcapacity MB\tcurrent MB\tfull") << Qt::endl;
    for (int head : topology.headIds()) {
        for (int id : topology.bucket(head)) {
            const Shard *s = topology.shard(id);
            out << s->id << '\t' << (s->isHead() ? QStringLiteral("-") : QString::number(s->parentId)) << '\t'
                << s->displayName() << '\t' << s->user << '\t' << s->capacityMb << '\t' << s->currentMb << '\t'
                << (s->full ? ShardCommand::tr("full") : ShardCommand::tr("no")) << Qt::endl;
        }
    }
    return CliContext::Ok;
}

// A whole number from an option, or a usage error naming the option.
Result<double> number(const QCommandLineParser &parser, const char *option, bool integer)
{
    bool ok = false;
    const QString text = parser.value(QLatin1String(option));
    const double value = integer ? double(text.toInt(&ok)) : text.toDouble(&ok);
    if (!ok)
        return makeError(ShardCommand::tr("--%1 takes a number, not \"%2\".").arg(QLatin1String(option), text),
                         Error::Kind::Usage);
    return value;
}

Result<Shard> shardFromOptions(const QCommandLineParser &parser, const Topology &topology, QTextStream &err)
{
    auto server = ServerAddress::parse(parser.value(QStringLiteral("host")));
    if (!server)
        return server.error();
    if (!server->warning().isEmpty())
        err << ShardCommand::tr("note: %1").arg(server->warning()) << Qt::endl;
    Shard shard;
    shard.id = topology.nextShardId();
    shard.host = server->host();
    shard.port = server->port();
    if (parser.isSet(QStringLiteral("port"))) {
        if (parser.value(QStringLiteral("host")).contains(QLatin1Char(':')) && !server->isIPv6())
            return makeError(ShardCommand::tr("Give the port either in --host or with --port, not both."),
                             Error::Kind::Usage);
        auto port = number(parser, "port", true);
        if (!port)
            return port.error();
        shard.port = int(*port);
    }
    shard.database = parser.value(QStringLiteral("database"));
    if (auto ok = SqlIdentifier::checkQuotable(shard.database); !ok)
        return ok.error();
    shard.user = parser.value(QStringLiteral("user"));
    auto capacity = number(parser, "capacity-mb", false);
    auto parent = number(parser, "parent", true);
    if (!capacity)
        return capacity.error();
    if (!parent)
        return parent.error();
    shard.capacityMb = *capacity;
    shard.parentId = int(*parent);
    shard.credentialRef = CredentialStore::referenceFor(shard.user, shard.serverKey());
    return shard;
}

} // namespace

QString ShardCommand::description() const
{
    return tr("Manage physical shards.\n"
              "  shard list\n"
              "  shard add --host HOST[:PORT] --database DB --user USER [--capacity-mb MB] [--parent ID]\n"
              "  shard remove ID   (refused while vshards or overflow shards depend on it)");
}

void ShardCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add or remove."), QStringLiteral("ACTION"));
    parser.addOption({QStringLiteral("host"), tr("Server: host, host:port or [IPv6]:port."), tr("host")});
    parser.addOption({QStringLiteral("port"), tr("Port (default 3306)."), tr("port")});
    parser.addOption({QStringLiteral("database"), tr("Database name."), tr("name")});
    parser.addOption({QStringLiteral("user"), tr("Login user."), tr("user")});
    parser.addOption({QStringLiteral("capacity-mb"), tr("Capacity in MB (default 1024)."), tr("MB"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("parent"), tr("Make it an overflow shard of shard <id>."), tr("id"),
                      QStringLiteral("0")});
}

int ShardCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove"))
        return context.usage(tr("shard takes list, add or remove."));
    auto store = context.openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return context.fail(store.error());
    auto loaded = context.loadTopology(*store.value());
    if (!loaded)
        return context.fail(loaded.error());
    const Topology &base = loaded.value();
    if (action == QLatin1String("list"))
        return list(context, base);

    Topology edited = base;
    if (action == QLatin1String("add")) {
        for (const char *required : {"host", "database", "user"})
            if (!parser.isSet(QLatin1String(required)))
                return context.usage(tr("shard add needs --%1.").arg(QLatin1String(required)));
        auto shard = shardFromOptions(parser, base, context.err());
        if (!shard)
            return context.fail(shard.error());
        edited.shards.append(shard.value());
        return context.applyEdit(*store.value(), base, edited);
    }

    bool ok = false;
    const int id = args.value(1).toInt(&ok);
    if (!ok || !base.shard(id))
        return context.usage(tr("shard remove needs the id of an existing shard."));
    const int mapped = base.vshards.countPerHead().value(id);
    if (mapped > 0)
        return context.fail(makeError(tr("Shard %1 still has %n vshard(s) mapped to it; assign them to another "
                                          "shard first (sharddesk-cli vshards assign ... --to ID).", "", mapped)
                                          .arg(id),
                                      Error::Kind::Validation));
    edited.shards.removeAt(edited.indexOfShard(id));
    return context.applyEdit(*store.value(), base, edited);
}

} // namespace ShardDesk::Cli
