#include "DarkPalette.h"
#include "EditorTestSupport.h"
#include "MainWindow.h"
#include "RecentConfigs.h"
#include "VShardMapModel.h"
#include "monitor/MonitorPanel.h"
#include "monitor/RamChart.h"
#include "monitor/ShardSizeChart.h"
#include "monitor/ShardTile.h"
#include "preferences/AppSettings.h"
#include "preferences/Appearance.h"
#include "preferences/PreferencesDialog.h"
#include "wizard/LoadTestPanel.h"

#include "monitor/Poller.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// The Preferences dialog and what it changes: settings written on OK, views created afterwards using
// them, window state kept across a restart, icons and shortcuts of the actions, the dark palette.
class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogWritesEveryPreferenceOnOk();
    void cancelKeepsTheSettings();
    void newMonitorPanelUsesPollIntervalAndChartWindow();
    void newLoadTestPanelStartsFromTheDefaults();
    void loginsUseThePreferredTimeouts();
    void recentListFollowsMaximumAndClear();
    void preferencesActionOpensTheDialog();
    void geometryAndColumnStateSurviveARestart();
    void aColumnStateOfAnotherLayoutIsNotRestored_data();
    void aColumnStateOfAnotherLayoutIsNotRestored();
    void everyToolbarActionHasAnIcon();
    void actionHasItsShortcut_data();
    void actionHasItsShortcut();
    void noTwoActionsShareAShortcut();
    void statusBarShowsMonitoringState();
    void statusBarCountsUnreachableServers_data();
    void statusBarCountsUnreachableServers();
    void customWidgetsHaveAccessibleNames();
    void tileTextFollowsDarkPalette();
    void chartsTurnDarkWithThePalette();
    void screenshotsShowTheDialogAndADarkWindow();

private:
    static void setSpin(QWidget *parent, const QString &name, int value);

    QTemporaryDir m_settingsDir;
    QPalette m_lightPalette;
};

