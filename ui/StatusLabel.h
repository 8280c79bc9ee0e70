#pragma once

#include <QLabel>

class QStatusBar;

namespace ShardDesk {

// A permanent label of a status bar (where the configuration lives, say) that gives way to the bar's
// temporary messages, which say something the user needs now (why a drop is refused): while a message is
// shown, the label takes only the width the message leaves it, down to a few characters, and elides the
// middle of its text; it takes its whole width back when the message goes. Its whole text is its tooltip
// while it is elided. Add it with QStatusBar::addPermanentWidget().
class StatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLabel(QStatusBar *bar);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Caps the width to what the current message leaves of the bar.
    void fit();

    QStatusBar *m_bar;
};

} // namespace ShardDesk
