#include "ApplyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShardDesk {

ApplyDialog::ApplyDialog(const QString &location, const QStringList &changes, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("applyDialog"));
    setWindowTitle(tr("Apply Changes"));
    auto *intro = new QLabel(tr("These %n change(s) will be written to %1 in one transaction:", "", int(changes.size()))
                                 .arg(location));
    intro->setWordWrap(true);
    auto *list = new QPlainTextEdit(changes.join(QLatin1Char('\n')));
    list->setObjectName(QStringLiteral("applyChanges"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(620, 380);
}

} // namespace ShardDesk
