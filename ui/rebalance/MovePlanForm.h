#pragma once

#include "rebalance/MovePlan.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ShardDesk {

// Where a move plan comes from: the vshards selected (or dragged) and a target shard, or one of MovePlan's
// rules: split a shard (half of its vshards to another), move its K largest vshards off, even out by size.
// Shows only the fields the chosen source needs and builds the plan again on every change.
class MovePlanForm : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Selection, Split, LargestOff, EvenBySize };

    explicit MovePlanForm(std::shared_ptr<const Topology> topology, QWidget *parent = nullptr);

    // The rules by size need the vshards' sizes; until they come, plans by size are empty.
    void setSizes(const VShardSizes &sizes);
    bool hasSizes() const { return m_hasSizes; }
    void setSelection(const QList<int> &vshards, int targetHead);
    void setSource(Source source);
    void setSourceHead(int headId);
    void setTargetHead(int headId);
    void setCount(int k);

    const Result<MovePlan> &plan() const { return m_plan; }
    const VShardSizes &sizes() const { return m_sizes; }

signals:
    void planChanged();

private:
    void fillHeads(QComboBox *box);
    void rebuild();
    Result<MovePlan> build() const;
    void showFieldsFor(Source source);

    std::shared_ptr<const Topology> m_topology;
    VShardSizes m_sizes;
    bool m_hasSizes = false;
    Result<MovePlan> m_plan = MovePlan();
    QComboBox *m_source;
    QLineEdit *m_vshards;
    QComboBox *m_from;
    QComboBox *m_to;
    QSpinBox *m_count;
    QLabel *m_vshardsLabel;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_countLabel;
};

} // namespace ShardDesk
