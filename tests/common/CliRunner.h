#pragma once
// Runs sharddesk-cli from a test (tests registered with CLI get its path as SHARDDESK_CLI_PATH) with stdin
// closed, so it never prompts, and returns its exit code and output. Header-only, needs only Qt6::Core.

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace ShardDesk::Testing {

struct CliRun
{
    int exitCode = -1; // -1: did not finish within the timeout (and was killed)
    QString out;
    QString err;
    // The output read as one JSON object (for --json runs); empty when it is not one.
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QString &program, const QStringList &args, const QProcessEnvironment &environment,
                     int timeoutMs = 180000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace ShardDesk::Testing
