#include "KeychainCredentialStore.h"

#include "credentials/SecretBox.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>

namespace ShardDesk {

namespace {

// Every QtKeychain job of the process runs on this one thread, whichever thread asked. QtKeychain
// queues jobs in an unsynchronised singleton that lives in the thread which started the first job and
// learns that a job finished through a signal to that thread. With jobs started from worker threads
// that come and go (or from a thread blocked waiting), that signal is never delivered and every later
// job waits forever: seen with QtKeychain 0.13.2, where the third call from a fresh thread never ran.
struct KeychainThread
{
    QMutex mutex;
    std::unique_ptr<QThread> thread;
    std::unique_ptr<QObject> context; // lives in thread; work is queued to it
};

KeychainThread &keychainThread()
{
    // Never destroyed: should the application skip its post routines, a running QThread destroyed
    // during static destruction would abort the process.
    static KeychainThread *instance = new KeychainThread;
    return *instance;
}

// Runs as a QCoreApplication post routine: the thread must stop before the application goes away.
void stopKeychainThread()
{
    KeychainThread &kt = keychainThread();
    const QMutexLocker locker(&kt.mutex);
    if (!kt.thread)
        return;
    kt.thread->quit();
    if (kt.thread->wait(2000)) {
        kt.context.reset();
        kt.thread.reset();
    } else {
        // Destroying a running QThread aborts the process; leaking it at exit is the lesser evil.
        (void)kt.context.release();
        (void)kt.thread.release();
    }
}

// Queues work to the keychain thread, starting it on first use. False without a QCoreApplication:
// QtKeychain needs an event loop to run at all. The lock spans the post, so the thread can't be
// stopped between looking it up and using it.
bool postToKeychainThread(std::function<void()> work)
{
    KeychainThread &kt = keychainThread();
    const QMutexLocker locker(&kt.mutex);
    if (!QCoreApplication::instance())
        return false;
    if (!kt.thread) {
        kt.thread = std::make_unique<QThread>();
        kt.thread->setObjectName(QStringLiteral("ShardDesk keychain"));
        kt.context = std::make_unique<QObject>();
        kt.context->moveToThread(kt.thread.get());
        kt.thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    QMetaObject::invokeMethod(kt.context.get(), std::move(work), Qt::QueuedConnection);
    return true;
}

// What a finished job reported.
struct JobResult
{
    QKeychain::Error code = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Shared between the keychain thread and a caller who may already have given up waiting.
struct JobState
{
    QSemaphore finished;
    JobResult result;
};

using JobFactory = std::function<std::unique_ptr<QKeychain::Job>()>;

// On the keychain thread. The job deletes itself once it has finished (autoDelete), also after the
// caller gave up waiting: backends call back into a running job by raw pointer (libsecret) or wait on
// D-Bus for days (KWallet), so deleting it at the caller's timeout could crash later.
void startJob(const JobFactory &makeJob, const std::shared_ptr<JobState> &state)
{
    QKeychain::Job *job = makeJob().release();
    // Never let QtKeychain fall back to a plain-text QSettings file without telling anyone.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [state](QKeychain::Job *done) {
        state->result.code = done->error();
        state->result.errorString = done->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            state->result.text = read->textData();
        state->finished.release();
    });
    job->start();
}

// Whole seconds for messages, rounded up so "within 0 seconds" never appears.
int secondsFor(int timeoutMs)
{
    return int(qMax<qint64>(1, (qint64(timeoutMs) + 999) / 1000));
}

// Runs a job on the keychain thread and waits up to timeoutMs for it (0: start it and don't wait). An
// Error only when the job could not run or did not finish in time; the job's own outcome is the value.
Result<JobResult> runJob(const JobFactory &makeJob, int timeoutMs)
{
    auto state = std::make_shared<JobState>();
    if (!postToKeychainThread([makeJob, state] { startJob(makeJob, state); }))
        return makeError(KeychainCredentialStore::tr("The OS keychain can only be used while the application runs."),
                         Error::Kind::Usage);
    if (!state->finished.tryAcquire(1, qMax(0, timeoutMs))) {
        return makeError(KeychainCredentialStore::tr("The OS keychain did not answer within %n second(s).", "",
                                                     secondsFor(timeoutMs)),
                         Error::Kind::Timeout);
    }
    return state->result;
}

JobFactory writeJob(const QString &service, const QString &ref, const QString &secret)
{
    return [service, ref, secret] {
        auto job = std::make_unique<QKeychain::WritePasswordJob>(service);
        job->setKey(ref);
        job->setTextData(secret);
        return std::unique_ptr<QKeychain::Job>(std::move(job));
    };
}

JobFactory readJob(const QString &service, const QString &ref)
{
    return [service, ref] {
        auto job = std::make_unique<QKeychain::ReadPasswordJob>(service);
        job->setKey(ref);
        return std::unique_ptr<QKeychain::Job>(std::move(job));
    };
}

JobFactory deleteJob(const QString &service, const QString &ref)
{
    return [service, ref] {
        auto job = std::make_unique<QKeychain::DeletePasswordJob>(service);
        job->setKey(ref);
        return std::unique_ptr<QKeychain::Job>(std::move(job));
    };
}

// The backend's words for a failure; some backends give none.
QString reasonOf(const JobResult &result)
{
    return result.errorString.isEmpty() ? KeychainCredentialStore::tr("error code %1").arg(int(result.code))
                                        : result.errorString;
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(qMax<qint64>(0, deadline.remainingTime()));
}

// Why the keychain can't be used, or empty when a canary went in, came back intact and went away.
QString canaryProblem(const QString &service, int timeoutMs)
{
    const QString ref = QStringLiteral("sharddesk-probe-") + QString::fromLatin1(SecretBox::randomBytes(8).toHex());
    const QString canary = QString::fromLatin1(SecretBox::randomBytes(16).toHex());
    const QString noAnswer = KeychainCredentialStore::tr("no answer within %n second(s)", "", secondsFor(timeoutMs));
    const QDeadlineTimer deadline(timeoutMs);

    const Result<JobResult> written = runJob(writeJob(service, ref, canary), remainingMs(deadline));
    if (!written) {
        // The write may still land once the keychain wakes up: queue the clean-up behind it.
        (void)runJob(deleteJob(service, ref), 0);
        return written.error().kind == Error::Kind::Timeout ? noAnswer : written.error().message;
    }
    if (written->code != QKeychain::NoError)
        return KeychainCredentialStore::tr("a test entry could not be stored: %1").arg(reasonOf(*written));

    QString problem;
    const Result<JobResult> readBack = runJob(readJob(service, ref), remainingMs(deadline));
    if (!readBack)
        problem = noAnswer;
    else if (readBack->code != QKeychain::NoError)
        problem = KeychainCredentialStore::tr("a test entry could not be read back: %1").arg(reasonOf(*readBack));
    else if (readBack->text != canary)
        problem = KeychainCredentialStore::tr("a test entry read back differently from what was stored");

    // Clean up in any case; wait for it only while everything else worked.
    const Result<JobResult> removed = runJob(deleteJob(service, ref), problem.isEmpty() ? remainingMs(deadline) : 0);
    if (problem.isEmpty() && !removed)
        problem = noAnswer;
    else if (problem.isEmpty() && removed->code != QKeychain::NoError)
        problem = KeychainCredentialStore::tr("a test entry could not be removed: %1").arg(reasonOf(*removed));
    return problem;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(qMax(1, timeoutMs))
{ }

Result<void> KeychainCredentialStore::probe()
{
    const QString problem = canaryProblem(m_service, m_timeoutMs);
    if (problem.isEmpty())
        return {};
    return makeError(tr("The OS keychain is not usable here (%1). Passwords can be kept in an encrypted file "
                        "unlocked by a master password, or for this session only.")
                         .arg(problem),
                     Error::Kind::Unreachable);
}

QString KeychainCredentialStore::description() const
{
    return tr("OS keychain");
}

Result<void> KeychainCredentialStore::write(const QString &ref, const QString &secret)
{
    if (ref.isEmpty())
        return makeError(tr("A password needs a reference to be stored under."), Error::Kind::Usage);
    const Result<JobResult> done = runJob(writeJob(m_service, ref, secret), m_timeoutMs);
    if (!done)
        return done.error();
    if (done->code != QKeychain::NoError)
        return makeError(tr("Could not store the password for %1 in the OS keychain (%2).").arg(ref, reasonOf(*done)));
    return {};
}

Result<QString> KeychainCredentialStore::read(const QString &ref)
{
    const Result<JobResult> done = runJob(readJob(m_service, ref), m_timeoutMs);
    if (!done)
        return done.error();
    if (done->code == QKeychain::EntryNotFound)
        return makeError(tr("The OS keychain holds no password for %1.").arg(ref), Error::Kind::NotFound);
    if (done->code != QKeychain::NoError)
        return makeError(tr("Could not read the password for %1 from the OS keychain (%2).").arg(ref, reasonOf(*done)));
    return done->text;
}

Result<void> KeychainCredentialStore::remove(const QString &ref)
{
    const Result<JobResult> done = runJob(deleteJob(m_service, ref), m_timeoutMs);
    if (!done)
        return done.error();
    // Removing what is not there is not an error: the caller wants it gone, and it is.
    if (done->code != QKeychain::NoError && done->code != QKeychain::EntryNotFound)
        return makeError(
            tr("Could not remove the password for %1 from the OS keychain (%2).").arg(ref, reasonOf(*done)));
    return {};
}

} // namespace ShardDesk
