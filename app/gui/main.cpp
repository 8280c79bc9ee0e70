// sharddesk: the desktop application.
#include "MainWindow.h"

#include "config/ConfigLocation.h"
#include "i18n/Translations.h"
#include "preferences/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

using namespace ShardDesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDesk"));
    QApplication::setApplicationName(QStringLiteral("ShardDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ShardDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sharddesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sharddesk.svg")));
    // The language chosen in Preferences (empty: the system's), read once: a change applies at the next start.
    Translations::install(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ShardDesk: sharded MySQL/MariaDB on the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("config"),
                                 QApplication::translate("main", "Config store to open: an SQLite file or "
                                                                 "mysql://user@host:port/database."),
                                 QStringLiteral("[config]"));
    parser.process(app);

    ConfigLocation location = ConfigLocation::defaultLocation();
    if (!parser.positionalArguments().isEmpty()) {
        auto parsed = ConfigLocation::parse(parser.positionalArguments().constFirst());
        if (!parsed) {
            QTextStream(stderr) << parsed.error().fullText() << '\n';
            return 1;
        }
        location = parsed.value();
    }

    MainWindow window;
    window.show();
    window.openConfig(location);
    return app.exec();
}
