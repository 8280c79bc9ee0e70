#include "LoadTestReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace ShardDesk {

namespace {

constexpr int ChartWidth = 720;
constexpr int ChartHeight = 220;
constexpr int Margin = 40;
const char *const Colours[] = {"#1f77b4", "#ff7f0e", "#d62728", "#2ca02c"};

double millis(qint64 micros)
{
    return double(micros) / 1000.0;
}

Result<void> write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(LoadTestReport::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QJsonObject LoadTestReport::toJson(const LoadTestResult &result)
{
    QJsonArray shards;
    for (const LoadTestResult::ShardCounts &s : result.shards)
        shards.append(QJsonObject{{QStringLiteral("shardId"), s.shardId},
                                  {QStringLiteral("shard"), s.name},
                                  {QStringLiteral("acknowledged"), s.acknowledged},
                                  {QStringLiteral("failed"), s.failed},
                                  {QStringLiteral("unknown"), s.unknown},
                                  {QStringLiteral("commentErrors"), s.commentErrors},
                                  {QStringLiteral("lastError"), s.lastError}});
    QJsonArray seconds;
    for (const LoadTestResult::Second &s : result.seconds)
        seconds.append(QJsonObject{{QStringLiteral("second"), s.second},
                                   {QStringLiteral("users"), s.users},
                                   {QStringLiteral("errors"), s.errors},
                                   {QStringLiteral("p50Ms"), millis(s.p50Micros)},
                                   {QStringLiteral("p95Ms"), millis(s.p95Micros)},
                                   {QStringLiteral("p99Ms"), millis(s.p99Micros)}});
    const LoadTestSpec &spec = result.spec;
    return QJsonObject{
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("users"), spec.users},
                     {QStringLiteral("commentsPerUser"), spec.commentsPerUser},
                     {QStringLiteral("threads"), spec.threads},
                     {QStringLiteral("mode"), LoadTestSpec::modeName(spec.mode)},
                     {QStringLiteral("batch"), spec.batchSize},
                     {QStringLiteral("rate"), spec.ratePerSecond},
                     {QStringLiteral("durationSeconds"), spec.durationSeconds},
                     {QStringLiteral("seed"), QString::number(spec.seed)}}},
        {QStringLiteral("cancelled"), result.cancelled},
        {QStringLiteral("setupError"), result.setupError},
        {QStringLiteral("elapsedSeconds"), result.elapsedSeconds},
        {QStringLiteral("acknowledged"), result.acknowledged},
        {QStringLiteral("failed"), result.failed},
        {QStringLiteral("unknown"), result.unknown},
        {QStringLiteral("usersPerSecond"), result.usersPerSecond()},
        {QStringLiteral("latencyMs"),
         QJsonObject{{QStringLiteral("p50"), millis(result.latency.percentile(50))},
                     {QStringLiteral("p95"), millis(result.latency.percentile(95))},
                     {QStringLiteral("p99"), millis(result.latency.percentile(99))},
                     {QStringLiteral("max"), millis(result.latency.max())},
                     {QStringLiteral("mean"), result.latency.mean() / 1000.0}}},
        {QStringLiteral("shards"), shards},
        {QStringLiteral("seconds"), seconds},
    };
}

QJsonObject LoadTestReport::toJson(const Verifier::Report &report)
{
    QJsonArray shards;
    for (const Verifier::ShardReport &s : report.shards)
        shards.append(QJsonObject{{QStringLiteral("shardId"), s.shardId},
                                  {QStringLiteral("shard"), s.name},
                                  {QStringLiteral("users"), s.users},
                                  {QStringLiteral("comments"), s.comments},
                                  {QStringLiteral("elephants"), s.elephants},
                                  {QStringLiteral("wrongVShard"), s.wrongVShard},
                                  {QStringLiteral("wrongBucket"), s.wrongBucket},
                                  {QStringLiteral("error"), s.status ? QString() : s.status.error().fullText()}});
    return QJsonObject{{QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("users"), report.options.users},
                       {QStringLiteral("seed"), QString::number(report.options.seed)},
                       {QStringLiteral("found"), report.found},
                       {QStringLiteral("duplicates"), report.duplicates},
                       {QStringLiteral("comments"), report.comments},
                       {QStringLiteral("usersWithoutComments"), report.usersWithoutComments},
                       {QStringLiteral("elephants"), report.elephants},
                       {QStringLiteral("wrongVShard"), report.wrongVShard},
                       {QStringLiteral("wrongBucket"), report.wrongBucket},
                       {QStringLiteral("sampled"), report.sampled},
                       {QStringLiteral("sampleMissing"), report.sampleMissing},
                       {QStringLiteral("sampleMismatched"), report.sampleMismatched},
                       {QStringLiteral("scatterRows"), report.scatterRows},
                       {QStringLiteral("elapsedSeconds"), report.elapsedSeconds},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                       {QStringLiteral("shards"), shards}};
}

QByteArray LoadTestReport::toCsv(const LoadTestResult &result)
{
    QByteArray csv("second,users,errors,p50_ms,p95_ms,p99_ms\n");
    for (const LoadTestResult::Second &s : result.seconds)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(s.second)
                   .arg(s.users)
                   .arg(s.errors)
                   .arg(millis(s.p50Micros), 0, 'f', 3)
                   .arg(millis(s.p95Micros), 0, 'f', 3)
                   .arg(millis(s.p99Micros), 0, 'f', 3)
                   .toUtf8();
    return csv;
}

