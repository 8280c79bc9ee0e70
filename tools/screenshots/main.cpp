// sharddesk-screenshots: renders the pictures of docs/USER_GUIDE.md from the real widgets, with fixture
// data or the sandbox servers (scripts/screenshots starts them). One Scene per picture (SceneTable.cpp).
#include "SceneRunner.h"
#include "SceneTable.h"

#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScopeGuard>
#include <QTextStream>

using namespace ShardDesk;
using namespace ShardDesk::Screenshots;

namespace {

enum ExitCode { Ok = 0, UsageError = 1, SceneFailed = 2 };

void listScenes()
{
    QTextStream out(stdout);
    for (const Scene &scene : sceneTable())
        out << scene.name.leftJustified(22) << (scene.needsSandbox ? "sandbox  " : "fixture  ") << scene.summary
            << '\n';
}

// The scenes named on the command line (all when none); an unknown name is a usage error.
Result<QList<Scene>> chosenScenes(const QStringList &names)
{
    if (names.isEmpty())
        return sceneTable();
    QList<Scene> chosen;
    for (const QString &name : names) {
        const auto it = std::find_if(sceneTable().cbegin(), sceneTable().cend(),
                                     [&name](const Scene &scene) { return scene.name == name; });
        if (it == sceneTable().cend())
            return makeError(QStringLiteral("There is no scene \"%1\"; --list shows them.").arg(name));
        chosen << *it;
    }
    return chosen;
}

int render(const QList<Scene> &scenes, const QString &outDir)
{
    QTextStream err(stderr);
    // A fixed folder, not a random one: its path shows in the pictures (status bar, dialogs), and a
    // picture must not change when nothing in it did.
    QDir work(QDir::temp().filePath(QStringLiteral("sharddesk-screenshots")));
    work.removeRecursively();
    if (!work.mkpath(QStringLiteral("."))) {
        err << "cannot create " << work.path() << Qt::endl;
        return SceneFailed;
    }
    const auto cleanUp = qScopeGuard([&work] { work.removeRecursively(); });
    SceneRunner runner(work.path());
    int failures = 0;
    for (const Scene &scene : scenes) {
        runner.setSceneSize(scene.size);
        auto image = scene.render(runner);
        const QString path = QDir(outDir).filePath(scene.name + QStringLiteral(".png"));
        if (!image || !image->save(path)) {
            err << scene.name << ": " << (image ? QStringLiteral("cannot write %1").arg(path) : image.error().fullText())
                << Qt::endl;
            ++failures;
            continue;
        }
        err << scene.name << ": " << path << ' ' << image->width() << 'x' << image->height() << Qt::endl;
    }
    return failures == 0 ? Ok : SceneFailed;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDeskScreenshots")); // never the user's settings
    QCoreApplication::setApplicationName(QStringLiteral("ShardDesk"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the user guide's pictures."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the scenes and exit.")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the PNG files."), QStringLiteral("folder"),
                      QStringLiteral("docs/images")});
    parser.addPositionalArgument(QStringLiteral("scene"), QStringLiteral("Scenes to render (default: all)."),
                                 QStringLiteral("[SCENE...]"));
    parser.process(app);
    if (parser.isSet(QStringLiteral("list"))) {
        listScenes();
        return Ok;
    }
    auto scenes = chosenScenes(parser.positionalArguments());
    if (!scenes) {
        QTextStream(stderr) << scenes.error().fullText() << Qt::endl;
        return UsageError;
    }
    if (!QDir().mkpath(parser.value(QStringLiteral("out")))) {
        QTextStream(stderr) << "cannot create " << parser.value(QStringLiteral("out")) << Qt::endl;
        return UsageError;
    }
    return render(*scenes, parser.value(QStringLiteral("out")));
}
