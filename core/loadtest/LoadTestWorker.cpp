#include "LoadTestWorker.h"

#include "db/NativeStatement.h"
#include "db/SqlIdentifier.h"

#include <QSqlError>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <thread>

namespace ShardDesk {

namespace {

constexpr int UserColumnCount = 6;
constexpr int CommentColumnCount = 4;

qint64 microsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

// Binds one `user` row at placeholder base, in the order of LoadTestWorker::userColumns().
void bindUser(NativeStatement *q, int base, int vshard, const GeneratedUser &user)
{
    q->bindInt(base, vshard);
    q->bindText(base + 1, user.key);
    q->bindText(base + 2, user.firstName);
    q->bindText(base + 3, user.lastName);
    q->bindInt(base + 4, int(user.validated));
    q->bindInt(base + 5, int(user.suspended));
}

void bindComment(NativeStatement *q, int base, int vshard, qint64 userId, const QByteArray &comment,
                 const QString &keyword)
{
    q->bindInt(base, vshard);
    q->bindInt(base + 1, userId);
    q->bindUtf8(base + 2, comment);
    q->bindText(base + 3, keyword);
}

} // namespace

QString LoadTestWorker::insertSql(const QString &database, const QString &table, const QStringList &columns, int rows)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(SqlIdentifier::quote(column));
    const QString row = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(SqlIdentifier::qualified(database, table), quoted.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QLatin1Char(',')));
}

QStringList LoadTestWorker::userColumns(const QString &keyColumn)
{
    return {QStringLiteral("VIRTUAL_SHARD"), keyColumn, QStringLiteral("firstName"), QStringLiteral("lastName"),
            QStringLiteral("validated"), QStringLiteral("suspended")};
}

QStringList LoadTestWorker::commentColumns()
{
    return {QStringLiteral("VIRTUAL_SHARD"), QStringLiteral("user_id"), QStringLiteral("comment"), QStringLiteral("keyword")};
}

LoadTestWorker::LoadTestWorker(Shared &shared)
    : m_shared(shared), m_connections(shared.servers.size())
{ }

LoadTestWorker::~LoadTestWorker() = default;

LatencyHistogram LoadTestWorker::takeInterval()
{
    std::lock_guard lock(m_latencyMutex);
    LatencyHistogram taken = m_interval;
    m_interval.reset();
    return taken;
}

void LoadTestWorker::recordLatency(qint64 micros)
{
    std::lock_guard lock(m_latencyMutex); // uncontended but for one coordinator visit a second
    m_interval.record(micros);
}

int LoadTestWorker::chunkSize(double ratePerSecond)
{
    if (ratePerSecond <= 0)
        return ChunkSize;
    // About 20 ms of the schedule: a thread writes its chunk's users at their own due times, so a
    // larger chunk would only let one thread fall behind while others wait.
    return int(std::clamp(ratePerSecond / 50.0, 1.0, double(ChunkSize)));
}

void LoadTestWorker::orderByServer(std::vector<RoutedUser> &chunk, int serverCount, int firstServer)
{
    if (serverCount <= 1)
        return;
    const auto rank = [serverCount, firstServer](const RoutedUser &u) {
        return (u.server - firstServer % serverCount + serverCount) % serverCount;
    };
    std::stable_sort(chunk.begin(), chunk.end(),
                     [&rank](const RoutedUser &a, const RoutedUser &b) { return rank(a) < rank(b); });
}

void LoadTestWorker::run()
{
    if (m_shared.spec.mode == LoadTestSpec::Mode::Batch)
        runBatch();
    else
        runChunked();
    // Statements first, then connections: the pool's registry for this thread goes when it ends.
    m_connections.clear();
    m_shared.pool.closeThreadConnections();
}