void TestPreferences::initTestCase()
{
    // Settings in a scratch directory, never the user's.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    m_lightPalette = QApplication::palette();
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::cleanup()
{
    QApplication::setPalette(m_lightPalette);
}

// Types the value into a spin box as a user would: select all, type, Tab on (Enter would press OK).
void TestPreferences::setSpin(QWidget *parent, const QString &name, int value)
{
    auto *box = parent->findChild<QSpinBox *>(name);
    QVERIFY2(box, qPrintable(name));
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
    QCOMPARE(box->value(), value);
}


void TestPreferences::dialogWritesEveryPreferenceOnOk()
{
    PreferencesDialog dialog;
    dialog.show();
    setSpin(&dialog, QStringLiteral("pollInterval"), 2500);
    setSpin(&dialog, QStringLiteral("connectTimeout"), 7);
    setSpin(&dialog, QStringLiteral("readTimeout"), 11);
    setSpin(&dialog, QStringLiteral("writeTimeout"), 13);
    setSpin(&dialog, QStringLiteral("loadTestUsers"), 5000);
    setSpin(&dialog, QStringLiteral("loadTestComments"), 3);
    setSpin(&dialog, QStringLiteral("loadTestThreads"), 16);
    setSpin(&dialog, QStringLiteral("loadTestBatchSize"), 250);
    setSpin(&dialog, QStringLiteral("recentMax"), 4);
    auto *window = dialog.findChild<QComboBox *>(QStringLiteral("chartWindow"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("loadTestMode"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(window && mode && language);
    window->setCurrentIndex(window->findData(3600));
    mode->setCurrentIndex(mode->findData(int(LoadTestSpec::Mode::Batch)));
    QCOMPARE(language->itemData(0).toString(), QString()); // the system's language comes first
    for (const QString &name : {QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français")})
        QVERIFY2(language->findText(name) > 0, qPrintable(name)); // each in its own language
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    QCOMPARE(AppSettings::pollIntervalMs(), AppSettings::DefaultPollIntervalMs); // nothing written before OK

    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings::pollIntervalMs(), 2500);
    QCOMPARE(AppSettings::chartWindowSeconds(), 3600);
    QCOMPARE(AppSettings::connectTimeoutSec(), 7);
    QCOMPARE(AppSettings::readTimeoutSec(), 11);
    QCOMPARE(AppSettings::writeTimeoutSec(), 13);
    const LoadTestSpec spec = AppSettings::loadTestDefaults();
    QCOMPARE(spec.users, 5000);
    QCOMPARE(spec.commentsPerUser, 3);
    QCOMPARE(spec.threads, 16);
    QCOMPARE(spec.batchSize, 250);
    QCOMPARE(spec.mode, LoadTestSpec::Mode::Batch);
    QCOMPARE(AppSettings::language(), QStringLiteral("de"));
    QCOMPARE(AppSettings::recentMax(), 4);
    QCOMPARE(QSettings().value(QStringLiteral("monitor/pollIntervalMs")).toInt(), 2500);
}

void TestPreferences::cancelKeepsTheSettings()
{
    AppSettings::setPollIntervalMs(1500);
    PreferencesDialog dialog;
    dialog.show();
    setSpin(&dialog, QStringLiteral("pollInterval"), 4000);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(AppSettings::pollIntervalMs(), 1500);
}

void TestPreferences::newMonitorPanelUsesPollIntervalAndChartWindow()
{
    AppSettings::setPollIntervalMs(2500);
    AppSettings::setChartWindowSeconds(600);
    Poller poller;
    MonitorPanel panel(&poller);
    QCOMPARE(poller.intervalMs(), 2500);
    QCOMPARE(panel.windowSeconds(), 600);
    QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("monitorWindow"))->currentData().toInt(), 600);
}

void TestPreferences::newLoadTestPanelStartsFromTheDefaults()
{
    LoadTestSpec defaults;
    defaults.users = 777;
    defaults.commentsPerUser = 2;
    defaults.threads = 9;
    defaults.mode = LoadTestSpec::Mode::Transaction;
    defaults.batchSize = 42;
    AppSettings::setLoadTestDefaults(defaults);
    LoadTestPanel panel(std::make_shared<Topology>(), {});
    const LoadTestSpec spec = panel.spec();
    QCOMPARE(spec.users, 777);
    QCOMPARE(spec.commentsPerUser, 2);
    QCOMPARE(spec.threads, 9);
    QCOMPARE(spec.mode, LoadTestSpec::Mode::Transaction);
    QCOMPARE(spec.batchSize, 42);
}

void TestPreferences::loginsUseThePreferredTimeouts()
{
    AppSettings::setConnectTimeoutSec(9);
    AppSettings::setReadTimeoutSec(20);
    AppSettings::setWriteTimeoutSec(30);
    const ConnectionOptions options = AppSettings::connectionOptions();
    QCOMPARE(options.connectTimeoutSec, 9);
    QCOMPARE(options.readTimeoutSec, 20);
    QCOMPARE(options.writeTimeoutSec, 30);
    QSettings().setValue(QStringLiteral("connections/readTimeoutSec"), -4); // edited by hand
    QCOMPARE(AppSettings::readTimeoutSec(), AppSettings::DefaultTimeoutSec);
}

void TestPreferences::recentListFollowsMaximumAndClear()
{
    for (int i = 0; i < 6; ++i)
        RecentConfigs::add(QStringLiteral("/tmp/config-%1.sqlite").arg(i));
    QCOMPARE(RecentConfigs::list().size(), 6);
    {
        PreferencesDialog dialog;
        dialog.show();
        setSpin(&dialog, QStringLiteral("recentMax"), 3);
        dialog.accept();
    }
    QCOMPARE(RecentConfigs::list(),
             QStringList({QStringLiteral("/tmp/config-5.sqlite"), QStringLiteral("/tmp/config-4.sqlite"),
                          QStringLiteral("/tmp/config-3.sqlite")}));
    RecentConfigs::add(QStringLiteral("/tmp/new.sqlite"));
    QCOMPARE(RecentConfigs::list().size(), 3);

    PreferencesDialog dialog;
    dialog.show();
    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearRecent"));
    QVERIFY(clear && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(RecentConfigs::list().size(), 3); // not before OK
    dialog.accept();
    QVERIFY(RecentConfigs::list().isEmpty());
}

void TestPreferences::preferencesActionOpensTheDialog()
{
    MainWindow window;
    window.show();
    QSignalSpy changed(&window, &MainWindow::preferencesChanged);
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->accept();
    QCOMPARE(changed.count(), 1);
}

void TestPreferences::geometryAndColumnStateSurviveARestart()
{
    {
        MainWindow window;
        window.show();
        window.resize(1000, 600);
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("shardView"));
        tree->header()->resizeSection(1, 222);
        window.findChild<QTableView *>(QStringLiteral("vshardView"))->horizontalHeader()->resizeSection(0, 133);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 700});
        window.findChild<QToolBar *>(QStringLiteral("clusterToolBar"))->hide();
        QVERIFY(window.close());
    }
    MainWindow window;
    QCOMPARE(window.size(), QSize(1000, 600));
    // Opening a configuration sizes the columns to their contents, but not over the user's widths.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shardconf.sqlite"));
    QVERIFY(writeTwoBucketStore(path) > 0);
    QVERIFY(openAndWait(window, path));
    QCOMPARE(window.findChild<QTreeView *>(QStringLiteral("shardView"))->header()->sectionSize(1), 222);
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("vshardView"))->horizontalHeader()->sectionSize(0), 133);
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("clusterToolBar"))->isHidden());
    window.show();
    // The default stretch gives the tree three fifths; the user's 300 px come back, give or take the handle.
    const QList<int> sizes = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
    QVERIFY2(qAbs(sizes.value(0) - 300) <= 2, qPrintable(QString::number(sizes.value(0))));
}

