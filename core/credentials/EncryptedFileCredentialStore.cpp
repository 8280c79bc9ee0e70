#include "EncryptedFileCredentialStore.h"

#include "credentials/SecretBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

namespace ShardDesk {

namespace {

const QLatin1String FormatName("sharddesk-secrets");
constexpr int FormatVersion = 1;
const QLatin1String KdfAlgorithm("pbkdf2-sha256");
constexpr int MasterKeyLength = 32; // one PBKDF2-SHA256 block, expanded by SecretBox::expandKey
// A file may not make us spin for minutes: 50x the default is far beyond any sane setting.
constexpr int MaxIterations = 50 * SecretBox::DefaultIterations;

QByteArray checkPlaintext()
{
    return QByteArrayLiteral("sharddesk");
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the file holds, before the master password has been tried on it.
struct SecretsFile
{
    QByteArray salt;
    int iterations = 0;
    QByteArray check;
    QHash<QString, QByteArray> boxes;
};

bool decodeBase64(const QJsonValue &value, QByteArray &out)
{
    if (!value.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = std::move(*decoded);
    return true;
}

Error damaged(const QString &path, const QString &detail)
{
    return makeError(EncryptedFileCredentialStore::tr("The secrets file %1 is damaged and cannot be read (%2).")
                         .arg(nativePath(path), detail));
}

bool parseKdf(const QJsonObject &kdf, SecretsFile &file)
{
    if (kdf.value(QLatin1String("algorithm")).toString() != KdfAlgorithm)
        return false;
    const QJsonValue iterations = kdf.value(QLatin1String("iterations"));
    const double count = iterations.toDouble(-1);
    if (!iterations.isDouble() || count < 1 || count > MaxIterations || count != int(count))
        return false;
    file.iterations = int(count);
    return decodeBase64(kdf.value(QLatin1String("salt")), file.salt) && !file.salt.isEmpty();
}

bool parseSecrets(const QJsonObject &secrets, SecretsFile &file)
{
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        QByteArray box;
        if (!decodeBase64(it.value(), box))
            return false;
        file.boxes.insert(it.key(), box);
    }
    return true;
}

Result<SecretsFile> parseSecretsFile(const QString &path, const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(path, parseError.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != FormatName)
        return damaged(path, EncryptedFileCredentialStore::tr("it is not a ShardDesk secrets file"));
    const int version = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (version > FormatVersion)
        return makeError(EncryptedFileCredentialStore::tr("The secrets file %1 was written by a newer ShardDesk "
                                                          "(format %2); this version reads format %3.")
                             .arg(nativePath(path))
                             .arg(version)
                             .arg(FormatVersion));
    SecretsFile file;
    if (version != FormatVersion || !parseKdf(root.value(QLatin1String("kdf")).toObject(), file))
        return damaged(path, EncryptedFileCredentialStore::tr("bad format version or key derivation settings"));
    if (!decodeBase64(root.value(QLatin1String("check")), file.check))
        return damaged(path, EncryptedFileCredentialStore::tr("bad password check"));
    if (!parseSecrets(root.value(QLatin1String("secrets")).toObject(), file))
        return damaged(path, EncryptedFileCredentialStore::tr("a stored secret is not valid base64"));
    return file;
}

Result<SecretsFile> readSecretsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(EncryptedFileCredentialStore::tr("Could not read the secrets file %1.").arg(nativePath(path)),
                         Error::Kind::Generic, file.errorString());
    return parseSecretsFile(path, file.readAll());
}

QByteArray deriveKey(const QString &masterPassword, const QByteArray &salt, int iterations)
{
    return SecretBox::expandKey(SecretBox::pbkdf2Sha256(masterPassword.toUtf8(), salt, iterations, MasterKeyLength));
}

} // namespace

EncryptedFileCredentialStore::EncryptedFileCredentialStore(QString path, QByteArray salt, int iterations,
                                                           QByteArray key)
    : m_path(std::move(path)), m_salt(std::move(salt)), m_iterations(iterations), m_key(std::move(key))
{ }

Result<std::unique_ptr<EncryptedFileCredentialStore>> EncryptedFileCredentialStore::open(const QString &path,
                                                                                         const QString &masterPassword)
{
    if (masterPassword.isEmpty())
        return makeError(tr("Enter a master password to unlock the secrets file."), Error::Kind::Usage);
    if (!QFileInfo::exists(path)) {
        // A new file: fresh salt, so equal master passwords on two machines give unrelated keys.
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(tr("Could not create the folder for the secrets file %1.").arg(nativePath(path)));
        QByteArray salt = SecretBox::randomBytes(SecretBox::SaltSize);
        QByteArray key = deriveKey(masterPassword, salt, SecretBox::DefaultIterations);
        std::unique_ptr<EncryptedFileCredentialStore> store(
            new EncryptedFileCredentialStore(path, std::move(salt), SecretBox::DefaultIterations, std::move(key)));
        const QMutexLocker locker(&store->m_mutex);
        if (Result<void> saved = store->save(); !saved)
            return saved.error();
        return store;
    }
    Result<SecretsFile> file = readSecretsFile(path);
    if (!file)
        return file.error();
    QByteArray key = deriveKey(masterPassword, file->salt, file->iterations);
    const Result<QByteArray> check = SecretBox::open(key, file->check, checkPlaintext());
    if (!check || check.value() != checkPlaintext())
        return makeError(
            tr("The master password is wrong, or the secrets file %1 was tampered with.").arg(nativePath(path)),
            Error::Kind::Validation);
    std::unique_ptr<EncryptedFileCredentialStore> store(
        new EncryptedFileCredentialStore(path, file->salt, file->iterations, std::move(key)));
    store->m_boxes = std::move(file->boxes);
    return store;
}

QString EncryptedFileCredentialStore::defaultPath()
{
    // Without an application name AppDataLocation would be a folder shared with every nameless program.
    if (QCoreApplication::applicationName().isEmpty()) {
        QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (base.isEmpty())
            base = QDir::homePath() + QLatin1String("/.local/share");
        return base + QLatin1String("/ShardDesk/secrets.json");
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/secrets.json");
}

QString EncryptedFileCredentialStore::description() const
{
    return tr("encrypted file %1").arg(nativePath(m_path));
}

Result<void> EncryptedFileCredentialStore::write(const QString &ref, const QString &secret)
{
    if (ref.isEmpty())
        return makeError(tr("A password needs a reference to be stored under."), Error::Kind::Usage);
    // Sealed with the reference as associated data: a box copied under another reference does not open.
    const QByteArray box = SecretBox::seal(m_key, secret.toUtf8(), ref.toUtf8());
    return modify([&](QHash<QString, QByteArray> &boxes) { boxes.insert(ref, box); });
}

Result<QString> EncryptedFileCredentialStore::read(const QString &ref)
{
    const QMutexLocker locker(&m_mutex);
    // Another process (the CLI beside the GUI) may have added it since this one read the file. A file
    // that cannot be re-read leaves what was read before: the answer is then NotFound.
    if (!m_boxes.contains(ref)) {
        const Result<void> reloaded = reloadLocked();
        Q_UNUSED(reloaded)
    }
    const auto it = m_boxes.constFind(ref);
    if (it == m_boxes.constEnd())
        return makeError(tr("No password is stored for %1 in %2.").arg(ref, nativePath(m_path)), Error::Kind::NotFound);
    const Result<QByteArray> opened = SecretBox::open(m_key, *it, ref.toUtf8());
    if (!opened)
        return makeError(
            tr("The password stored for %1 in %2 was tampered with and cannot be used.").arg(ref, nativePath(m_path)),
            Error::Kind::Validation);
    return QString::fromUtf8(opened.value());
}

Result<void> EncryptedFileCredentialStore::remove(const QString &ref)
{
    // Removing what is not there is not an error: the caller wants it gone, and it is.
    return modify([&](QHash<QString, QByteArray> &boxes) { boxes.remove(ref); });
}

// Every change is made to the file as it is now, under a lock file: two processes writing secrets at
// once both keep their changes instead of the last writer's copy winning.
Result<void> EncryptedFileCredentialStore::modify(const std::function<void(QHash<QString, QByteArray> &)> &change)
{
    const QMutexLocker locker(&m_mutex);
    QLockFile lock(m_path + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return makeError(tr("The secrets file %1 is locked by another program.").arg(nativePath(m_path)),
                         Error::Kind::Retryable);
    if (Result<void> reloaded = reloadLocked(); !reloaded)
        return reloaded;
    const QHash<QString, QByteArray> before = m_boxes; // implicitly shared: a cheap way to roll back
    change(m_boxes);
    Result<void> saved = save();
    if (!saved)
        m_boxes = before;
    return saved;
}

// Called with m_mutex held: takes the secrets of the file on disk, when it is still ours (same salt).
Result<void> EncryptedFileCredentialStore::reloadLocked()
{
    if (!QFileInfo::exists(m_path))
        return {};
    Result<SecretsFile> file = readSecretsFile(m_path);
    if (!file)
        return file.error();
    if (file->salt != m_salt || file->iterations != m_iterations)
        return makeError(tr("The secrets file %1 was replaced by another one; open it again.").arg(nativePath(m_path)));
    m_boxes = std::move(file->boxes);
    return {};
}

// Called with m_mutex held. Rewrites the whole file; QSaveFile makes the switch atomic, so a crash
// leaves the old file or the new one, never half of one.
Result<void> EncryptedFileCredentialStore::save()
{
    QJsonObject secrets;
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it)
        secrets.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QJsonObject kdf {{QLatin1String("algorithm"), KdfAlgorithm},
                           {QLatin1String("salt"), QString::fromLatin1(m_salt.toBase64())},
                           {QLatin1String("iterations"), m_iterations}};
    const QJsonObject root {
        {QLatin1String("format"), FormatName},
        {QLatin1String("formatVersion"), FormatVersion},
        {QLatin1String("kdf"), kdf},
        {QLatin1String("check"), QString::fromLatin1(SecretBox::seal(m_key, checkPlaintext(), checkPlaintext()).toBase64())},
        {QLatin1String("secrets"), secrets}};
    const QByteArray bytes = QJsonDocument(root).toJson();

    QSaveFile file(m_path);
    const auto failed = [&] {
        return makeError(tr("Could not write the secrets file %1.").arg(nativePath(m_path)), Error::Kind::Generic,
                         file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // Owner-only before the first byte goes in: QSaveFile gives a new file the umask's permissions.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(bytes) != bytes.size()) {
        Error error = failed();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace ShardDesk
