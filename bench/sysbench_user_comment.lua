#!/usr/bin/env sysbench
-- The load test's row shapes for sysbench 1.0: per event one `user` row and its comment (1000 random
-- letters, a 4-letter keyword), each INSERT its own autocommit statement, as `sharddesk-cli loadtest
-- --mode autocommit` does. Each connection writes round-robin into the shard databases of the server it
-- is connected to (sysbench spreads connections over --mysql-host), found by --db-prefix. With
-- --connections-per-thread=K each thread opens K connections (the next K servers of --mysql-host) and
-- takes them in turn, as ShardDesk's workers spread users over every server.
-- VIRTUAL_SHARD is CRC32(key) % --vshards, computed by the server.

sysbench.cmdline.options = {
    db_prefix = {"Shard databases are those whose name starts with this", "bench_"},
    vshards = {"Number of vshards", 1024},
    connections_per_thread = {"Connections per thread, each to the next server of --mysql-host", 1},
}

local function shard_databases(con)
    local dbs = {}
    local rs = con:query(string.format(
        "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE '%s%%' ORDER BY 1",
        sysbench.opt.db_prefix))
    for i = 1, rs.nrows do
        table.insert(dbs, rs:fetch_row()[1])
    end
    if #dbs == 0 then
        error("no database named " .. sysbench.opt.db_prefix .. "* on this server")
    end
    return dbs
end

function thread_init()
    drv = sysbench.sql.driver()
    targets = {}
    for i = 1, sysbench.opt.connections_per_thread do
        local con = drv:connect()
        table.insert(targets, {con = con, dbs = shard_databases(con)})
    end
    n = 0
    comment_pattern = string.rep("@", 1000)
end

function event()
    n = n + 1
    local target = targets[(n % #targets) + 1]
    local con = target.con
    local db = target.dbs[(math.floor(n / #targets) % #target.dbs) + 1]
    local key = string.format("sb%d.t%d.u%d@loadtest.example", os.time(), sysbench.tid, n)
    con:query(string.format(
        "INSERT INTO `%s`.`user` (VIRTUAL_SHARD, userid, firstName, lastName, validated, suspended) " ..
        "VALUES (CRC32('%s') %% %d, '%s', '%s', '%s', 1, 0)",
        db, key, sysbench.opt.vshards, key, sysbench.rand.string("@@@@@@"), sysbench.rand.string("@@@@@@@@")))
    con:query(string.format(
        "INSERT INTO `%s`.`user_comment` (VIRTUAL_SHARD, user_id, comment, keyword) " ..
        "VALUES (CRC32('%s') %% %d, LAST_INSERT_ID(), '%s', '%s')",
        db, key, sysbench.opt.vshards, sysbench.rand.string(comment_pattern), sysbench.rand.string("@@@@")))
end

function thread_done()
    for _, target in ipairs(targets) do
        target.con:disconnect()
    end
end
