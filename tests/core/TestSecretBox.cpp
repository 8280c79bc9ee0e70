#include "credentials/SecretBox.h"

#include <QTest>

using namespace ShardDesk;

class TestSecretBox : public QObject
{
    Q_OBJECT

private:
    static QByteArray testKey() { return SecretBox::pbkdf2Sha256("key", "salt-for-tests", 1, 64); }

private slots:
    void pbkdf2MatchesKnownVectors_data();
    void pbkdf2MatchesKnownVectors();
    void pbkdf2RejectsNonsenseParameters();
    void randomBytesHaveTheAskedSizeAndDiffer();
    void sealThenOpenGivesThePlaintextBack_data();
    void sealThenOpenGivesThePlaintextBack();
    void sealingTwiceGivesDifferentBoxes();
    void everyFlippedBitIsDetected();
    void wrongKeyOpensNothing();
    void truncatedBoxIsRefused_data();
    void truncatedBoxIsRefused();
    void keyOfWrongSizeIsRefused();
    void boxOpensOnlyWithItsAssociatedData();
    void expandedKeyIsDeterministicWithIndependentHalves();
};

void TestSecretBox::pbkdf2MatchesKnownVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<QByteArray>("expectedHex");

    // RFC 7914 section 11 and the widely published PBKDF2-HMAC-SHA256 vectors.
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1 << 32
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2 << 32
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096 << 32
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("two blocks, truncated")
        << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096 << 40
        << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    QTest::newRow("embedded NUL") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096 << 16
                                  << QByteArray("89b69d0516f829893c696226650a8687");
    QTest::newRow("RFC 7914 passwd") << QByteArray("passwd") << QByteArray("salt") << 1 << 64
                                     << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                                   "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

void TestSecretBox::pbkdf2MatchesKnownVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(int, keyLength);
    QFETCH(QByteArray, expectedHex);

    QCOMPARE(SecretBox::pbkdf2Sha256(password, salt, iterations, keyLength).toHex(), expectedHex);
}

void TestSecretBox::pbkdf2RejectsNonsenseParameters()
{
    QVERIFY(SecretBox::pbkdf2Sha256("password", "salt", 0, 32).isEmpty());
    QVERIFY(SecretBox::pbkdf2Sha256("password", "salt", 1, 0).isEmpty());
    QVERIFY(SecretBox::pbkdf2Sha256("password", "salt", -5, 32).isEmpty());
}

void TestSecretBox::randomBytesHaveTheAskedSizeAndDiffer()
{
    QCOMPARE(SecretBox::randomBytes(0).size(), 0);
    QCOMPARE(SecretBox::randomBytes(5).size(), 5);
    QCOMPARE(SecretBox::randomBytes(SecretBox::NonceSize).size(), SecretBox::NonceSize);
    QVERIFY(SecretBox::randomBytes(16) != SecretBox::randomBytes(16));
}

void TestSecretBox::sealThenOpenGivesThePlaintextBack_data()
{
    QTest::addColumn<QByteArray>("plaintext");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("short") << QByteArray("hunter2");
    QTest::newRow("exactly one block") << QByteArray(32, 'a');
    QTest::newRow("block plus one") << QByteArray(33, 'b');
    QTest::newRow("100 KB") << SecretBox::randomBytes(100 * 1024);
    QTest::newRow("UTF-8") << QStringLiteral("pässwörd ✓ 密码 🔑").toUtf8();
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0c", 5);
}

void TestSecretBox::sealThenOpenGivesThePlaintextBack()
{
    QFETCH(QByteArray, plaintext);

    const QByteArray box = SecretBox::seal(testKey(), plaintext);
    QCOMPARE(box.size(), SecretBox::NonceSize + plaintext.size() + 32);
    if (plaintext.size() >= 8)
        QVERIFY(!box.contains(plaintext.left(8)));
    const Result<QByteArray> opened = SecretBox::open(testKey(), box);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value(), plaintext);
}

void TestSecretBox::sealingTwiceGivesDifferentBoxes()
{
    const QByteArray first = SecretBox::seal(testKey(), "same secret");
    const QByteArray second = SecretBox::seal(testKey(), "same secret");
    QVERIFY(first != second);
    QVERIFY(first.left(SecretBox::NonceSize) != second.left(SecretBox::NonceSize));
    QVERIFY(first.mid(SecretBox::NonceSize) != second.mid(SecretBox::NonceSize));
}

void TestSecretBox::everyFlippedBitIsDetected()
{
    const QByteArray box = SecretBox::seal(testKey(), "a secret of some length");
    for (qsizetype byte = 0; byte < box.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = box;
            tampered[byte] = char(tampered.at(byte) ^ (1 << bit));
            const Result<QByteArray> opened = SecretBox::open(testKey(), tampered);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 bit %2 went unnoticed").arg(byte).arg(bit)));
            QCOMPARE(opened.error().message,
                     QStringLiteral("The master password is wrong, or the file was tampered with."));
        }
    }
}

void TestSecretBox::wrongKeyOpensNothing()
{
    const QByteArray box = SecretBox::seal(testKey(), "a secret");
    const QByteArray otherKey = SecretBox::pbkdf2Sha256("other", "salt-for-tests", 1, 64);
    const Result<QByteArray> opened = SecretBox::open(otherKey, box);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Validation);
    QVERIFY(opened.error().message.contains(QLatin1String("master password is wrong")));
}

void TestSecretBox::truncatedBoxIsRefused_data()
{
    QTest::addColumn<int>("keep");

    const int full = SecretBox::NonceSize + 8 + 32; // box of an 8-byte secret
    QTest::newRow("empty") << 0;
    QTest::newRow("nonce only") << SecretBox::NonceSize;
    QTest::newRow("shorter than nonce and tag") << SecretBox::NonceSize + 31;
    QTest::newRow("one byte short") << full - 1;
    QTest::newRow("tag cut off") << full - 32;
}

void TestSecretBox::truncatedBoxIsRefused()
{
    QFETCH(int, keep);

    const QByteArray box = SecretBox::seal(testKey(), "8 bytes!");
    QVERIFY(!SecretBox::open(testKey(), box.left(keep)).ok());
}

void TestSecretBox::keyOfWrongSizeIsRefused()
{
    const QByteArray box = SecretBox::seal(testKey(), "a secret");
    const Result<QByteArray> opened = SecretBox::open(testKey().left(32), box);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Usage);
}

// A box moved under another secret's reference (the associated data) must not open.
void TestSecretBox::boxOpensOnlyWithItsAssociatedData()
{
    const QByteArray key = SecretBox::expandKey(SecretBox::randomBytes(32));
    const QByteArray box = SecretBox::seal(key, "secret", "app@127.0.0.1:3306");
    QCOMPARE(SecretBox::open(key, box, "app@127.0.0.1:3306").value(), QByteArray("secret"));
    QVERIFY(!SecretBox::open(key, box, "app@127.0.0.2:3306").ok());
    QVERIFY(!SecretBox::open(key, box).ok());
}

void TestSecretBox::expandedKeyIsDeterministicWithIndependentHalves()
{
    const QByteArray master = SecretBox::pbkdf2Sha256("password", "salt", 1, 32);
    const QByteArray key = SecretBox::expandKey(master);
    QCOMPARE(key.size(), 64);
    QCOMPARE(SecretBox::expandKey(master), key);
    QVERIFY(key.left(32) != key.mid(32));
    QVERIFY(!key.contains(master));
    QVERIFY(SecretBox::expandKey(SecretBox::pbkdf2Sha256("passwore", "salt", 1, 32)) != key);
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "TestSecretBox.moc"
