#pragma once

#include "db/ConnectionOptions.h"
#include "db/ShardSession.h"
#include "topology/Topology.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace ShardDesk {

// "Look up row": reads the rows of one key from every shard of its bucket (SELECT * FROM table WHERE
// keyColumn = ?, table and column chosen by the user) on a worker thread, and shows them with the shard
// each came from, or each shard's error. The window stays live while a server is slow or down.
class RowLookupPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks for shard logins (the credential store may need choosing first) and calls back with them.
    using LoginSource = std::function<void(std::function<void(ConnectionOptionsProvider)>)>;
    using Outcomes = Result<QList<ShardSession::ShardOutcome>>;

    // Rows shown per shard; more are counted, not shown.
    static constexpr int MaxRowsPerShard = 100;

    explicit RowLookupPanel(QWidget *parent = nullptr);

    void setLoginSource(LoginSource source) { m_logins = std::move(source); }
    void setTopology(std::shared_ptr<const Topology> topology);
    void setKey(const QString &key);
    void lookUp();

signals:
    // After the rows (or the errors) are on screen.
    void lookedUp();

private:
    void start(ConnectionOptionsProvider logins);
    void show(const Outcomes &outcomes);
    void updateButton();

    std::shared_ptr<const Topology> m_topology;
    LoginSource m_logins;
    QString m_key;
    bool m_running = false;
    QLineEdit *m_table;
    QLineEdit *m_column;
    QPushButton *m_button;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace ShardDesk
