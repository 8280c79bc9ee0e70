#pragma once

#include "Result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace ShardDesk {

class CredentialStore;

// Where this session keeps passwords, chosen on first need: the OS keychain when a real canary
// write/read/delete succeeds (probed on a worker thread, 5 s limit), else what the user picks in
// CredentialFallbackDialog. Every store call runs on a worker thread; secrets never reach a log.
class CredentialSession : public QObject
{
    Q_OBJECT

public:
    using Probe = std::function<Result<void>()>;

    explicit CredentialSession(QWidget *window);
    ~CredentialSession() override;

    // Tests replace the keychain probe and the encrypted file's path.
    void setProbe(Probe probe) { m_probe = std::move(probe); }
    void setEncryptedFilePath(const QString &path) { m_filePath = path; }

    // Where passwords go now ("OS keychain", "encrypted file …"), or empty before the first need.
    QString description() const;
    // Writes secret under each of refs, choosing the store first if needed; answers with one stored() or
    // failed() (at the first write that fails; those before it are kept).
    void storePassword(const QStringList &refs, const QString &secret);
    // Runs then once a store is chosen (at once when it already is); on failure emits failed() instead.
    // Calls made while the store is being chosen wait for that one choice: the user is asked once.
    void withStore(std::function<void()> then);
    std::shared_ptr<CredentialStore> store() const { return m_store; }
    // Uses store from now on without asking (tests, or a store the user chose elsewhere).
    void useStore(std::shared_ptr<CredentialStore> store) { m_store = std::move(store); }

signals:
    void stored(const QStringList &refs);
    void failed(const QString &message);

private:
    void askFallback(const QString &keychainError);
    // Runs what waited for the store (chosen now), or drops it with one failed() (no store was chosen).
    void runWaiting();
    void dropWaiting(const QString &why);

    QWidget *m_window;
    Probe m_probe;
    QString m_filePath;
    std::shared_ptr<CredentialStore> m_store;
    QList<std::function<void()>> m_waiting; // non-empty while the store is being chosen
};

} // namespace ShardDesk
