#pragma once

#include <QDialog>
#include <QStringList>

namespace ShardDesk {

// Shows what Apply will write to the config store, one line per change (TopologyDiff::describe()), and
// asks for confirmation. Opened window-modal, never with exec(), so nothing waits on it.
class ApplyDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyDialog(const QString &location, const QStringList &changes, QWidget *parent = nullptr);
};

} // namespace ShardDesk
