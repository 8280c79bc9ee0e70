#pragma once

#include "db/ConnectionOptions.h"
#include "loadtest/LoadTestSpec.h"

#include <QByteArray>
#include <QString>

namespace ShardDesk {

// The user's preferences, kept in QSettings: every key and every default lives here, so the views that
// use a value and the Preferences dialog that edits it cannot disagree. Reads go to QSettings each time
// (cheap, and a view created after the dialog was accepted sees the new value). Never a password.
class AppSettings
{
public:
    static constexpr int DefaultPollIntervalMs = 1000;
    static constexpr int DefaultChartWindowSeconds = 60;
    static constexpr int DefaultTimeoutSec = 3;
    static constexpr int DefaultRecentMax = 8;

    // Monitoring.
    static int pollIntervalMs();
    static void setPollIntervalMs(int intervalMs);
    static int chartWindowSeconds();
    static void setChartWindowSeconds(int seconds);

    // Connections: the timeouts of every login the GUI makes.
    static int connectTimeoutSec();
    static void setConnectTimeoutSec(int seconds);
    static int readTimeoutSec();
    static void setReadTimeoutSec(int seconds);
    static int writeTimeoutSec();
    static void setWriteTimeoutSec(int seconds);
    // Options with the preferred timeouts and no login yet.
    static ConnectionOptions connectionOptions();
    static void applyTimeouts(ConnectionOptions &options);

    // The load test's form starts from these (users, comments per user, threads, mode, batch size).
    static LoadTestSpec loadTestDefaults();
    static void setLoadTestDefaults(const LoadTestSpec &spec);

    // "" follows the system; otherwise one of Translations::available(). Applied at the next start.
    static QString language();
    static void setLanguage(const QString &language);

    static int recentMax();
    static void setRecentMax(int entries);
    static QStringList recentConfigs();
    static void setRecentConfigs(const QStringList &entries);

    // Window geometry, toolbar and splitter/header states, by a name the view chooses.
    static QByteArray viewState(const QString &name);
    static void setViewState(const QString &name, const QByteArray &state);
};

} // namespace ShardDesk
