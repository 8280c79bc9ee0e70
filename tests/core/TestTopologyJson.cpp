#include "TopologyFixtures.h"
#include "topology/TopologyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

Q_DECLARE_METATYPE(ShardDesk::Topology)

namespace {

Topology sampleTopology()
{
    Topology t = twoBucketTopology();
    t.version = 3;
    return t;
}

QJsonObject sampleRoot()
{
    return QJsonDocument::fromJson(TopologyJson::toJson(sampleTopology())).object();
}

// Edits one nested object or array of a JSON document (QJsonObject hands out copies, so edit and put back).
void editObject(QJsonObject &root, const QString &key, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = root.value(key).toObject();
    edit(o);
    root.insert(key, o);
}

void editArray(QJsonObject &root, const QString &key, const std::function<void(QJsonArray &)> &edit)
{
    QJsonArray a = root.value(key).toArray();
    edit(a);
    root.insert(key, a);
}

void editEntry(QJsonObject &root, const QString &key, int index, const std::function<void(QJsonObject &)> &edit)
{
    editArray(root, key, [&](QJsonArray &a) {
        QJsonObject o = a.at(index).toObject();
        edit(o);
        a.replace(index, o);
    });
}

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = sampleRoot();
    edit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject range(int first, int last, int head)
{
    return QJsonObject{
        {QStringLiteral("first"), first}, {QStringLiteral("last"), last}, {QStringLiteral("head"), head}};
}

void verifyRoundTrip(const Topology &t)
{
    const Result<Topology> back = TopologyJson::fromJson(TopologyJson::toJson(t));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back->settings == t.settings);
    QCOMPARE(back->shards.size(), t.shards.size());
    for (qsizetype i = 0; i < t.shards.size(); ++i) {
        // Bit-exact doubles, not merely equal after rounding.
        QVERIFY(std::memcmp(&back->shards[i].capacityMb, &t.shards[i].capacityMb, sizeof(double)) == 0);
        QVERIFY(std::memcmp(&back->shards[i].currentMb, &t.shards[i].currentMb, sizeof(double)) == 0);
        QVERIFY(back->shards[i] == t.shards[i]);
    }
    QVERIFY(back->vshards == t.vshards);
    QCOMPARE(back->version, t.version);
    QVERIFY(*back == t);
}

} // namespace

class TestTopologyJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact_data();
    void roundTripIsExact();
    void randomDoublesRoundTripBitExact();
    void millionVShardMapRoundTrips();
    void writesDocumentedShape();
    void readsHandWrittenFileWithDefaults();
    void readsRangesInAnyOrder();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestTopologyJson::roundTripIsExact_data()
{
    QTest::addColumn<Topology>("topology");

    QTest::newRow("sample") << sampleTopology();
    QTest::newRow("empty") << Topology();

    Topology fractional = sampleTopology();
    fractional.shards[0].capacityMb = 0.1;
    fractional.shards[0].currentMb = 1.0 / 3.0;
    fractional.shards[1].capacityMb = 123456789.123456789;
    fractional.shards[1].currentMb = 1e-300;
    fractional.shards[2].capacityMb = 1.7976931348623157e308;
    fractional.shards[2].currentMb = 5e-324; // the smallest subnormal
    QTest::newRow("fractional megabytes") << fractional;

    Topology flags = sampleTopology();
    flags.shards[0].full = true;
    flags.shards[2].initialized = true;
    flags.shards[1].host = QStringLiteral("fd00::1");
    flags.shards[1].user = QStringLiteral("Zürich ✓");
    flags.settings.name = QStringLiteral("prod \"eu\"\n");
    flags.settings.keyNormalization = ClusterSettings::KeyNormalization::Lowercase;
    flags.settings.keyColumn = QStringLiteral("email");
    flags.settings.schemaVersion = 7;
    flags.version = (qint64(1) << 53) + 1; // beyond a double's exact integers
    QTest::newRow("flags, IPv6, Unicode, big version") << flags;

    Topology gaps = sampleTopology();
    gaps.vshards.assignRange(0, 1, 0);
    gaps.vshards.assign(7, 0);
    QTest::newRow("unmapped gaps") << gaps;

    Topology inconsistent = sampleTopology();
    inconsistent.vshards = VShardMap(5, 2);
    QTest::newRow("map size differs from settings") << inconsistent;

    // Not valid, but an export must still keep exactly what was there.
    Topology invalid = sampleTopology();
    invalid.settings.vshardCount = -4;
    invalid.vshards = VShardMap();
    invalid.shards[0].port = 0;
    invalid.shards[1].capacityMb = -1;
    invalid.shards[2].parentId = 99;
    QTest::newRow("invalid values") << invalid;
}

void TestTopologyJson::roundTripIsExact()
{
    QFETCH(Topology, topology);
    verifyRoundTrip(topology);
}

