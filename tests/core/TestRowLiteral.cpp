#include "rebalance/RowLiteral.h"

#include <QtTest>

using namespace ShardDesk;

// RowLiteral's literals as the copy writes them, and the length it budgets for each before writing it: a row
// that would take an INSERT past its size starts the next one, so the two must agree to the byte.
class TestRowLiteral : public QObject
{
    Q_OBJECT

private slots:
    void lengthIsWhatAppendWrites_data();
    void lengthIsWhatAppendWrites();
};

void TestRowLiteral::lengthIsWhatAppendWrites_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QByteArray>("literal");
    const int integer = int(RowLiteral::Kind::Integer);
    const int hex = int(RowLiteral::Kind::Hex);
    const int text = int(RowLiteral::Kind::Text);
    QTest::newRow("integer") << integer << QByteArray("-42") << false << QByteArray("-42");
    QTest::newRow("NULL") << hex << QByteArray() << true << QByteArray("NULL");
    QTest::newRow("hex, as the server's HEX()") << hex << QByteArray("00FF27") << false << QByteArray("X'00FF27'");
    QTest::newRow("empty hex is not NULL") << hex << QByteArray() << false << QByteArray("X''");
    QTest::newRow("text as UTF-8 bytes") << text << QByteArray("Zü") << false << QByteArray("_utf8mb4 X'5ac3bc'");
    QTest::newRow("empty text") << text << QByteArray() << false << QByteArray("_utf8mb4 X''");
}

void TestRowLiteral::lengthIsWhatAppendWrites()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, value);
    QFETCH(bool, isNull);
    QFETCH(QByteArray, literal);
    QByteArray sql("(");
    RowLiteral::append(sql, value, isNull, RowLiteral::Kind(kind));
    QCOMPARE(sql.mid(1), literal);
    QCOMPARE(RowLiteral::length(value.size(), isNull, RowLiteral::Kind(kind)), literal.size());
}

QTEST_GUILESS_MAIN(TestRowLiteral)
#include "TestRowLiteral.moc"
