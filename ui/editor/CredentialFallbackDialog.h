#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace ShardDesk {

// Shown when the OS keychain cannot be used (headless Linux has no Secret Service): says so plainly,
// with the keychain's own error, and offers the documented fallbacks: an encrypted file unlocked by a
// master password (asked once per session), or keeping passwords for this session only.
class CredentialFallbackDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialFallbackDialog(const QString &keychainError, const QString &filePath, QWidget *parent = nullptr);

    bool useEncryptedFile() const;
    QString masterPassword() const;

private:
    void updateOk();

    QRadioButton *m_file;
    QRadioButton *m_session;
    QLineEdit *m_master;
};

} // namespace ShardDesk
