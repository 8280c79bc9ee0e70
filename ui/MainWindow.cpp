#include "MainWindow.h"

#include "ConfigLoader.h"
#include "RecentConfigs.h"
#include "RouteInspector.h"
#include "ShardTreeModel.h"
#include "VShardMapModel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace ShardDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_loader(new ConfigLoader(this)),
      m_shardModel(new ShardTreeModel(this)),
      m_vshardModel(new VShardMapModel(this)),
      m_shardView(new QTreeView),
      m_vshardView(new QTableView),
      m_routeInspector(new RouteInspector),
      m_shardStack(new QStackedWidget),
      m_emptyLabel(new QLabel),
      m_statusLocation(new QLabel)
{
    setWindowTitle(tr("ShardDesk"));
    m_shardView->setObjectName(QStringLiteral("shardView"));
    m_shardView->setModel(m_shardModel);
    m_shardView->setAlternatingRowColors(true);
    m_shardView->setUniformRowHeights(true);
    m_shardView->setAccessibleName(tr("Shards by bucket"));
    m_vshardView->setObjectName(QStringLiteral("vshardView"));
    m_vshardView->setModel(m_vshardModel);
    m_vshardView->verticalHeader()->hide();
    m_vshardView->verticalHeader()->setDefaultSectionSize(m_vshardView->fontMetrics().height() + 6);
    m_vshardView->horizontalHeader()->setStretchLastSection(true);
    m_vshardView->setAccessibleName(tr("VShard map"));

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Open a configuration with File → Open."));
    m_shardStack->addWidget(m_emptyLabel);
    m_shardStack->addWidget(m_shardView);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(m_vshardView, tr("VShard map"));
    tabs->addTab(m_routeInspector, tr("Routing"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_shardStack);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_statusLocation->setObjectName(QStringLiteral("statusLocation"));
    statusBar()->addPermanentWidget(m_statusLocation);
    createActions();
    resize(1100, 680);

    connect(m_loader, &ConfigLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ConfigLoader::failed, this, &MainWindow::onFailed);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Configuration File…"), this, &MainWindow::openSqliteDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Configuration on a &Server…"), this, &MainWindow::openServerDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *reloadAction = file->addAction(tr("Re&load"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ShardDesk"), this, &MainWindow::showAbout);
}

void MainWindow::openConfig(const ConfigLocation &location)
{
    statusBar()->showMessage(tr("Opening %1…").arg(location.toString()));
    if (location != m_location)
        m_mysqlPassword.clear();
    ConnectionOptions options;
    if (location.kind() == ConfigLocation::Kind::MySql) {
        if (m_mysqlPassword.isEmpty()) {
            bool ok = false;
            m_mysqlPassword = QInputDialog::getText(this, tr("Password"),
                                                    tr("Password for %1:").arg(location.toString()),
                                                    QLineEdit::Password, {}, &ok);
            if (!ok) {
                statusBar()->clearMessage();
                return;
            }
        }
        options.user = location.user();
        options.password = m_mysqlPassword;
    }
    m_location = location;
    m_loader->load(location, options);
}

void MainWindow::openSqliteDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Configuration"), {},
                                                      tr("ShardDesk configurations (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openConfig(ConfigLocation::sqlite(path));
}

void MainWindow::openServerDialog()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Open Configuration on a Server"),
                                              tr("Config store as mysql://user@host:port/database:"),
                                              QLineEdit::Normal, QStringLiteral("mysql://root@127.0.0.1:3306/shardconf"),
                                              &ok);
    if (!ok || url.isEmpty())
        return;
    auto location = ConfigLocation::parse(url);
    if (!location) {
        QMessageBox::warning(this, tr("Open Configuration"), location.error().fullText());
        return;
    }
    openConfig(location.value());
}

void MainWindow::reload()
{
    if (!m_location.toString().isEmpty())
        openConfig(m_location);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentConfigs::list();
    for (const QString &entry : recent) {
        m_recentMenu->addAction(entry, this, [this, entry] {
            if (auto location = ConfigLocation::parse(entry))
                openConfig(location.value());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onLoaded(const ConfigLocation &location, const Topology &topology, bool hasCluster)
{
    m_topology = std::make_shared<const Topology>(topology);
    m_shardModel->setTopology(m_topology);
    m_vshardModel->setTopology(m_topology);
    m_routeInspector->setTopology(m_topology);
    m_shardView->expandAll();
    for (int c = 0; c < ShardTreeModel::ColumnCount; ++c)
        m_shardView->resizeColumnToContents(c);
    RecentConfigs::add(location.toString());
    rebuildRecentMenu();

    if (!hasCluster) {
        m_emptyLabel->setText(tr("%1 holds no cluster yet.\nCreate one with: sharddesk-cli --config %1 init "
                                 "--vshards 1024").arg(location.toString()));
        m_shardStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_shardStack->setCurrentWidget(m_shardView);
    }
    setWindowTitle(tr("%1 — ShardDesk").arg(location.toString()));
    m_statusLocation->setText(hasCluster ? tr("%1 · version %2").arg(location.toString()).arg(topology.version)
                                         : location.toString());
    const int problems = int(topology.validate().size());
    statusBar()->showMessage(problems == 0 ? tr("Loaded %n shard(s).", "", int(topology.shards.size()))
                                           : tr("Loaded, with %n problem(s) in the configuration.", "", problems));
    emit configLoaded();
}

void MainWindow::onFailed(const ConfigLocation &location, const QString &message)
{
    m_mysqlPassword.clear();
    statusBar()->clearMessage();
    // Window-modal but not blocking: the event loop (and any other work) goes on while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Configuration"),
                                tr("Could not open %1:\n%2").arg(location.toString(), message), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit configFailed(message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ShardDesk"),
                       tr("<h3>ShardDesk %1</h3><p>Desktop administration, capacity planning and load testing "
                          "for application-level sharding over MySQL and MariaDB.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace ShardDesk
