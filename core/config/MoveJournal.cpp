#include "MoveJournal.h"

#include "config/ConfigSql.h"
#include "config/ConfigStore.h"

#include <QSet>

#include <array>

namespace ShardDesk {

namespace {

// Stored as words, not numbers: a DBA reading sd_move_journal during an incident understands them.
constexpr std::array<const char *, 6> StepNames = {"planned", "copying", "frozen", "verified", "switched", "cleaned"};

const QString Columns = QStringLiteral("vshard, source_head, target_head, step, rows_copied, changed_by, changed_at");

Result<MoveJournal::Entry> entryFrom(const QSqlQuery &query)
{
    MoveJournal::Entry entry;
    entry.vshard = query.value(0).toInt();
    entry.sourceHead = query.value(1).toInt();
    entry.targetHead = query.value(2).toInt();
    const auto step = MoveJournal::stepFromName(query.value(3).toString());
    if (!step)
        return makeError(MoveJournal::tr("The move journal is damaged: vshard %1 is at an unknown step \"%2\".")
                             .arg(entry.vshard)
                             .arg(query.value(3).toString()),
                         Error::Kind::Validation);
    entry.step = *step;
    entry.rowsCopied = query.value(4).toLongLong();
    entry.changedBy = query.value(5).toString();
    entry.changedAt = ConfigSql::timeFromText(query.value(6).toString());
    return entry;
}

} // namespace

MoveJournal::MoveJournal(ConfigStore &store, QString author)
    : m_store(store), m_author(author.isEmpty() ? ConfigStore::defaultAuthor() : std::move(author))
{ }

bool MoveJournal::allows(Step from, Step to)
{
    if (int(to) == int(from) + 1)
        return true;
    // Before the switch nothing is lost by starting the vshard over: copying is idempotent and the map
    // still names the source. Recording the step already journaled is a no-op (a resume repeats it).
    if (to == Step::Copying)
        return from == Step::Copying || from == Step::Frozen || from == Step::Verified;
    return from == to && to != Step::Planned;
}

QString MoveJournal::stepName(Step step)
{
    return QString::fromLatin1(StepNames[size_t(step)]);
}

std::optional<MoveJournal::Step> MoveJournal::stepFromName(const QString &name)
{
    for (size_t i = 0; i < StepNames.size(); ++i) {
        if (name == QLatin1String(StepNames[i]))
            return Step(i);
    }
    return std::nullopt;
}

Result<QList<MoveJournal::Entry>> MoveJournal::entries()
{
    auto db = m_store.connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    auto query
        = sql.query(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM sd_move_journal ORDER BY vshard"), {},
                    tr("Could not read the move journal."));
    if (!query)
        return query.error();
    QList<Entry> result;
    while (query->next()) {
        auto entry = entryFrom(*query);
        if (!entry)
            return entry.error();
        result.append(*entry);
    }
    return result;
}

Result<QList<MoveJournal::Entry>> MoveJournal::unfinished()
{
    auto all = entries();
    if (!all)
        return all.error();
    QList<Entry> open;
    for (const Entry &e : std::as_const(*all)) {
        if (e.step != Step::Cleaned)
            open.append(e);
    }
    return open;
}

Result<void> MoveJournal::plan(const QList<Entry> &moves)
{
    QSet<int> seen;
    for (const Entry &move : moves) {
        if (seen.contains(move.vshard))
            return makeError(tr("Vshard %1 is listed twice in the move.").arg(move.vshard), Error::Kind::Usage);
        seen.insert(move.vshard);
    }
    auto db = m_store.connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    ConfigTransaction transaction(sql);
    if (auto begun = transaction.begin(ConfigTransaction::Access::Write); !begun)
        return begun;
    auto open = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM sd_move_journal WHERE step <> ?"),
                           {stepName(Step::Cleaned)}, tr("Could not read the move journal."));
    if (!open)
        return open.error();
    if (open->toInt() > 0)
        return makeError(tr("An earlier move of %n vshard(s) is unfinished: resume it first.", "", open->toInt()),
                         Error::Kind::Conflict);
    if (auto cleared
        = sql.query(QStringLiteral("DELETE FROM sd_move_journal"), {}, tr("Could not write the move journal."));
        !cleared)
        return cleared.error();
    const QString now = ConfigSql::timeToText(QDateTime::currentDateTimeUtc());
    for (const Entry &move : moves) {
        auto inserted
            = sql.query(QStringLiteral("INSERT INTO sd_move_journal (") + Columns
                            + QStringLiteral(") VALUES (?, ?, ?, ?, 0, ?, ?)"),
                        {move.vshard, move.sourceHead, move.targetHead, stepName(Step::Planned), m_author, now},
                        tr("Could not write the move journal."));
        if (!inserted)
            return inserted.error();
    }
    return transaction.commit();
}

Result<std::optional<MoveJournal::Entry>> MoveJournal::entry(int vshard)
{
    auto db = m_store.connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    auto query
        = sql.query(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM sd_move_journal WHERE vshard = ?"),
                    {vshard}, tr("Could not read the move journal."));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Entry>();
    auto found = entryFrom(*query);
    if (!found)
        return found.error();
    return std::optional<Entry>(*found);
}

Result<void> MoveJournal::record(int vshard, Step step, qint64 rowsCopied)
{
    return update(vshard, step, rowsCopied);
}

Result<void> MoveJournal::recordAll(const QList<int> &vshards, Step step)
{
    auto db = m_store.connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    ConfigTransaction transaction(sql);
    if (auto begun = transaction.begin(ConfigTransaction::Access::Write); !begun)
        return begun;
    for (int vshard : vshards) {
        if (auto updated = update(vshard, step, -1); !updated)
            return updated;
    }
    return transaction.commit();
}

Result<void> MoveJournal::update(int vshard, Step step, qint64 rowsCopied)
{
    auto current = entry(vshard);
    if (!current)
        return current.error();
    if (!current->has_value())
        return makeError(tr("Vshard %1 is not part of the journaled move.").arg(vshard), Error::Kind::NotFound);
    const Step from = (*current)->step;
    if (!allows(from, step))
        return makeError(tr("The move of vshard %1 cannot go from step \"%2\" to step \"%3\".")
                             .arg(vshard)
                             .arg(stepName(from), stepName(step)),
                         Error::Kind::Validation);
    auto db = m_store.connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    auto updated = sql.query(QStringLiteral("UPDATE sd_move_journal SET step = ?, rows_copied = ?, changed_by = ?, "
                                            "changed_at = ? WHERE vshard = ?"),
                             {stepName(step), rowsCopied >= 0 ? rowsCopied : (*current)->rowsCopied, m_author,
                              ConfigSql::timeToText(QDateTime::currentDateTimeUtc()), vshard},
                             tr("Could not write the move journal."));
    if (!updated)
        return updated.error();
    return {};
}

Result<void> MoveJournal::remove(int vshard)
{
    auto db = m_store.connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    auto removed = sql.query(QStringLiteral("DELETE FROM sd_move_journal WHERE vshard = ?"), {vshard},
                             tr("Could not write the move journal."));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace ShardDesk
