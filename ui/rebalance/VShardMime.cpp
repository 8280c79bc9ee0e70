#include "VShardMime.h"

#include <QMimeData>

namespace ShardDesk {

QString VShardMime::mimeType()
{
    return QStringLiteral("application/x-sharddesk-vshards");
}

QString VShardMime::rangesText(const QList<VShardSelection::Span> &spans)
{
    QStringList parts;
    for (const VShardSelection::Span &s : spans)
        parts.append(s.first == s.last ? QString::number(s.first) : QStringLiteral("%1-%2").arg(s.first).arg(s.last));
    return parts.join(QLatin1Char(','));
}

std::unique_ptr<QMimeData> VShardMime::encode(const QList<VShardSelection::Span> &spans)
{
    const QString text = rangesText(spans);
    auto data = std::make_unique<QMimeData>();
    data->setData(mimeType(), text.toUtf8());
    data->setText(text);
    return data;
}

bool VShardMime::carriesVShards(const QMimeData *data)
{
    return data && data->hasFormat(mimeType());
}

QList<int> VShardMime::decode(const QMimeData *data, int vshardCount)
{
    if (!carriesVShards(data))
        return {};
    const auto selection = VShardSelection::parse(QString::fromUtf8(data->data(mimeType())), vshardCount);
    return selection ? idsOf(selection->spans()) : QList<int>();
}

QList<int> VShardMime::idsOf(const QList<VShardSelection::Span> &spans)
{
    QList<int> vshards;
    for (const VShardSelection::Span &span : spans) {
        for (int v = span.first; v <= span.last; ++v)
            vshards.append(v);
    }
    return vshards;
}

QList<VShardSelection::Span> VShardMime::spansOf(const QList<int> &sortedIds)
{
    QList<VShardSelection::Span> spans;
    for (int v : sortedIds) {
        if (!spans.isEmpty() && spans.last().last + 1 == v)
            spans.last().last = v;
        else
            spans.append({v, v});
    }
    return spans;
}

} // namespace ShardDesk
