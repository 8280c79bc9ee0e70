#include "TopologyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <limits>
#include <optional>

namespace ShardDesk {

namespace {

const QString FormatName = QStringLiteral("sharddesk-topology");

// A guard against a damaged or hostile file making us allocate gigabytes: 16 Mi vshards (64 MB) is far
// beyond any cluster ShardDesk is meant for.
constexpr int MaxVShards = 16 * 1024 * 1024;

constexpr int IntMin = std::numeric_limits<int>::min();
constexpr int IntMax = std::numeric_limits<int>::max();

Error formatError(const QString &message)
{
    return makeError(message, Error::Kind::Validation);
}

// Reads typed fields of one JSON object and names the field by its path ("shards[2].port") when one is
// missing or of the wrong type. Calls chain with &&: after the first error every call returns false, and
// error() holds that first error.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    bool integer(const char *key, int *out, int min = IntMin, int max = IntMax, std::optional<int> fallback = {})
    {
        qint64 value = 0;
        if (!integer64(key, &value, fallback))
            return false;
        if (value < min || value > max)
            return fail(TopologyJson::tr("The field “%1” must be a whole number from %2 to %3; it is %4.")
                            .arg(path(key))
                            .arg(min)
                            .arg(max)
                            .arg(value));
        *out = int(value);
        return true;
    }

    bool integer64(const char *key, qint64 *out, std::optional<qint64> fallback = {})
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return fallback ? (*out = *fallback, true) : missing(key);
        // toInteger() returns its default for anything that is not a whole number, so two different
        // defaults tell "whole number" from "not".
        if (!v.isDouble() || v.toInteger(0) != v.toInteger(1))
            return fail(TopologyJson::tr("The field “%1” must be a whole number.").arg(path(key)));
        *out = v.toInteger();
        return true;
    }

    bool number(const char *key, double *out, std::optional<double> fallback = {})
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return fallback ? (*out = *fallback, true) : missing(key);
        if (!v.isDouble())
            return fail(TopologyJson::tr("The field “%1” must be a number.").arg(path(key)));
        *out = v.toDouble();
        return true;
    }

    bool string(const char *key, QString *out, std::optional<QString> fallback = {})
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return fallback ? (*out = *fallback, true) : missing(key);
        if (!v.isString())
            return fail(TopologyJson::tr("The field “%1” must be a string.").arg(path(key)));
        *out = v.toString();
        return true;
    }

    bool boolean(const char *key, bool *out, std::optional<bool> fallback = {})
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return fallback ? (*out = *fallback, true) : missing(key);
        if (!v.isBool())
            return fail(TopologyJson::tr("The field “%1” must be true or false.").arg(path(key)));
        *out = v.toBool();
        return true;
    }

    bool object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return missing(key);
        if (!v.isObject())
            return fail(TopologyJson::tr("The field “%1” must be an object.").arg(path(key)));
        *out = v.toObject();
        return true;
    }

    bool array(const char *key, QJsonArray *out)
    {
        const QJsonValue v = field(key);
        if (v.isUndefined())
            return missing(key);
        if (!v.isArray())
            return fail(TopologyJson::tr("The field “%1” must be a list.").arg(path(key)));
        *out = v.toArray();
        return true;
    }

    // Passwords belong in the credential store; a file that carries one is refused rather than the field
    // silently dropped, so nobody believes it was imported.
    bool noPassword()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (it.key().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
                return fail(TopologyJson::tr("The field “%1” holds a password. Passwords are not accepted in topology "
                                             "files; store them in the credential store and refer to them with "
                                             "“credentialRef”.")
                                .arg(path(it.key())));
        }
        return true;
    }

