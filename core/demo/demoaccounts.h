#pragma once

#include "access/identity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stockroom {

class PgConnection;

/**
 * The demo's three staff accounts and their documented passwords (README, "Demo accounts"). They
 * exist so the product can be shown in one command; a real installation creates its own staff
 * with `stockroomd staff add` and never seeds demo data.
 */
struct DemoAccount
{
    QString login;
    QString password;
    QString displayName;
    RoleKind role;
    QStringList storeCodes;     // granted stores
    QStringList darkStoreCodes; // granted dark stores
};

[[nodiscard]] const QList<DemoAccount> &demoAccounts();
/** The account the embedded default signs in with: the store manager. */
[[nodiscard]] const DemoAccount &defaultDemoAccount();
/** nullptr when @p login is not a demo account. */
[[nodiscard]] const DemoAccount *findDemoAccount(const QString &login);

/**
 * Creates (or, when a login of that name already exists on the server, adopts and resets) the
 * demo accounts for @p tenantId. Does nothing when this database already has staff. Needs a
 * database operator's connection (superuser or member of stockroom_owner). Returns the logins
 * set up.
 */
QStringList createDemoAccounts(PgConnection &connection, const QString &tenantId);

} // namespace stockroom
