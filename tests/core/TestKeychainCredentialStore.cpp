#include "credentials/KeychainCredentialStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace ShardDesk;

namespace {

constexpr int TimeoutMs = 3000;
const QString TestService = QStringLiteral("ShardDesk unit tests");

} // namespace

// Whether the machine has a working keychain decides which branch runs, but each branch asserts
// concretely: a failed probe must name the fallbacks, a working one must really store and return.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void probeEitherFailsPromptlyNamingTheFallbacksOrRoundTrips();
    void callsFromShortLivedThreadsAllGetAnAnswer();
    void describesItselfAsTheOsKeychain();
};

void TestKeychainCredentialStore::probeEitherFailsPromptlyNamingTheFallbacksOrRoundTrips()
{
    KeychainCredentialStore store(TestService, TimeoutMs);
    QElapsedTimer clock;
    clock.start();
    const Result<void> probed = store.probe();
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY2(elapsedMs < TimeoutMs + 1000, qPrintable(QStringLiteral("probe took %1 ms").arg(elapsedMs)));

    if (!probed.ok()) {
        qInfo("No usable keychain here: %s", qPrintable(probed.error().message));
        const QString message = probed.error().message;
        QVERIFY2(message.startsWith(QLatin1String("The OS keychain is not usable here (")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("encrypted file unlocked by a master password")));
        QVERIFY(message.contains(QLatin1String("for this session only")));
        QVERIFY(!message.contains(QLatin1String("()")));
        // The other calls fail as cleanly and as promptly.
        clock.restart();
        const Result<QString> read = store.read(QStringLiteral("app@db1:3306"));
        QVERIFY(!read.ok());
        QVERIFY(!read.error().message.isEmpty());
        QVERIFY(!store.write(QStringLiteral("app@db1:3306"), QStringLiteral("s3cret")).ok());
        QVERIFY(clock.elapsed() < 2 * TimeoutMs + 1000);
        return;
    }

    qInfo("A keychain is available: checking a real round trip");
    const QString ref = QStringLiteral("sharddesk-unit-test@db1:3306");
    QVERIFY(store.write(ref, QStringLiteral("pässwörd ✓")).ok());
    const Result<QString> read = store.read(ref);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value(), QStringLiteral("pässwörd ✓"));
    QVERIFY(store.remove(ref).ok());
    QCOMPARE(store.read(ref).error().kind, Error::Kind::NotFound);
}

// QtKeychain's job queue lives in the thread that started its first job; a plain local event loop per
// calling thread stalled it for good after the first worker thread ended. Each call must answer on its
// own, whatever the answer is.
void TestKeychainCredentialStore::callsFromShortLivedThreadsAllGetAnAnswer()
{
    KeychainCredentialStore store(TestService, TimeoutMs);
    // A first call from this thread: the order that stalled the old design at once. If even this one
    // times out, the keychain here does not answer at all and a stalled queue can't be told apart.
    const Result<QString> first = store.read(QStringLiteral("sharddesk-never-stored@db9:3306"));
    if (!first.ok() && first.error().kind == Error::Kind::Timeout)
        QSKIP("The keychain on this machine does not answer at all");
    for (int round = 0; round < 4; ++round) {
        Error::Kind kind = Error::Kind::Generic;
        bool answered = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            const Result<QString> read = store.read(QStringLiteral("sharddesk-never-stored@db9:3306"));
            answered = true;
            kind = read.ok() ? Error::Kind::Generic : read.error().kind;
        }));
        QElapsedTimer clock;
        clock.start();
        thread->start();
        QVERIFY(thread->wait(TimeoutMs + 2000));
        QVERIFY(answered);
        QVERIFY2(kind != Error::Kind::Timeout, qPrintable(QStringLiteral("round %1 timed out").arg(round)));
        QVERIFY(clock.elapsed() < TimeoutMs);
    }
}

void TestKeychainCredentialStore::describesItselfAsTheOsKeychain()
{
    QCOMPARE(KeychainCredentialStore().description(), QStringLiteral("OS keychain"));
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "TestKeychainCredentialStore.moc"
