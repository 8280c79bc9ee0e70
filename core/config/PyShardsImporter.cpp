#include "PyShardsImporter.h"

#include "config/ConfigReader.h"
#include "config/PyShardsSource.h"
#include "db/ServerAddress.h"

#include <QMap>

#include <algorithm>

namespace ShardDesk {

namespace {

using ShardRow = PyShardsSource::ShardRow;
using VShardRow = PyShardsSource::VShardRow;

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

// Shards with their hosts canonicalised. A host rewritten (e.g. "localhost" to 127.0.0.1) is reported once
// per spelling, with the shards that used it.
Result<QList<Shard>> convertShards(const QList<ShardRow> &rows, QStringList *warnings)
{
    QList<Shard> shards;
    QMap<QString, QList<int>> rewritten; // host as written -> shard ids
    QHash<QString, QString> reasons;
    for (const ShardRow &row : rows) {
        Result<ServerAddress> address = ServerAddress::parse(row.host.trimmed());
        if (!address)
            return makeError(PyShardsImporter::tr("Shard %1: the host “%2” is not a valid server: %3")
                                 .arg(row.id)
                                 .arg(row.host, address.error().message),
                             Error::Kind::Validation);
        if (!address->warning().isEmpty()) {
            rewritten[row.host].append(row.id);
            reasons.insert(row.host, address->warning());
        }
        Shard s;
        s.id = row.id;
        s.parentId = row.pid; // NULL was read as 0: a head, as in pyshards
        s.host = address->host();
        s.port = address->port();
        s.database = row.database;
        s.user = row.user;
        s.capacityMb = row.capacityMb;
        s.currentMb = row.currentMb;
        s.full = row.full;
        s.initialized = row.initialized;
        shards.append(s);
    }
    for (auto it = rewritten.cbegin(); it != rewritten.cend(); ++it)
        warnings->append(PyShardsImporter::tr("Host “%1” (shards %2): %3").arg(it.key(), idList(*it), reasons.value(it.key())));
    return shards;
}

// Where the vshards of one pyshards pid go: the pid itself when it is a head, else the head of its bucket.
// Resolved once per distinct pid, not once per vshard.
class HeadResolver
{
public:
    explicit HeadResolver(const Topology &topology) : m_topology(topology) {}

