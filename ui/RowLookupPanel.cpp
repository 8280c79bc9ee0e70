#include "RowLookupPanel.h"

#include "db/ConnectionPool.h"
#include "db/SqlIdentifier.h"
#include "routing/Router.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

// Runs on a worker thread with its own router and pool: nothing in it is shared with the window.
RowLookupPanel::Outcomes lookUpOnWorker(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider logins,
                                        QString key, QString table, QString column)
{
    Router router(std::move(topology));
    ConnectionPool pool;
    ShardSession session(&router, &pool, std::move(logins));
    auto outcomes = session.lookUp(key, table, column);
    pool.closeThreadConnections();
    return outcomes;
}

QString displayValue(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

} // namespace

RowLookupPanel::RowLookupPanel(QWidget *parent)
    : QWidget(parent),
      m_table(new QLineEdit(QStringLiteral("user"))),
      m_column(new QLineEdit),
      m_button(new QPushButton(tr("&Look Up Row"))),
      m_status(new QLabel),
      m_model(new QStandardItemModel(this)),
      m_view(new QTableView)
{
    m_table->setObjectName(QStringLiteral("lookupTable"));
    m_table->setAccessibleName(tr("Table to look the key up in"));
    m_column->setObjectName(QStringLiteral("lookupColumn"));
    m_column->setAccessibleName(tr("Key column of the table"));
    m_button->setObjectName(QStringLiteral("lookupButton"));
    m_button->setToolTip(tr("Reads the key's rows from every shard of its bucket."));
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("lookupRows"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Rows found for the key"));
    // Until there is something to show, the panel is one line and takes no space from the rest.
    m_view->hide();
    m_status->hide();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *query = new QHBoxLayout;
    query->addWidget(new QLabel(tr("SELECT * FROM")));
    query->addWidget(m_table, 1);
    query->addWidget(new QLabel(tr("WHERE")));
    query->addWidget(m_column, 1);
    query->addWidget(new QLabel(tr("= key")));
    query->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(query);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_button, &QPushButton::clicked, this, &RowLookupPanel::lookUp);
    connect(m_table, &QLineEdit::textChanged, this, &RowLookupPanel::updateButton);
    connect(m_column, &QLineEdit::textChanged, this, &RowLookupPanel::updateButton);
    updateButton();
}

void RowLookupPanel::setTopology(std::shared_ptr<const Topology> topology)
{
    const QString oldDefault = m_topology ? m_topology->settings.keyColumn : QString();
    m_topology = std::move(topology);
    if (m_column->text().isEmpty() || m_column->text() == oldDefault)
        m_column->setText(m_topology ? m_topology->settings.keyColumn : QString());
    updateButton();
}

void RowLookupPanel::setKey(const QString &key)
{
    m_key = key;
    updateButton();
}

void RowLookupPanel::updateButton()
{
    const bool names = static_cast<bool>(SqlIdentifier::checkQuotable(m_table->text().trimmed()))
                       && static_cast<bool>(SqlIdentifier::checkQuotable(m_column->text().trimmed()));
    m_button->setEnabled(!m_running && m_topology && m_logins && !m_key.isEmpty() && names);
}

void RowLookupPanel::lookUp()
{
    if (!m_button->isEnabled())
        return;
    // The logins may need the credential store chosen first; if the user declines, nothing starts.
    m_logins([this](ConnectionOptionsProvider logins) { start(std::move(logins)); });
}

void RowLookupPanel::start(ConnectionOptionsProvider logins)
{
    if (m_running)
        return;
    m_running = true;
    updateButton();
    m_status->setText(tr("Looking up \"%1\"…").arg(m_key));
    m_status->show();
    auto *watcher = new QFutureWatcher<Outcomes>(this);
    connect(watcher, &QFutureWatcher<Outcomes>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        updateButton();
        show(watcher->result());
        emit lookedUp();
    });
    watcher->setFuture(QtConcurrent::run(&lookUpOnWorker, m_topology, std::move(logins), m_key,
                                         m_table->text().trimmed(), m_column->text().trimmed()));
}

void RowLookupPanel::show(const Outcomes &outcomes)
{
    m_model->clear();
    m_status->show();
    m_view->setVisible(outcomes.ok());
    setSizePolicy(QSizePolicy::Preferred, outcomes.ok() ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    if (!outcomes) {
        m_status->setText(outcomes.error().fullText());
        return;
    }
    QStringList columns;
    for (const auto &outcome : *outcomes)
        for (const QVariantMap &row : outcome.rows)
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                if (!columns.contains(it.key()))
                    columns.append(it.key());
    m_model->setHorizontalHeaderLabels(QStringList{tr("Shard")} + columns);

    QStringList notes;
    int found = 0;
    for (const auto &outcome : *outcomes) {
        const Shard *shard = m_topology->shard(outcome.shardId);
        const QString name = shard ? tr("%1 (shard %2)").arg(shard->displayName()).arg(shard->id)
                                   : tr("shard %1").arg(outcome.shardId);
        if (!outcome.status) {
            notes.append(tr("%1 failed: %2").arg(name, outcome.status.error().fullText()));
            continue;
        }
        found += outcome.rows.size();
        for (qsizetype i = 0; i < outcome.rows.size() && i < MaxRowsPerShard; ++i) {
            QList<QStandardItem *> items{new QStandardItem(name)};
            for (const QString &column : std::as_const(columns))
                items.append(new QStandardItem(displayValue(outcome.rows.at(i).value(column))));
            m_model->appendRow(items);
        }
        if (outcome.rows.size() > MaxRowsPerShard)
            notes.append(tr("%1: %2 rows, the first %3 shown.").arg(name).arg(outcome.rows.size()).arg(MaxRowsPerShard));
    }
    notes.prepend(tr("Found %n row(s) in the key's bucket.", nullptr, found));
    m_status->setText(notes.join(QLatin1Char('\n')));
    m_view->resizeColumnsToContents();
}

} // namespace ShardDesk
