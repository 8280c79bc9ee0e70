#include "ClusterSettings.h"

namespace ShardDesk {

QString ClusterSettings::toString(KeyNormalization n)
{
    switch (n) {
    case KeyNormalization::None:
        return QStringLiteral("none");
    case KeyNormalization::Lowercase:
        return QStringLiteral("lowercase");
    }
    return QStringLiteral("none");
}

bool ClusterSettings::fromString(const QString &text, KeyNormalization *out)
{
    if (text == QLatin1String("none")) {
        *out = KeyNormalization::None;
        return true;
    }
    if (text == QLatin1String("lowercase")) {
        *out = KeyNormalization::Lowercase;
        return true;
    }
    return false;
}

} // namespace ShardDesk
