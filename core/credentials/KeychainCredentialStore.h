#pragma once

#include "credentials/CredentialStore.h"

namespace ShardDesk {

// Secrets in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store)
// through QtKeychain. QKeychain::isAvailable() says yes as soon as libsecret loads, even when no
// service runs, so availability is probed with a real write/read/delete of a canary entry.
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::KeychainCredentialStore)

public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit KeychainCredentialStore(QString service = QStringLiteral("ShardDesk"),
                                     int timeoutMs = DefaultTimeoutMs);

    // A canary write/read/delete under the timeout; the error says plainly why the keychain can't be used.
    Result<void> probe();

    QString description() const override;
    Result<void> write(const QString &ref, const QString &secret) override;
    Result<QString> read(const QString &ref) override;
    Result<void> remove(const QString &ref) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace ShardDesk
