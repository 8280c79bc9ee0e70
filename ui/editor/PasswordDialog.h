#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace ShardDesk {

// Asks for the password of one login (a user on a server). When the configuration has that user on other
// servers too, it offers to use the same password for all of them: a cluster usually has one application
// user everywhere, and a sandbox always does.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // otherServers: how many other servers have shards with this user (0: no offer).
    PasswordDialog(const QString &user, const QString &serverKey, int otherServers, QWidget *parent = nullptr);

    QString password() const;
    // Whether the user asked for the password to be used on the other servers too.
    bool forEveryServer() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_everywhere;
};

} // namespace ShardDesk