void TestTopologyJson::randomDoublesRoundTripBitExact()
{
    QRandomGenerator random(20240601);
    Topology t = sampleTopology();
    for (int i = 0; i < 2000; ++i) {
        double value = 0;
        do {
            const quint64 bits = random.generate64();
            std::memcpy(&value, &bits, sizeof value);
        } while (!std::isfinite(value));
        t.shards[i % 3].capacityMb = std::fabs(value);
        t.shards[(i + 1) % 3].currentMb = random.generateDouble() * 1e6;
        verifyRoundTrip(t);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("value %1").arg(value, 0, 'g', 17)));
    }
}

void TestTopologyJson::millionVShardMapRoundTrips()
{
    constexpr int N = 1'000'000;
    Topology t = sampleTopology();
    t.settings.vshardCount = N;
    t.vshards = VShardMap(N);
    for (int v = 0, run = 0; v < N; ++run) {
        const int length = 1 + (run * 7919) % 73;
        t.vshards.assignRange(v, v + length - 1, 1 + run % 2);
        v += length;
    }
    const QByteArray json = TopologyJson::toJson(t);
    // Ranges, not entries: a few MB even for a map this fragmented.
    QVERIFY2(json.size() < 10'000'000, qPrintable(QString::number(json.size())));
    verifyRoundTrip(t);
}

void TestTopologyJson::writesDocumentedShape()
{
    const QJsonObject root = sampleRoot();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("sharddesk-topology"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
    QVERIFY(!root.contains(QStringLiteral("vshardMapSize")));

    const QStringList settingsKeys{
        QStringLiteral("hash"), QStringLiteral("keyColumn"),     QStringLiteral("keyNormalization"),
        QStringLiteral("name"), QStringLiteral("schemaVersion"), QStringLiteral("vshardCount")};
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.keys(), settingsKeys);
    QCOMPARE(settings.value(QStringLiteral("keyNormalization")).toString(), QStringLiteral("none"));

    const QStringList shardKeys{
        QStringLiteral("capacityMb"), QStringLiteral("credentialRef"), QStringLiteral("currentMb"),
        QStringLiteral("database"),   QStringLiteral("full"),          QStringLiteral("host"),
        QStringLiteral("id"),         QStringLiteral("initialized"),   QStringLiteral("parentId"),
        QStringLiteral("port"),       QStringLiteral("user")};
    const QJsonArray shards = root.value(QStringLiteral("shards")).toArray();
    QCOMPARE(shards.size(), 3);
    for (const QJsonValue &shard : shards)
        QCOMPARE(shard.toObject().keys(), shardKeys); // and so never a password

    const QJsonArray vshards = root.value(QStringLiteral("vshards")).toArray();
    QCOMPARE(vshards, (QJsonArray{range(0, 3, 1), range(4, 7, 2)}));
}

void TestTopologyJson::readsHandWrittenFileWithDefaults()
{
    const QByteArray json = R"({"format":"sharddesk-topology","formatVersion":1,
        "settings":{"name":"c","vshardCount":2,"hash":"crc32","keyNormalization":"none","keyColumn":"userid",
                    "schemaVersion":1},
        "shards":[{"id":1,"host":"db1","port":3306,"database":"shard_1","user":"app","capacityMb":10}],
        "vshards":[{"first":0,"last":1,"head":1}]})";
    const Result<Topology> t = TopologyJson::fromJson(json);
    QVERIFY2(t.ok(), qPrintable(t.error().message));
    const Shard &s = t->shards.first();
    QCOMPARE(s.parentId, 0);
    QCOMPARE(s.credentialRef, QString());
    QCOMPARE(s.currentMb, 0.0);
    QVERIFY(!s.full);
    QVERIFY(!s.initialized);
    QCOMPARE(t->version, qint64(0));
    QVERIFY(t->isValid());
}

void TestTopologyJson::readsRangesInAnyOrder()
{
    const QByteArray json = edited([](QJsonObject &root) {
        root.insert(QStringLiteral("vshards"), QJsonArray{range(4, 7, 2), range(0, 3, 1)});
    });
    const Result<Topology> t = TopologyJson::fromJson(json);
    QVERIFY2(t.ok(), qPrintable(t.error().message));
    QVERIFY(t->vshards == sampleTopology().vshards);
}

void TestTopologyJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    using O = QJsonObject;
    const QString settings = QStringLiteral("settings");
    const QString shards = QStringLiteral("shards");
    const QString vshards = QStringLiteral("vshards");
    auto setting = [&](const char *key, const QJsonValue &value) {
        return edited([&](O &root) { editObject(root, settings, [&](O &o) { o.insert(text(key), value); }); });
    };
    auto shardField = [&](int index, const char *key, const QJsonValue &value) {
        return edited([&](O &root) { editEntry(root, shards, index, [&](O &o) { o.insert(text(key), value); }); });
    };
    auto withoutShardField = [&](int index, const char *key) {
        return edited([&](O &root) { editEntry(root, shards, index, [&](O &o) { o.remove(text(key)); }); });
    };
    auto ranges = [&](const QJsonArray &value) { return edited([&](O &root) { root.insert(vshards, value); }); };

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringList{text("not valid JSON"), text("offset 11")};
    QTest::newRow("not an object") << QByteArray("[]") << QStringList{text("not a ShardDesk topology")};
    QTest::newRow("format missing") << edited([](O &root) { root.remove(QStringLiteral("format")); })
                                    << QStringList{text("“format”"), text("missing")};
    QTest::newRow("other format") << edited([](O &root) { root.insert(QStringLiteral("format"), text("kdbx")); })
                                  << QStringList{text("kdbx")};
    QTest::newRow("newer format") << edited([](O &root) { root.insert(QStringLiteral("formatVersion"), 2); })
                                  << QStringList{text("newer ShardDesk (format 2)"), text("reads up to 1")};
    QTest::newRow("format version zero") << edited([](O &root) { root.insert(QStringLiteral("formatVersion"), 0); })
                                         << QStringList{text("format version 0")};
    QTest::newRow("format version as text")
        << edited([](O &root) { root.insert(QStringLiteral("formatVersion"), text("1")); })
        << QStringList{text("“formatVersion”"), text("whole number")};
    QTest::newRow("settings missing") << edited([&](O &root) { root.remove(settings); })
                                      << QStringList{text("“settings”"), text("missing")};
    QTest::newRow("shards not a list") << edited([&](O &root) { root.insert(shards, O()); })
                                       << QStringList{text("“shards”"), text("list")};
    QTest::newRow("vshard count as text")
        << setting("vshardCount", text("1024")) << QStringList{text("“settings.vshardCount”"), text("whole number")};
    QTest::newRow("vshard count fractional")
        << setting("vshardCount", 8.5) << QStringList{text("“settings.vshardCount”"), text("whole number")};
    QTest::newRow("vshard count huge") << setting("vshardCount", 100'000'000)
                                       << QStringList{text("“settings.vshardCount”"), text("100000000")};
    QTest::newRow("unknown key normalization")
        << setting("keyNormalization", text("upper")) << QStringList{text("settings.keyNormalization"), text("upper")};
    QTest::newRow("shard not an object") << edited([&](O &root) {
        editArray(root, shards, [](QJsonArray &a) { a.replace(1, 42); });
    }) << QStringList{text("“shards[1]”"), text("object")};
    QTest::newRow("port missing") << withoutShardField(1, "port")
                                  << QStringList{text("“shards[1].port”"), text("missing")};
    QTest::newRow("host a number") << shardField(0, "host", 127)
                                   << QStringList{text("“shards[0].host”"), text("string")};
    QTest::newRow("id too large") << shardField(2, "id", 1e10) << QStringList{text("“shards[2].id”")};
    QTest::newRow("capacity as text") << shardField(0, "capacityMb", text("100"))
                                      << QStringList{text("“shards[0].capacityMb”"), text("number")};
    QTest::newRow("full as text") << shardField(2, "full", text("yes"))
                                  << QStringList{text("“shards[2].full”"), text("true or false")};
    QTest::newRow("password in a shard") << shardField(1, "password", text("secret"))
                                         << QStringList{text("shards[1].password"), text("credential store")};
    QTest::newRow("password in any case")
        << shardField(0, "Password", text("secret")) << QStringList{text("shards[0].Password"), text("not accepted")};
    QTest::newRow("password at top level")
        << edited([](O &root) { root.insert(QStringLiteral("password"), text("x")); })
        << QStringList{text("“password”"), text("credential store")};
    QTest::newRow("range past the end") << ranges({range(0, 3, 1), range(4, 8, 2)})
                                        << QStringList{text("vshards[1]"), text("outside 0–7")};
    QTest::newRow("range before the start")
        << ranges({range(-1, 3, 1)}) << QStringList{text("vshards[0]"), text("outside")};
    QTest::newRow("range reversed") << ranges({range(3, 0, 1)}) << QStringList{text("vshards[0]"), text("3 > 0")};
    QTest::newRow("ranges overlap") << ranges({range(4, 7, 2), range(0, 4, 1)})
                                    << QStringList{text("0–4 and 4–7 overlap")};
    QTest::newRow("range without head") << ranges({QJsonObject{{text("first"), 0}, {text("last"), 7}}})
                                        << QStringList{text("“vshards[0].head”"), text("missing")};
    QTest::newRow("negative head") << ranges({range(0, 7, -2)}) << QStringList{text("“vshards[0].head”")};
}

void TestTopologyJson::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const Result<Topology> t = TopologyJson::fromJson(json);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().kind, Error::Kind::Validation);
    for (const QString &m : mentions)
        QVERIFY2(t.error().message.contains(m), qPrintable(t.error().message));
}

QTEST_GUILESS_MAIN(TestTopologyJson)
#include "TestTopologyJson.moc"
