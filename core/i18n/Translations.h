#pragma once

#include <QString>
#include <QStringList>

namespace ShardDesk {

// Loads ShardDesk's embedded translations (compiled from translations/*.ts) and Qt's own base
// translations for one language, and installs them on the application.
class Translations
{
public:
    // language: "de", "fr", "en"...; empty follows the system locale. Returns the language installed
    // ("en" when none of ours matched: the source strings are English).
    static QString install(const QString &language = {});
    // The languages ShardDesk is translated into, "en" first.
    static QStringList available();
};

} // namespace ShardDesk