    int headFor(int pid)
    {
        const auto known = m_heads.constFind(pid);
        if (known != m_heads.cend())
            return *known;
        const Shard *shard = pid == 0 ? nullptr : m_topology.shard(pid);
        const int head = !shard ? 0 : shard->isHead() ? pid : m_topology.headOf(pid);
        m_heads.insert(pid, head);
        return head;
    }

private:
    const Topology &m_topology;
    QHash<int, int> m_heads;
};

// Django's automatic ids start at 1; ShardDesk numbers vshards from 0. Returns what to subtract.
Result<int> vshardIdOffset(const std::vector<VShardRow> &rows, QStringList *warnings)
{
    const qint64 n = qint64(rows.size());
    if (n == 0)
        return makeError(PyShardsImporter::tr("The pyshards shardconf has no vshards."), Error::Kind::Validation);
    if (n > ConfigReader::MaxVShards)
        return makeError(PyShardsImporter::tr("The pyshards shardconf has %1 vshards; ShardDesk handles at most %2.")
                             .arg(n)
                             .arg(ConfigReader::MaxVShards),
                         Error::Kind::Validation);
    const int first = rows.front().id; // rows are in id order and ids are unique (primary key)
    const int last = rows.back().id;
    if (first == 0 && last == n - 1)
        return 0;
    if (first == 1 && last == n) {
        warnings->append(PyShardsImporter::tr("The vshard ids ran from 1 to %1 (Django's automatic ids start at 1); "
                                              "they were renumbered 0 to %2, so pyshards vshard k is vshard k−1 here.")
                             .arg(n)
                             .arg(n - 1));
        return 1;
    }
    return makeError(PyShardsImporter::tr("The vshard ids run from %1 to %2 for %3 vshards; they must be numbered 0 "
                                          "to N−1 or 1 to N without gaps.")
                         .arg(first)
                         .arg(last)
                         .arg(n),
                     Error::Kind::Validation);
}

Result<VShardMap> convertVShards(const std::vector<VShardRow> &rows, const Topology &topology, QStringList *warnings)
{
    Result<int> offset = vshardIdOffset(rows, warnings);
    if (!offset)
        return offset.error();
    VShardMap map(int(rows.size()));
    HeadResolver resolver(topology);
    QMap<int, int> redirected; // pid of an overflow shard -> vshards moved to its head
    QMap<int, int> unmapped;   // pid that is no shard (0: none) -> vshards left unmapped
    for (const VShardRow &row : rows) {
        const int head = resolver.headFor(row.pid);
        map.assign(row.id - *offset, head);
        if (head == 0)
            ++unmapped[row.pid];
        else if (head != row.pid)
            ++redirected[row.pid];
    }
    for (auto it = redirected.cbegin(); it != redirected.cend(); ++it)
        warnings->append(PyShardsImporter::tr("%n vshard(s) pointed to shard %1, an overflow shard; they now point to "
                                              "the head of its bucket, shard %2.",
                                              nullptr, it.value())
                             .arg(it.key())
                             .arg(resolver.headFor(it.key())));
    for (auto it = unmapped.cbegin(); it != unmapped.cend(); ++it)
        warnings->append(it.key() == 0
                             ? PyShardsImporter::tr("%n vshard(s) pointed to no shard; they are unmapped.", nullptr, it.value())
                             : PyShardsImporter::tr("%n vshard(s) pointed to shard %1, which does not exist or is in a "
                                                    "broken bucket; they are unmapped.",
                                                    nullptr, it.value())
                                   .arg(it.key()));
    return map;
}

// Copies each login's password into the credential store once and points the shards at it. Never puts a
// password into a warning or message.
class SecretMover
{
public:
    SecretMover(CredentialStore &credentials, PyShardsImporter::Report *report)
        : m_credentials(credentials), m_report(report)
    {
    }

    Result<void> move(const QList<ShardRow> &rows)
    {
        QList<int> blank;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Shard &shard = m_report->topology.shards[i];
            shard.credentialRef = CredentialStore::referenceFor(shard.user, shard.serverKey());
            if (rows.at(i).password.isEmpty()) {
                blank.append(int(i));
                continue;
            }
            Result<void> moved = moveOne(shard, rows.at(i).password);
            if (!moved)
                return moved;
        }
        for (int i : std::as_const(blank))
            warnIfNoSecret(m_report->topology.shards.at(i));
        return {};
    }

private:
    struct Login
    {
        QString secret;
        int firstShard = 0;
    };

    Result<void> moveOne(Shard &shard, const QString &password)
    {
        const auto login = m_logins.constFind(shard.credentialRef);
        if (login != m_logins.cend() && login->secret == password)
            return {};
        if (login != m_logins.cend()) {
            const QString own = shard.credentialRef + QStringLiteral("#shard") + QString::number(shard.id);
            m_report->warnings.append(PyShardsImporter::tr("Shard %1 has a different password from shard %2 for the "
                                                           "same login %3; it is stored separately as %4.")
                                          .arg(shard.id)
                                          .arg(login->firstShard)
                                          .arg(shard.credentialRef, own));
            shard.credentialRef = own;
        } else {
            m_logins.insert(shard.credentialRef, Login{password, shard.id});
        }
        Result<void> written = m_credentials.write(shard.credentialRef, password);
        if (!written)
            return makeError(PyShardsImporter::tr("Could not store the password of shard %1 in %2: %3")
                                 .arg(shard.id)
                                 .arg(m_credentials.description(), written.error().message),
                             written.error().kind);
        ++m_report->secretsMoved;
        return {};
    }

    // A blank password may be right, or may have been cleared by an earlier import: only warn when there is
    // no secret for the shard anywhere.
    void warnIfNoSecret(const Shard &shard)
    {
        if (m_logins.contains(shard.credentialRef))
            return;
        Result<QString> stored = m_credentials.read(shard.credentialRef);
        if (!stored && stored.error().kind == Error::Kind::NotFound)
            m_report->warnings.append(PyShardsImporter::tr("Shard %1 has no password in the pyshards shardconf and "
                                                           "none is stored as %2.")
                                          .arg(shard.id)
                                          .arg(shard.credentialRef));
    }

