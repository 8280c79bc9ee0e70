#pragma once
// A small concurrent writer for the rebalancing tests (issue 6), standing in for the load test: a few
// threads insert users keyed by e-mail through ShardSession and, for each acknowledged user, one
// user_comment row the way an application would (route on one routing snapshot, honour the freeze, write
// to the write shard), recording every outcome as acknowledged, failed as retryable, unknown (a timeout:
// maybe applied) or another error. Header-only; the comment text is the user's key, so rows can be matched.

#include "db/ConnectionPool.h"
#include "db/ShardSession.h"
#include "routing/Router.h"

#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace ShardDesk::Testing {

class ConcurrentWriter
{
public:
    struct Outcomes
    {
        QSet<QString> users; // acknowledged
        QSet<QString> unknownUsers; // timed out: may or may not be there
        QSet<QString> comments; // acknowledged, by the user's key
        QSet<QString> unknownComments;
        qint64 retryable = 0; // refused with Error::Kind::Retryable (a frozen vshard)
        QStringList otherErrors; // anything else: a test failure
    };

    ConcurrentWriter(Router *router, ShardSession *session, ConnectionPool *pool, ConnectionOptions options,
                     QString prefix, int threads)
        : m_router(router)
        , m_session(session)
        , m_pool(pool)
        , m_options(std::move(options))
        , m_prefix(std::move(prefix))
        , m_threadCount(threads)
    { }
    ~ConcurrentWriter() { stop(); }

    void start()
    {
        m_stop = false;
        for (int t = 0; t < m_threadCount; ++t) {
            m_threads.emplace_back(QThread::create([this, t] { writeUntilStopped(t); }));
            m_threads.back()->start();
        }
    }

    void stop()
    {
        m_stop = true;
        for (auto &thread : m_threads)
            thread->wait();
        m_threads.clear();
    }

    qint64 attempts() const { return m_attempts.load(); }

    Outcomes outcomes() const
    {
        QMutexLocker locker(&m_mutex);
        return m_outcomes;
    }

private:
    void writeUntilStopped(int thread)
    {
        for (int n = 0; !m_stop; ++n) {
            const QString key = QStringLiteral("%1-%2-%3@example.com").arg(m_prefix).arg(thread).arg(n);
            const auto inserted = m_session->insert(key, QStringLiteral("user"),
                                                    {{QStringLiteral("firstName"), QStringLiteral("W%1").arg(n)},
                                                     {QStringLiteral("lastName"), m_prefix},
                                                     {QStringLiteral("validated"), 1},
                                                     {QStringLiteral("suspended"), 0}});
            ++m_attempts;
            if (!inserted) {
                note(key, inserted.error(), &Outcomes::unknownUsers);
                continue;
            }
            {
                QMutexLocker locker(&m_mutex);
                m_outcomes.users.insert(key);
            }
            const Result<void> comment = insertComment(key, *inserted);
            if (comment) {
                QMutexLocker locker(&m_mutex);
                m_outcomes.comments.insert(key);
            } else {
                note(key, comment.error(), &Outcomes::unknownComments);
            }
        }
    }

    // As an application would: one routing snapshot for the whole write, so a mover freezing the vshard
    // waits for this write to end before it drains and switches.
    Result<void> insertComment(const QString &key, const ShardSession::InsertResult &user)
    {
        const std::shared_ptr<const RoutingTable> routing = m_router->table();
        const Route route = routing->routeVShard(user.vshard);
        if (route.frozen)
            return makeError(QStringLiteral("vshard %1 is frozen").arg(route.vshard), Error::Kind::Retryable);
        const Shard *shard = routing->topology().shard(route.writeShardId);
        auto server = ServerAddress::fromHostPort(shard->host, shard->port);
        auto db = m_pool->connection(*server, shard->database, m_options);
        if (!db)
            return db.error();
        QSqlQuery query(*db);
        query.prepare(QStringLiteral("INSERT INTO user_comment (VIRTUAL_SHARD, user_id, comment, keyword) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(user.vshard);
        query.addBindValue(user.insertId);
        query.addBindValue(key);
        query.addBindValue(QStringLiteral("moving"));
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            query = QSqlQuery();
            const Error failed = ConnectionPool::errorFrom(error, QStringLiteral("comment of %1").arg(key));
            if (failed.kind == Error::Kind::Unreachable || failed.kind == Error::Kind::Timeout)
                m_pool->discard(*server, shard->database, m_options.user);
            return failed;
        }
        return {};
    }

    void note(const QString &key, const Error &error, QSet<QString> Outcomes::*unknown)
    {
        QMutexLocker locker(&m_mutex);
        if (error.kind == Error::Kind::Retryable)
            ++m_outcomes.retryable;
        else if (error.kind == Error::Kind::Timeout)
            (m_outcomes.*unknown).insert(key);
        else
            m_outcomes.otherErrors.append(key + QStringLiteral(": ") + error.fullText());
    }

    Router *m_router;
    ShardSession *m_session;
    ConnectionPool *m_pool;
    ConnectionOptions m_options;
    QString m_prefix;
    int m_threadCount;
    std::atomic<bool> m_stop = false;
    std::atomic<qint64> m_attempts = 0;
    std::vector<std::unique_ptr<QThread>> m_threads;
    mutable QMutex m_mutex;
    Outcomes m_outcomes;
};

} // namespace ShardDesk::Testing
