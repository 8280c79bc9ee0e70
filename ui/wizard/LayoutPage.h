#pragma once

#include <QWizardPage>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ShardDesk {

class ClusterWizard;

// Page 3: how the cluster is laid out — shards per server, chaining, database names, capacity (with the
// recommendation from the tested servers' RAM), vshard count and key column. Every edit is checked by
// ClusterPlan at once; its problems block Next, its warnings (a vshard count that is not a power of two)
// are shown.
class LayoutPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LayoutPage(ClusterWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void apply();
    void useRecommendation();

    ClusterWizard *m_wizard;
    QLineEdit *m_name;
    QSpinBox *m_shardsPerServer;
    QComboBox *m_chaining;
    QLineEdit *m_pattern;
    QDoubleSpinBox *m_capacity;
    QLabel *m_recommendation;
    QPushButton *m_useRecommendation;
    QSpinBox *m_vshards;
    QLineEdit *m_keyColumn;
    QLabel *m_messages;
};

} // namespace ShardDesk