void TestPreferences::aColumnStateOfAnotherLayoutIsNotRestored_data()
{
    QTest::addColumn<QByteArray>("sections");
    QTest::newRow("saved with three columns") << QByteArray("3");
    QTest::newRow("saved before the count was") << QByteArray();
}

// The vshard map had three columns, the last one stretching, before Rows and Size (MB) came. Qt takes a header
// state of another column count, and Size (MB) then stretched while the server column stopped stretching.
void TestPreferences::aColumnStateOfAnotherLayoutIsNotRestored()
{
    QFETCH(QByteArray, sections);
    {
        MainWindow window;
        window.show();
        QVERIFY(window.close()); // a geometry to restore, so that the headers are restored too
    }
    QStandardItemModel oldModel(4, 3);
    QTableView oldView;
    oldView.setModel(&oldModel);
    oldView.horizontalHeader()->setStretchLastSection(true);
    oldView.horizontalHeader()->resizeSection(0, 133);
    const QString key = QStringLiteral("mainWindow/header/vshardView");
    AppSettings::setViewState(key, oldView.horizontalHeader()->saveState());
    AppSettings::setViewState(key + QStringLiteral("/sections"), sections);

    MainWindow window;
    QHeaderView *header = window.findChild<QTableView *>(QStringLiteral("vshardView"))->horizontalHeader();
    QCOMPARE(header->count(), int(VShardMapModel::ColumnCount));
    QVERIFY(!header->stretchLastSection());
    QCOMPARE(header->sectionResizeMode(VShardMapModel::ServerColumn), QHeaderView::Stretch);
    QCOMPARE(header->sectionResizeMode(VShardMapModel::SizeColumn), QHeaderView::Interactive);
    QVERIFY(header->sectionSize(0) != 133);
}

