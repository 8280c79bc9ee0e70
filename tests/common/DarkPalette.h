#pragma once
// A dark desktop palette, as a dark theme hands it to the application: the GUI tests and the screenshot
// tool check and show ShardDesk under it.

#include <QtGui/QColor>
#include <QtGui/QPalette>

namespace ShardDesk::Testing {

inline QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x2e, 0x86, 0xde));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace ShardDesk::Testing
