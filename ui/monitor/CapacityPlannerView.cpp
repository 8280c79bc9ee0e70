#include "CapacityPlannerView.h"

#include "ServerTableModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShardDesk {

CapacityPlannerView::CapacityPlannerView(QWidget *parent) : QWidget(parent)
{
    auto *intro = new QLabel(tr("Each shard should fit in RAM: the shards of a server together get %1–%2 % of "
                                "the host's memory. Enter host RAM in the server table for servers on other "
                                "machines.")
                                 .arg(CapacityPlan::MinPercent)
                                 .arg(CapacityPlan::MaxPercent),
                             this);
    intro->setWordWrap(true);
    m_targetPercent = new QSpinBox(this);
    m_targetPercent->setObjectName(QStringLiteral("plannerTargetPercent"));
    m_targetPercent->setRange(CapacityPlan::MinPercent, CapacityPlan::MaxPercent);
    m_targetPercent->setValue((CapacityPlan::MinPercent + CapacityPlan::MaxPercent) / 2);
    m_targetPercent->setSuffix(tr(" %", "percent suffix of a spin box"));
    m_targetPercent->setAccessibleName(tr("Target share of host RAM"));
    connect(m_targetPercent, &QSpinBox::valueChanged, this, &CapacityPlannerView::recompute);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("plannerTable"));
    m_table->setHorizontalHeaderLabels({tr("Server"), tr("Host RAM"), tr("Shards"), tr("Minimum MB per shard"),
                                        tr("Maximum MB per shard"), tr("Recommended MB per shard")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    m_apply = new QPushButton(tr("Apply recommendation"), this);
    m_apply->setObjectName(QStringLiteral("applyRecommendation"));
    connect(m_apply, &QPushButton::clicked, this,
            [this] { emit recommendationAccepted(m_plan.capacityMbByShard()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Target share of host RAM:"), m_targetPercent);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    recompute();
}

void CapacityPlannerView::setTopology(std::shared_ptr<const Topology> topology)
{
    m_topology = std::move(topology);
    recompute();
}

void CapacityPlannerView::setHostRam(const QHash<QString, qint64> &hostRamBytes)
{
    if (hostRamBytes == m_hostRamBytes)
        return;
    m_hostRamBytes = hostRamBytes;
    recompute();
}

int CapacityPlannerView::targetPercent() const
{
    return m_targetPercent->value();
}

void CapacityPlannerView::recompute()
{
    m_plan = m_topology ? CapacityPlan::compute(*m_topology, m_hostRamBytes, targetPercent()) : CapacityPlan();
    const QLocale locale;
    const QList<CapacityPlan::Server> &servers = m_plan.servers();
    m_table->setRowCount(int(servers.size()));
    for (qsizetype row = 0; row < servers.size(); ++row) {
        const CapacityPlan::Server &server = servers.at(row);
        const bool known = server.hasRecommendation();
        const QStringList cells = {
            server.serverKey,
            known ? ServerTableModel::formatBytes(server.hostRamBytes) : tr("unknown"),
            locale.toString(server.shardIds.size()),
            known ? locale.toString(server.minMbPerShard, 'f', 0) : QString(),
            known ? locale.toString(server.maxMbPerShard, 'f', 0) : QString(),
            known ? locale.toString(server.targetMbPerShard, 'f', 0) : tr("enter host RAM first"),
        };
        for (qsizetype column = 0; column < cells.size(); ++column)
            m_table->setItem(int(row), int(column), new QTableWidgetItem(cells.at(column)));
    }
    m_apply->setEnabled(!m_plan.capacityMbByShard().isEmpty());
}

} // namespace ShardDesk