void LoadTestWorker::runChunked()
{
    const LoadTestSpec &spec = m_shared.spec;
    const RoutingTable &routing = *m_shared.routing;
    const int chunk = chunkSize(spec.ratePerSecond);
    const int serverCount = int(m_shared.servers.size());
    std::vector<RoutedUser> users;
    users.reserve(size_t(chunk));
    while (!m_shared.stop.load(std::memory_order_relaxed)) {
        const qint64 first = m_shared.next.fetch_add(chunk, std::memory_order_relaxed);
        if (first >= spec.users)
            break;
        users.clear();
        for (qint64 index = first; index < std::min(first + chunk, spec.users); ++index) {
            const Route route = routing.route(m_shared.generator.key(index));
            const int target = m_shared.targetOfShard.value(route.writeShardId, -1);
            const int server = target < 0 ? 0 : m_shared.targets[size_t(target)].serverIndex;
            users.push_back({index, target, route.vshard, server});
        }
        // Chunk k starts on server k mod S: with T >= S threads, they start on different servers.
        orderByServer(users, serverCount, int((first / chunk) % std::max(serverCount, 1)));
        for (const RoutedUser &user : users) {
            // Checked per user, so a cancel stops within one user; the rest of the chunk is not taken.
            if (m_shared.stop.load(std::memory_order_relaxed) || !pace(user.index))
                return;
            if (user.target < 0)
                count(0, Outcome::Failed, 1); // never for a valid topology; counted so totals add up
            else
                insertOne(user.index, user.target, user.vshard);
        }
    }
}

void LoadTestWorker::runBatch()
{
    const LoadTestSpec &spec = m_shared.spec;
    const RoutingTable &routing = *m_shared.routing;
    while (!m_shared.stop.load(std::memory_order_relaxed)) {
        const qint64 index = m_shared.next.fetch_add(1, std::memory_order_relaxed);
        if (index >= spec.users || !pace(index))
            break;
        const Route route = routing.route(m_shared.generator.key(index));
        const int target = m_shared.targetOfShard.value(route.writeShardId, -1);
        if (target < 0) {
            count(0, Outcome::Failed, 1); // never for a valid topology; counted so totals add up
            continue;
        }
        addToBatch(index, target, route.vshard);
    }
    // Users already taken are written even after a cancel: each batch is one transaction. Every
    // thread looks at every shard after its own last addition, so nothing is left behind.
    for (int target = 0; target < int(m_shared.batches.size()); ++target)
        flushPending(target);
}

