#include "AppSettings.h"

#include <QSettings>

namespace ShardDesk {

namespace {

const QString PollIntervalKey = QStringLiteral("monitor/pollIntervalMs");
const QString ChartWindowKey = QStringLiteral("monitor/chartWindowSeconds");
const QString ConnectTimeoutKey = QStringLiteral("connections/connectTimeoutSec");
const QString ReadTimeoutKey = QStringLiteral("connections/readTimeoutSec");
const QString WriteTimeoutKey = QStringLiteral("connections/writeTimeoutSec");
const QString UsersKey = QStringLiteral("loadTest/users");
const QString CommentsKey = QStringLiteral("loadTest/commentsPerUser");
const QString ThreadsKey = QStringLiteral("loadTest/threads");
const QString ModeKey = QStringLiteral("loadTest/mode");
const QString BatchKey = QStringLiteral("loadTest/batchSize");
const QString LanguageKey = QStringLiteral("language");
const QString RecentKey = QStringLiteral("recentConfigs"); // the key RecentConfigs always used
const QString RecentMaxKey = QStringLiteral("recentConfigsMax");
const QString ViewStateGroup = QStringLiteral("viewState/");

// A stored value out of range (edited by hand, or from an older version) falls back to the default.
int boundedInt(const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

int AppSettings::pollIntervalMs()
{
    return boundedInt(PollIntervalKey, DefaultPollIntervalMs, 100, 3'600'000);
}

void AppSettings::setPollIntervalMs(int intervalMs)
{
    QSettings().setValue(PollIntervalKey, intervalMs);
}

int AppSettings::chartWindowSeconds()
{
    return boundedInt(ChartWindowKey, DefaultChartWindowSeconds, 1, 24 * 3600);
}

void AppSettings::setChartWindowSeconds(int seconds)
{
    QSettings().setValue(ChartWindowKey, seconds);
}

int AppSettings::connectTimeoutSec()
{
    return boundedInt(ConnectTimeoutKey, DefaultTimeoutSec, 1, 3600);
}

void AppSettings::setConnectTimeoutSec(int seconds)
{
    QSettings().setValue(ConnectTimeoutKey, seconds);
}

int AppSettings::readTimeoutSec()
{
    return boundedInt(ReadTimeoutKey, DefaultTimeoutSec, 1, 3600);
}

void AppSettings::setReadTimeoutSec(int seconds)
{
    QSettings().setValue(ReadTimeoutKey, seconds);
}

int AppSettings::writeTimeoutSec()
{
    return boundedInt(WriteTimeoutKey, DefaultTimeoutSec, 1, 3600);
}

void AppSettings::setWriteTimeoutSec(int seconds)
{
    QSettings().setValue(WriteTimeoutKey, seconds);
}

ConnectionOptions AppSettings::connectionOptions()
{
    ConnectionOptions options;
    applyTimeouts(options);
    return options;
}

void AppSettings::applyTimeouts(ConnectionOptions &options)
{
    options.connectTimeoutSec = connectTimeoutSec();
    options.readTimeoutSec = readTimeoutSec();
    options.writeTimeoutSec = writeTimeoutSec();
}

LoadTestSpec AppSettings::loadTestDefaults()
{
    const LoadTestSpec builtIn;
    LoadTestSpec spec;
    spec.users = boundedInt(UsersKey, int(builtIn.users), 1, int(LoadTestSpec::MaxUsers));
    spec.commentsPerUser = boundedInt(CommentsKey, builtIn.commentsPerUser, 0, 1000);
    spec.threads = boundedInt(ThreadsKey, builtIn.threads, 1, LoadTestSpec::MaxThreads);
    if (!LoadTestSpec::modeFromName(QSettings().value(ModeKey).toString(), &spec.mode))
        spec.mode = builtIn.mode;
    spec.batchSize = boundedInt(BatchKey, builtIn.batchSize, 1, 100'000);
    return spec;
}

void AppSettings::setLoadTestDefaults(const LoadTestSpec &spec)
{
    QSettings settings;
    settings.setValue(UsersKey, spec.users);
    settings.setValue(CommentsKey, spec.commentsPerUser);
    settings.setValue(ThreadsKey, spec.threads);
    settings.setValue(ModeKey, LoadTestSpec::modeName(spec.mode));
    settings.setValue(BatchKey, spec.batchSize);
}

QString AppSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

int AppSettings::recentMax()
{
    return boundedInt(RecentMaxKey, DefaultRecentMax, 1, 50);
}

void AppSettings::setRecentMax(int entries)
{
    QSettings().setValue(RecentMaxKey, entries);
}

QStringList AppSettings::recentConfigs()
{
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::setRecentConfigs(const QStringList &entries)
{
    QSettings().setValue(RecentKey, entries);
}

QByteArray AppSettings::viewState(const QString &name)
{
    return QSettings().value(ViewStateGroup + name).toByteArray();
}

void AppSettings::setViewState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(ViewStateGroup + name, state);
}

} // namespace ShardDesk
