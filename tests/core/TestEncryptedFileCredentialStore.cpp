#include "credentials/EncryptedFileCredentialStore.h"
#include "credentials/SecretBox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

using namespace ShardDesk;

namespace {

const QString MasterPassword = QStringLiteral("correct horse battery staple");
const QString UnmistakableSecret = QStringLiteral("Unmistakable-Secret-Pässwörd-42");

// ref -> secret, all stored in the shared fixture file.
const QMap<QString, QString> &fixtureSecrets()
{
    static const QMap<QString, QString> secrets {
        {QStringLiteral("app@db1:3306"), QStringLiteral("s3cret")},
        {QStringLiteral("empty@db1:3306"), QString()},
        {QStringLiteral("utf8@db1:3306"), QStringLiteral("pässwörd ✓ 密码 🔑")},
        {QStringLiteral("long@db1:3306"), QString(5000, QLatin1Char('x'))},
        {QStringLiteral("json@db1:3306"), QStringLiteral("\"},{\"secrets\":null")},
        {QStringLiteral("clear@db1:3306"), UnmistakableSecret},
    };
    return secrets;
}

QFileDevice::Permissions unixPermissions(const QString &path)
{
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEncryptedFileCredentialStore : public QObject
{
    Q_OBJECT

private:
    // Every key derivation costs 200,000 PBKDF2 iterations, so most tests share one fixture file made
    // and reopened once; tests that change a file work on their own copy in m_dir.
    QTemporaryDir m_fixtureDir;
    QString m_fixturePath;
    std::unique_ptr<EncryptedFileCredentialStore> m_fixture; // m_fixturePath, reopened
    std::unique_ptr<QTemporaryDir> m_dir;

    QString copyOfFixture();

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesTheFileAndItsFolder();
    void fileIsReadableByTheOwnerOnly();
    void writeReadRemoveRoundTrip();
    void reopenWithTheRightPasswordReadsBack_data();
    void reopenWithTheRightPasswordReadsBack();
    void wrongMasterPasswordIsRefused();
    void emptyMasterPasswordIsRefused();
    void missingReferenceIsNotFound();
    void removingAMissingReferenceSucceeds();
    void fileNeverHoldsTheSecretInClear();
    void fileFollowsTheDocumentedFormat();
    void corruptFileGivesAClearError_data();
    void corruptFileGivesAClearError();
    void tamperedSecretIsRefusedOnRead();
    void concurrentWritesAllLand();
    void twoProcessesWritingKeepEachOthersSecrets();
    void boxesSwappedBetweenReferencesDoNotOpen();
    void defaultPathIsInTheApplicationDataFolder();
};

void TestEncryptedFileCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEncryptedFileCredentialStore::cleanup()
{
    m_dir.reset();
}

void TestEncryptedFileCredentialStore::initTestCase()
{
    QVERIFY(m_fixtureDir.isValid());
    m_fixturePath = m_fixtureDir.filePath(QStringLiteral("secrets.json"));
    {
        auto store = EncryptedFileCredentialStore::open(m_fixturePath, MasterPassword);
        QVERIFY2(store.ok(), qPrintable(store.error().fullText()));
        for (auto it = fixtureSecrets().cbegin(); it != fixtureSecrets().cend(); ++it)
            QVERIFY((*store)->write(it.key(), it.value()).ok());
    }
    auto reopened = EncryptedFileCredentialStore::open(m_fixturePath, MasterPassword);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().fullText()));
    m_fixture = std::move(reopened.value());
}

QString TestEncryptedFileCredentialStore::copyOfFixture()
{
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    return QFile::copy(m_fixturePath, path) ? path : QString();
}

void TestEncryptedFileCredentialStore::openCreatesTheFileAndItsFolder()
{
    const QString path = m_dir->filePath(QStringLiteral("deeper/still/secrets.json"));
    const auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY2(store.ok(), qPrintable(store.error().fullText()));
    QVERIFY(QFile::exists(path));
    QVERIFY((*store)->description().contains(QLatin1String("secrets.json")));
}

