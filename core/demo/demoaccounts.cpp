#include "demo/demoaccounts.h"

#include "access/staff.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"

namespace stockroom {

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts{
        {QStringLiteral("demo_admin"),
         QStringLiteral("stockroom-admin"),
         QStringLiteral("Asha Rao"),
         RoleKind::Admin,
         {},
         {}},
        {QStringLiteral("demo_manager"),
         QStringLiteral("stockroom-manager"),
         QStringLiteral("Vikram Nair"),
         RoleKind::StoreManager,
         {QStringLiteral("BLR-IND"), QStringLiteral("MUM-AND")},
         {}},
        {QStringLiteral("demo_supervisor"),
         QStringLiteral("stockroom-supervisor"),
         QStringLiteral("Meera Iyer"),
         RoleKind::FloorSupervisor,
         {},
         {QStringLiteral("BLR-KOR")}},
    };
    return accounts;
}

const DemoAccount &defaultDemoAccount()
{
    return demoAccounts().at(1);
}

const DemoAccount *findDemoAccount(const QString &login)
{
    for (const DemoAccount &a : demoAccounts()) {
        if (a.login == login)
            return &a;
    }
    return nullptr;
}

QStringList createDemoAccounts(PgConnection &connection, const QString &tenantId)
{
    PgSession db(connection);
    if (db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff)")).toString() ==
        QLatin1String("t"))
        return {};
    QStringList created;
    for (const DemoAccount &a : demoAccounts()) {
        // The granted places by code, resolved in the same statement.
        db.scalar(QStringLiteral(
                      "SELECT api.staff_adopt_demo_login(gen_random_uuid(), ?::uuid, ?, ?, ?, ?,"
                      " ARRAY(SELECT id FROM stores WHERE tenant_id = ?::uuid"
                      "         AND code = ANY (string_to_array(?, ','))), '{}',"
                      " ARRAY(SELECT id FROM dark_stores WHERE tenant_id = ?::uuid"
                      "         AND code = ANY (string_to_array(?, ','))))"),
                  {tenantId, a.login, a.displayName, roleKindName(a.role),
                   staff::scramVerifier(db.nativeHandle(), a.login, a.password), tenantId,
                   a.storeCodes.join(QLatin1Char(',')), tenantId,
                   a.darkStoreCodes.join(QLatin1Char(','))});
        created << a.login;
    }
    return created;
}

} // namespace stockroom
