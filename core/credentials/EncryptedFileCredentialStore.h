#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>
#include <QMutex>

#include <functional>

namespace ShardDesk {

// Secrets in a file, each sealed with SecretBox under a key derived from a master password (the
// fallback where no OS keychain service runs). The master password is asked once per session; the
// derived key stays in memory, the password itself is not kept. The file is written atomically
// (QSaveFile) with owner-only permissions, each change under a lock file on top of the file's current
// content, so several processes can share it.
class EncryptedFileCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::EncryptedFileCredentialStore)

public:
    // Opens path, or creates it when absent. Fails with a clear message when the master password does
    // not unlock an existing file.
    static Result<std::unique_ptr<EncryptedFileCredentialStore>> open(const QString &path,
                                                                      const QString &masterPassword);
    static QString defaultPath();

    QString description() const override;
    Result<void> write(const QString &ref, const QString &secret) override;
    Result<QString> read(const QString &ref) override;
    Result<void> remove(const QString &ref) override;

private:
    EncryptedFileCredentialStore(QString path, QByteArray salt, int iterations, QByteArray key);
    Result<void> modify(const std::function<void(QHash<QString, QByteArray> &)> &change);
    Result<void> reloadLocked();
    Result<void> save();

    QString m_path;
    QByteArray m_salt;
    int m_iterations;
    QByteArray m_key;
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_boxes; // ref -> sealed secret
};

} // namespace ShardDesk