void TestEncryptedFileCredentialStore::fileIsReadableByTheOwnerOnly()
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY2(store.ok(), qPrintable(store.error().fullText()));
    QCOMPARE(unixPermissions(path), ownerOnly);

    // A rewrite tightens permissions someone loosened, rather than keeping them as QSaveFile would.
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY((*store)->write(QStringLiteral("app@db1:3306"), QStringLiteral("s3cret")).ok());
    QCOMPARE(unixPermissions(path), ownerOnly);
}

void TestEncryptedFileCredentialStore::writeReadRemoveRoundTrip()
{
    auto store = EncryptedFileCredentialStore::open(m_dir->filePath(QStringLiteral("secrets.json")), MasterPassword);
    QVERIFY(store.ok());
    const QString ref = CredentialStore::referenceFor(QStringLiteral("app"), QStringLiteral("127.0.0.1:3306"));
    QVERIFY((*store)->write(ref, QStringLiteral("first")).ok());
    QCOMPARE((*store)->read(ref).value(), QStringLiteral("first"));
    QVERIFY((*store)->write(ref, QStringLiteral("second")).ok());
    QCOMPARE((*store)->read(ref).value(), QStringLiteral("second"));
    QVERIFY((*store)->remove(ref).ok());
    QCOMPARE((*store)->read(ref).error().kind, Error::Kind::NotFound);
}

void TestEncryptedFileCredentialStore::reopenWithTheRightPasswordReadsBack_data()
{
    QTest::addColumn<QString>("ref");

    for (auto it = fixtureSecrets().cbegin(); it != fixtureSecrets().cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestEncryptedFileCredentialStore::reopenWithTheRightPasswordReadsBack()
{
    QFETCH(QString, ref);

    const Result<QString> read = m_fixture->read(ref);
    QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
    QCOMPARE(read.value(), fixtureSecrets().value(ref));
}

void TestEncryptedFileCredentialStore::wrongMasterPasswordIsRefused()
{
    const QByteArray before = fileBytes(m_fixturePath);

    const auto reopened
        = EncryptedFileCredentialStore::open(m_fixturePath, QStringLiteral("Correct horse battery staple"));
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, Error::Kind::Validation);
    QVERIFY2(reopened.error().message.contains(QLatin1String("The master password is wrong")),
             qPrintable(reopened.error().message));
    QCOMPARE(fileBytes(m_fixturePath), before); // a failed unlock must not rewrite the file
}

void TestEncryptedFileCredentialStore::emptyMasterPasswordIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    const auto store = EncryptedFileCredentialStore::open(path, QString());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().kind, Error::Kind::Usage);
    QVERIFY(!QFile::exists(path));
}

void TestEncryptedFileCredentialStore::missingReferenceIsNotFound()
{
    const Result<QString> read = m_fixture->read(QStringLiteral("nobody@db9:3306"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::NotFound);
    QVERIFY(read.error().message.contains(QLatin1String("nobody@db9:3306")));
}

void TestEncryptedFileCredentialStore::removingAMissingReferenceSucceeds()
{
    auto store = EncryptedFileCredentialStore::open(m_dir->filePath(QStringLiteral("secrets.json")), MasterPassword);
    QVERIFY(store.ok());
    QVERIFY((*store)->remove(QStringLiteral("nobody@db9:3306")).ok());
}

void TestEncryptedFileCredentialStore::fileNeverHoldsTheSecretInClear()
{
    const QByteArray bytes = fileBytes(m_fixturePath);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(UnmistakableSecret.toUtf8()));
    QVERIFY(!bytes.contains(QByteArrayLiteral("Unmistakable")));
    QVERIFY(!bytes.contains(UnmistakableSecret.toUtf8().toBase64().left(16)));
    QVERIFY(!bytes.contains(QByteArrayLiteral("xxxxxxxx")));
    QVERIFY(!bytes.contains(MasterPassword.toUtf8()));
    QVERIFY(!bytes.contains(QByteArrayLiteral("correct horse")));
}

