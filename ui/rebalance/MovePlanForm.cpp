#include "MovePlanForm.h"

#include "VShardMime.h"

#include "topology/VShardSelection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ShardDesk {

MovePlanForm::MovePlanForm(std::shared_ptr<const Topology> topology, QWidget *parent)
    : QWidget(parent)
    , m_topology(std::move(topology))
    , m_source(new QComboBox)
    , m_vshards(new QLineEdit)
    , m_from(new QComboBox)
    , m_to(new QComboBox)
    , m_count(new QSpinBox)
    , m_vshardsLabel(new QLabel(tr("&VShards:")))
    , m_fromLabel(new QLabel(tr("&From shard:")))
    , m_toLabel(new QLabel(tr("&To shard:")))
    , m_countLabel(new QLabel(tr("&How many:")))
{
    m_source->setObjectName(QStringLiteral("planSource"));
    m_vshards->setObjectName(QStringLiteral("planVShards"));
    m_from->setObjectName(QStringLiteral("planFrom"));
    m_to->setObjectName(QStringLiteral("planTo"));
    m_count->setObjectName(QStringLiteral("planCount"));
    m_source->addItem(tr("Move the selected vshards to a shard"), int(Source::Selection));
    m_source->addItem(tr("Split a shard: half of its vshards to another"), int(Source::Split));
    m_source->addItem(tr("Move the largest vshards off a shard"), int(Source::LargestOff));
    m_source->addItem(tr("Even out the shards by size"), int(Source::EvenBySize));
    m_vshards->setPlaceholderText(tr("ids and ranges, such as 17,18,40-63"));
    fillHeads(m_from);
    fillHeads(m_to);
    m_count->setRange(1, std::max(1, m_topology->vshards.count()));
    m_count->setValue(std::min(10, m_count->maximum()));
    m_vshardsLabel->setBuddy(m_vshards);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_countLabel->setBuddy(m_count);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Plan:"), m_source);
    layout->addRow(m_vshardsLabel, m_vshards);
    layout->addRow(m_fromLabel, m_from);
    layout->addRow(m_countLabel, m_count);
    layout->addRow(m_toLabel, m_to);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        showFieldsFor(Source(m_source->currentData().toInt()));
        rebuild();
    });
    connect(m_vshards, &QLineEdit::textChanged, this, &MovePlanForm::rebuild);
    connect(m_from, &QComboBox::currentIndexChanged, this, &MovePlanForm::rebuild);
    connect(m_to, &QComboBox::currentIndexChanged, this, &MovePlanForm::rebuild);
    connect(m_count, &QSpinBox::valueChanged, this, &MovePlanForm::rebuild);
    showFieldsFor(Source::Selection);
    rebuild();
}

void MovePlanForm::fillHeads(QComboBox *box)
{
    for (int head : m_topology->headIds()) {
        const Shard *shard = m_topology->shard(head);
        box->addItem(tr("Shard %1 (%2)").arg(head).arg(shard ? shard->displayName() : QString()), head);
    }
}

void MovePlanForm::showFieldsFor(Source source)
{
    const bool selection = source == Source::Selection;
    m_vshardsLabel->setVisible(selection);
    m_vshards->setVisible(selection);
    m_fromLabel->setVisible(source == Source::Split || source == Source::LargestOff);
    m_from->setVisible(m_fromLabel->isVisibleTo(this));
    m_countLabel->setVisible(source == Source::LargestOff);
    m_count->setVisible(source == Source::LargestOff);
    m_toLabel->setVisible(selection || source == Source::Split);
    m_to->setVisible(m_toLabel->isVisibleTo(this));
}

void MovePlanForm::setSizes(const VShardSizes &sizes)
{
    m_sizes = sizes;
    m_hasSizes = true;
    rebuild();
}

void MovePlanForm::setSelection(const QList<int> &vshards, int targetHead)
{
    setSource(Source::Selection);
    if (targetHead > 0)
        setTargetHead(targetHead);
    m_vshards->setText(VShardMime::rangesText(VShardMime::spansOf(vshards)));
}

void MovePlanForm::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

void MovePlanForm::setSourceHead(int headId)
{
    m_from->setCurrentIndex(m_from->findData(headId));
}

void MovePlanForm::setTargetHead(int headId)
{
    m_to->setCurrentIndex(m_to->findData(headId));
}

void MovePlanForm::setCount(int k)
{
    m_count->setValue(k);
}

void MovePlanForm::rebuild()
{
    m_plan = build();
    emit planChanged();
}

Result<MovePlan> MovePlanForm::build() const
{
    const Topology &topology = *m_topology;
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    switch (Source(m_source->currentData().toInt())) {
    case Source::Selection: {
        auto selection = VShardSelection::parse(m_vshards->text(), topology.vshards.count());
        if (!selection)
            return selection.error();
        return MovePlan::fromSelection(topology, VShardMime::idsOf(selection->spans()), to);
    }
    case Source::Split:
        return MovePlan::split(topology, from, to);
    case Source::LargestOff:
        if (!m_hasSizes)
            return makeError(tr("Measuring the vshards' sizes…"));
        return MovePlan::largestOff(topology, m_sizes, from, m_count->value());
    case Source::EvenBySize:
        if (!m_hasSizes)
            return makeError(tr("Measuring the vshards' sizes…"));
        return MovePlan::evenBySize(topology, m_sizes);
    }
    return MovePlan();
}

} // namespace ShardDesk
