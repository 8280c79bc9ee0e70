#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ShardDesk {

namespace {

const QString ResourceFolder = QStringLiteral(":/i18n");

} // namespace

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(ResourceFolder).entryList({QStringLiteral("sharddesk_*.qm")}, QDir::Files,
                                                             QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13); // "sharddesk_" .. ".qm"
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto ours = std::make_unique<QTranslator>(app);
    if (!ours->load(locale, QStringLiteral("sharddesk"), QStringLiteral("_"), ResourceFolder)) {
        // No translation for this language: the English source texts, with their plural forms right.
        if (ours->load(QStringLiteral("sharddesk_en"), ResourceFolder))
            QCoreApplication::installTranslator(ours.release());
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours.release());

    // Qt's own strings (standard buttons, context menus) in the same language, when installed.
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.release());
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace ShardDesk