void TestEncryptedFileCredentialStore::fileFollowsTheDocumentedFormat()
{
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(m_fixturePath)).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("sharddesk-secrets"));
    QCOMPARE(root.value(QLatin1String("formatVersion")).toInt(), 1);
    const QJsonObject kdf = root.value(QLatin1String("kdf")).toObject();
    QCOMPARE(kdf.value(QLatin1String("algorithm")).toString(), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(kdf.value(QLatin1String("iterations")).toInt(), SecretBox::DefaultIterations);
    QCOMPARE(QByteArray::fromBase64(kdf.value(QLatin1String("salt")).toString().toLatin1()).size(),
             SecretBox::SaltSize);
    QVERIFY(!root.value(QLatin1String("check")).toString().isEmpty());
    QCOMPARE(root.value(QLatin1String("secrets")).toObject().keys(), fixtureSecrets().keys());
}

void TestEncryptedFileCredentialStore::corruptFileGivesAClearError_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");

    const QByteArray valid
        = R"({"format":"sharddesk-secrets","formatVersion":1,)"
          R"("kdf":{"algorithm":"pbkdf2-sha256","salt":"c2FsdHNhbHRzYWx0c2FsdA==","iterations":1000},)"
          R"("check":"AAAA","secrets":{}})";
    const auto edited = [&valid](const char *from, const char *to) {
        return QByteArray(valid).replace(from, to);
    };
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("damaged");
    QTest::newRow("not JSON") << QByteArray("\x89PNG\r\n garbage") << QStringLiteral("damaged");
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("damaged");
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << QStringLiteral("not a ShardDesk secrets file");
    QTest::newRow("other format") << edited("sharddesk-secrets", "keepass") << QStringLiteral("not a ShardDesk");
    QTest::newRow("newer format") << edited("\"formatVersion\":1", "\"formatVersion\":2")
                                  << QStringLiteral("newer ShardDesk");
    QTest::newRow("unknown KDF") << edited("pbkdf2-sha256", "md5") << QStringLiteral("damaged");
    QTest::newRow("absurd iterations") << edited("1000}", "2000000000}") << QStringLiteral("damaged");
    QTest::newRow("zero iterations") << edited("1000}", "0}") << QStringLiteral("damaged");
    QTest::newRow("salt not base64") << edited("c2FsdHNhbHRzYWx0c2FsdA==", "!!") << QStringLiteral("damaged");
    QTest::newRow("secret not base64") << edited("\"secrets\":{}", "\"secrets\":{\"a\":\"!!\"}")
                                       << QStringLiteral("damaged");
    QTest::newRow("check too short") << valid << QStringLiteral("master password is wrong");
}

void TestEncryptedFileCredentialStore::corruptFileGivesAClearError()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);

    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    QVERIFY(writeBytes(path, contents));
    const auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY(!store.ok());
    QVERIFY(store.error().kind != Error::Kind::NotFound);
    QVERIFY2(store.error().message.contains(expected), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(QLatin1String("secrets.json")), qPrintable(store.error().message));
    QCOMPARE(fileBytes(path), contents); // left as found, for the user to inspect
}