QString LoadTestReport::lineChart(const QString &title, const QList<QList<double>> &series, const QStringList &names,
                                  const QString &unit)
{
    double top = 0;
    qsizetype points = 0;
    for (const QList<double> &s : series) {
        for (double v : s)
            top = std::max(top, v);
        points = std::max(points, s.size());
    }
    top = top > 0 ? top * 1.1 : 1;
    const double plotW = ChartWidth - 2 * Margin;
    const double plotH = ChartHeight - 2 * Margin;
    QString svg = QStringLiteral("<h2>%1</h2><svg width=\"%2\" height=\"%3\" xmlns=\"http://www.w3.org/2000/svg\">"
                                 "<rect x=\"%4\" y=\"%4\" width=\"%5\" height=\"%6\" fill=\"none\" stroke=\"#999\"/>"
                                 "<text x=\"2\" y=\"%7\" font-size=\"11\">%8 %9</text>")
                      .arg(title.toHtmlEscaped())
                      .arg(ChartWidth)
                      .arg(ChartHeight)
                      .arg(Margin)
                      .arg(plotW)
                      .arg(plotH)
                      .arg(Margin - 6)
                      .arg(top, 0, 'g', 4)
                      .arg(unit.toHtmlEscaped());
    for (int s = 0; s < series.size(); ++s) {
        QStringList xy;
        for (int i = 0; i < series[s].size(); ++i) {
            const double x = Margin + (points > 1 ? plotW * i / double(points - 1) : 0);
            const double y = Margin + plotH - plotH * series[s][i] / top;
            xy.append(QStringLiteral("%1,%2").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1));
        }
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" points=\"%2\"/>"
                              "<text x=\"%3\" y=\"%4\" font-size=\"11\" fill=\"%1\">%5</text>")
                   .arg(QLatin1String(Colours[s % 4]), xy.join(QLatin1Char(' ')))
                   .arg(Margin + 80 * s)
                   .arg(ChartHeight - 8)
                   .arg(names.value(s).toHtmlEscaped());
    }
    return svg + QStringLiteral("</svg>");
}

QString LoadTestReport::barChart(const QString &title, const QStringList &labels, const QList<double> &values)
{
    const double top = std::max(1.0, values.isEmpty() ? 1.0 : *std::max_element(values.cbegin(), values.cend()));
    const int rowH = 18;
    QString svg = QStringLiteral("<h2>%1</h2><svg width=\"%2\" height=\"%3\" xmlns=\"http://www.w3.org/2000/svg\">")
                      .arg(title.toHtmlEscaped())
                      .arg(ChartWidth)
                      .arg(rowH * (values.size() + 1));
    for (int i = 0; i < values.size(); ++i) {
        const double w = (ChartWidth - 320) * values[i] / top;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"11\">%2</text>"
                              "<rect x=\"260\" y=\"%3\" width=\"%4\" height=\"%5\" fill=\"%6\"/>"
                              "<text x=\"%7\" y=\"%1\" font-size=\"11\">%8</text>")
                   .arg(rowH * (i + 1) - 5)
                   .arg(labels.value(i).toHtmlEscaped())
                   .arg(rowH * i + 3)
                   .arg(w, 0, 'f', 1)
                   .arg(rowH - 6)
                   .arg(QLatin1String(Colours[0]))
                   .arg(265 + w, 0, 'f', 1)
                   .arg(values[i]);
    }
    return svg + QStringLiteral("</svg>");
}

QByteArray LoadTestReport::toHtml(const LoadTestResult &result)
{
    QList<double> rate, p50, p95, p99;
    for (const LoadTestResult::Second &s : result.seconds) {
        rate.append(double(s.users));
        p50.append(millis(s.p50Micros));
        p95.append(millis(s.p95Micros));
        p99.append(millis(s.p99Micros));
    }
    QStringList shardNames;
    QList<double> rows;
    for (const LoadTestResult::ShardCounts &s : result.shards) {
        shardNames.append(s.name);
        rows.append(double(s.acknowledged));
    }
    const QString summary = tr("%1 users acknowledged, %2 failed, %3 unknown in %4 s (%5 users/s); mode %6, %n "
                               "thread(s), seed %7.",
                               "", result.spec.threads)
                                .arg(result.acknowledged)
                                .arg(result.failed)
                                .arg(result.unknown)
                                .arg(result.elapsedSeconds, 0, 'f', 1)
                                .arg(result.usersPerSecond(), 0, 'f', 0)
                                .arg(LoadTestSpec::modeName(result.spec.mode))
                                .arg(result.spec.seed);
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body style=\"font-family:sans-serif\"><h1>%1</h1><p>%2</p>%3%4%5</body></html>\n")
                             .arg(tr("ShardDesk load test").toHtmlEscaped(), summary.toHtmlEscaped(),
                                  lineChart(tr("Users per second"), {rate}, {tr("users/s")}, tr("users/s")),
                                  lineChart(tr("Latency per second"), {p50, p95, p99},
                                            {QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")}, tr("ms")),
                                  barChart(tr("Acknowledged users per shard"), shardNames, rows));
    return html.toUtf8();
}

Result<void> LoadTestReport::save(const LoadTestResult &result, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return makeError(tr("Could not create the report folder %1.").arg(directory));
    const QDir dir(directory);
    if (auto json = write(dir.filePath(QStringLiteral("loadtest.json")), QJsonDocument(toJson(result)).toJson()); !json)
        return json;
    if (auto csv = write(dir.filePath(QStringLiteral("loadtest.csv")), toCsv(result)); !csv)
        return csv;
    return write(dir.filePath(QStringLiteral("loadtest.html")), toHtml(result));
}

} // namespace ShardDesk