private:
    QJsonValue field(const char *key) const { return m_object.value(QLatin1String(key)); }

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    QString path(const char *key) const { return path(QString::fromLatin1(key)); }

    bool missing(const char *key) { return fail(TopologyJson::tr("The field “%1” is missing.").arg(path(key))); }

    bool fail(const QString &message)
    {
        if (!m_error)
            m_error = formatError(message);
        return false;
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

QString indexed(const char *name, qsizetype index)
{
    return QString::fromLatin1(name) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QJsonObject settingsToJson(const ClusterSettings &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("vshardCount"), s.vshardCount);
    o.insert(QStringLiteral("hash"), s.hash);
    o.insert(QStringLiteral("keyNormalization"), ClusterSettings::toString(s.keyNormalization));
    o.insert(QStringLiteral("keyColumn"), s.keyColumn);
    o.insert(QStringLiteral("schemaVersion"), s.schemaVersion);
    return o;
}

QJsonObject shardToJson(const Shard &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("parentId"), s.parentId);
    o.insert(QStringLiteral("host"), s.host);
    o.insert(QStringLiteral("port"), s.port);
    o.insert(QStringLiteral("database"), s.database);
    o.insert(QStringLiteral("user"), s.user);
    o.insert(QStringLiteral("credentialRef"), s.credentialRef);
    o.insert(QStringLiteral("capacityMb"), s.capacityMb);
    o.insert(QStringLiteral("currentMb"), s.currentMb);
    o.insert(QStringLiteral("full"), s.full);
    o.insert(QStringLiteral("initialized"), s.initialized);
    return o;
}

QJsonArray vshardsToJson(const VShardMap &map)
{
    // Unmapped runs are left out: a vshard no range covers is unmapped on import.
    QJsonArray a;
    for (const VShardMap::Range &r : map.ranges()) {
        if (r.headId == 0)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("first"), r.first);
        o.insert(QStringLiteral("last"), r.last);
        o.insert(QStringLiteral("head"), r.headId);
        a.append(o);
    }
    return a;
}

Result<ClusterSettings> readSettings(const QJsonObject &object)
{
    ClusterSettings s;
    QString normalization;
    ObjectReader r(object, QStringLiteral("settings"));
    if (!(r.noPassword() && r.string("name", &s.name) && r.integer("vshardCount", &s.vshardCount, IntMin, MaxVShards)
          && r.string("hash", &s.hash) && r.string("keyNormalization", &normalization)
          && r.string("keyColumn", &s.keyColumn) && r.integer("schemaVersion", &s.schemaVersion)))
        return r.error();
    if (!ClusterSettings::fromString(normalization, &s.keyNormalization))
        return formatError(TopologyJson::tr("The field “settings.keyNormalization” must be “none” or “lowercase”; "
                                            "it is “%1”.")
                               .arg(normalization));
    return s;
}

Result<QList<Shard>> readShards(const QJsonArray &array)
{
    QList<Shard> shards;
    shards.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = indexed("shards", i);
        if (!array.at(i).isObject())
            return formatError(TopologyJson::tr("The entry “%1” must be an object.").arg(where));
        Shard s;
        ObjectReader r(array.at(i).toObject(), where);
        // Fields with an obvious default may be left out of a hand-written file.
        if (!(r.noPassword() && r.integer("id", &s.id) && r.integer("parentId", &s.parentId, IntMin, IntMax, 0)
              && r.string("host", &s.host) && r.integer("port", &s.port) && r.string("database", &s.database)
              && r.string("user", &s.user) && r.string("credentialRef", &s.credentialRef, QString())
              && r.number("capacityMb", &s.capacityMb) && r.number("currentMb", &s.currentMb, 0.0)
              && r.boolean("full", &s.full, false) && r.boolean("initialized", &s.initialized, false)))
            return r.error();
        shards.append(s);
    }
    return shards;
}

