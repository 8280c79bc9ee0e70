#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ShardDesk {

// Authenticated encryption from Qt Core alone (sharddesk_core may not pull in a crypto library):
// a 32-byte master key = PBKDF2-HMAC-SHA256(passphrase, salt, iterations) is expanded with HMAC into a
// cipher key and a MAC key (one PBKDF2 block: a defender pays no more than an attacker does per guess);
// the cipher is HMAC-SHA256 in counter mode (a PRF keystream) with encrypt-then-MAC by HMAC-SHA256 over
// the associated data, the nonce and the ciphertext. A wrong passphrase, a tampered box or a box moved
// to other associated data (another secret's reference) fails authentication and decrypts nothing.
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

    // The 64-byte sealing key (cipher key, then MAC key) from a 32-byte master key.
    static QByteArray expandKey(const QByteArray &masterKey);

    // key must be 64 bytes (32 for the cipher, 32 for the MAC), e.g. from expandKey. associatedData is
    // authenticated, not stored: open() must be given the same.
    static QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData = {});
    static Result<QByteArray> open(const QByteArray &key, const QByteArray &box, const QByteArray &associatedData = {});
};

} // namespace ShardDesk
