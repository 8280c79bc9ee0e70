#pragma once

#include "Result.h"
#include "monitor/ProbeSample.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QWidget;

namespace ShardDesk {

// Writing what the monitor shows to files: the samples of a server as CSV and a chart as PNG. Kept
// apart from the dialogs so tests can check the files.
class MonitorExport
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::MonitorExport)

public:
    // One row per sample, oldest first; one size column per database seen in any sample.
    static QByteArray samplesCsv(const QList<ProbeSample> &samples);
    // Replaces path atomically (QSaveFile): a failed export never leaves half a file.
    static Result<void> writeSamplesCsv(const QString &path, const QList<ProbeSample> &samples);
    static Result<void> writePng(const QString &path, QWidget *widget);
};

} // namespace ShardDesk
