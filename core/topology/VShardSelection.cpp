#include "VShardSelection.h"

#include <algorithm>

namespace ShardDesk {

Result<VShardSelection> VShardSelection::parse(const QString &text, int vshardCount)
{
    VShardSelection selection;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return makeError(tr("No vshards given: write ids and ranges such as 17,18,40-63."), Error::Kind::Usage);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const int dash = part.indexOf(QLatin1Char('-'), 1);
        bool okFirst = false;
        bool okLast = false;
        const int first = (dash < 0 ? part : part.left(dash)).trimmed().toInt(&okFirst);
        const int last = dash < 0 ? first : part.mid(dash + 1).trimmed().toInt(&okLast);
        if (!okFirst || (dash >= 0 && !okLast))
            return makeError(tr("\"%1\" is not a vshard id or a range such as 40-63.").arg(part), Error::Kind::Usage);
        if (first > last)
            return makeError(tr("The range %1 runs backwards.").arg(part), Error::Kind::Usage);
        if (first < 0 || last >= vshardCount)
            return makeError(tr("%1 is outside the cluster's vshards 0–%2.").arg(part).arg(vshardCount - 1),
                             Error::Kind::Usage);
        selection.m_spans.append({first, last});
    }
    std::sort(selection.m_spans.begin(), selection.m_spans.end(),
              [](const Span &a, const Span &b) { return a.first < b.first; });
    QList<Span> merged;
    for (const Span &s : std::as_const(selection.m_spans)) {
        if (!merged.isEmpty() && s.first <= merged.last().last + 1)
            merged.last().last = std::max(merged.last().last, s.last);
        else
            merged.append(s);
    }
    selection.m_spans = merged;
    return selection;
}

qint64 VShardSelection::size() const
{
    qint64 n = 0;
    for (const Span &s : m_spans)
        n += s.last - s.first + 1;
    return n;
}

QString VShardSelection::toString() const
{
    QStringList parts;
    for (const Span &s : m_spans)
        parts.append(s.first == s.last ? QString::number(s.first)
                                       : QStringLiteral("%1-%2").arg(s.first).arg(s.last));
    return parts.join(QLatin1Char(','));
}

} // namespace ShardDesk
