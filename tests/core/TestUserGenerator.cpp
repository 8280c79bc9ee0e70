#include "loadtest/UserGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace ShardDesk;

// Users are a pure function of (seed, i): Verify depends on it.
class TestUserGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedAndIndexGiveTheSameUser();
    void differentSeedsGiveDifferentUsers();
    void keysAreUniqueAndMatchTheSeedPattern();
    void commentIsThousandLettersAndKeywordFourLetters();
    void everyHundredthUserHasElephant();
};

void TestUserGenerator::sameSeedAndIndexGiveTheSameUser()
{
    const UserGenerator a(42);
    const UserGenerator b(42);
    for (qint64 i : {0LL, 1LL, 99LL, 9'999'999LL}) {
        const GeneratedUser ua = a.user(i);
        const GeneratedUser ub = b.user(i);
        QCOMPARE(ua.key, ub.key);
        QCOMPARE(ua.firstName, ub.firstName);
        QCOMPARE(ua.lastName, ub.lastName);
        QCOMPARE(ua.validated, ub.validated);
        QCOMPARE(ua.suspended, ub.suspended);
        QCOMPARE(a.comment(i, 0), b.comment(i, 0));
        QCOMPARE(a.keyword(i, 1), b.keyword(i, 1));
    }
    // Order does not matter: a later call for an earlier index gives the same result.
    QCOMPARE(a.comment(5, 0), UserGenerator(42).comment(5, 0));
    QVERIFY(a.comment(5, 0) != a.comment(5, 1));
}

void TestUserGenerator::differentSeedsGiveDifferentUsers()
{
    const UserGenerator a(1);
    const UserGenerator b(2);
    QVERIFY(a.key(7) != b.key(7));
    QVERIFY(a.comment(7, 0) != b.comment(7, 0));
    QVERIFY(a.user(7).lastName != b.user(7).lastName || a.user(7).firstName != b.user(7).firstName);
}

void TestUserGenerator::keysAreUniqueAndMatchTheSeedPattern()
{
    const UserGenerator generator(4);
    QSet<QString> keys;
    const QRegularExpression like(QStringLiteral("^s4\\.u.*$"));
    for (qint64 i = 0; i < 10'000; ++i) {
        const QString key = generator.key(i);
        QVERIFY(like.match(key).hasMatch());
        keys.insert(key);
    }
    QCOMPARE(keys.size(), 10'000);
    QCOMPARE(generator.keyPattern(), QStringLiteral("s4.u%"));
    // Seed 42's keys do not match seed 4's pattern prefix.
    QVERIFY(!UserGenerator(42).key(0).startsWith(QStringLiteral("s4.u")));
}

void TestUserGenerator::commentIsThousandLettersAndKeywordFourLetters()
{
    const UserGenerator generator(9);
    const QRegularExpression letters(QStringLiteral("^[a-z]+$"));
    int validated = 0;
    for (qint64 i = 0; i < 98; ++i) {
        const QString comment = generator.comment(i, 0);
        QCOMPARE(comment.size(), UserGenerator::CommentLength);
        QVERIFY(letters.match(comment).hasMatch());
        QCOMPARE(generator.keyword(i, 0).size(), UserGenerator::KeywordLength);
        QVERIFY(!generator.user(i).firstName.isEmpty());
        validated += generator.user(i).validated ? 1 : 0;
    }
    QVERIFY(validated > 40 && validated < 98); // three in four, not all or none
}

void TestUserGenerator::everyHundredthUserHasElephant()
{
    const UserGenerator generator(3);
    int elephants = 0;
    for (qint64 i = 0; i < 1000; ++i) {
        if (generator.keyword(i, 0).contains(QStringLiteral(" elephant "))) {
            ++elephants;
            QCOMPARE((i + 1) % 100, 0);
        }
    }
    QCOMPARE(elephants, 10);
    QCOMPARE(UserGenerator::elephantUsers(1000), 10);
}

QTEST_GUILESS_MAIN(TestUserGenerator)
#include "TestUserGenerator.moc"
