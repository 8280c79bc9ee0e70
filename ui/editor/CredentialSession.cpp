#include "CredentialSession.h"

#include "CredentialFallbackDialog.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent>

#include <utility>

namespace ShardDesk {

namespace {

// Runs work on a worker thread and hands its result to done on the GUI thread, unless context is gone.
template<typename T, typename Work, typename Done>
void runThen(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

CredentialSession::CredentialSession(QWidget *window)
    : QObject(window), m_window(window), m_probe([] { return KeychainCredentialStore().probe(); }),
      m_filePath(EncryptedFileCredentialStore::defaultPath())
{
}

CredentialSession::~CredentialSession() = default;

QString CredentialSession::description() const
{
    return m_store ? m_store->description() : QString();
}

void CredentialSession::storePassword(const QStringList &refs, const QString &secret)
{
    withStore([this, refs, secret] {
        std::shared_ptr<CredentialStore> store = m_store;
        // One after another on one worker: two writes of one login never race, and the last one asked wins.
        runThen<Result<void>>(
            this,
            [store, refs, secret]() -> Result<void> {
                for (const QString &ref : refs) {
                    if (auto written = store->write(ref, secret); !written)
                        return written;
                }
                return {};
            },
            [this, refs](const Result<void> &written) {
                if (written)
                    emit stored(refs);
                else
                    emit failed(written.error().fullText());
            });
    });
}

void CredentialSession::withStore(std::function<void()> then)
{
    if (m_store) {
        then();
        return;
    }
    m_waiting.append(std::move(then));
    if (m_waiting.size() > 1)
        return; // the store is being chosen already
    runThen<Result<void>>(this, m_probe, [this](const Result<void> &probed) {
        if (probed) {
            m_store = std::make_shared<KeychainCredentialStore>();
            runWaiting();
        } else {
            askFallback(probed.error().fullText());
        }
    });
}

void CredentialSession::runWaiting()
{
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const std::function<void()> &then : waiting)
        then();
}

void CredentialSession::dropWaiting(const QString &why)
{
    m_waiting.clear();
    emit failed(why);
}

void CredentialSession::askFallback(const QString &keychainError)
{
    auto *dialog = new CredentialFallbackDialog(keychainError, m_filePath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] { dropWaiting(tr("No place was chosen for the password.")); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->useEncryptedFile()) {
            m_store = std::make_shared<MemoryCredentialStore>();
            runWaiting();
            return;
        }
        // Deriving the key is deliberately slow: off the GUI thread.
        const QString path = m_filePath;
        const QString master = dialog->masterPassword();
        using Opened = Result<std::shared_ptr<CredentialStore>>;
        runThen<Opened>(
            this,
            [path, master]() -> Opened {
                auto opened = EncryptedFileCredentialStore::open(path, master);
                if (!opened)
                    return opened.error();
                return std::shared_ptr<CredentialStore>(std::move(opened).value());
            },
            [this](const Opened &opened) {
                if (!opened) {
                    dropWaiting(opened.error().fullText());
                    return;
                }
                m_store = opened.value();
                runWaiting();
            });
    });
    dialog->open();
}

} // namespace ShardDesk
