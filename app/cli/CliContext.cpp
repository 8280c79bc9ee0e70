#include "CliContext.h"

#include "credentials/EncryptedFileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "topology/TopologyDiff.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ShardDesk::Cli {

namespace {

const QString ConfigOption = QStringLiteral("config");
const QString PasswordEnvOption = QStringLiteral("password-env");
const QString JsonOption = QStringLiteral("json");
const QString SecretsFileOption = QStringLiteral("secrets-file");
const QString MasterPasswordEnvOption = QStringLiteral("master-password-env");
const QString TlsCaOption = QStringLiteral("tls-ca");
const QString TlsCertOption = QStringLiteral("tls-cert");
const QString TlsKeyOption = QStringLiteral("tls-key");
const QString RequireTlsOption = QStringLiteral("require-tls");

// Reads one line from the terminal with echo off, so a typed password is never shown.
QString promptHidden(const QString &prompt)
{
    QTextStream tty(stderr);
    tty << prompt;
    tty.flush();
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    tty << Qt::endl;
    return line;
}

} // namespace

CliContext::CliContext()
    : m_out(stdout), m_err(stderr), m_location(ConfigLocation::defaultLocation())
{
}

void CliContext::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOption({ConfigOption,
                      tr("The config store: an SQLite file or mysql://user@host:port/database "
                         "(default: %1).").arg(QDir::home().relativeFilePath(ConfigLocation::defaultLocation().path())
                                                    .prepend(QStringLiteral("~/"))),
                      tr("path-or-url")});
    parser.addOption({PasswordEnvOption,
                      tr("Read the server password from environment variable <name> (passwords are never "
                         "taken from the command line)."),
                      tr("name")});
    parser.addOption({JsonOption, tr("Print data as JSON.")});
    parser.addOption({SecretsFileOption,
                      tr("Keep passwords in this encrypted file instead of the OS keychain."), tr("path")});
    parser.addOption({MasterPasswordEnvOption,
                      tr("Read the master password of --secrets-file from environment variable <name>."),
                      tr("name")});
    parser.addOption({TlsCaOption,
                      tr("Connect to servers over TLS, trusting the certificate authorities in this PEM file."),
                      tr("file")});
    parser.addOption({TlsCertOption, tr("Present this client certificate (PEM) to servers; needs --tls-key."),
                      tr("file")});
    parser.addOption({TlsKeyOption, tr("The private key (PEM) of --tls-cert."), tr("file")});
    parser.addOption({RequireTlsOption, tr("Refuse every server connection that is not encrypted.")});
}

QStringList CliContext::optionsTakingValue()
{
    QStringList names;
    for (const QString &option : {ConfigOption, PasswordEnvOption, SecretsFileOption, MasterPasswordEnvOption,
                                  TlsCaOption, TlsCertOption, TlsKeyOption})
        names << QStringLiteral("--") + option;
    return names;
}

ConnectionOptions CliContext::serverOptions() const
{
    return m_server;
}

// Checked here, before anything connects: the driver only warns about a CA file it cannot read and then
// connects in plain text (docs RELIABILITY.md), so a typo must not silently turn TLS off.
bool CliContext::readTlsOptions(const QCommandLineParser &parser)
{
    for (const QString &option : {TlsCaOption, TlsCertOption, TlsKeyOption}) {
        const QString path = parser.value(option);
        if (parser.isSet(option) && !(QFileInfo(path).isFile() && QFileInfo(path).isReadable())) {
            usage(tr("The file %1 given with --%2 does not exist or cannot be read.").arg(path, option));
            return false;
        }
    }
    if (parser.isSet(TlsCertOption) != parser.isSet(TlsKeyOption)) {
        usage(tr("--tls-cert and --tls-key must be given together."));
        return false;
    }
    m_server.tlsCaFile = parser.value(TlsCaOption);
    m_server.tlsCertFile = parser.value(TlsCertOption);
    m_server.tlsKeyFile = parser.value(TlsKeyOption);
    m_server.requireTls = parser.isSet(RequireTlsOption);
    return true;
}

bool CliContext::readGlobalOptions(const QCommandLineParser &parser)
{
    m_json = parser.isSet(JsonOption);
    m_passwordEnv = parser.value(PasswordEnvOption);
    m_secretsFile = parser.value(SecretsFileOption);
    m_masterPasswordEnv = parser.value(MasterPasswordEnvOption);
    if (!readTlsOptions(parser))
        return false;
    if (parser.isSet(ConfigOption)) {
        auto location = ConfigLocation::parse(parser.value(ConfigOption));
        if (!location) {
            usage(location.error().fullText());
            return false;
        }
        m_location = location.value();
    }
    return true;
}

Result<std::unique_ptr<ConfigStore>> CliContext::openStore(ConfigStore::OpenMode mode)
{
    ConnectionOptions options = serverOptions();
    if (m_location.kind() == ConfigLocation::Kind::MySql) {
        options.user = m_location.user();
        auto secret = password(tr("the config store %1").arg(m_location.toString()), m_location.credentialRef());
        if (!secret)
            return secret.error();
        options.password = secret.value();
    }
    auto store = std::make_unique<ConfigStore>();
    if (auto opened = store->open(m_location, options, mode); !opened)
        return opened.error();
    return store;
}

Result<Topology> CliContext::loadTopology(ConfigStore &store)
{
    auto has = store.hasCluster();
    if (!has)
        return has.error();
    if (!has.value())
        return makeError(tr("%1 holds no cluster yet. Create one with: sharddesk-cli init --vshards N")
                             .arg(store.location().toString()),
                         Error::Kind::NotFound);
    return store.load();
}

