#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ShardDesk {

// A set of vshard ids written as a list of ids and ranges, "17,18,40-63": what the CLI takes and what
// the GUI shows for a selection.
class VShardSelection
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::VShardSelection)

public:
    struct Span
    {
        int first = 0;
        int last = 0;
    };

    // Every id must be in 0..vshardCount-1; overlapping spans are merged.
    static Result<VShardSelection> parse(const QString &text, int vshardCount);

    const QList<Span> &spans() const { return m_spans; }
    qint64 size() const;
    QString toString() const;

private:
    QList<Span> m_spans; // sorted, disjoint
};

} // namespace ShardDesk
