#include "ShardMime.h"

#include <QCoreApplication>
#include <QMimeData>

namespace ShardDesk {

namespace {
QString originType()
{
    return QStringLiteral("application/x-sharddesk-shard-origin");
}

// The origin a shard drag names; empty when data names none.
QString originIn(const QMimeData *data)
{
    return QString::fromUtf8(data->data(originType()));
}
} // namespace

QString ShardMime::mimeType()
{
    return QStringLiteral("application/x-sharddesk-shard-id");
}

QString ShardMime::originOf(const void *owner)
{
    return QStringLiteral("%1/%2").arg(QCoreApplication::applicationPid()).arg(quintptr(owner), 0, 16);
}

std::unique_ptr<QMimeData> ShardMime::encode(int shardId, const QString &origin)
{
    const QString text = QString::number(shardId);
    auto data = std::make_unique<QMimeData>();
    data->setData(mimeType(), text.toUtf8());
    data->setData(originType(), origin.toUtf8());
    data->setText(text);
    return data;
}

bool ShardMime::carriesShard(const QMimeData *data)
{
    return data && data->hasFormat(mimeType());
}

int ShardMime::decode(const QMimeData *data, const QString &origin)
{
    if (!carriesShard(data) || originIn(data) != origin)
        return 0;
    bool ok = false;
    const int id = QString::fromUtf8(data->data(mimeType())).trimmed().toInt(&ok);
    return ok && id > 0 ? id : 0;
}

bool ShardMime::isFromAnotherOrigin(const QMimeData *data, const QString &origin)
{
    if (!carriesShard(data))
        return false;
    const QString from = originIn(data);
    return !from.isEmpty() && from != origin;
}

} // namespace ShardDesk