    CredentialStore &m_credentials;
    PyShardsImporter::Report *m_report;
    QHash<QString, Login> m_logins; // reference -> the first password seen for it
};

} // namespace

Result<PyShardsImporter::Report> PyShardsImporter::import(const ConfigLocation &source,
                                                          const ConnectionOptions &mysqlOptions,
                                                          CredentialStore &credentials, const Options &options)
{
    PyShardsSource db;
    if (Result<void> opened = db.open(source, mysqlOptions); !opened)
        return opened.error();
    Result<QList<ShardRow>> shardRows = db.readShards();
    if (!shardRows)
        return shardRows.error();
    Result<std::vector<VShardRow>> vshardRows = db.readVShards();
    if (!vshardRows)
        return vshardRows.error();

    Report report;
    Result<QList<Shard>> shards = convertShards(*shardRows, &report.warnings);
    if (!shards)
        return shards.error();
    report.topology.shards = *shards;
    Result<VShardMap> map = convertVShards(*vshardRows, report.topology, &report.warnings);
    if (!map)
        return map.error();
    report.topology.vshards = std::move(map).value();
    report.topology.settings.name = options.clusterName;
    report.topology.settings.vshardCount = report.topology.vshards.count();
    report.shardCount = int(report.topology.shards.size());
    report.vshardCount = report.topology.vshards.count();
    // Nothing is written anywhere for a configuration that could not be stored.
    if (const TopologyProblems errors = report.topology.errors(); !errors.isEmpty()) {
        QStringList messages;
        for (const TopologyProblem &p : errors)
            messages.append(p.message);
        return makeError(tr("The pyshards configuration cannot be imported as it is: %1").arg(messages.join(QLatin1Char(' '))),
                         Error::Kind::Validation);
    }
    report.warnings.append(tr("pyshards routed keys with Python's hash(); ShardDesk routes with CRC32 (docs/ROUTING.md). "
                              "Rows already in these shards carry pyshards' VIRTUAL_SHARD values and may sit in other "
                              "buckets than CRC32 routing expects: start from empty shards, or re-key and move the "
                              "existing rows before routing traffic with this configuration."));

    if (Result<void> moved = SecretMover(credentials, &report).move(*shardRows); !moved)
        return moved.error();
    if (!options.clearPasswords)
        return report;
    Result<QList<int>> kept = db.clearPasswords(*shardRows);
    if (!kept)
        return makeError(tr("The passwords were stored in %1 but could not be removed from the pyshards shardconf: %2")
                             .arg(credentials.description(), kept.error().message),
                         kept.error().kind, kept.error().serverText, kept.error().serverCode);
    if (!kept->isEmpty())
        report.warnings.append(tr("The password of shard(s) %1 changed during the import; it was left in the pyshards "
                                  "shardconf. Import again to move it.")
                                   .arg(idList(*kept)));
    return report;
}

Result<QList<int>> PyShardsImporter::clearSourcePasswords(const ConfigLocation &source,
                                                          const ConnectionOptions &mysqlOptions,
                                                          const Topology &imported, CredentialStore &credentials)
{
    PyShardsSource db;
    if (Result<void> opened = db.open(source, mysqlOptions); !opened)
        return opened.error();
    Result<QList<ShardRow>> rows = db.readShards();
    if (!rows)
        return rows.error();
    QList<ShardRow> verified;
    QList<int> kept;
    for (const ShardRow &row : std::as_const(*rows)) {
        if (row.password.isEmpty())
            continue;
        const Shard *shard = imported.shard(row.id);
        Result<QString> stored = shard ? credentials.read(shard->credentialRef) : Result<QString>(Error{});
        if (stored && stored.value() == row.password)
            verified.append(row);
        else
            kept.append(row.id);
    }
    Result<QList<int>> changed = db.clearPasswords(verified);
    if (!changed)
        return changed.error();
    kept.append(*changed);
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace ShardDesk
