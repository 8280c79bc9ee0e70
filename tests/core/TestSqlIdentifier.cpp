#include "db/SqlIdentifier.h"

#include <QtTest>

using namespace ShardDesk;

class TestSqlIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void creatableNamesAreLowerCaseAsciiDigitsUnderscore_data();
    void creatableNamesAreLowerCaseAsciiDigitsUnderscore();
    void checkCreatableExplainsTheRule();
    void quoteDoublesBackticks_data();
    void quoteDoublesBackticks();
    void quoteRefusesWhatMySqlRefuses_data();
    void quoteRefusesWhatMySqlRefuses();
    void qualifiedJoinsTwoQuotedNames();
    void qualifiedIsEmptyWhenEitherNameIsBad();
};

void TestSqlIdentifier::creatableNamesAreLowerCaseAsciiDigitsUnderscore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("creatable");

    QTest::newRow("plain") << QStringLiteral("sd_shard_1") << true;
    QTest::newRow("digits only") << QStringLiteral("123") << true;
    QTest::newRow("one char") << QStringLiteral("a") << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Shard1") << false;
    QTest::newRow("hyphen") << QStringLiteral("shard-1") << false;
    QTest::newRow("dollar") << QStringLiteral("shard$1") << false;
    QTest::newRow("space") << QStringLiteral("shard 1") << false;
    QTest::newRow("backtick") << QStringLiteral("a`b") << false;
    QTest::newRow("non-ascii letter") << QStringLiteral("schäfer") << false;
}

void TestSqlIdentifier::creatableNamesAreLowerCaseAsciiDigitsUnderscore()
{
    QFETCH(QString, name);
    QFETCH(bool, creatable);

    QCOMPARE(SqlIdentifier::isCreatable(name), creatable);
    QCOMPARE(SqlIdentifier::checkCreatable(name, QStringLiteral("Database name")).ok(), creatable);
}

void TestSqlIdentifier::checkCreatableExplainsTheRule()
{
    const auto result = SqlIdentifier::checkCreatable(QStringLiteral("My-DB"), QStringLiteral("Database name"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Validation);
    QVERIFY2(result.error().message.contains(QStringLiteral("Database name")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("My-DB")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("1 to 64")), qPrintable(result.error().message));
}

void TestSqlIdentifier::quoteDoublesBackticks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain") << QStringLiteral("user") << QStringLiteral("`user`");
    QTest::newRow("embedded backtick") << QStringLiteral("a`b") << QStringLiteral("`a``b`");
    QTest::newRow("only a backtick") << QStringLiteral("`") << QStringLiteral("````");
    // RELIABILITY.md: escapeIdentifier() returned this unchanged, leaving the statement open to injection.
    QTest::newRow("injection attempt") << QStringLiteral("`x; DROP DATABASE y; --")
                                       << QStringLiteral("```x; DROP DATABASE y; --`");
    QTest::newRow("injection closing the quote")
        << QStringLiteral("x`; DROP DATABASE y; --") << QStringLiteral("`x``; DROP DATABASE y; --`");
    QTest::newRow("starts and ends with backtick") << QStringLiteral("`t`") << QStringLiteral("```t```");
    QTest::newRow("leading space allowed") << QStringLiteral(" t") << QStringLiteral("` t`");
    QTest::newRow("quote chars are data") << QStringLiteral("it's \"x\"") << QStringLiteral("`it's \"x\"`");
    QTest::newRow("BMP letters") << QStringLiteral("Müller_表") << QStringLiteral("`Müller_表`");
    QTest::newRow("64 chars") << QString(64, QLatin1Char('x'))
                              << QString(QLatin1Char('`') + QString(64, QLatin1Char('x')) + QLatin1Char('`'));
}

void TestSqlIdentifier::quoteDoublesBackticks()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);

    QVERIFY2(SqlIdentifier::checkQuotable(name).ok(), qPrintable(SqlIdentifier::checkQuotable(name).error().message));
    const QString result = SqlIdentifier::quote(name);
    QCOMPARE(result, quoted);
    // Inside the outer backticks every backtick is doubled: the name cannot end the quoted identifier.
    const QString inner = result.mid(1, result.size() - 2);
    QCOMPARE(QString(inner).replace(QStringLiteral("``"), QString()).count(QLatin1Char('`')), 0);
}

void TestSqlIdentifier::quoteRefusesWhatMySqlRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << QStringLiteral("65");
    QTest::newRow("trailing space") << QStringLiteral("user ") << QStringLiteral("ends with a space");
    QTest::newRow("injection ending in a space")
        << QStringLiteral("`x; DROP DATABASE y; -- ") << QStringLiteral("ends with a space");
    QTest::newRow("NUL") << QString(QStringLiteral("us") + QChar(0) + QStringLiteral("er")) << QStringLiteral("NUL");
    QTest::newRow("non-BMP emoji") << QString(QStringLiteral("t") + QString::fromUcs4(U"\U0001F600"))
                                   << QStringLiteral("Basic Multilingual Plane");
    QTest::newRow("lone surrogate") << QString(QStringLiteral("t") + QChar(0xD800))
                                    << QStringLiteral("Basic Multilingual Plane");
}

void TestSqlIdentifier::quoteRefusesWhatMySqlRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, messageMentions);

    const auto check = SqlIdentifier::checkQuotable(name);
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, Error::Kind::Validation);
    QVERIFY2(check.error().message.contains(messageMentions), qPrintable(check.error().message));
    QVERIFY2(!check.error().message.contains(QChar(0)), "a NUL must not reach a message");
    QCOMPARE(SqlIdentifier::quote(name), QString());
}

void TestSqlIdentifier::qualifiedJoinsTwoQuotedNames()
{
    QCOMPARE(SqlIdentifier::qualified(QStringLiteral("sd_1"), QStringLiteral("user")), QStringLiteral("`sd_1`.`user`"));
    QCOMPARE(SqlIdentifier::qualified(QStringLiteral("a`b"), QStringLiteral("c.d")), QStringLiteral("`a``b`.`c.d`"));
}

void TestSqlIdentifier::qualifiedIsEmptyWhenEitherNameIsBad()
{
    QCOMPARE(SqlIdentifier::qualified(QStringLiteral("sd_1"), QStringLiteral("user ")), QString());
    QCOMPARE(SqlIdentifier::qualified(QString(65, QLatin1Char('d')), QStringLiteral("user")), QString());
}

QTEST_GUILESS_MAIN(TestSqlIdentifier)
#include "TestSqlIdentifier.moc"
