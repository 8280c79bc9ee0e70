#pragma once

#include "Result.h"
#include "loadtest/LoadTestResult.h"
#include "loadtest/Verifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace ShardDesk {

// A load test's results as files a user keeps: JSON (everything, for tools), CSV (one line per second,
// for a spreadsheet) and an HTML page with inline SVG charts (users/s, latency percentiles, rows per
// shard) that opens in any browser without scripts or network.
class LoadTestReport
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::LoadTestReport)

public:
    static QJsonObject toJson(const LoadTestResult &result);
    static QJsonObject toJson(const Verifier::Report &report);
    static QByteArray toCsv(const LoadTestResult &result);
    static QByteArray toHtml(const LoadTestResult &result);
    // Writes loadtest.json, loadtest.csv and loadtest.html into directory (created if missing).
    static Result<void> save(const LoadTestResult &result, const QString &directory);

private:
    static QString lineChart(const QString &title, const QList<QList<double>> &series, const QStringList &names,
                             const QString &unit);
    static QString barChart(const QString &title, const QStringList &labels, const QList<double> &values);
};

} // namespace ShardDesk
