#pragma once

#include <QAbstractButton>

namespace ShardDesk {

// One shard in the cluster grid: a tile coloured from green (empty) to red (at capacity) by how full
// the shard is, greyed while its server does not answer. Clicking it opens the shard's details.
class ShardTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ShardTile(int shardId, QWidget *parent = nullptr);

    int shardId() const { return m_shardId; }
    void setState(double percentFull, bool reachable, const QString &details);
    double percentFull() const { return m_percentFull; }
    bool isReachable() const { return m_reachable; }
    QColor fillColour() const;
    // The label's colour: the palette's text where it reads well on the fill, else its base colour.
    QColor textColour() const;

    // Green at 0 %, yellow at 50 %, red from 100 %; the palette's disabled button colour when the
    // server is unreachable, so greyed tiles follow dark mode.
    static QColor colourFor(double percentFull, bool reachable, const QPalette &palette);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_shardId;
    double m_percentFull = 0;
    bool m_reachable = false;
};

} // namespace ShardDesk
