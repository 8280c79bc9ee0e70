#include "StatusLabel.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QtTest>

using namespace ShardDesk;

class TestStatusLabel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aMessageGetsTheRoomItNeedsAndNoMore_data();
    void aMessageGetsTheRoomItNeedsAndNoMore();
    void aResizedBarRefitsTheLabel();
    void aShortMessageLeavesTheWholeText();
    void aSmallerFontRefitsTheLabel();

private:
    // The width the bar has for its message, beside the label.
    int messageRoom() const
    {
        // Where Qt draws it: from 6 px into the bar to 2 px before the label, or right to left from 2 px
        // after the label to 12 px before the bar's end.
        const QRect label = m_label->geometry();
        return m_bar->isRightToLeft() ? m_bar->width() - 12 - (label.right() + 1) - 2 : label.left() - 2 - 6;
    }
    int advance(const QString &text) const { return m_bar->fontMetrics().horizontalAdvance(text); }
    // Wide enough for the label, the monitoring label and this much more.
    void resizeFor(int extra)
    {
        m_window->resize(m_label->sizeHint().width() + m_after->sizeHint().width() + extra, 300);
    }

    std::unique_ptr<QMainWindow> m_window;
    QStatusBar *m_bar = nullptr;
    StatusLabel *m_label = nullptr;
    QLabel *m_after = nullptr;
    const QString m_path
        = QStringLiteral("/home/someone/.local/share/ShardDesk/ShardDesk/shardconf.sqlite · version 22");
    const QString m_reason = QStringLiteral("A shard can only be re-chained within the window it was dragged from.");
};

void TestStatusLabel::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QWidget);
    m_bar = m_window->statusBar();
    m_label = new StatusLabel(m_bar);
    m_label->setText(m_path);
    m_bar->addPermanentWidget(m_label);
    m_after = new QLabel(QStringLiteral("Monitoring off"));
    m_bar->addPermanentWidget(m_after);
    // Room for a short message beside the whole path, not for the reason.
    resizeFor(advance(m_reason) / 2);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStatusLabel::cleanup()
{
    m_window.reset();
}

void TestStatusLabel::aMessageGetsTheRoomItNeedsAndNoMore_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void TestStatusLabel::aMessageGetsTheRoomItNeedsAndNoMore()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_window->setLayoutDirection(direction);
    QTRY_COMPARE(m_label->width(), m_label->sizeHint().width());
    QVERIFY(!m_label->isElided());
    QVERIFY2(messageRoom() < advance(m_reason), qPrintable(QString::number(messageRoom())));

    m_bar->showMessage(m_reason);
    QTRY_VERIFY2(messageRoom() >= advance(m_reason), qPrintable(QString::number(messageRoom())));
    // No more than the message needs: the label keeps the rest.
    QTRY_VERIFY2(messageRoom() - advance(m_reason) <= 32,
                 qPrintable(QStringLiteral("%1 px left over").arg(messageRoom() - advance(m_reason))));
    QVERIFY(m_label->isElided());
    QCOMPARE(m_label->text(), m_path); // elided when drawn, not changed

    m_bar->clearMessage();
    QTRY_COMPARE(m_label->width(), m_label->sizeHint().width());
    QVERIFY(!m_label->isElided());
}

void TestStatusLabel::aResizedBarRefitsTheLabel()
{
    m_bar->showMessage(m_reason);
    QTRY_VERIFY(m_label->isElided());
    // Wider: the label gets back what the message does not need (here all of it).
    resizeFor(advance(m_reason) + 100);
    QTRY_VERIFY(!m_label->isElided());
    QVERIFY(messageRoom() >= advance(m_reason));
    // Narrower again: it gives way again.
    resizeFor(advance(m_reason) / 2);
    QTRY_VERIFY(m_label->isElided());
    QTRY_VERIFY2(messageRoom() >= advance(m_reason), qPrintable(QString::number(messageRoom())));
}

void TestStatusLabel::aShortMessageLeavesTheWholeText()
{
    const QString loaded = QStringLiteral("Loaded 4 shard(s).");
    QVERIFY(advance(loaded) < advance(m_reason) / 2 - 50);
    m_bar->showMessage(loaded);
    QTRY_VERIFY(messageRoom() >= advance(loaded));
    QCOMPARE(m_label->width(), m_label->sizeHint().width());
    QVERIFY(!m_label->isElided());
}

void TestStatusLabel::aSmallerFontRefitsTheLabel()
{
    m_bar->showMessage(m_reason);
    QTRY_VERIFY(m_label->isElided());
    // The message needs less, and the label takes what it leaves (all of it, if that is enough).
    QFont smaller = m_bar->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.8);
    m_bar->setFont(smaller); // the bar's children, the label among them, take it too
    QTRY_VERIFY2(messageRoom() >= advance(m_reason)
                     && (messageRoom() - advance(m_reason) <= 32 || m_label->width() == m_label->sizeHint().width()),
                 qPrintable(QStringLiteral("%1 px for %2").arg(messageRoom()).arg(advance(m_reason))));
}

QTEST_MAIN(TestStatusLabel)
#include "TestStatusLabel.moc"
