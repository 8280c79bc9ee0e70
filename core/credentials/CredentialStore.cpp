#include "CredentialStore.h"

namespace ShardDesk {

CredentialStore::~CredentialStore() = default;

QString CredentialStore::referenceFor(const QString &user, const QString &serverKey)
{
    return user + QLatin1Char('@') + serverKey;
}

} // namespace ShardDesk
