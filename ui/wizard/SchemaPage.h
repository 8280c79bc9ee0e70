#pragma once

#include <QWizardPage>

class QPlainTextEdit;

namespace ShardDesk {

class ClusterWizard;

// Page 4: the DDL every shard database runs, the original's `user` and `user_comment` tables for the
// chosen key column, editable. Statements end with a semicolon at the end of a line.
class SchemaPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchemaPage(ClusterWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static QString toText(const QStringList &statements);
    static QStringList fromText(const QString &text);

private:
    ClusterWizard *m_wizard;
    QPlainTextEdit *m_ddl;
    QString m_keyColumn; // the key column the shown DDL was made for
};

} // namespace ShardDesk
