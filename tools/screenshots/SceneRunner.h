#pragma once

#include "Result.h"

#include <QEventLoop>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <functional>
#include <memory>

class QWidget;

namespace ShardDesk::Screenshots {

// What every scene needs: a scratch folder, showing a widget at the scene's size, waiting on the event
// loop (never sleeping) until the data is there, grabbing at device pixel ratio 1, and objects several
// scenes share (the wizard's cluster), which live until the runner is destroyed.
class SceneRunner
{
public:
    explicit SceneRunner(QString workDir);
    ~SceneRunner();

    QString path(const QString &fileName) const;
    void setSceneSize(QSize size) { m_size = size; }

    // Resizes the widget to the scene's size, shows it and waits until it is exposed and laid out.
    void show(QWidget *widget);
    // Runs the event loop until condition() holds; false when timeoutMs passed first.
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000);
    // Runs the event loop until sender emits signal; false when timeoutMs passed first.
    template<typename Sender, typename Signal>
    bool waitFor(const Sender *sender, Signal signal, int timeoutMs = 20000)
    {
        QEventLoop loop;
        bool emitted = false;
        const auto connection = QObject::connect(sender, signal, &loop, [&] {
            emitted = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(connection);
        return emitted;
    }
    // Lets queued events (coalescing timers, deferred layouts) run for about ms milliseconds.
    void settle(int ms = 300);
    // The widget as it is painted now, at device pixel ratio 1.
    Result<QImage> grab(QWidget *widget);

    // The object stored under key, made by make() the first time it is asked for.
    template<typename T>
    T &shared(const QString &key, const std::function<std::unique_ptr<T>()> &make)
    {
        auto it = m_shared.find(key);
        if (it == m_shared.end())
            it = m_shared.emplace(key, make()).first;
        return static_cast<T &>(*it->second);
    }

private:
    QString m_workDir;
    QSize m_size;
    std::map<QString, std::unique_ptr<QObject>> m_shared;
};

} // namespace ShardDesk::Screenshots
