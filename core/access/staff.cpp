#include "access/staff.h"

#include "db/databaseerror.h"
#include "db/sqlsession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::staff", text);
}

// A uuid[] literal for the `?::uuid[]` parameters.
QString uuidArray(const QStringList &ids)
{
    return QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}');
}

QJsonObject jsonResult(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString changeName(ScopeChange change)
{
    switch (change) {
    case ScopeChange::Set:
        return QStringLiteral("set");
    case ScopeChange::Grant:
        return QStringLiteral("grant");
    case ScopeChange::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

} // namespace

StaffScope StaffMember::scopeIds() const
{
    StaffScope ids;
    for (const StaffScopeEntry &e : scope) {
        if (e.type == QLatin1String("store"))
            ids.storeIds << e.id;
        else if (e.type == QLatin1String("location"))
            ids.locationIds << e.id;
        else
            ids.darkStoreIds << e.id;
    }
    return ids;
}

QString StaffMember::scopeText() const
{
    if (role == RoleKind::Admin)
        return tr("Whole tenant");
    QStringList codes;
    for (const StaffScopeEntry &e : scope)
        codes << e.code;
    return codes.join(QStringLiteral(", "));
}

namespace staff {

QString checkLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{2,62}$"));
    if (!pattern.match(login).hasMatch())
        return tr("A login has 3–63 characters: lower-case letters, digits, \".\", \"_\" or "
                  "\"-\", starting with a letter.");
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("stockroom_")))
        return tr("Logins may not start with \"pg_\" or \"stockroom_\"; those names are reserved.");
    return {};
}

QString checkPassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return tr("The password needs at least %1 characters.").arg(MinPasswordLength);
    if (password.trimmed() != password)
        return tr("The password may not begin or end with a space.");
    return {};
}

QStringList checkScope(RoleKind role, const StaffScope &scope)
{
    QStringList problems;
    switch (role) {
    case RoleKind::Admin:
        if (!scope.isEmpty())
            problems << tr("An admin acts on the whole tenant; leave stores, locations and "
                           "dark stores empty.");
        break;
    case RoleKind::FloorSupervisor:
        if (!scope.storeIds.isEmpty() || !scope.locationIds.isEmpty())
            problems << tr("A floor supervisor works in dark stores only.");
        if (scope.darkStoreIds.isEmpty())
            problems << tr("Choose the dark store this floor supervisor runs.");
        break;
    case RoleKind::StoreManager:
        if (scope.isEmpty())
            problems << tr("Choose at least one store, location or dark store.");
        break;
    }
    return problems;
}

QList<StaffProblem> problems(const NewStaff &spec)
{
    QList<StaffProblem> found;
    if (const QString p = checkLogin(spec.login); !p.isEmpty())
        found.append({StaffField::Login, p});
    if (spec.displayName.trimmed().isEmpty())
        found.append({StaffField::DisplayName, tr("Enter the person's name.")});
    if (const QString p = checkPassword(spec.password); !p.isEmpty())
        found.append({StaffField::Password, p});
    for (const QString &p : checkScope(spec.role, spec.scope))
        found.append({StaffField::Scope, p});
    return found;
}

QStringList check(const NewStaff &spec)
{
    QStringList texts;
    for (const StaffProblem &p : problems(spec))
        texts << p.text;
    return texts;
}

