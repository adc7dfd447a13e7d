#include "db/sqlquery.h"

#include "db/connectioninfo.h"
#include "db/databaseerror.h"

#include <QSqlError>

namespace stockroom {

namespace {

DatabaseError toDatabaseError(const QSqlError &error)
{
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.driverText().trimmed();
    // QPSQL prefixes the primary message with "ERROR:  "; keep what a person should read.
    if (message.startsWith(QLatin1String("ERROR:")))
        message = message.mid(6).trimmed();
    return DatabaseError(message, error.nativeErrorCode());
}

} // namespace

QSqlQuery execQuery(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw toDatabaseError(query.lastError());
    for (const QVariant &p : params)
        query.addBindValue(p);
    if (!query.exec())
        throw toDatabaseError(query.lastError());
    return query;
}

QSqlDatabase openThreadConnection(const ConnectionInfo &info, const QString &connectionName,
                                  const QString &applicationName)
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        throw DatabaseError(QStringLiteral(
            "The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql."));
    info.applyTo(db, applicationName);
    if (!db.open())
        throw DatabaseError(QStringLiteral("Could not connect to %1: %2")
                                .arg(info.describe(), db.lastError().text().trimmed()),
                            db.lastError().nativeErrorCode());
    return db;
}

} // namespace stockroom
