#include "access/identity.h"

#include "db/databaseerror.h"
#include "db/sqlsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom {

QString roleKindName(RoleKind role)
{
    switch (role) {
    case RoleKind::Admin:
        return QStringLiteral("admin");
    case RoleKind::StoreManager:
        return QStringLiteral("store_manager");
    case RoleKind::FloorSupervisor:
        return QStringLiteral("floor_supervisor");
    }
    return {};
}

std::optional<RoleKind> roleKindFromName(const QString &name)
{
    for (RoleKind r : {RoleKind::Admin, RoleKind::StoreManager, RoleKind::FloorSupervisor}) {
        if (roleKindName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString roleKindTitle(RoleKind role)
{
    switch (role) {
    case RoleKind::Admin:
        return QCoreApplication::translate("stockroom::Identity", "Admin");
    case RoleKind::StoreManager:
        return QCoreApplication::translate("stockroom::Identity", "Store manager");
    case RoleKind::FloorSupervisor:
        return QCoreApplication::translate("stockroom::Identity", "Floor supervisor");
    }
    return {};
}

namespace {

QList<ScopePlace> places(const QJsonArray &array, const char *parentKey, const char *kindKey)
{
    QList<ScopePlace> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QLatin1String("id")).toString(),
                     o.value(QLatin1String("code")).toString(),
                     o.value(QLatin1String("name")).toString(),
                     parentKey ? o.value(QLatin1String(parentKey)).toString() : QString(),
                     kindKey ? o.value(QLatin1String(kindKey)).toString() : QString()});
    }
    return list;
}

} // namespace

std::optional<Identity> Identity::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("api.me() did not return a JSON object: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Identity id;
    id.login = o.value(QLatin1String("login")).toString();
    id.displayName = o.value(QLatin1String("display_name")).toString();
    const auto role = roleKindFromName(o.value(QLatin1String("role")).toString());
    const QJsonObject tenant = o.value(QLatin1String("tenant")).toObject();
    id.tenantId = tenant.value(QLatin1String("id")).toString();
    id.tenantName = tenant.value(QLatin1String("name")).toString();
    id.currency = tenant.value(QLatin1String("currency")).toString();
    id.timezone = tenant.value(QLatin1String("timezone")).toString();
    id.stores = places(o.value(QLatin1String("stores")).toArray(), nullptr, nullptr);
    id.locations =
        places(o.value(QLatin1String("locations")).toArray(), "store_id", "location_type");
    id.darkStores =
        places(o.value(QLatin1String("dark_stores")).toArray(), "location_id", "status");
    id.schemaVersion = o.value(QLatin1String("schema_version")).toInt();
    if (id.login.isEmpty() || !role || id.tenantId.isEmpty()) {
        if (error)
            *error = QStringLiteral("api.me() returned an identity this version cannot read "
                                    "(login, role or tenant missing).");
        return std::nullopt;
    }
    id.role = *role;
    return id;
}

Identity Identity::load(SqlSession &session)
{
    const QVariant json = session.scalar(QStringLiteral("SELECT api.me()::text"));
    QString error;
    auto id = fromJson(json.toString().toUtf8(), &error);
    if (!id)
        throw DatabaseError(error);
    return *id;
}

QString Identity::whereText() const
{
    if (role == RoleKind::Admin)
        return QCoreApplication::translate("stockroom::Identity", "All stores of %1")
            .arg(tenantName);
    QStringList codes;
    if (role == RoleKind::FloorSupervisor) {
        for (const ScopePlace &d : darkStores)
            codes << d.code;
    } else {
        for (const ScopePlace &s : stores)
            codes << s.code;
    }
    return codes.join(QStringLiteral(", "));
}

} // namespace stockroom
