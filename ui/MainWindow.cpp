#include "MainWindow.h"

#include "ClusterTools.h"
#include "ConfigLoader.h"
#include "RecentConfigs.h"
#include "RouteInspector.h"
#include "RowLookupPanel.h"
#include "ShardTreeModel.h"
#include "StatusLabel.h"
#include "editor/ApplyFlow.h"
#include "editor/CredentialSession.h"
#include "editor/JsonTransfer.h"
#include "editor/ShardDropStatus.h"
#include "editor/ShardEditActions.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardMapPanel.h"
#include "preferences/AppSettings.h"
#include "preferences/Appearance.h"
#include "preferences/PreferencesDialog.h"
#include "preferences/WindowState.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace ShardDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_document(new TopologyDocument(this)),
      m_loader(new ConfigLoader(this)),
      m_applyFlow(new ApplyFlow(m_document, this)),
      m_jsonTransfer(new JsonTransfer(m_document, this)),
      m_shardModel(new ShardTreeModel(m_document, this)),
      m_shardView(new QTreeView),
      m_shardActions(new ShardEditActions(m_document, m_shardModel, m_shardView)),
      m_vshardPanel(new VShardMapPanel(m_document)),
      m_routeInspector(new RouteInspector),
      m_tabs(new QTabWidget),
      m_shardStack(new QStackedWidget),
      m_emptyLabel(new QLabel),
      m_statusLocation(new StatusLabel(statusBar()))
{
    setWindowTitle(tr("ShardDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_shardView->setObjectName(QStringLiteral("shardView"));
    m_shardView->setModel(m_shardModel);
    m_shardView->setAlternatingRowColors(true);
    m_shardView->setUniformRowHeights(true);
    m_shardView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_shardView->setAccessibleName(tr("Shards by bucket"));
    // A shard dragged within the tree is re-chained; vshards dragged from the map onto a shard are moved.
    m_shardView->setDragDropMode(QAbstractItemView::DragDrop);
    m_shardView->setDropIndicatorShown(true);
    connect(m_shardModel, &QAbstractItemModel::modelReset, m_shardView, &QTreeView::expandAll);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Open a configuration with File → Open Configuration File…"));
    m_shardStack->addWidget(m_emptyLabel);
    m_shardStack->addWidget(m_shardView);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_vshardPanel, tr("VShard map"));
    m_tabs->addTab(m_routeInspector, tr("Routing"));

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_shardStack);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_statusLocation->setObjectName(QStringLiteral("statusLocation"));
    statusBar()->addPermanentWidget(m_statusLocation);
    new ShardDropStatus(m_shardModel, m_shardView, statusBar()); // why a shard cannot be dropped where it is
    createActions();
    createEditActions();
    auto *tools = new ClusterTools(this, m_shardActions->credentials());
    m_routeInspector->rowLookup()->setLoginSource(
        [tools](std::function<void(ConnectionOptionsProvider)> then) { tools->withLogins(std::move(then)); });
    resize(1280, 720);
    // Column widths the user set win over sizing to the contents of the first config opened.
    m_columnsSized = WindowState::restore(this);

    m_routeTimer.setSingleShot(true);
    m_routeTimer.setInterval(0);
    connect(&m_routeTimer, &QTimer::timeout, this, [this] { m_routeInspector->setTopology(m_document->snapshot()); });
    for (auto changed : {&TopologyDocument::reset, &TopologyDocument::shardsRestructured})
        connect(m_document, changed, &m_routeTimer, qOverload<>(&QTimer::start));
    connect(m_document, &TopologyDocument::shardChanged, &m_routeTimer, qOverload<>(&QTimer::start));
    connect(m_document, &TopologyDocument::vshardsChanged, &m_routeTimer, qOverload<>(&QTimer::start));
    connect(m_document, &TopologyDocument::errorsChanged, this, &MainWindow::updateActions);
    connect(m_document, &TopologyDocument::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_document, &TopologyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_vshardPanel, &VShardMapPanel::message, this, &MainWindow::showMessage);
    connect(m_shardActions, &ShardEditActions::message, this, &MainWindow::showMessage);
    connect(m_jsonTransfer, &JsonTransfer::message, this, &MainWindow::showMessage);
    connect(m_jsonTransfer, &JsonTransfer::imported, this, [this] { openConfig(m_location); });
    connect(m_shardView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_loader, &ConfigLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ConfigLoader::failed, this, &MainWindow::onFailed);
    connect(m_applyFlow, &ApplyFlow::applied, this, [this](qint64 version) {
        statusBar()->showMessage(tr("Applied: the configuration is now at version %1.").arg(version), 15000);
        updateTitle();
        updateActions();
        emit applied(version);
        emit applyFinished(true);
        if (m_closeAfterApply)
            close();
    });
    connect(m_applyFlow, &ApplyFlow::notApplied, this, [this](const QString &message) {
        m_closeAfterApply = false;
        statusBar()->showMessage(message, 15000);
        updateActions();
        emit applyFinished(false);
    });
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body and still signal while they go (the undo stack's clean
    // state, the selection): nothing may reach the half-destroyed window.
    m_document->disconnect(this);
    m_shardView->selectionModel()->disconnect(this);
    m_shardActions->disconnect(this);
    m_jsonTransfer->disconnect(this);
}

std::shared_ptr<const Topology> MainWindow::topology() const
{
    return m_document->snapshot();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(Appearance::icon("open", "document-open"), tr("&Open Configuration File…"), this,
                                    &MainWindow::openSqliteDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(Appearance::icon("open-server"), tr("Open Configuration on a &Server…"), this,
                    &MainWindow::openServerDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *reloadAction
        = file->addAction(Appearance::icon("reload", "view-refresh"), tr("Re&load"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    file->addAction(Appearance::icon("import", "document-import"), tr("&Import JSON…"), this, &MainWindow::importJson)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(Appearance::icon("import", "document-import"), tr("Open &pyshards shardconf…"), this,
                    &MainWindow::importPyShards)
        ->setObjectName(QStringLiteral("importPyShardsAction"));
    file->addAction(Appearance::icon("export", "document-export"), tr("&Export JSON…"), this, &MainWindow::exportJson)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(Appearance::icon("quit", "application-exit"), tr("&Quit"), qApp,
                                    &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QToolBar *toolbar = addToolBar(tr("File"));
    toolbar->setObjectName(QStringLiteral("fileToolBar"));
    toolbar->addActions({open, reloadAction});
}

void MainWindow::createEditActions()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QToolBar *toolbar = addToolBar(tr("Edit"));
    toolbar->setObjectName(QStringLiteral("editToolBar"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Appearance::icon("undo", "edit-undo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setIcon(Appearance::icon("redo", "edit-redo"));
    QAction *add = m_shardActions->addAction();
    edit->addActions({add, m_shardActions->duplicateAction(), m_shardActions->removeAction(),
                      m_shardActions->passwordAction(), m_shardActions->testAction(),
                      m_shardActions->testAllAction()});
    m_applyAction = edit->addAction(tr("A&pply…"), this, &MainWindow::apply);
    m_applyAction->setShortcut(QKeySequence::Save);
    m_applyAction->setObjectName(QStringLiteral("applyAction"));
    m_applyAction->setIcon(Appearance::icon("apply"));
    m_revertAction
        = edit->addAction(Appearance::icon("revert", "document-revert"), tr("Re&vert"), this, &MainWindow::revert);
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    edit->addSeparator();
    QAction *preferences = PreferencesDialog::createAction(this, [this] {
        rebuildRecentMenu();
        emit preferencesChanged();
    });
    edit->addAction(preferences);
    edit->insertActions(add, {undo, redo});
    edit->insertSeparator(add);
    edit->insertSeparator(m_applyAction);
    toolbar->addActions({undo, redo, add, m_shardActions->duplicateAction(), m_shardActions->removeAction(),
                         m_shardActions->passwordAction(), m_shardActions->testAllAction(), m_applyAction,
                         m_revertAction, preferences});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(Appearance::icon("about", "help-about"), tr("&About ShardDesk"), this, &MainWindow::showAbout);
}

void MainWindow::updateActions()
{
    const bool loaded = m_document->isLoaded();
    const bool valid = m_document->errors().isEmpty();
    const bool busy = m_applyFlow->isBusy();
    m_applyAction->setEnabled(loaded && valid && m_document->isModified() && !busy);
    m_revertAction->setEnabled(loaded && m_document->isModified() && !busy);
    m_shardActions->updateEnabled();
    // Why Apply is disabled, while it is; once the edits are valid again (fixed, undone) it goes.
    const QString problem
        = loaded && !valid ? tr("Cannot apply: %1").arg(m_document->errors().constFirst().message) : QString();
    if (!problem.isEmpty())
        statusBar()->showMessage(problem);
    else if (!m_applyProblem.isEmpty() && statusBar()->currentMessage() == m_applyProblem)
        statusBar()->clearMessage();
    m_applyProblem = problem;
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::updateTitle()
{
    if (m_location.toString().isEmpty())
        return;
    // [*] shows the platform's unsaved-changes mark.
    setWindowTitle(tr("%1[*] — ShardDesk").arg(m_location.toString()));
    setWindowModified(m_document->isModified());
    if (m_document->isLoaded())
        m_statusLocation->setText(tr("%1 · version %2").arg(m_location.toString()).arg(m_document->base().version));
}

// The window switches to location only once it has loaded: a store that fails to open leaves the
// window (and where Apply writes) on the configuration it had.
void MainWindow::openConfig(const ConfigLocation &location)
{
    statusBar()->showMessage(tr("Opening %1…").arg(location.toString()));
    ConnectionOptions options = AppSettings::connectionOptions();
    if (location.kind() == ConfigLocation::Kind::MySql) {
        options.user = location.user();
        options.password = location == m_location ? m_mysqlPassword : QString();
        if (options.password.isEmpty()) {
            bool ok = false;
            options.password = QInputDialog::getText(this, tr("Password"), tr("Password for %1:").arg(location.toString()),
                                                     QLineEdit::Password, {}, &ok);
            if (!ok) {
                statusBar()->clearMessage();
                return;
            }
        }
    }
    m_pendingOptions = options;
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
    if (m_location.toString().isEmpty())
        return;
    if (m_document->isModified() && askUnsaved() != QMessageBox::Discard)
        return;
    openConfig(m_location);
}

void MainWindow::exportJson()
{
    if (!m_document->isLoaded())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"), {}, tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_jsonTransfer->exportTo(path);
}

void MainWindow::importJson()
{
    if (m_location.toString().isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON"), {}, tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_jsonTransfer->importFrom(path);
}

// The original's shardconf (an SQLite file or a MySQL database) replaces this store's configuration after
// a confirmation; its passwords go to the credential store, the source is left unchanged.
void MainWindow::importPyShards()
{
    if (m_location.toString().isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Open pyshards shardconf"),
                                               tr("The pyshards shardconf, as an SQLite file path or "
                                                  "mysql://user@host:port/database:"),
                                               QLineEdit::Normal, QStringLiteral("mysql://root@127.0.0.1:3306/shardconf"),
                                               &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    auto source = ConfigLocation::parse(text.trimmed());
    if (!source) {
        QMessageBox::warning(this, tr("Open pyshards shardconf"), source.error().fullText());
        return;
    }
    ConnectionOptions options = AppSettings::connectionOptions();
    if (source->kind() == ConfigLocation::Kind::MySql) {
        options.user = source->user();
        options.password = QInputDialog::getText(this, tr("Open pyshards shardconf"),
                                                 tr("Password of %1 (used for this import only):").arg(source->toString()),
                                                 QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    CredentialSession *credentials = m_shardActions->credentials();
    credentials->withStore([this, credentials, source = source.value(), options] {
        m_jsonTransfer->importPyShards(source, options, credentials->store());
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentConfigs::list();
    for (const QString &entry : recent) {
        m_recentMenu->addAction(entry, this, [this, entry] {
            auto location = ConfigLocation::parse(entry);
            if (!location)
                return;
            // Opening a missing SQLite file would create an empty store in its place.
            if (location->kind() == ConfigLocation::Kind::SQLite && !QFileInfo::exists(location->path())) {
                RecentConfigs::remove(entry);
                QTimer::singleShot(0, this, &MainWindow::rebuildRecentMenu); // not while this action is firing
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Recent"),
                                            tr("%1 no longer exists; it was removed from the list.").arg(entry),
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("recentMissingMessage"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            openConfig(location.value());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onLoaded(const ConfigLocation &location, const Topology &topology, bool hasCluster)
{
    m_location = location;
    m_mysqlPassword = m_pendingOptions.password;
    m_applyFlow->setStore(location, m_pendingOptions);
    m_jsonTransfer->setStore(location, m_pendingOptions);
    m_pendingOptions = {};
    m_document->load(topology);
    for (int c = 0; c < ShardTreeModel::ColumnCount && !m_columnsSized; ++c)
        m_shardView->resizeColumnToContents(c);
    m_columnsSized = m_columnsSized || topology.shards.size() > 0;
    RecentConfigs::add(location.toString());
    rebuildRecentMenu();

    if (!hasCluster) {
        m_emptyLabel->setText(tr("%1 holds no cluster yet.\nCreate a test cluster with Cluster → New Test Cluster…, "
                                 "or describe existing servers with: sharddesk-cli --config %1 init --vshards 1024")
                              .arg(location.toString()));
        m_shardStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_shardStack->setCurrentWidget(m_shardView);
    }
    updateTitle();
    if (!hasCluster)
        m_statusLocation->setText(location.toString());
    const int problems = int(topology.validate().size());
    statusBar()->showMessage(problems == 0 ? tr("Loaded %n shard(s).", "", int(topology.shards.size()))
                                           : tr("Loaded, with %n problem(s) in the configuration.", "", problems));
    updateActions();
    emit configLoaded();
}

void MainWindow::onFailed(const ConfigLocation &location, const QString &message)
{
    m_pendingOptions = {};
    if (location == m_location)
        m_mysqlPassword.clear(); // e.g. a changed password: ask again next time
    statusBar()->clearMessage();
    // Window-modal but not blocking: the event loop (and any other work) goes on while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Configuration"),
                                tr("Could not open %1:\n%2").arg(location.toString(), message), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit configFailed(message);
}

void MainWindow::apply()
{
    if (!m_applyAction->isEnabled())
        return;
    m_applyFlow->start();
    updateActions();
}

void MainWindow::revert()
{
    m_document->revert();
    statusBar()->showMessage(tr("Reverted to version %1.").arg(m_document->base().version), 10000);
}

QMessageBox::StandardButton MainWindow::askUnsaved()
{
    if (m_unsavedQuestion)
        return m_unsavedQuestion();
    return QMessageBox::question(this, tr("Unsaved Changes"),
                                 tr("The configuration has changes that were not applied. Apply them now?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    decideClose(event);
    if (event->isAccepted())
        WindowState::save(this);
}

void MainWindow::decideClose(QCloseEvent *event)
{
    if (!m_document->isModified()) {
        event->accept();
        return;
    }
    switch (askUnsaved()) {
    case QMessageBox::Discard:
        event->accept();
        return;
    case QMessageBox::Save:
        if (!m_applyAction->isEnabled()) {
            showMessage(tr("The changes cannot be applied yet: fix the cells marked red, or choose Discard."));
            event->ignore();
            return;
        }
        // Apply runs on a worker and may ask about a conflict: the window closes once it succeeded.
        m_closeAfterApply = true;
        apply();
        if (!m_applyFlow->isBusy() && !m_document->isModified())
            event->accept();
        else
            event->ignore();
        return;
    default:
        event->ignore();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ShardDesk"),
                       tr("<h3>ShardDesk %1</h3><p>Desktop administration, capacity planning and load testing "
                          "for application-level sharding over MySQL and MariaDB.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace ShardDesk
