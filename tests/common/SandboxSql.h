#pragma once
// One statement on a sandbox server as its test login, on a connection opened and removed for it: the
// set-up and clean-up of tests that otherwise talk to the servers only through the code under test.

#include "Sandbox.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ShardDesk::Testing {

inline bool runOnSandbox(const QString &host, const QString &sql)
{
    const QString name = QStringLiteral("sandbox-sql");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(host);
        db.setUserName(sandboxUser());
        db.setPassword(sandboxPassword());
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning() << sql << query.lastError().text();
        } else {
            qWarning() << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace ShardDesk::Testing