void TestPreferences::everyToolbarActionHasAnIcon()
{
    MainWindow window;
    const QList<QToolBar *> toolbars = window.findChildren<QToolBar *>();
    QVERIFY(toolbars.size() >= 3);
    int actions = 0;
    for (QToolBar *toolbar : toolbars) {
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            ++actions;
            QVERIFY2(!action->icon().pixmap(24, 24).isNull(), qPrintable(action->text()));
        }
    }
    QVERIFY(actions >= 15);
}

void TestPreferences::actionHasItsShortcut_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("preferences") << QStringLiteral("preferencesAction") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("apply") << QStringLiteral("applyAction") << QKeySequence(QKeySequence::Save);
    QTest::newRow("revert") << QStringLiteral("revertAction") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    QTest::newRow("add shard") << QStringLiteral("addShardAction") << QKeySequence(QKeySequence::New);
    QTest::newRow("duplicate") << QStringLiteral("duplicateShardAction") << QKeySequence(Qt::CTRL | Qt::Key_D);
    QTest::newRow("remove") << QStringLiteral("removeShardAction") << QKeySequence(QKeySequence::Delete);
    QTest::newRow("test") << QStringLiteral("testConnectionAction") << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("test all") << QStringLiteral("testAllConnectionsAction")
                              << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    QTest::newRow("monitor") << QStringLiteral("monitorAction") << QKeySequence(Qt::Key_F6);
}

void TestPreferences::actionHasItsShortcut()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    auto *found = window.findChild<QAction *>(action);
    QVERIFY(found);
    QCOMPARE(found->shortcut(), shortcut);
    // Menus list it: the menu entry shows the same action, so its shortcut text appears there.
    QVERIFY(!found->shortcut().toString(QKeySequence::NativeText).isEmpty());
}

void TestPreferences::noTwoActionsShareAShortcut()
{
    MainWindow window;
    QHash<QKeySequence, QString> seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key) || seen.value(key) == action->text(),
                     qPrintable(key.toString() + QStringLiteral(": ") + seen.value(key) + QStringLiteral(" / ")
                                + action->text()));
            seen.insert(key, action->text());
        }
    }
    QVERIFY(seen.size() >= 15);
}

void TestPreferences::statusBarShowsMonitoringState()
{
    MainWindow window;
    window.show();
    auto *state = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusMonitoring"));
    QVERIFY(state);
    QTRY_VERIFY(state->isVisible());
    QCOMPARE(state->text(), QStringLiteral("Monitoring off"));
    QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("statusLocation")));
}

void TestPreferences::statusBarCountsUnreachableServers_data()
{
    QTest::addColumn<QList<bool>>("reachable");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QList<bool>>("noPassword"); // left empty: every server had one
    // English plurals come from the source text (there is no English translation): "server(s)".
    QTest::newRow("all answer") << QList<bool> {true, true} << QStringLiteral("Monitoring 2 server(s)")
                                << QList<bool> {};
    QTest::newRow("one of one answers") << QList<bool> {true} << QStringLiteral("Monitoring 1 server(s)")
                                        << QList<bool> {};
    QTest::newRow("one of three down") << QList<bool> {true, false, true}
                                       << QStringLiteral("Monitoring 3 servers, 1 unreachable") << QList<bool> {};
    QTest::newRow("two of three down") << QList<bool> {false, false, true}
                                       << QStringLiteral("Monitoring 3 servers, 2 unreachable") << QList<bool> {};
    QTest::newRow("none answers") << QList<bool> {false, false}
                                  << QStringLiteral("Monitoring 2 server(s), none reachable") << QList<bool> {};
    // Servers not asked for want of a password count apart from those that do not answer.
    QTest::newRow("no password for any")
        << QList<bool> {false, false}
        << QStringLiteral("Monitoring 2 server(s), no password set for any (Edit → Set Password…)")
        << QList<bool> {true, true};
    QTest::newRow("one without a password")
        << QList<bool> {true, false} << QStringLiteral("Monitoring 2 servers, 1 without a password")
        << QList<bool> {false, true};
    QTest::newRow("one down, one without a password")
        << QList<bool> {true, false, false}
        << QStringLiteral("Monitoring 3 servers, 1 unreachable, 1 without a password")
        << QList<bool> {false, false, true};
}

