#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace ShardDesk {

class ApplyFlow;
class ConfigLoader;
class JsonTransfer;
class RouteInspector;
class ShardEditActions;
class ShardTreeModel;
class StatusLabel;
class TopologyDocument;
class VShardMapPanel;

// The main window: opens a config store (recent list) and edits it: the shards as buckets (edited in
// place), the vshard map with its chart, the routing of typed keys. Every edit is undoable; Apply shows
// the diff and commits it in one transaction. Loading and applying happen on worker threads.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Asked when the window closes with unsaved changes: Save, Discard or Cancel.
    using UnsavedQuestion = std::function<QMessageBox::StandardButton()>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openConfig(const ConfigLocation &location);
    // The edited topology, as a snapshot.
    std::shared_ptr<const Topology> topology() const;
    const ConfigLocation &location() const { return m_location; }
    TopologyDocument *document() const { return m_document; }
    ShardEditActions *shardActions() const { return m_shardActions; }
    JsonTransfer *jsonTransfer() const { return m_jsonTransfer; }
    // The tab widget of the right-hand side: further views (e.g. monitoring) join it as tabs.
    QTabWidget *tabs() const { return m_tabs; }
    // Tests answer the question without a modal box.
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }

    void apply();
    void revert();

signals:
    void configLoaded();
    void configFailed(const QString &message);
    void applied(qint64 version);
    void applyFinished(bool applied);
    // The Preferences dialog was accepted: views that keep a preference running take it over.
    void preferencesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void decideClose(QCloseEvent *event);
    void createActions();
    void createEditActions();
    void openSqliteDialog();
    void openServerDialog();
    void reload();
    void exportJson();
    void importJson();
    void importPyShards();
    void rebuildRecentMenu();
    void onLoaded(const ConfigLocation &location, const Topology &topology, bool hasCluster);
    void onFailed(const ConfigLocation &location, const QString &message);
    void showMessage(const QString &text);
    void updateActions();
    void updateTitle();
    void showAbout();
    QMessageBox::StandardButton askUnsaved();

    TopologyDocument *m_document;
    ConfigLoader *m_loader;
    ApplyFlow *m_applyFlow;
    JsonTransfer *m_jsonTransfer;
    ShardTreeModel *m_shardModel;
    QTreeView *m_shardView;
    ShardEditActions *m_shardActions;
    VShardMapPanel *m_vshardPanel;
    RouteInspector *m_routeInspector;
    QTabWidget *m_tabs;
    QStackedWidget *m_shardStack;
    QLabel *m_emptyLabel;
    StatusLabel *m_statusLocation;
    QString m_applyProblem; // the "Cannot apply" message updateActions() showed last, if any
    QMenu *m_recentMenu = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_revertAction = nullptr;
    QTimer m_routeTimer; // coalesces routing-table rebuilds of a burst of edits into one
    ConfigLocation m_location;
    QString m_mysqlPassword; // kept in memory for Reload and Apply of a server config; never written anywhere
    ConnectionOptions m_pendingOptions; // of the store being opened, until it has loaded
    UnsavedQuestion m_unsavedQuestion;
    bool m_closeAfterApply = false;
    bool m_columnsSized = false; // the shard tree's columns were sized (or restored) once
};

} // namespace ShardDesk
