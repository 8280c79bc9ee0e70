#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ShardDesk {

// Where passwords live: the OS keychain, an encrypted file unlocked by a master password, or memory for
// this session only. The config store holds only the reference (a key into this store), never the
// secret. Calls block and may take seconds (a keychain over D-Bus): call them from worker threads.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::CredentialStore)

public:
    virtual ~CredentialStore();

    // Shown to the user: "OS keychain", "encrypted file …", "this session only".
    virtual QString description() const = 0;
    virtual Result<void> write(const QString &ref, const QString &secret) = 0;
    // Error::Kind::NotFound when there is no secret under ref.
    virtual Result<QString> read(const QString &ref) = 0;
    virtual Result<void> remove(const QString &ref) = 0;

    // The reference for a login on a server: "user@host:port" with the canonical host, so two spellings
    // of one server share one secret.
    static QString referenceFor(const QString &user, const QString &serverKey);
};

} // namespace ShardDesk
