#include "SchemaPage.h"

#include "ClusterWizard.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ShardDesk {

SchemaPage::SchemaPage(ClusterWizard *wizard) : QWizardPage(wizard), m_wizard(wizard), m_ddl(new QPlainTextEdit(this))
{
    setTitle(tr("Schema"));
    setSubTitle(tr("The tables created in every shard database. Edit them if your load test needs other columns; "
                   "keep VIRTUAL_SHARD and the key column."));
    m_ddl->setObjectName(QStringLiteral("schemaDdl"));
    m_ddl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ddl->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ddl);
    connect(m_ddl, &QPlainTextEdit::textChanged, this, &SchemaPage::completeChanged);
}

void SchemaPage::initializePage()
{
    // A new key column makes new DDL; coming back with the same column keeps the user's edits.
    const QString key = m_wizard->plan().keyColumn;
    if (key != m_keyColumn || m_ddl->toPlainText().trimmed().isEmpty()) {
        m_keyColumn = key;
        m_ddl->setPlainText(toText(ClusterPlan::defaultSchema(key)));
    }
}

bool SchemaPage::isComplete() const
{
    return !fromText(m_ddl->toPlainText()).isEmpty();
}

bool SchemaPage::validatePage()
{
    m_wizard->plan().schema = fromText(m_ddl->toPlainText());
    return !m_wizard->plan().schema.isEmpty();
}

QString SchemaPage::toText(const QStringList &statements)
{
    return statements.join(QStringLiteral(";\n\n")) + QLatin1Char(';');
}

QStringList SchemaPage::fromText(const QString &text)
{
    // A semicolon ends a statement only at the end of a line, so one inside a COMMENT '...' survives.
    static const QRegularExpression end(QStringLiteral(";[ \\t]*(\\r?\\n|$)"));
    QStringList statements;
    for (const QString &part : text.split(end)) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

} // namespace ShardDesk
