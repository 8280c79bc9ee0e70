#include "Appearance.h"

namespace ShardDesk {

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Appearance::textOn(const QColor &fill, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const bool fillDark = fill.lightness() < 128;
    const bool textDark = text.lightness() < 128;
    return fillDark != textDark ? text : base;
}

QIcon Appearance::icon(const char *file, const char *themeName)
{
    const QIcon own(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file)));
    return themeName ? QIcon::fromTheme(QLatin1String(themeName), own) : own;
}

} // namespace ShardDesk
