#include "MonitorExport.h"

#include <QDateTime>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QSet>
#include <QWidget>

#include <algorithm>

namespace ShardDesk {

namespace {
// RFC 4180: quote a field when it holds a separator, a quote or a line break; double inner quotes.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

// Unknown quantities (-1) stay empty cells, not a misleading -1.
QByteArray number(double value)
{
    return value < 0 ? QByteArray() : QByteArray::number(value, 'g', 15);
}
} // namespace

QByteArray MonitorExport::samplesCsv(const QList<ProbeSample> &samples)
{
    QSet<QString> seen;
    for (const ProbeSample &s : samples)
        for (auto it = s.databaseSizeMb.cbegin(); it != s.databaseSizeMb.cend(); ++it)
            seen.insert(it.key());
    QStringList databases(seen.cbegin(), seen.cend());
    std::sort(databases.begin(), databases.end());

    // Column names are a file format, not user-visible text: fixed English, no tr().
    QByteArray csv = "timestamp_utc,server,reachable,error,latency_ms,version,uptime_s,memory_used_bytes,"
                     "buffer_pool_size_bytes,buffer_pool_data_bytes,host_ram_bytes,threads_connected,"
                     "queries_per_s,inserts_per_s";
    for (const QString &db : std::as_const(databases))
        csv += ",size_mb_" + csvField(db);
    csv += "\r\n";
    for (const ProbeSample &s : samples) {
        const QString time = QDateTime::fromMSecsSinceEpoch(s.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
        QList<QByteArray> row = {csvField(time), csvField(s.serverKey), s.reachable ? "1" : "0",
                                 csvField(s.error), number(s.latencyMs), csvField(s.version),
                                 number(double(s.uptimeSec)), number(double(s.memoryUsedBytes)),
                                 number(double(s.bufferPoolSizeBytes)), number(double(s.bufferPoolDataBytes)),
                                 number(double(s.hostRamBytes)), number(s.threadsConnected),
                                 number(s.queriesPerSec), number(s.insertsPerSec)};
        for (const QString &db : std::as_const(databases))
            row.append(s.databaseSizeMb.contains(db) ? number(s.databaseSizeMb.value(db)) : QByteArray());
        csv += row.join(',') + "\r\n";
    }
    return csv;
}

Result<void> MonitorExport::writeSamplesCsv(const QString &path, const QList<ProbeSample> &samples)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write %1.").arg(path), Error::Kind::Generic, file.errorString());
    const QByteArray csv = samplesCsv(samples);
    if (file.write(csv) != csv.size() || !file.commit())
        return makeError(tr("Cannot write %1.").arg(path), Error::Kind::Generic, file.errorString());
    return {};
}

Result<void> MonitorExport::writePng(const QString &path, QWidget *widget)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write %1.").arg(path), Error::Kind::Generic, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(widget->grab().toImage()))
        return makeError(tr("Cannot write %1.").arg(path), Error::Kind::Generic, writer.errorString());
    if (!file.commit())
        return makeError(tr("Cannot write %1.").arg(path), Error::Kind::Generic, file.errorString());
    return {};
}

} // namespace ShardDesk
