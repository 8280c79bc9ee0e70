#include "RouteInspector.h"

#include "RowLookupPanel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>

namespace ShardDesk {

namespace {

QLabel *resultLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RouteInspector::RouteInspector(QWidget *parent)
    : QWidget(parent),
      m_key(new QLineEdit),
      m_crc(resultLabel(QStringLiteral("routeCrc"))),
      m_vshard(resultLabel(QStringLiteral("routeVShard"))),
      m_head(resultLabel(QStringLiteral("routeHead"))),
      m_write(resultLabel(QStringLiteral("routeWrite"))),
      m_reads(resultLabel(QStringLiteral("routeReads"))),
      m_keys(new QPlainTextEdit),
      m_tableModel(new QStandardItemModel(this)),
      m_tableView(new QTableView),
      m_tableNote(resultLabel(QStringLiteral("routeTableNote"))),
      m_lookup(new RowLookupPanel)
{
    m_key->setObjectName(QStringLiteral("routeKey"));
    m_key->setPlaceholderText(tr("A shard key, e.g. alice@example.com"));
    m_key->setClearButtonEnabled(true);
    m_key->setAccessibleName(tr("Shard key to route"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("CRC32:"), m_crc);
    form->addRow(tr("VShard:"), m_vshard);
    form->addRow(tr("Bucket head:"), m_head);
    form->addRow(tr("A write goes to:"), m_write);
    form->addRow(tr("A read visits:"), m_reads);
    form->addRow(m_lookup);

    m_keys->setObjectName(QStringLiteral("routeKeys"));
    m_keys->setPlaceholderText(tr("Or paste many keys, one per line."));
    m_keys->setAccessibleName(tr("Shard keys to route, one per line"));
    m_keys->setMaximumHeight(m_keys->fontMetrics().height() * 6);
    m_tableModel->setHorizontalHeaderLabels({tr("Key"), tr("CRC32"), tr("VShard"), tr("Bucket head"),
                                             tr("A write goes to")});
    m_tableView->setObjectName(QStringLiteral("routeTable"));
    m_tableView->setModel(m_tableModel);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    form->addRow(tr("&Keys:"), m_keys);
    form->addRow(m_tableView);
    form->addRow(m_tableNote);
    connect(m_key, &QLineEdit::textChanged, this, &RouteInspector::updateRoute);
    connect(m_keys, &QPlainTextEdit::textChanged, this, &RouteInspector::updateTable);
}

void RouteInspector::setTopology(std::shared_ptr<const Topology> topology)
{
    m_lookup->setTopology(topology);
    m_table = std::make_shared<const RoutingTable>(std::move(topology));
    updateRoute();
    updateTable();
}

QString RouteInspector::shardLabel(int shardId) const
{
    const Shard *s = m_table->topology().shard(shardId);
    return s ? tr("shard %1, %2").arg(s->id).arg(s->displayName()) : tr("missing shard %1").arg(shardId);
}

void RouteInspector::updateTable()
{
    m_tableModel->removeRows(0, m_tableModel->rowCount());
    m_tableNote->clear();
    if (!m_table || m_table->vshardCount() == 0)
        return;
    QStringList keys = m_keys->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (keys.size() > MaxKeys) {
        m_tableNote->setText(tr("Showing the first %1 of %2 keys.").arg(MaxKeys).arg(keys.size()));
        keys.resize(MaxKeys);
    }
    QList<QList<QStandardItem *>> rows;
    for (const QString &key : std::as_const(keys)) {
        const Route r = m_table->route(key);
        const QString write = r.headId == 0 ? tr("unmapped") : shardLabel(r.writeShardId);
        rows.append({new QStandardItem(key),
                     new QStandardItem(QStringLiteral("0x%1").arg(r.crc32, 8, 16, QLatin1Char('0'))),
                     new QStandardItem(QString::number(r.vshard)),
                     new QStandardItem(r.headId == 0 ? tr("unmapped") : QString::number(r.headId)),
                     new QStandardItem(write)});
    }
    for (const auto &row : std::as_const(rows))
        m_tableModel->appendRow(row);
    m_tableView->resizeColumnToContents(0);
}

void RouteInspector::updateRoute()
{
    const bool show = m_table && m_table->vshardCount() > 0;
    for (QLabel *label : {m_crc, m_vshard, m_head, m_write, m_reads})
        label->clear();
    m_lookup->setKey(m_key->text());
    if (!show)
        return;
    const Route r = m_table->route(m_key->text());
    const Topology &t = m_table->topology();
    m_crc->setText(QStringLiteral("%1 (0x%2)").arg(r.crc32).arg(r.crc32, 8, 16, QLatin1Char('0')));
    m_vshard->setText(tr("%1 of %2").arg(r.vshard).arg(m_table->vshardCount()));
    if (r.headId == 0) {
        m_head->setText(tr("unmapped: assign this vshard to a bucket head"));
        return;
    }
    const Shard *head = t.shard(r.headId);
    const Shard *target = t.shard(r.writeShardId);
    m_head->setText(head ? tr("shard %1, %2").arg(head->id).arg(head->displayName()) : tr("missing shard %1").arg(r.headId));
    if (target) {
        m_write->setText(r.bucketFull ? tr("shard %1, %2 (every shard of the bucket is full)")
                                            .arg(target->id)
                                            .arg(target->displayName())
                                      : tr("shard %1, %2").arg(target->id).arg(target->displayName()));
    }
    QStringList reads;
    for (int id : m_table->bucket(r.headId))
        reads.append(QString::number(id));
    m_reads->setText(tr("shards %1, in this order").arg(reads.join(QStringLiteral(" → "))));
}

} // namespace ShardDesk
