#include "SceneRunner.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>
#include <QWindow>

namespace ShardDesk::Screenshots {

SceneRunner::SceneRunner(QString workDir)
    : m_workDir(std::move(workDir))
{
}

// Shared objects (the wizard and its cluster) go first, while the application still exists.
SceneRunner::~SceneRunner() = default;

QString SceneRunner::path(const QString &fileName) const
{
    return QDir(m_workDir).filePath(fileName);
}

void SceneRunner::show(QWidget *widget)
{
    widget->resize(m_size);
    widget->show();
    waitUntil([widget] { return widget->windowHandle() && widget->windowHandle()->isExposed(); }, 5000);
    settle();
}

bool SceneRunner::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(20);
    loop.exec();
    return condition();
}

void SceneRunner::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<QImage> SceneRunner::grab(QWidget *widget)
{
    settle();
    QImage image = widget->grab().toImage();
    if (image.isNull())
        return makeError(QStringLiteral("Could not grab %1.").arg(QString::fromLatin1(widget->metaObject()->className())));
    // A high-DPI screen would double the pixels: the guide's pictures are always at ratio 1.
    if (image.devicePixelRatio() != 1.0)
        image = image.scaled(widget->size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(1.0);
    return image;
}

} // namespace ShardDesk::Screenshots
