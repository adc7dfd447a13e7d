#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stockroom {

class SqlSession;

enum class RoleKind { Admin, StoreManager, FloorSupervisor };

/** "admin", "store_manager", "floor_supervisor" — as the database spells them. */
[[nodiscard]] QString roleKindName(RoleKind role);
[[nodiscard]] std::optional<RoleKind> roleKindFromName(const QString &name);
/** "Admin", "Store manager", "Floor supervisor" — for people (translatable). */
[[nodiscard]] QString roleKindTitle(RoleKind role);

/** A store, location or dark store as api.me() lists it. */
struct ScopePlace
{
    QString id;
    QString code;
    QString name;
    QString parentId; // location: its store; dark store: its location
    QString kind;     // location: location_type; dark store: status
};

/**
 * Who is signed in, as the database sees it (api.me()): the login, role, tenant, the places the
 * role grants sight of, and the scope rows that grant them.
 */
struct Identity
{
    QString login;
    QString displayName;
    RoleKind role = RoleKind::StoreManager;
    QString tenantId;
    QString tenantName;
    QString currency;
    QString timezone;
    QList<ScopePlace> stores;
    QList<ScopePlace> locations;
    QList<ScopePlace> darkStores;
    int schemaVersion = 0;

    /** Parses api.me()'s JSON; nullopt (with @p error) when it is not what this build expects. */
    [[nodiscard]] static std::optional<Identity> fromJson(const QByteArray &json, QString *error);
    /** Calls api.me() on @p session; throws DatabaseError (SR001/SR002 for non-staff/disabled). */
    [[nodiscard]] static Identity load(SqlSession &session);

    /** "BLR-IND, MUM-AND" / "BLR-KOR" / "All stores" — where this person works, for the window. */
    [[nodiscard]] QString whereText() const;
};

} // namespace stockroom
