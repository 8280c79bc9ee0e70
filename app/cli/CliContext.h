#pragma once

#include "Result.h"
#include "config/ConfigStore.h"
#include "credentials/CredentialStore.h"
#include "db/ConnectionOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace ShardDesk::Cli {

// What every subcommand shares: the global options (--config, --password-env, --json, --secrets-file,
// --master-password-env, --tls-ca, --tls-cert, --tls-key, --require-tls), opening the config store, finding passwords without ever taking one from
// the command line, and printing results as text or JSON.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::CliContext)

public:
    enum ExitCode { Ok = 0, UsageError = 1, RuntimeError = 2 };

    CliContext();

    // Adds the global options to a subcommand's parser; they are accepted before or after it.
    void addGlobalOptions(QCommandLineParser &parser) const;
    // Reads them back; false (with a message printed) when --config does not parse or a TLS file
    // cannot be read.
    bool readGlobalOptions(const QCommandLineParser &parser);
    // The global options that take a value, as written on the command line ("--config"...): main()
    // must skip their values to find the subcommand.
    static QStringList optionsTakingValue();
    // How to reach any server (config store, shards, provisioning): the TLS options, timeouts; callers
    // add the user and password.
    ConnectionOptions serverOptions() const;

    bool json() const { return m_json; }
    const ConfigLocation &location() const { return m_location; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the config store, asking for the MySQL password when the store is on a server.
    Result<std::unique_ptr<ConfigStore>> openStore(ConfigStore::OpenMode mode = ConfigStore::OpenMode::CreateIfMissing);
    // Opens the store and loads the topology; fails when no cluster was initialised.
    Result<Topology> loadTopology(ConfigStore &store);

    // What the commands that work on the servers need: the existing store, its topology and the shards' logins.
    struct Cluster
    {
        std::unique_ptr<ConfigStore> store;
        Topology topology;
        ConnectionOptionsProvider logins;
    };
    Result<Cluster> openCluster();

    // A password from --password-env, else a prompt on a terminal (echo off), else the credential store
    // under credentialRef. what names the login in the prompt.
    Result<QString> password(const QString &what, const QString &credentialRef);
    // Logins for every shard of topology, one password asked per distinct user@server here (on this
    // thread: the provider itself runs on worker threads and must never prompt).
    Result<ConnectionOptionsProvider> shardLogins(const Topology &topology);
    // The credential store: the encrypted file given with --secrets-file, else the OS keychain.
    Result<CredentialStore *> credentialStore();

    // Validates edited, writes it to the store if it differs from base, and says what changed.
    int applyEdit(ConfigStore &store, const Topology &base, const Topology &edited);

    void printJson(const QJsonValue &value);
    int fail(const Error &error);
    int usage(const QString &message);

private:
    Result<QString> passwordFromEnvironment() const;
    bool readTlsOptions(const QCommandLineParser &parser);

    QTextStream m_out;
    QTextStream m_err;
    ConfigLocation m_location;
    QString m_passwordEnv;
    QString m_secretsFile;
    QString m_masterPasswordEnv;
    bool m_json = false;
    ConnectionOptions m_server;
    std::unique_ptr<CredentialStore> m_credentials;
};

} // namespace ShardDesk::Cli