// The poller's samples (fed here as the poller would send them, without servers) drive the status line.
void TestPreferences::statusBarCountsUnreachableServers()
{
    QFETCH(QList<bool>, reachable);
    QFETCH(QString, expected);
    QFETCH(QList<bool>, noPassword);
    MainWindow window;
    auto *poller = window.findChild<Poller *>();
    auto *state = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusMonitoring"));
    QVERIFY(poller && state);
    poller->start(); // no topology: nothing is polled, but the poller runs
    for (int i = 0; i < reachable.size(); ++i) {
        ProbeSample sample;
        sample.serverKey = QStringLiteral("127.0.0.%1:3306").arg(i + 1);
        sample.reachable = reachable.at(i);
        sample.noPassword = noPassword.value(i, false);
        emit poller->sampled(sample);
    }
    emit poller->tickFinished(1);
    QCOMPARE(state->text(), expected);
    poller->stop();
}

void TestPreferences::customWidgetsHaveAccessibleNames()
{
    MainWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shardconf.sqlite"));
    QVERIFY(writeTwoBucketStore(path) > 0);
    QVERIFY(openAndWait(window, path));
    QList<QWidget *> custom;
    for (QChartView *chart : window.findChildren<QChartView *>())
        custom.append(chart);
    const QList<ShardTile *> tiles = window.findChildren<ShardTile *>();
    QCOMPARE(tiles.size(), 3);
    for (ShardTile *tile : tiles)
        custom.append(tile);
    for (const QString &name : {QStringLiteral("vshardView"), QStringLiteral("routeKey"), QStringLiteral("routeKeys"),
                                QStringLiteral("shardView")})
        custom.append(window.findChild<QWidget *>(name));
    QVERIFY(custom.size() >= 10);
    for (QWidget *widget : std::as_const(custom)) {
        QVERIFY(widget);
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
}

void TestPreferences::tileTextFollowsDarkPalette()
{
    ShardTile tile(7);
    tile.setState(20, ShardTile::Server::Answers, {});
    QVERIFY(!Appearance::isDark(tile.palette()));
    QVERIFY(tile.textColour().lightness() < 128); // dark text on a light tile
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(Appearance::isDark(tile.palette()));
    QVERIFY(tile.fillColour().lightness() < 128);
    QCOMPARE(tile.textColour(), darkPalette().color(QPalette::Text));
}

void TestPreferences::chartsTurnDarkWithThePalette()
{
    RamChart chart;
    ShardSizeChart shards;
    const QList<QChartView *> shardViews = shards.findChildren<QChartView *>();
    QCOMPARE(shardViews.size(), 2);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    for (QChartView *view : shardViews)
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    for (QChartView *view : shardViews) {
        QTRY_COMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    }
}

void TestPreferences::screenshotsShowTheDialogAndADarkWindow()
{
    QTemporaryDir scratch;
    const QString dir = scratch.path();
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/preferences.png")));

    QApplication::setPalette(darkPalette());
    MainWindow window;
    window.resize(1100, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = scratch.filePath(QStringLiteral("shardconf.sqlite"));
    QVERIFY(writeTwoBucketStore(path) > 0);
    QVERIFY(openAndWait(window, path));
    // The config in use stays readable in the status bar once the layout took its new text in.
    auto *location = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusLocation"));
    QVERIFY(location->text().contains(path));
    QTRY_VERIFY(location->width() >= location->sizeHint().width());
    const QImage image = window.grab().toImage();
    QVERIFY(image.save(dir + QStringLiteral("/main-window-dark.png")));
    // The window's background is the dark palette's, not a light default.
    QVERIFY(image.pixelColor(image.width() / 2, image.height() - 40).lightness() < 128);
}

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
