#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace stockroom {

/**
 * Prepares and runs one statement on @p db with positional parameters, forward-only; throws
 * DatabaseError (with the SQLSTATE) on failure. Parameters must be cast in SQL (?::uuid), since
 * QPSQL prepares them untyped.
 */
[[nodiscard]] QSqlQuery execQuery(QSqlDatabase &db, const QString &sql,
                                  const QVariantList &params = {});

/** Opens a named QPSQL connection on the calling thread; throws DatabaseError when it fails. */
[[nodiscard]] QSqlDatabase openThreadConnection(const class ConnectionInfo &info,
                                                const QString &connectionName,
                                                const QString &applicationName);

} // namespace stockroom
