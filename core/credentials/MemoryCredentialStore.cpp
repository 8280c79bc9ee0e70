#include "MemoryCredentialStore.h"

#include <QMutexLocker>

namespace ShardDesk {

QString MemoryCredentialStore::description() const
{
    return tr("this session only");
}

Result<void> MemoryCredentialStore::write(const QString &ref, const QString &secret)
{
    if (ref.isEmpty())
        return makeError(tr("A password needs a reference to be stored under."), Error::Kind::Usage);
    const QMutexLocker locker(&m_mutex);
    m_secrets.insert(ref, secret);
    return {};
}

Result<QString> MemoryCredentialStore::read(const QString &ref)
{
    const QMutexLocker locker(&m_mutex);
    const auto it = m_secrets.constFind(ref);
    if (it == m_secrets.constEnd())
        return makeError(tr("No password is kept for %1 in this session.").arg(ref), Error::Kind::NotFound);
    return *it;
}

Result<void> MemoryCredentialStore::remove(const QString &ref)
{
    // Removing what is not there is not an error: the caller wants it gone, and it is.
    const QMutexLocker locker(&m_mutex);
    m_secrets.remove(ref);
    return {};
}

} // namespace ShardDesk
