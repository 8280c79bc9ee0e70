#include "routing/KeyHash.h"

#include <QtTest>

using namespace ShardDesk;

class TestKeyHash : public QObject
{
    Q_OBJECT

private slots:
    void crc32MatchesRoutingVectors_data();
    void crc32MatchesRoutingVectors();
    void crc32CheckValue();
    void crc32OfEveryLengthMatchesBytewiseReference();
    void lowercaseNormalizationFoldsCaseOnly();
};

void TestKeyHash::crc32MatchesRoutingVectors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<quint32>("crc");
    QTest::addColumn<int>("mod1024");
    QTest::addColumn<int>("mod1000003");
    // The table of docs/ROUTING.md.
    QTest::newRow("empty") << QString() << 0x00000000u << 0 << 0;
    QTest::newRow("a") << QStringLiteral("a") << 0xe8b7be43u << 579 << 344195;
    QTest::newRow("email") << QStringLiteral("a@b.com") << 0x871d7197u << 407 << 846985;
    QTest::newRow("alice") << QStringLiteral("alice@example.com") << 0x99fdea29u << 553 << 546852;
    QTest::newRow("fox") << QStringLiteral("The quick brown fox jumps over the lazy dog") << 0x414fa339u << 825
                         << 734884;
    QTest::newRow("latin1") << QString::fromUtf8("Ünïcödé@ß.de") << 0xcc6bef33u << 819 << 615364;
    QTest::newRow("cjk") << QString::fromUtf8("用户@例子.中国") << 0x7e3ace8cu << 652 << 776829;
    QTest::newRow("emoji") << QString::fromUtf8("😀@emoji.dev") << 0xbb4431d2u << 466 << 799171;
    QTest::newRow("long") << QString(1000, QLatin1Char('x')) << 0x3b41c9e6u << 486 << 164288;
}

void TestKeyHash::crc32MatchesRoutingVectors()
{
    QFETCH(QString, key);
    QFETCH(quint32, crc);
    QFETCH(int, mod1024);
    QFETCH(int, mod1000003);
    const QByteArray bytes = KeyHash::keyBytes(key, ClusterSettings::KeyNormalization::None);
    QCOMPARE(KeyHash::crc32(bytes), crc);
    QCOMPARE(KeyHash::vshardOf(crc, 1024), mod1024);
    QCOMPARE(KeyHash::vshardOf(crc, 1000003), mod1000003);
}

void TestKeyHash::crc32CheckValue()
{
    QCOMPARE(KeyHash::crc32(QByteArrayView("123456789")), 0xCBF43926u);
}

// The slicing-by-8 loop handles 8-byte blocks and a tail: every length 0..64 and every alignment
// must agree with the plain bit-by-bit definition.
static quint32 bitwiseCrc32(QByteArrayView bytes)
{
    quint32 c = 0xFFFFFFFFu;
    for (char ch : bytes) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

void TestKeyHash::crc32OfEveryLengthMatchesBytewiseReference()
{
    QByteArray buffer;
    for (int i = 0; i < 80; ++i)
        buffer.append(char(i * 37 + 11));
    for (int offset = 0; offset < 8; ++offset) {
        for (int length = 0; length + offset <= 72; ++length) {
            const QByteArrayView view(buffer.constData() + offset, length);
            QCOMPARE(KeyHash::crc32(view), bitwiseCrc32(view));
        }
    }
}

void TestKeyHash::lowercaseNormalizationFoldsCaseOnly()
{
    const auto lower = ClusterSettings::KeyNormalization::Lowercase;
    QCOMPARE(KeyHash::keyBytes(QStringLiteral("Alice@Example.COM"), lower), QByteArray("alice@example.com"));
    QCOMPARE(KeyHash::keyBytes(QStringLiteral(" a "), lower), QByteArray(" a "));
    QCOMPARE(KeyHash::keyBytes(QStringLiteral("Alice"), ClusterSettings::KeyNormalization::None),
             QByteArray("Alice"));
    // docs/ROUTING.md: full mapping without context. İ -> i + U+0307; a final Σ -> σ, never ς.
    const QByteArray dotted = KeyHash::keyBytes(QString::fromUtf8("İ@X.com"), lower);
    QCOMPARE(dotted.toHex(), QByteArray("69cc8740782e636f6d"));
    QCOMPARE(KeyHash::vshardOf(KeyHash::crc32(dotted), 1024), 974);
    const QByteArray sigma = KeyHash::keyBytes(QString::fromUtf8("ΟΔΟΣ@x.gr"), lower);
    QCOMPARE(sigma.toHex(), QByteArray("cebfceb4cebfcf8340782e6772"));
    QCOMPARE(KeyHash::crc32(sigma), 0x1773d74bu);
}

QTEST_GUILESS_MAIN(TestKeyHash)
#include "TestKeyHash.moc"
