#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>
#include <QMutex>

namespace ShardDesk {

// Secrets kept in memory for this session only ("don't save"). Thread-safe.
class MemoryCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::MemoryCredentialStore)

public:
    QString description() const override;
    Result<void> write(const QString &ref, const QString &secret) override;
    Result<QString> read(const QString &ref) override;
    Result<void> remove(const QString &ref) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace ShardDesk