QString scramVerifier(pg_conn *conn, const QString &login, const QString &password)
{
    char *encrypted = PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                            login.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        throw DatabaseError(QStringLiteral("Could not compute the password verifier: %1")
                                .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString verifier = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return verifier;
}

QJsonObject add(SqlSession &db, const NewStaff &spec, const QUuid &requestId)
{
    const QString verifier = scramVerifier(db.nativeHandle(), spec.login, spec.password);
    return jsonResult(db.scalar(
        QStringLiteral("SELECT api.staff_add(?::uuid, ?::uuid, ?, ?, ?, ?, ?::uuid[], ?::uuid[], "
                       "?::uuid[])::text"),
        {requestId.toString(QUuid::WithoutBraces), spec.tenantId, spec.login,
         spec.displayName.trimmed(), roleKindName(spec.role), verifier,
         uuidArray(spec.scope.storeIds), uuidArray(spec.scope.locationIds),
         uuidArray(spec.scope.darkStoreIds)}));
}

QJsonObject changeScope(SqlSession &db, const QString &tenantId, const QString &login,
                        ScopeChange change, const StaffScope &scope, const QUuid &requestId)
{
    return jsonResult(db.scalar(
        QStringLiteral("SELECT api.staff_change_scope(?::uuid, ?::uuid, ?, ?, ?::uuid[], "
                       "?::uuid[], ?::uuid[])::text"),
        {requestId.toString(QUuid::WithoutBraces), tenantId, login, changeName(change),
         uuidArray(scope.storeIds), uuidArray(scope.locationIds), uuidArray(scope.darkStoreIds)}));
}

QJsonObject setActive(SqlSession &db, const QString &tenantId, const QString &login, bool active,
                      const QUuid &requestId)
{
    return jsonResult(db.scalar(
        QStringLiteral("SELECT api.staff_set_active(?::uuid, ?::uuid, ?, ?::boolean)::text"),
        {requestId.toString(QUuid::WithoutBraces), tenantId, login,
         active ? QStringLiteral("true") : QStringLiteral("false")}));
}

QJsonObject setPassword(SqlSession &db, const QString &tenantId, const QString &login,
                        const QString &password, const QUuid &requestId)
{
    const QString verifier = scramVerifier(db.nativeHandle(), login, password);
    return jsonResult(
        db.scalar(QStringLiteral("SELECT api.staff_set_password(?::uuid, ?::uuid, ?, ?)::text"),
                  {requestId.toString(QUuid::WithoutBraces), tenantId, login, verifier}));
}

QList<StaffMember> list(SqlSession &db, const QString &tenantId)
{
    const auto rows = db.query(
        QStringLiteral(
            "SELECT s.login_role, s.display_name, s.role_kind, s.is_active,"
            "       to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
            "       sc.scope_type, coalesce(sc.store_id, sc.location_id, sc.dark_store_id)::text,"
            "       coalesce(st.code, l.code, d.code), coalesce(st.name, l.name, d.name)"
            "  FROM staff s"
            "  LEFT JOIN staff_scope sc ON sc.tenant_id = s.tenant_id AND sc.login_role = "
            "s.login_role"
            "  LEFT JOIN stores st ON st.tenant_id = sc.tenant_id AND st.id = sc.store_id"
            "  LEFT JOIN locations l ON l.tenant_id = sc.tenant_id AND l.id = sc.location_id"
            "  LEFT JOIN dark_stores d ON d.tenant_id = sc.tenant_id AND d.id = sc.dark_store_id"
            " WHERE s.tenant_id = ?::uuid"
            " ORDER BY s.login_role, sc.scope_type, 8"),
        {tenantId});
    QList<StaffMember> members;
    for (const auto &r : rows) {
        const QString login = r.at(0).toString();
        if (members.isEmpty() || members.last().login != login) {
            StaffMember m;
            m.login = login;
            m.displayName = r.at(1).toString();
            m.role = roleKindFromName(r.at(2).toString()).value_or(RoleKind::StoreManager);
            m.active = r.at(3).toString() == QLatin1String("t") ||
                       r.at(3).toString() == QLatin1String("true");
            m.createdAt = r.at(4).toString();
            members.append(m);
        }
        if (!r.at(5).isNull()) {
            // A place outside what this session sees still shows, by id.
            const QString id = r.at(6).toString();
            const QString code = r.at(7).isNull() ? id.left(8) : r.at(7).toString();
            members.last().scope.append({r.at(5).toString(), id, code, r.at(8).toString()});
        }
    }
    return members;
}

QList<StaffPlace> places(SqlSession &db, const QString &tenantId)
{
    // Read as the caller, so row-level security decides what is offered.
    const auto rows = db.query(
        QStringLiteral(
            "SELECT 'store', st.id::text, st.code, st.name, st.code, st.city, 1"
            "  FROM stores st WHERE st.tenant_id = ?::uuid"
            " UNION ALL"
            " SELECT 'location', l.id::text, l.code, l.name, st.code, l.location_type, 2"
            "  FROM locations l LEFT JOIN stores st ON st.tenant_id = l.tenant_id AND st.id = "
            "l.store_id"
            " WHERE l.tenant_id = ?::uuid"
            " UNION ALL"
            " SELECT 'dark_store', d.id::text, d.code, d.name, st.code, d.status, 3"
            "  FROM dark_stores d LEFT JOIN stores st ON st.tenant_id = d.tenant_id AND st.id = "
            "d.store_id"
            " WHERE d.tenant_id = ?::uuid"
            " ORDER BY 7, 3"),
        {tenantId, tenantId, tenantId});
    QList<StaffPlace> found;
    found.reserve(rows.size());
    for (const auto &r : rows)
        found.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                      r.at(3).toString(), r.at(4).toString(), r.at(5).toString()});
    return found;
}

} // namespace staff

} // namespace stockroom
