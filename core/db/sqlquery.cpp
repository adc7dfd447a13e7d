#include "db/sqlquery.h"

#include "db/connectioninfo.h"
#include "db/databaseerror.h"

#include <QSqlError>

namespace stockroom {

namespace {

DatabaseError toDatabaseError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // QPSQL passes libpq's whole report: "ERROR:  message", then DETAIL:, HINT:, CONTEXT: lines.
    QString message;
    QString detail;
    QString hint;
    QString *current = &message;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("ERROR:"))) {
            current = &message;
            *current = line.mid(6).trimmed();
        } else if (line.startsWith(QLatin1String("DETAIL:"))) {
            current = &detail;
            *current = line.mid(7).trimmed();
        } else if (line.startsWith(QLatin1String("HINT:"))) {
            current = &hint;
            *current = line.mid(5).trimmed();
        } else if (line.startsWith(QLatin1String("CONTEXT:")) ||
                   line.startsWith(QLatin1String("QUERY:"))) {
            current = nullptr;
        } else if (current && !line.trimmed().isEmpty()) {
            *current += (current->isEmpty() ? QString() : QStringLiteral("\n")) + line.trimmed();
        }
    }
    if (message.isEmpty())
        message = text;
    return DatabaseError(message, error.nativeErrorCode(), detail, hint);
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
