#pragma once
// Helpers for integration tests that talk to the MariaDB sandbox (scripts/sandbox): N real servers on
// 127.0.0.1:3306 .. 127.0.0.N:3306 with a test-only account. Header-only, needs only Qt6::Core.
//
//   scripts/sandbox start 5 && eval "$(scripts/sandbox env)" && ctest -L integration
//
// Fault injection from a test (the project builds with QT_NO_CAST_FROM_ASCII, hence the u""_s literals):
//   using namespace Qt::StringLiterals;
//   runSandbox({u"kill"_s, u"2"_s}), {u"pause"_s, u"3"_s}, {u"resume"_s, u"3"_s}, {u"restart"_s, u"2"_s}

#include <QtCore/QByteArray>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace ShardDesk::Testing {

namespace detail {
// The environment variable `name`, or `fallback` when it is unset or blank.
inline QString envOr(const QString &name, const QString &fallback)
{
    const QString value = QProcessEnvironment::systemEnvironment().value(name).trimmed();
    return value.isEmpty() ? fallback : value;
}
} // namespace detail

// Addresses of the sandbox servers: SHARDDESK_SANDBOX_SERVERS (comma-separated, as printed by
// `scripts/sandbox env`), else the default sandbox of five, 127.0.0.1 .. 127.0.0.5. All listen on 3306.
inline QStringList sandboxServers()
{
    QStringList servers;
    const QString list = detail::envOr(QStringLiteral("SHARDDESK_SANDBOX_SERVERS"), QString());
    for (const QString &entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString server = entry.trimmed();
        if (!server.isEmpty())
            servers << server;
    }
    if (servers.isEmpty()) {
        for (int k = 1; k <= 5; ++k)
            servers << QStringLiteral("127.0.0.%1").arg(k);
    }
    return servers;
}

inline QString sandboxUser()
{
    return detail::envOr(QStringLiteral("SHARDDESK_SANDBOX_USER"), QStringLiteral("sharddesk"));
}

// A documented, test-only constant (see scripts/sandbox); never a real credential.
inline QString sandboxPassword()
{
    return detail::envOr(QStringLiteral("SHARDDESK_SANDBOX_PASSWORD"), QStringLiteral("sharddesk-sandbox"));
}

// $SHARDDESK_SOURCE_DIR/scripts/sandbox; CTest sets SHARDDESK_SOURCE_DIR (tests/CMakeLists.txt). Run by
// hand without it, the current directory is taken as the source tree.
inline QString sandboxScript()
{
    const QString root = detail::envOr(QStringLiteral("SHARDDESK_SOURCE_DIR"), QDir::currentPath());
    return QDir(root).filePath(QStringLiteral("scripts/sandbox"));
}

// Runs `scripts/sandbox args...` and waits for it (up to timeoutMs, 120 s by default; a cold `start 20`
// takes ~10 s, a `restart K` well under a second). Returns true when it exited with code 0. The combined
// stdout and stderr go to *output when given, which is worth printing when this fails:
//   QString out; QVERIFY2(runSandbox({u"restart"_s, u"2"_s}, &out), qPrintable(out));
inline bool runSandbox(const QStringList &args, QString *output = nullptr, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(sandboxScript(), args);
    if (!process.waitForStarted(10000)) {
        if (output)
            *output = QStringLiteral("cannot run %1: %2").arg(sandboxScript(), process.errorString());
        return false;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (output) {
        *output = QString::fromLocal8Bit(process.readAll());
        if (!finished)
            *output += QStringLiteral("\n%1 %2: timed out after %3 ms")
                           .arg(sandboxScript(), args.join(QLatin1Char(' ')))
                           .arg(timeoutMs);
    }
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace ShardDesk::Testing
