#include "PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ShardDesk {

PasswordDialog::PasswordDialog(const QString &user, const QString &serverKey, int otherServers, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit)
    , m_everywhere(new QCheckBox(
          tr("&Use it for %1 on the %n other server(s) of this configuration too", "", otherServers).arg(user)))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Set Password"));
    auto *label = new QLabel(tr("&Password of %1 on %2:").arg(user, serverKey));
    label->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_everywhere->setObjectName(QStringLiteral("passwordForEveryServer"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_password);
    layout->addWidget(m_everywhere);
    layout->addWidget(buttons);
    m_everywhere->setHidden(otherServers <= 0); // once it is in the dialog: hidden alone, not shown alone
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::forEveryServer() const
{
    return !m_everywhere->isHidden() && m_everywhere->isChecked();
}

} // namespace ShardDesk
