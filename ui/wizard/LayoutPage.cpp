#include "LayoutPage.h"

#include "ClusterWizard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ShardDesk {

LayoutPage::LayoutPage(ClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(wizard->plan().clusterName, this))
    , m_shardsPerServer(new QSpinBox(this))
    , m_chaining(new QComboBox(this))
    , m_pattern(new QLineEdit(wizard->plan().databasePattern, this))
    , m_capacity(new QDoubleSpinBox(this))
    , m_recommendation(new QLabel(this))
    , m_useRecommendation(new QPushButton(tr("Use it"), this))
    , m_vshards(new QSpinBox(this))
    , m_keyColumn(new QLineEdit(wizard->plan().keyColumn, this))
    , m_messages(new QLabel(this))
{
    setTitle(tr("Layout"));
    setSubTitle(tr("How many shard databases each server gets, how they chain into buckets, and how the "
                   "vshards spread over them."));
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_shardsPerServer->setObjectName(QStringLiteral("shardsPerServer"));
    m_shardsPerServer->setRange(1, ClusterPlan::MaxShardsPerServer);
    m_shardsPerServer->setValue(ClusterPlan::DefaultShardsPerServer);
    m_chaining->setObjectName(QStringLiteral("chaining"));
    m_chaining->addItem(tr("One bucket per server (head, then overflow shards)"),
                        int(ClusterPlan::Chaining::BucketPerServer));
    m_chaining->addItem(tr("Every shard is a bucket head"), int(ClusterPlan::Chaining::AllHeads));
    m_pattern->setObjectName(QStringLiteral("databasePattern"));
    m_pattern->setToolTip(tr("%1 is replaced by the shard's number."));
    m_capacity->setObjectName(QStringLiteral("capacityMb"));
    m_capacity->setRange(1, 1e9);
    m_capacity->setDecimals(0);
    m_capacity->setSuffix(tr(" MB"));
    m_capacity->setValue(wizard->plan().capacityMbPerShard);
    m_vshards->setObjectName(QStringLiteral("vshardCount"));
    m_vshards->setRange(1, ClusterPlan::MaxVShardCount);
    m_vshards->setValue(ClusterPlan::DefaultVShardCount);
    m_keyColumn->setObjectName(QStringLiteral("keyColumn"));
    m_messages->setObjectName(QStringLiteral("layoutMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_recommendation->setWordWrap(true);

    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_capacity, 1);
    capacityRow->addWidget(m_useRecommendation);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Cluster &name:"), m_name);
    form->addRow(tr("&Shards per server:"), m_shardsPerServer);
    form->addRow(tr("&Chaining:"), m_chaining);
    form->addRow(tr("&Database names:"), m_pattern);
    form->addRow(tr("Capacity per shard:"), capacityRow);
    form->addRow(QString(), m_recommendation);
    form->addRow(tr("&Vshards:"), m_vshards);
    form->addRow(tr("&Key column:"), m_keyColumn);
    form->addRow(m_messages);

    for (QLineEdit *edit : {m_name, m_pattern, m_keyColumn})
        connect(edit, &QLineEdit::textChanged, this, &LayoutPage::apply);
    connect(m_shardsPerServer, &QSpinBox::valueChanged, this, &LayoutPage::apply);
    connect(m_vshards, &QSpinBox::valueChanged, this, &LayoutPage::apply);
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, &LayoutPage::apply);
    connect(m_chaining, &QComboBox::currentIndexChanged, this, &LayoutPage::apply);
    connect(m_useRecommendation, &QPushButton::clicked, this, &LayoutPage::useRecommendation);
}

void LayoutPage::initializePage()
{
    apply();
}

bool LayoutPage::isComplete() const
{
    return m_wizard->plan().problems().isEmpty();
}

void LayoutPage::apply()
{
    ClusterPlan &plan = m_wizard->plan();
    plan.clusterName = m_name->text().trimmed();
    plan.shardsPerServer = m_shardsPerServer->value();
    plan.chaining = ClusterPlan::Chaining(m_chaining->currentData().toInt());
    plan.databasePattern = m_pattern->text().trimmed();
    plan.capacityMbPerShard = m_capacity->value();
    plan.vshardCount = m_vshards->value();
    plan.keyColumn = m_keyColumn->text().trimmed();

    const qint64 ram = m_wizard->smallestServerRamBytes();
    m_useRecommendation->setEnabled(ram > 0);
    m_recommendation->setText(
        ram > 0 ? tr("Recommended: %1 MB per shard, so that every shard's data fits in half the smallest server's RAM.")
                      .arg(ClusterPlan::recommendedCapacityMb(ram, plan.shardsPerServer), 0, 'f', 0)
                : tr("Test the connections on the first page to get a recommendation from the servers' RAM."));
    const QStringList messages = plan.problems() + plan.warnings();
    m_messages->setText(messages.join(QLatin1Char('\n')));
    m_messages->setVisible(!messages.isEmpty());
    emit completeChanged();
}

void LayoutPage::useRecommendation()
{
    const qint64 ram = m_wizard->smallestServerRamBytes();
    if (ram > 0)
        m_capacity->setValue(ClusterPlan::recommendedCapacityMb(ram, m_shardsPerServer->value()));
}

} // namespace ShardDesk
