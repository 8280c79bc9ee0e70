#pragma once

#include <QDialog>

#include <functional>

class QAction;
class QComboBox;
class QGroupBox;
class QPushButton;
class QSpinBox;

namespace ShardDesk {

// Edit → Preferences…: monitoring (poll interval, chart window), connection timeouts, the load test's
// defaults, the language and the recent-configurations list. Shows AppSettings and writes them back on
// OK only; views read them when they are created (and the main window passes on what can change live).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

    // Edit → Preferences… for window: opens the dialog window-modal; accepted runs after OK.
    static QAction *createAction(QWidget *window, std::function<void()> accepted);

    // The language names in their own language ("Deutsch"), as a user looks for them.
    static QString languageName(const QString &code);

private:
    QGroupBox *createMonitoringGroup();
    QGroupBox *createConnectionsGroup();
    QGroupBox *createLoadTestGroup();
    QGroupBox *createLanguageGroup();
    QGroupBox *createRecentGroup();
    void load();

    QSpinBox *m_pollInterval = nullptr;
    QComboBox *m_chartWindow = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_readTimeout = nullptr;
    QSpinBox *m_writeTimeout = nullptr;
    QSpinBox *m_users = nullptr;
    QSpinBox *m_comments = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_recentMax = nullptr;
    QPushButton *m_clearRecent = nullptr;
    bool m_clearRecentOnAccept = false;
};

} // namespace ShardDesk
