#include "CredentialFallbackDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ShardDesk {

CredentialFallbackDialog::CredentialFallbackDialog(const QString &keychainError, const QString &filePath,
                                                   QWidget *parent)
    : QDialog(parent),
      m_file(new QRadioButton(tr("&Encrypted file, unlocked by a master password"))),
      m_session(new QRadioButton(tr("This &session only: forget passwords when ShardDesk quits"))),
      m_master(new QLineEdit)
{
    setObjectName(QStringLiteral("credentialFallbackDialog"));
    setWindowTitle(tr("No Keychain Available"));
    auto *intro = new QLabel(tr("ShardDesk cannot keep passwords in the system keychain here: %1\n\nChoose where "
                                "passwords go instead. They are never written in plain text.")
                                 .arg(keychainError));
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("fallbackEncryptedFile"));
    m_session->setObjectName(QStringLiteral("fallbackSessionOnly"));
    m_file->setToolTip(filePath);
    m_file->setChecked(true);
    m_master->setObjectName(QStringLiteral("masterPassword"));
    m_master->setEchoMode(QLineEdit::Password);
    m_master->setAccessibleName(tr("Master password"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Master password:"), m_master);
    auto *fileLabel = new QLabel(tr("File: %1").arg(filePath));
    fileLabel->setWordWrap(true);
    form->addRow(fileLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_master, &QLineEdit::textChanged, this, &CredentialFallbackDialog::updateOk);
    connect(m_file, &QRadioButton::toggled, this, &CredentialFallbackDialog::updateOk);
    connect(m_file, &QRadioButton::toggled, m_master, &QLineEdit::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_file);
    layout->addLayout(form);
    layout->addWidget(m_session);
    layout->addWidget(buttons);
    updateOk();
}

bool CredentialFallbackDialog::useEncryptedFile() const
{
    return m_file->isChecked();
}

QString CredentialFallbackDialog::masterPassword() const
{
    return m_master->text();
}

void CredentialFallbackDialog::updateOk()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->isChecked() || !m_master->text().isEmpty());
}

} // namespace ShardDesk
