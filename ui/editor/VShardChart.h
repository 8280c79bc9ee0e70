#pragma once

#include <QList>
#include <QWidget>

namespace ShardDesk {

// Vshards per bucket head as horizontal bars, so skew is visible at a glance. Painted directly: one
// bar per head, however many vshards there are.
class VShardChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        int count = 0;
    };

    explicit VShardChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
};

} // namespace ShardDesk
