#include "WindowState.h"

#include "AppSettings.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace ShardDesk {

namespace {

// The column header of a view (vertical headers only show row numbers and stay as they are).
QHeaderView *columnHeader(QAbstractItemView *view)
{
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    return nullptr;
}

QList<std::pair<QString, QSplitter *>> namedSplitters(const QMainWindow *window)
{
    QList<std::pair<QString, QSplitter *>> named;
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            named.append({window->objectName() + QStringLiteral("/splitter/") + splitter->objectName(), splitter});
    }
    return named;
}

QList<std::pair<QString, QHeaderView *>> namedHeaders(const QMainWindow *window)
{
    QList<std::pair<QString, QHeaderView *>> named;
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (QHeaderView *header = columnHeader(view); header && !view->objectName().isEmpty())
            named.append({window->objectName() + QStringLiteral("/header/") + view->objectName(), header});
    }
    return named;
}

// Beside each header's state, its number of columns: QHeaderView::restoreState() takes a state saved with
// another number (Qt 6.4 pads or keeps sections, and applies the old layout's stretch and resize modes), so
// a view whose columns changed would come back in a layout that was never its own.
QString sectionsKey(const QString &key)
{
    return key + QStringLiteral("/sections");
}

} // namespace

void WindowState::save(const QMainWindow *window)
{
    const QString prefix = window->objectName();
    AppSettings::setViewState(prefix + QStringLiteral("/geometry"), window->saveGeometry());
    AppSettings::setViewState(prefix + QStringLiteral("/state"), window->saveState());
    for (const auto &[key, splitter] : namedSplitters(window))
        AppSettings::setViewState(key, splitter->saveState());
    for (const auto &[key, header] : namedHeaders(window)) {
        AppSettings::setViewState(key, header->saveState());
        AppSettings::setViewState(sectionsKey(key), QByteArray::number(header->count()));
    }
}

bool WindowState::restore(QMainWindow *window)
{
    const QString prefix = window->objectName();
    const QByteArray geometry = AppSettings::viewState(prefix + QStringLiteral("/geometry"));
    if (geometry.isEmpty())
        return false;
    window->restoreGeometry(geometry);
    window->restoreState(AppSettings::viewState(prefix + QStringLiteral("/state")));
    // A state never saved (a view added since) is empty, and restoreState() refuses it unchanged.
    for (const auto &[key, splitter] : namedSplitters(window))
        splitter->restoreState(AppSettings::viewState(key));
    // A header saved with other columns (or before their number was saved) keeps the view's own layout.
    for (const auto &[key, header] : namedHeaders(window)) {
        bool known = false;
        const int sections = AppSettings::viewState(sectionsKey(key)).toInt(&known);
        if (known && sections == header->count())
            header->restoreState(AppSettings::viewState(key));
    }
    return true;
}

} // namespace ShardDesk
