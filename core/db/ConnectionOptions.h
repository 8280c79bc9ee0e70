#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace ShardDesk {

struct Shard;

// How to log in to a server. The password lives only in memory, for as long as the options do.
struct ConnectionOptions
{
    QString user;
    QString password;
    int connectTimeoutSec = 3;
    int readTimeoutSec = 3;
    int writeTimeoutSec = 3;
    bool requireTls = false; // verified after connecting (Ssl_cipher not empty), or the connection is refused
    // PEM files for TLS. A CA file makes the client ask for TLS; with requireTls a server that does not
    // negotiate it is refused. Qt 6.4's QMYSQL rejects MYSQL_OPT_SSL_VERIFY_SERVER_CERT, so the server's
    // host name is not checked against its certificate: TLS here protects against eavesdropping.
    QString tlsCaFile;
    QString tlsCertFile;
    QString tlsKeyFile;

    bool usesTls() const { return requireTls || !tlsCaFile.isEmpty() || !tlsCertFile.isEmpty(); }
};

// Supplies the options (credentials included) for a shard, e.g. from the credential store.
using ConnectionOptionsProvider = std::function<Result<ConnectionOptions>(const Shard &)>;

} // namespace ShardDesk
