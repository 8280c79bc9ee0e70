#include "config/TopologyFile.h"
#include "topology/TopologyJson.h"

#include "TopologyFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

class TestTopologyFile : public QObject
{
    Q_OBJECT

private slots:
    void hostsAreReadInTheirStoredSpelling();
    void aMissingFileSaysWhich();
    void malformedJsonFails();

private:
    QString write(const QByteArray &contents);
    QTemporaryDir m_dir;
};

QString TestTopologyFile::write(const QByteArray &contents)
{
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return {};
    return path;
}

void TestTopologyFile::hostsAreReadInTheirStoredSpelling()
{
    // Shards 1 and 3 are one bucket on 127.0.0.1, spelled two other ways: as read straight from JSON the
    // bucket spans two servers; as read for an import it is on one.
    QJsonObject root = QJsonDocument::fromJson(TopologyJson::toJson(twoBucketTopology())).object();
    QJsonArray shards = root.value(QStringLiteral("shards")).toArray();
    const QStringList spellings
        = {QStringLiteral("127.1"), QStringLiteral("0x7f.0.0.2"), QStringLiteral(" LocalHost ")};
    for (int i = 0; i < shards.size(); ++i) {
        QJsonObject shard = shards.at(i).toObject();
        shard.insert(QStringLiteral("host"), spellings.at(i));
        shards.replace(i, shard);
    }
    root.insert(QStringLiteral("shards"), shards);
    const QByteArray json = QJsonDocument(root).toJson();

    const auto raw = TopologyJson::fromJson(json);
    QVERIFY(raw.ok());
    QVERIFY(!raw->errors().isEmpty());

    const QString path = write(json);
    QVERIFY(!path.isEmpty());
    const auto read = TopologyFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
    QCOMPARE(read->shard(1)->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(read->shard(2)->host, QStringLiteral("127.0.0.2"));
    QCOMPARE(read->shard(3)->host, QStringLiteral("127.0.0.1"));
    QVERIFY(read->errors().isEmpty());
}

void TestTopologyFile::aMissingFileSaysWhich()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.json"));
    const auto read = TopologyFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().fullText().contains(path), qPrintable(read.error().fullText()));
}

void TestTopologyFile::malformedJsonFails()
{
    const QString path = write("{ \"shards\": [");
    QVERIFY(!path.isEmpty());
    QVERIFY(!TopologyFile::read(path).ok());
}

QTEST_GUILESS_MAIN(TestTopologyFile)
#include "TestTopologyFile.moc"