void TestEncryptedFileCredentialStore::tamperedSecretIsRefusedOnRead()
{
    const QString path = copyOfFixture();
    QVERIFY(!path.isEmpty());
    QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    QJsonObject secrets = root.value(QLatin1String("secrets")).toObject();
    QByteArray box = QByteArray::fromBase64(secrets.value(QLatin1String("app@db1:3306")).toString().toLatin1());
    box[SecretBox::NonceSize] = char(box.at(SecretBox::NonceSize) ^ 0x01);
    secrets.insert(QLatin1String("app@db1:3306"), QString::fromLatin1(box.toBase64()));
    root.insert(QLatin1String("secrets"), secrets);
    QVERIFY(writeBytes(path, QJsonDocument(root).toJson()));

    const auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY2(store.ok(), qPrintable(store.error().fullText()));
    const Result<QString> read = (*store)->read(QStringLiteral("app@db1:3306"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Validation);
    QVERIFY2(read.error().message.contains(QLatin1String("tampered")), qPrintable(read.error().message));
}

// Two store objects on one file stand for two processes (the GUI and the CLI): each write is made to the
// file as it is, so neither loses the other's secret.
void TestEncryptedFileCredentialStore::twoProcessesWritingKeepEachOthersSecrets()
{
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    auto gui = EncryptedFileCredentialStore::open(path, MasterPassword);
    auto cli = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY(gui.ok() && cli.ok());
    QVERIFY((*gui)->write(QStringLiteral("a@h:1"), QStringLiteral("from-gui")).ok());
    QVERIFY((*cli)->write(QStringLiteral("b@h:1"), QStringLiteral("from-cli")).ok());
    QCOMPARE((*gui)->read(QStringLiteral("b@h:1")).value(), QStringLiteral("from-cli"));
    auto third = EncryptedFileCredentialStore::open(path, MasterPassword);
    QCOMPARE((*third)->read(QStringLiteral("a@h:1")).value(), QStringLiteral("from-gui"));
    QCOMPARE((*third)->read(QStringLiteral("b@h:1")).value(), QStringLiteral("from-cli"));
}

// Swapping two entries in the file would make ShardDesk send one server's password to another.
void TestEncryptedFileCredentialStore::boxesSwappedBetweenReferencesDoNotOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    {
        auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
        QVERIFY((*store)->write(QStringLiteral("app@a:3306"), QStringLiteral("password-of-a")).ok());
        QVERIFY((*store)->write(QStringLiteral("app@b:3306"), QStringLiteral("password-of-b")).ok());
    }
    QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    QJsonObject secrets = root.value(QLatin1String("secrets")).toObject();
    const QJsonValue a = secrets.value(QLatin1String("app@a:3306"));
    secrets.insert(QLatin1String("app@a:3306"), secrets.value(QLatin1String("app@b:3306")));
    secrets.insert(QLatin1String("app@b:3306"), a);
    root.insert(QLatin1String("secrets"), secrets);
    QVERIFY(writeBytes(path, QJsonDocument(root).toJson()));
    auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY(store.ok());
    QVERIFY(!(*store)->read(QStringLiteral("app@a:3306")).ok());
    QVERIFY(!(*store)->read(QStringLiteral("app@b:3306")).ok());
}

void TestEncryptedFileCredentialStore::concurrentWritesAllLand()
{
    const QString path = m_dir->filePath(QStringLiteral("secrets.json"));
    auto store = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY(store.ok());
    EncryptedFileCredentialStore *shared = store->get();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([shared, t] {
            for (int i = 0; i < 10; ++i)
                (void)shared->write(QStringLiteral("u%1@db%2:3306").arg(t).arg(i),
                                    QStringLiteral("p%1-%2").arg(t).arg(i));
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));

    const auto reopened = EncryptedFileCredentialStore::open(path, MasterPassword);
    QVERIFY(reopened.ok());
    for (int t = 0; t < 4; ++t) {
        for (int i = 0; i < 10; ++i)
            QCOMPARE((*reopened)->read(QStringLiteral("u%1@db%2:3306").arg(t).arg(i)).value(),
                     QStringLiteral("p%1-%2").arg(t).arg(i));
    }
}

void TestEncryptedFileCredentialStore::defaultPathIsInTheApplicationDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString previousName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("ShardDeskTest"));
    const QString path = EncryptedFileCredentialStore::defaultPath();
    QCoreApplication::setApplicationName(previousName);
    QStandardPaths::setTestModeEnabled(false);

    QVERIFY2(path.endsWith(QLatin1String("/ShardDeskTest/secrets.json")), qPrintable(path));
    QVERIFY(QDir::isAbsolutePath(path));
}

QTEST_GUILESS_MAIN(TestEncryptedFileCredentialStore)
#include "TestEncryptedFileCredentialStore.moc"
