#pragma once
// A timer on the calling thread's event loop whose longest gap between two ticks shows how long that loop
// was blocked: the GUI tests' measure of a window that stays responsive.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace ShardDesk::Testing {

class Heartbeat : public QObject
{
public:
    explicit Heartbeat(int intervalMs = 10)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_since.restart()); });
    }

    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The longest time between two ticks (or from start() to the first), in milliseconds.
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

} // namespace ShardDesk::Testing