Result<VShardMap> readVShards(const QJsonArray &array, int count)
{
    std::vector<VShardMap::Range> ranges;
    ranges.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = indexed("vshards", i);
        if (!array.at(i).isObject())
            return formatError(TopologyJson::tr("The entry “%1” must be an object.").arg(where));
        VShardMap::Range range;
        ObjectReader r(array.at(i).toObject(), where);
        if (!(r.integer("first", &range.first) && r.integer("last", &range.last)
              && r.integer("head", &range.headId, 0)))
            return r.error();
        if (range.first > range.last)
            return formatError(TopologyJson::tr("The vshard range “%1” starts after it ends (%2 > %3).")
                                   .arg(where)
                                   .arg(range.first)
                                   .arg(range.last));
        if (range.first < 0 || range.last >= count)
            return formatError(TopologyJson::tr("The vshard range “%1” (%2–%3) is outside 0–%4.")
                                   .arg(where)
                                   .arg(range.first)
                                   .arg(range.last)
                                   .arg(count - 1));
        ranges.push_back(range);
    }
    std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i].first <= ranges[i - 1].last)
            return formatError(TopologyJson::tr("The vshard ranges %1–%2 and %3–%4 overlap.")
                                   .arg(ranges[i - 1].first)
                                   .arg(ranges[i - 1].last)
                                   .arg(ranges[i].first)
                                   .arg(ranges[i].last));
    }
    return VShardMap::fromRanges(count, ranges);
}

Result<QJsonObject> parseRoot(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return formatError(TopologyJson::tr("The file is not valid JSON: %1 at offset %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return formatError(TopologyJson::tr("The file is not a ShardDesk topology: it does not hold a JSON object."));
    const QJsonObject root = document.object();

    // Format and version first: a newer file may have a different shape, and "too new" is the useful
    // message then, not a complaint about some field.
    QString format;
    int formatVersion = 0;
    ObjectReader r(root, QString());
    if (!r.string("format", &format))
        return r.error();
    if (format != FormatName)
        return formatError(TopologyJson::tr("The file is not a ShardDesk topology: its format is “%1”, not “%2”.")
                               .arg(format, FormatName));
    if (!r.integer("formatVersion", &formatVersion))
        return r.error();
    if (formatVersion > TopologyJson::FormatVersion)
        return formatError(TopologyJson::tr("This file was written by a newer ShardDesk (format %1); this version "
                                            "reads up to %2.")
                               .arg(formatVersion)
                               .arg(TopologyJson::FormatVersion));
    if (formatVersion < 1)
        return formatError(
            TopologyJson::tr("The format version %1 is not valid; it must be 1 or more.").arg(formatVersion));
    return root;
}

} // namespace

QByteArray TopologyJson::toJson(const Topology &topology)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("settings"), settingsToJson(topology.settings));
    QJsonArray shards;
    for (const Shard &s : topology.shards)
        shards.append(shardToJson(s));
    root.insert(QStringLiteral("shards"), shards);
    root.insert(QStringLiteral("vshards"), vshardsToJson(topology.vshards));
    // Only a topology being edited has a map whose size differs from the settings; say so, so it round trips.
    if (topology.vshards.count() != topology.settings.vshardCount)
        root.insert(QStringLiteral("vshardMapSize"), topology.vshards.count());
    root.insert(QStringLiteral("version"), topology.version);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Topology> TopologyJson::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> root = parseRoot(json);
    if (!root)
        return root.error();

    Topology topology;
    QJsonObject settingsObject;
    QJsonArray shardsArray;
    QJsonArray vshardsArray;
    int mapSize = 0;
    ObjectReader r(*root, QString());
    if (!(r.noPassword() && r.object("settings", &settingsObject) && r.array("shards", &shardsArray)
          && r.array("vshards", &vshardsArray) && r.integer64("version", &topology.version, 0)))
        return r.error();

    Result<ClusterSettings> settings = readSettings(settingsObject);
    if (!settings)
        return settings.error();
    topology.settings = std::move(settings).value();
    if (!r.integer("vshardMapSize", &mapSize, 0, MaxVShards, std::max(topology.settings.vshardCount, 0)))
        return r.error();

    Result<QList<Shard>> shards = readShards(shardsArray);
    if (!shards)
        return shards.error();
    topology.shards = std::move(shards).value();

    Result<VShardMap> vshards = readVShards(vshardsArray, mapSize);
    if (!vshards)
        return vshards.error();
    topology.vshards = std::move(vshards).value();
    return topology;
}

} // namespace ShardDesk
