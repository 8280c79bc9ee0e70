#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "Appearance.h"
#include "RecentConfigs.h"
#include "i18n/Translations.h"
#include "monitor/MonitorPanel.h"
#include "wizard/LoadTestPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ShardDesk {

namespace {

QSpinBox *spinBox(const QString &name, int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    return box;
}

QComboBox *comboBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *grid = new QGridLayout;
    grid->addWidget(createMonitoringGroup(), 0, 0);
    grid->addWidget(createConnectionsGroup(), 1, 0);
    grid->addWidget(createLanguageGroup(), 2, 0);
    grid->addWidget(createLoadTestGroup(), 0, 1, 2, 1);
    grid->addWidget(createRecentGroup(), 2, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load();
}

QGroupBox *PreferencesDialog::createMonitoringGroup()
{
    auto *group = new QGroupBox(tr("Monitoring"), this);
    m_pollInterval = spinBox(QStringLiteral("pollInterval"), 100, 600'000, group);
    m_pollInterval->setSingleStep(100);
    m_chartWindow = comboBox(QStringLiteral("chartWindow"), group);
    MonitorPanel::addWindowChoices(m_chartWindow);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Poll interval (ms):"), m_pollInterval);
    form->addRow(tr("Chart &window:"), m_chartWindow);
    return group;
}

QGroupBox *PreferencesDialog::createConnectionsGroup()
{
    auto *group = new QGroupBox(tr("Connections"), this);
    m_connectTimeout = spinBox(QStringLiteral("connectTimeout"), 1, 3600, group);
    m_readTimeout = spinBox(QStringLiteral("readTimeout"), 1, 3600, group);
    m_writeTimeout = spinBox(QStringLiteral("writeTimeout"), 1, 3600, group);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Connect timeout (s):"), m_connectTimeout);
    form->addRow(tr("&Read timeout (s):"), m_readTimeout);
    form->addRow(tr("W&rite timeout (s):"), m_writeTimeout);
    return group;
}

QGroupBox *PreferencesDialog::createLoadTestGroup()
{
    auto *group = new QGroupBox(tr("Load test defaults"), this);
    m_users = spinBox(QStringLiteral("loadTestUsers"), 1, int(LoadTestSpec::MaxUsers), group);
    m_comments = spinBox(QStringLiteral("loadTestComments"), 0, 1000, group);
    m_threads = spinBox(QStringLiteral("loadTestThreads"), 1, LoadTestSpec::MaxThreads, group);
    m_batch = spinBox(QStringLiteral("loadTestBatchSize"), 1, 100'000, group);
    m_mode = LoadTestPanel::createModeBox(group);
    m_mode->setObjectName(QStringLiteral("loadTestMode"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("C&omments per user:"), m_comments);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Batch size (users):"), m_batch);
    return group;
}

QGroupBox *PreferencesDialog::createLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    m_language = comboBox(QStringLiteral("language"), group);
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(languageName(code), code);
    auto *note = new QLabel(tr("A new language is used from the next start of ShardDesk."), group);
    note->setWordWrap(true);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    return group;
}

QGroupBox *PreferencesDialog::createRecentGroup()
{
    auto *group = new QGroupBox(tr("Recent configurations"), this);
    m_recentMax = spinBox(QStringLiteral("recentMax"), 1, 50, group);
    m_clearRecent = new QPushButton(tr("C&lear List"), group);
    m_clearRecent->setObjectName(QStringLiteral("clearRecent"));
    m_clearRecent->setToolTip(tr("The list is cleared when you press OK."));
    connect(m_clearRecent, &QPushButton::clicked, this, [this] {
        m_clearRecentOnAccept = true;
        m_clearRecent->setEnabled(false);
    });
    auto *form = new QFormLayout(group);
    form->addRow(tr("Ma&ximum entries:"), m_recentMax);
    form->addRow(m_clearRecent);
    return group;
}

void PreferencesDialog::load()
{
    m_pollInterval->setValue(AppSettings::pollIntervalMs());
    m_chartWindow->setCurrentIndex(qMax(0, m_chartWindow->findData(AppSettings::chartWindowSeconds())));
    m_connectTimeout->setValue(AppSettings::connectTimeoutSec());
    m_readTimeout->setValue(AppSettings::readTimeoutSec());
    m_writeTimeout->setValue(AppSettings::writeTimeoutSec());
    const LoadTestSpec spec = AppSettings::loadTestDefaults();
    m_users->setValue(int(spec.users));
    m_comments->setValue(spec.commentsPerUser);
    m_threads->setValue(spec.threads);
    m_mode->setCurrentIndex(m_mode->findData(int(spec.mode)));
    m_batch->setValue(spec.batchSize);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_recentMax->setValue(AppSettings::recentMax());
    m_clearRecent->setEnabled(!RecentConfigs::list().isEmpty());
}

void PreferencesDialog::accept()
{
    AppSettings::setPollIntervalMs(m_pollInterval->value());
    AppSettings::setChartWindowSeconds(m_chartWindow->currentData().toInt());
    AppSettings::setConnectTimeoutSec(m_connectTimeout->value());
    AppSettings::setReadTimeoutSec(m_readTimeout->value());
    AppSettings::setWriteTimeoutSec(m_writeTimeout->value());
    LoadTestSpec spec = AppSettings::loadTestDefaults();
    spec.users = m_users->value();
    spec.commentsPerUser = m_comments->value();
    spec.threads = m_threads->value();
    spec.mode = LoadTestSpec::Mode(m_mode->currentData().toInt());
    spec.batchSize = m_batch->value();
    AppSettings::setLoadTestDefaults(spec);
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setRecentMax(m_recentMax->value());
    if (m_clearRecentOnAccept)
        RecentConfigs::clear();
    RecentConfigs::trim();
    QDialog::accept();
}

QAction *PreferencesDialog::createAction(QWidget *window, std::function<void()> accepted)
{
    auto *action = new QAction(Appearance::icon("preferences", "preferences-system"), tr("Pre&ferences…"), window);
    action->setObjectName(QStringLiteral("preferencesAction"));
    action->setMenuRole(QAction::PreferencesRole);
    // Linux has no standard Preferences key: Ctrl+, as most desktop applications.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    action->setShortcuts(keys.isEmpty() ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);
    connect(action, &QAction::triggered, window, [window, accepted = std::move(accepted)] {
        auto *dialog = new PreferencesDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, window, accepted);
        dialog->open();
    });
    return action;
}

QString PreferencesDialog::languageName(const QString &code)
{
    // QLocale calls "en" "American English"; the source strings are plain English.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace ShardDesk
