#include "SecretBox.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <cstring>
#include <vector>

namespace ShardDesk {

namespace {

constexpr int KeySize = 64;
constexpr int HalfKeySize = KeySize / 2; // cipher key, then MAC key
constexpr int BlockSize = 32; // one HMAC-SHA256 output
constexpr int TagSize = 32;

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

// target ^= other over the first `length` bytes; raw pointers because this runs 400,000 times per key.
void xorInto(char *target, const char *other, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i)
        target[i] = char(target[i] ^ other[i]);
}

// One block T_i of RFC 8018 PBKDF2. prf already holds the passphrase as its key: setting the key once
// and only resetting the message keeps 200,000 iterations well under a second.
QByteArray pbkdf2Block(QMessageAuthenticationCode &prf, const QByteArray &salt, int iterations, quint32 index)
{
    prf.reset();
    prf.addData(salt);
    prf.addData(bigEndian32(index));
    QByteArray u = prf.result();
    QByteArray block = u;
    for (int i = 1; i < iterations; ++i) {
        prf.reset();
        prf.addData(u);
        u = prf.result();
        xorInto(block.data(), u.constData(), BlockSize);
    }
    return block;
}

// HMAC-SHA256 in counter mode: keystream block i = HMAC(encKey, nonce || be32(i)). XOR is its own
// inverse, so this both encrypts and decrypts.
QByteArray applyKeystream(const QByteArray &encKey, const QByteArray &nonce, const QByteArray &data)
{
    QMessageAuthenticationCode prf(QCryptographicHash::Sha256, encKey);
    QByteArray out = data;
    out.detach();
    quint32 counter = 0;
    for (qsizetype offset = 0; offset < out.size(); offset += BlockSize, ++counter) {
        prf.reset();
        prf.addData(nonce);
        prf.addData(bigEndian32(counter));
        const QByteArray stream = prf.result();
        xorInto(out.data() + offset, stream.constData(), qMin<qsizetype>(BlockSize, out.size() - offset));
    }
    return out;
}

// The domain prefix ties the tag to this box format, so a tag made for anything else never verifies; the
// length-prefixed associated data ties it to what the box is for.
QByteArray tagFor(const QByteArray &macKey, const QByteArray &associatedData, const QByteArray &nonce,
                  const QByteArray &ciphertext)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, macKey);
    mac.addData(QByteArrayLiteral("SDBOX2"));
    mac.addData(bigEndian32(quint32(associatedData.size())));
    mac.addData(associatedData);
    mac.addData(nonce);
    mac.addData(ciphertext);
    return mac.result();
}

// Looks at every byte whatever the first difference, so the time taken says nothing about the tag.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QByteArray SecretBox::randomBytes(int size)
{
    if (size <= 0)
        return {};
    std::vector<quint32> words((size_t(size) + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(size, Qt::Uninitialized);
    std::memcpy(bytes.data(), words.data(), size_t(size));
    return bytes;
}

QByteArray SecretBox::pbkdf2Sha256(const QByteArray &passphrase, const QByteArray &salt, int iterations, int keyLength)
{
    if (iterations < 1 || keyLength < 1)
        return {};
    QMessageAuthenticationCode prf(QCryptographicHash::Sha256, passphrase);
    QByteArray derived;
    derived.reserve(keyLength + BlockSize);
    for (quint32 index = 1; derived.size() < keyLength; ++index)
        derived += pbkdf2Block(prf, salt, iterations, index);
    derived.truncate(keyLength);
    return derived;
}

QByteArray SecretBox::expandKey(const QByteArray &masterKey)
{
    return QMessageAuthenticationCode::hash(QByteArrayLiteral("sharddesk/secretbox/cipher"), masterKey,
                                            QCryptographicHash::Sha256)
        + QMessageAuthenticationCode::hash(QByteArrayLiteral("sharddesk/secretbox/mac"), masterKey,
                                           QCryptographicHash::Sha256);
}

QByteArray SecretBox::seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    // No Result here to keep sealing a one-liner; a wrong key size is a programming error, and the
    // empty box it yields can never be opened.
    Q_ASSERT(key.size() == KeySize);
    if (key.size() != KeySize)
        return {};
    const QByteArray nonce = randomBytes(NonceSize);
    const QByteArray ciphertext = applyKeystream(key.left(HalfKeySize), nonce, plaintext);
    return nonce + ciphertext + tagFor(key.mid(HalfKeySize), associatedData, nonce, ciphertext);
}

Result<QByteArray> SecretBox::open(const QByteArray &key, const QByteArray &box, const QByteArray &associatedData)
{
    if (key.size() != KeySize)
        return makeError(tr("A key for sealed secrets must be %n byte(s) long.", "", KeySize), Error::Kind::Usage);
    if (box.size() < NonceSize + TagSize)
        return makeError(tr("The sealed secret is too short: it is damaged or was cut off."), Error::Kind::Validation);
    const QByteArray nonce = box.left(NonceSize);
    const QByteArray ciphertext = box.mid(NonceSize, box.size() - NonceSize - TagSize);
    // Authenticate before decrypting anything: a wrong key or a changed byte yields no plaintext at all.
    if (!equalInConstantTime(box.right(TagSize), tagFor(key.mid(HalfKeySize), associatedData, nonce, ciphertext)))
        return makeError(tr("The master password is wrong, or the file was tampered with."), Error::Kind::Validation);
    return applyKeystream(key.left(HalfKeySize), nonce, ciphertext);
}

} // namespace ShardDesk
