#pragma once

#include <QIcon>
#include <QPalette>

namespace ShardDesk {

// The look that follows the desktop: whether a palette is dark (Qt 6.4 has no colour-scheme API, so it
// is read from the window colour), and the icons of actions, the desktop theme's where it has one.
class Appearance
{
public:
    static bool isDark(const QPalette &palette);
    // Text that stays readable on a tile or band filled with fill: the palette's text colour when it
    // contrasts, else its opposite.
    static QColor textOn(const QColor &fill, const QPalette &palette);
    // ":/icons/<file>.svg", or the desktop theme's themeName (freedesktop icon naming spec) when it has it.
    static QIcon icon(const char *file, const char *themeName = nullptr);
};

} // namespace ShardDesk
