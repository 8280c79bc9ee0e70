#include "MainWindow.h"

#include "credentials/MemoryCredentialStore.h"
#include "i18n/Translations.h"
#include "provision/HostListParser.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTranslator>
#include <QtTest>

using namespace ShardDesk;

// The compiled German translation is embedded and loads: ShardDesk's own strings and Qt's base strings
// come up in German, by name and by following the system locale. main() makes the system locale German
// before the application reads it.
class TestGermanUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void germanByNameTranslatesMenusAndQtButtons();
    void coreMessagesAreGermanToo();
    void noLanguageFollowsTheGermanSystemLocale();
    void englishByNameOverridesTheGermanSystemLocale();
    void englishPluralFormsAreRight_data();
    void englishPluralFormsAreRight();

private:
    static void removeTranslators();
    static QStringList menuTitles(const MainWindow &window);
    static QString firstActionOf(const MainWindow &window, int menu);
    static QString cancelButtonText();
};

void TestGermanUi::removeTranslators()
{
    // Translations::install() parents its translators to the application.
    const auto translators = qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators)
        delete translator; // a deleted translator removes itself from the application
}

void TestGermanUi::init()
{
    removeTranslators();
}

void TestGermanUi::cleanupTestCase()
{
    removeTranslators();
}

QStringList TestGermanUi::menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menu : menus)
        titles.append(menu->text());
    return titles;
}

QString TestGermanUi::firstActionOf(const MainWindow &window, int menu)
{
    const QList<QAction *> actions = window.menuBar()->actions().value(menu)->menu()->actions();
    return actions.isEmpty() ? QString() : actions.first()->text();
}

QString TestGermanUi::cancelButtonText()
{
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    return buttons.button(QDialogButtonBox::Cancel)->text();
}

void TestGermanUi::germanByNameTranslatesMenusAndQtButtons()
{
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    MainWindow window;
    QCOMPARE(menuTitles(window),
             (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Cluster"),
                           QStringLiteral("&Hilfe")}));
    QCOMPARE(firstActionOf(window, 0), QStringLiteral("&Konfigurationsdatei öffnen…"));
    QCOMPARE(firstActionOf(window, 1), QStringLiteral("&Rückgängig"));
    QCOMPARE(firstActionOf(window, 3), QStringLiteral("&Über ShardDesk"));
    // Qt's own strings come from qtbase_de.qm, which install() loads next to ours.
    QCOMPARE(cancelButtonText(), QStringLiteral("Abbrechen"));
}

// Strings of core classes that lupdate once filed under a context other than the one tr() uses at run
// time (a class seen without its namespace; a subclass using its base's tr()).
void TestGermanUi::coreMessagesAreGermanToo()
{
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(HostListParser::emptyListMessage(),
             QStringLiteral("Die Hostliste nennt keinen Server: Schreiben Sie einen Server pro Zeile."));
    QCOMPARE(MemoryCredentialStore().description(), QStringLiteral("nur diese Sitzung"));
}

void TestGermanUi::noLanguageFollowsTheGermanSystemLocale()
{
    QCOMPARE(QLocale::system().language(), QLocale::German);
    QCOMPARE(Translations::install(QString()), QStringLiteral("de"));
    MainWindow window;
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Datei"));
    QCOMPARE(cancelButtonText(), QStringLiteral("Abbrechen"));
}

void TestGermanUi::englishByNameOverridesTheGermanSystemLocale()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    MainWindow window;
    QCOMPARE(menuTitles(window),
             (QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Cluster"),
                           QStringLiteral("&Help")}));
    QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
}

void TestGermanUi::englishPluralFormsAreRight_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("untranslated language falls back to English") << QStringLiteral("es");
}

// The English source texts say "%n shard(s)"; the English plural file turns them into words.
void TestGermanUi::englishPluralFormsAreRight()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), QStringLiteral("en"));
    const char *context = "ShardDesk::MainWindow";
    QCOMPARE(QCoreApplication::translate(context, "Loaded %n shard(s).", "", 1), QStringLiteral("Loaded 1 shard."));
    QCOMPARE(QCoreApplication::translate(context, "Loaded %n shard(s).", "", 3), QStringLiteral("Loaded 3 shards."));
    QCOMPARE(Translations::available().count(QStringLiteral("en")), 1);
}

int main(int argc, char **argv)
{
    // Translations::install() without a language follows QLocale::system(), which Qt reads from the
    // environment once: make it German before the application starts. (LC_ALL and LC_MESSAGES would
    // take precedence over LANG.)
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LANGUAGE", "de");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestGermanUi"));
    TestGermanUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestGermanUi.moc"
