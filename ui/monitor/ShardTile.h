#pragma once

#include <QAbstractButton>

namespace ShardDesk {

// One shard in the cluster grid: a tile coloured from green (empty) to red (at capacity) by how full
// the shard is, greyed while its server does not answer or has no password to be asked with. Clicking it opens the
// shard's details.
class ShardTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ShardTile(int shardId, QWidget *parent = nullptr);

    // What the last poll learnt of the shard's server.
    enum class Server {
        Answers,
        Unreachable,
        NoPassword, // not asked: no password is stored for its login
    };

    int shardId() const { return m_shardId; }
    void setState(double percentFull, Server server, const QString &details);
    double percentFull() const { return m_percentFull; }
    bool isReachable() const { return m_server == Server::Answers; }
    Server server() const { return m_server; }
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
    Server m_server = Server::Unreachable;
};

} // namespace ShardDesk
