#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ShardDesk {

// Authenticated encryption from Qt Core alone (sharddesk_core may not pull in a crypto library):
// key = PBKDF2-HMAC-SHA256(passphrase, salt, iterations); the cipher is HMAC-SHA256 in counter mode
// (a PRF keystream) with encrypt-then-MAC by HMAC-SHA256 under a separate derived key. A wrong
// passphrase or a tampered box fails authentication and decrypts nothing.
class SecretBox
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::SecretBox)

public:
    static constexpr int DefaultIterations = 200000;
    static constexpr int SaltSize = 16;
    static constexpr int NonceSize = 16;

    static QByteArray randomBytes(int size);
    static QByteArray pbkdf2Sha256(const QByteArray &passphrase, const QByteArray &salt, int iterations,
                                   int keyLength);

    // key must be 64 bytes (32 for the cipher, 32 for the MAC), e.g. from pbkdf2Sha256.
    static QByteArray seal(const QByteArray &key, const QByteArray &plaintext);
    static Result<QByteArray> open(const QByteArray &key, const QByteArray &box);
};

} // namespace ShardDesk