Result<QString> CliContext::passwordFromEnvironment() const
{
    if (!qEnvironmentVariableIsSet(qPrintable(m_passwordEnv)))
        return makeError(tr("The environment variable %1 named by --password-env is not set.").arg(m_passwordEnv),
                         Error::Kind::Usage);
    return qEnvironmentVariable(qPrintable(m_passwordEnv));
}

Result<QString> CliContext::password(const QString &what, const QString &credentialRef)
{
    if (!m_passwordEnv.isEmpty())
        return passwordFromEnvironment();
    if (isatty(STDIN_FILENO))
        return promptHidden(tr("Password for %1: ").arg(what));
    auto store = credentialStore();
    if (!store)
        return makeError(tr("No password for %1: give --password-env NAME, run on a terminal to be asked, "
                            "or save it in the credential store.").arg(what)
                             + QLatin1Char(' ') + store.error().message,
                         Error::Kind::Usage);
    auto secret = store.value()->read(credentialRef);
    if (!secret)
        return makeError(tr("No password for %1 in %2: give --password-env NAME.")
                             .arg(what, store.value()->description()),
                         Error::Kind::Usage, secret.error().message);
    return secret;
}

Result<CliContext::Cluster> CliContext::openCluster()
{
    auto store = openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return store.error();
    auto topology = loadTopology(*store.value());
    if (!topology)
        return topology.error();
    auto logins = shardLogins(*topology);
    if (!logins)
        return logins.error();
    return Cluster {std::move(store.value()), std::move(topology.value()), std::move(logins.value())};
}

Result<ConnectionOptionsProvider> CliContext::shardLogins(const Topology &topology)
{
    const auto loginKey = [](const Shard &shard) -> QString { return shard.user + QLatin1Char('@') + shard.serverKey(); };
    QHash<QString, ConnectionOptions> logins;
    for (const Shard &shard : topology.shards) {
        const QString key = loginKey(shard);
        if (logins.contains(key))
            continue;
        auto secret = password(tr("user %1 on %2").arg(shard.user, shard.serverKey()), shard.credentialRef);
        if (!secret)
            return secret.error();
        ConnectionOptions options = serverOptions();
        options.user = shard.user;
        options.password = secret.value();
        logins.insert(key, options);
    }
    return ConnectionOptionsProvider([logins, loginKey](const Shard &shard) -> Result<ConnectionOptions> {
        const auto it = logins.constFind(loginKey(shard));
        if (it == logins.cend())
            return makeError(tr("No login for user %1 on %2.").arg(shard.user, shard.serverKey()), Error::Kind::Usage);
        return *it;
    });
}

Result<CredentialStore *> CliContext::credentialStore()
{
    if (m_credentials)
        return m_credentials.get();
    if (!m_secretsFile.isEmpty()) {
        QString master;
        if (!m_masterPasswordEnv.isEmpty() && qEnvironmentVariableIsSet(qPrintable(m_masterPasswordEnv)))
            master = qEnvironmentVariable(qPrintable(m_masterPasswordEnv));
        else if (isatty(STDIN_FILENO))
            master = promptHidden(tr("Master password for %1: ").arg(m_secretsFile));
        else
            return makeError(tr("--secrets-file needs its master password: give --master-password-env NAME."),
                             Error::Kind::Usage);
        auto file = EncryptedFileCredentialStore::open(m_secretsFile, master);
        if (!file)
            return file.error();
        m_credentials = std::move(file.value());
        return m_credentials.get();
    }
    auto keychain = std::make_unique<KeychainCredentialStore>();
    if (auto probed = keychain->probe(); !probed)
        return makeError(probed.error().message + QLatin1Char(' ')
                             + tr("With sharddesk-cli, use --secrets-file PATH --master-password-env NAME."),
                         Error::Kind::Unreachable);
    m_credentials = std::move(keychain);
    return m_credentials.get();
}

int CliContext::applyEdit(ConfigStore &store, const Topology &base, const Topology &edited)
{
    const TopologyProblems problems = edited.validate();
    bool refused = false;
    for (const TopologyProblem &p : problems) {
        m_err << (p.isError() ? tr("invalid: %1") : tr("not ready yet: %1")).arg(p.message) << Qt::endl;
        refused = refused || p.isError();
    }
    if (refused)
        return RuntimeError;
    const TopologyDiff diff = TopologyDiff::between(base, edited);
    if (diff.isEmpty()) {
        m_out << tr("Nothing to change.") << Qt::endl;
        return Ok;
    }
    auto version = store.apply(base, edited, ConfigStore::defaultAuthor());
    if (!version)
        return fail(version.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("version"), version.value()},
                              {QStringLiteral("changes"), QJsonArray::fromStringList(diff.describe())}});
        return Ok;
    }
    for (const QString &line : diff.describe())
        m_out << line << Qt::endl;
    m_out << tr("Saved as version %1 of %2.").arg(version.value()).arg(store.location().toString()) << Qt::endl;
    return Ok;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    m_err << tr("error: %1").arg(error.fullText()) << Qt::endl;
    return error.kind == Error::Kind::Usage ? UsageError : RuntimeError;
}

int CliContext::usage(const QString &message)
{
    m_err << tr("usage error: %1").arg(message) << Qt::endl
          << tr("Run with --help for the options.") << Qt::endl;
    return UsageError;
}

} // namespace ShardDesk::Cli