bool LoadTestWorker::pace(qint64 index)
{
    const LoadTestSpec &spec = m_shared.spec;
    if (spec.ratePerSecond > 0) {
        // User i is due at i / rate seconds after the start, whichever thread takes it.
        const qint64 dueMs = qint64(double(index) * 1000.0 / spec.ratePerSecond);
        const qint64 waitMs = dueMs - m_shared.clock.elapsed();
        if (waitMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
    }
    if (spec.durationSeconds > 0 && m_shared.clock.elapsed() >= qint64(spec.durationSeconds) * 1000) {
        m_shared.stop.store(true);
        return false;
    }
    return true;
}

void LoadTestWorker::insertOne(qint64 index, int target, int vshard)
{
    const bool transaction = m_shared.spec.mode == LoadTestSpec::Mode::Transaction;
    const auto start = std::chrono::steady_clock::now();
    if (transaction) {
        if (auto begun = begin(target); !begun)
            return count(target, classify(target, begun.error(), false), 1, &begun.error());
    }
    auto userId = insertUser(target, vshard, index);
    if (!userId) {
        if (transaction)
            rollback(target);
        return count(target, classify(target, userId.error(), !transaction), 1, &userId.error());
    }
    auto comments = insertComments(target, vshard, index, *userId);
    if (transaction) {
        // A user without its comments is never committed.
        Result<void> done = comments ? commit(target) : comments;
        if (!done) {
            if (!comments)
                rollback(target);
            return count(target, classify(target, done.error(), comments.ok()), 1, &done.error());
        }
    } else if (!comments) {
        Shared::Counter &counter = *m_shared.counters[size_t(target)];
        counter.commentErrors.fetch_add(1, std::memory_order_relaxed);
        classify(target, comments.error(), true);
        std::lock_guard lock(counter.errorMutex);
        counter.lastError = comments.error().fullText();
    }
    recordLatency(microsSince(start));
    count(target, Outcome::Acknowledged, 1);
}

Result<qint64> LoadTestWorker::insertUser(int target, int vshard, qint64 index)
{
    const Shared::Target &t = m_shared.targets[size_t(target)];
    auto query = statement(target, t.userInsert);
    if (!query)
        return query.error();
    NativeStatement *q = *query;
    bindUser(q, 0, vshard, m_shared.generator.user(index));
    if (auto done = q->execute(t.context); !done)
        return done.error();
    // The id comes with the server's OK packet: no SELECT LAST_INSERT_ID() round trip.
    return q->insertId();
}

Result<void> LoadTestWorker::insertComments(int target, int vshard, qint64 index, qint64 userId)
{
    const Shared::Target &t = m_shared.targets[size_t(target)];
    for (int c = 0; c < m_shared.spec.commentsPerUser; ++c) {
        auto query = statement(target, t.commentInsert);
        if (!query)
            return query.error();
        bindComment(*query, 0, vshard, userId, m_shared.generator.commentBytes(index, c),
                    m_shared.generator.keyword(index, c));
        if (auto done = (*query)->execute(t.context); !done)
            return done.error();
    }
    return {};
}

void LoadTestWorker::addToBatch(qint64 index, int target, int vshard)
{
    std::vector<std::pair<qint64, int>> full;
    {
        Shared::PendingBatch &pending = *m_shared.batches[size_t(target)];
        std::lock_guard lock(pending.mutex);
        pending.users.emplace_back(index, vshard);
        if (int(pending.users.size()) < m_shared.spec.batchSize)
            return;
        full.swap(pending.users);
    }
    flushBatch(target, full);
}

void LoadTestWorker::flushPending(int target)
{
    std::vector<std::pair<qint64, int>> rest;
    {
        Shared::PendingBatch &pending = *m_shared.batches[size_t(target)];
        std::lock_guard lock(pending.mutex);
        rest.swap(pending.users);
    }
    if (!rest.empty())
        flushBatch(target, rest);
}

void LoadTestWorker::flushBatch(int target, const std::vector<std::pair<qint64, int>> &users)
{
    const auto start = std::chrono::steady_clock::now();
    const qint64 n = qint64(users.size());
    bool committing = false;
    auto written = begin(target);
    if (written) {
        written = writeBatch(target, users);
        if (written) {
            committing = true;
            written = commit(target);
        } else {
            rollback(target);
        }
    }
    if (!written)
        return count(target, classify(target, written.error(), committing), n, &written.error());
    recordLatency(microsSince(start));
    count(target, Outcome::Acknowledged, n);
}

Result<void> LoadTestWorker::writeBatch(int target, const std::vector<std::pair<qint64, int>> &users)
{
    const Shared::Target &t = m_shared.targets[size_t(target)];
    const int rows = int(users.size());
    const int comments = m_shared.spec.commentsPerUser;
    auto sqlFor = [&](int table, int count, const QStringList &columns) -> const QString & {
        const qint64 key = (qint64(target) << 32) | (qint64(table) << 24) | count;
        auto it = m_batchSql.find(key);
        if (it == m_batchSql.end())
            it = m_batchSql.insert(key, insertSql(t.database, table == 0 ? QStringLiteral("user") : QStringLiteral("user_comment"), columns, count));
        return it.value();
    };
    auto userQuery = statement(target, sqlFor(0, rows, userColumns(m_shared.keyColumn)));
    if (!userQuery)
        return userQuery.error();
    NativeStatement *q = *userQuery;
    for (int r = 0; r < rows; ++r)
        bindUser(q, r * UserColumnCount, users[size_t(r)].second, m_shared.generator.user(users[size_t(r)].first));
    if (auto done = q->execute(t.context); !done)
        return done.error();
    // A multi-row INSERT gets consecutive ids (innodb_autoinc_lock_mode 0 or 1, the defaults up to
    // MariaDB 11); the OK packet carries the first.
    const qint64 firstId = q->insertId();
    if (comments == 0)
        return {};
    auto commentQuery = statement(target, sqlFor(1, rows * comments, commentColumns()));
    if (!commentQuery)
        return commentQuery.error();
    q = *commentQuery;
    for (int r = 0; r < rows; ++r) {
        const auto [index, vshard] = users[size_t(r)];
        for (int c = 0; c < comments; ++c)
            bindComment(q, (r * comments + c) * CommentColumnCount, vshard, firstId + r,
                        m_shared.generator.commentBytes(index, c), m_shared.generator.keyword(index, c));
    }
    return q->execute(t.context);
}

Result<NativeStatement *> LoadTestWorker::statement(int target, const QString &sql)
{
    const Shared::Target &t = m_shared.targets[size_t(target)];
    std::optional<QSqlDatabase> &connection = m_connections[size_t(t.serverIndex)];
    if (!connection) {
        const Shared::Server &server = m_shared.servers[size_t(t.serverIndex)];
        auto db = m_shared.pool.connection(server.address, QString(), server.options);
        if (!db)
            return db.error();
        connection = *db;
    }
    return m_shared.pool.preparedNative(*connection, sql, t.context);
}

Result<void> LoadTestWorker::begin(int target)
{
    // Opening the connection here makes a dead server fail before anything was sent.
    auto query = statement(target, m_shared.targets[size_t(target)].userInsert);
    if (!query)
        return query.error();
    QSqlDatabase &db = *m_connections[size_t(m_shared.targets[size_t(target)].serverIndex)];
    if (!db.transaction())
        return ConnectionPool::errorFrom(db.lastError(), m_shared.targets[size_t(target)].context);
    return {};
}

Result<void> LoadTestWorker::commit(int target)
{
    QSqlDatabase &db = *m_connections[size_t(m_shared.targets[size_t(target)].serverIndex)];
    if (!db.commit())
        return ConnectionPool::errorFrom(db.lastError(), m_shared.targets[size_t(target)].context);
    return {};
}

void LoadTestWorker::rollback(int target)
{
    std::optional<QSqlDatabase> &db = m_connections[size_t(m_shared.targets[size_t(target)].serverIndex)];
    if (db)
        db->rollback(); // a lost connection rolls back on the server anyway
}

LoadTestWorker::Outcome LoadTestWorker::classify(int target, const Error &error, bool committing)
{
    const bool lost = error.kind == Error::Kind::Timeout || error.kind == Error::Kind::Unreachable;
    if (lost) {
        // Reconnect explicitly next time rather than fail again on a dead socket.
        const Shared::Server &server = m_shared.servers[size_t(m_shared.targets[size_t(target)].serverIndex)];
        m_connections[size_t(m_shared.targets[size_t(target)].serverIndex)].reset();
        m_shared.pool.discard(server.address, QString(), server.options.user);
    }
    // Only a statement that commits on its own (autocommit, or COMMIT itself) may have been applied
    // when the answer is lost; inside an open transaction a lost connection rolls it back.
    return committing && error.kind == Error::Kind::Timeout ? Outcome::Unknown : Outcome::Failed;
}

void LoadTestWorker::count(int target, Outcome outcome, qint64 users, const Error *error)
{
    Shared::Counter &counter = *m_shared.counters[size_t(target)];
    switch (outcome) {
    case Outcome::Acknowledged:
        counter.acknowledged.fetch_add(users, std::memory_order_relaxed);
        return;
    case Outcome::Failed:
        counter.failed.fetch_add(users, std::memory_order_relaxed);
        break;
    case Outcome::Unknown:
        counter.unknown.fetch_add(users, std::memory_order_relaxed);
        break;
    }
    if (error) {
        std::lock_guard lock(counter.errorMutex);
        counter.lastError = error->fullText();
    }
}

} // namespace ShardDesk
