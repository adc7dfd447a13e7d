#pragma once

#include "access/identity.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

struct pg_conn;

namespace stockroom {

class SqlSession;

/** Ids of the stores, locations and dark stores a staff member is granted. */
struct StaffScope
{
    QStringList storeIds;
    QStringList locationIds;
    QStringList darkStoreIds;
    [[nodiscard]] bool isEmpty() const
    {
        return storeIds.isEmpty() && locationIds.isEmpty() && darkStoreIds.isEmpty();
    }
};

struct NewStaff
{
    QString tenantId;
    QString login;
    QString displayName;
    RoleKind role = RoleKind::StoreManager;
    QString password;
    StaffScope scope;
};

/** One granted scope row, with the place's code and name for display. */
struct StaffScopeEntry
{
    QString type; // store | location | dark_store
    QString id;
    QString code;
    QString name;
};

struct StaffMember
{
    QString login;
    QString displayName;
    RoleKind role = RoleKind::StoreManager;
    bool active = true;
    QString createdAt; // ISO 8601
    QList<StaffScopeEntry> scope;
    [[nodiscard]] StaffScope scopeIds() const;
    /** "BLR-IND, MUM-AND" or "Whole tenant" for an admin. */
    [[nodiscard]] QString scopeText() const;
};

enum class ScopeChange { Set, Grant, Revoke };

/** The part of a NewStaff a problem is about, so a form can mark the field. */
enum class StaffField { Login, DisplayName, Password, Scope };

struct StaffProblem
{
    StaffField field;
    QString text;
};

/** A store, location or dark store an admin may grant, for pickers. */
struct StaffPlace
{
    QString type; // store | location | dark_store
    QString id;
    QString code;
    QString name;
    QString storeCode; // the store a location or dark store belongs to
    QString detail;    // store: city; location: location type; dark store: status
};

/**
 * Staff administration through the api.staff_* command functions — the same calls for
 * `stockroomd staff …` (as a database operator) and the desktop's Staff screen (as an admin).
 * Passwords never leave the client: a SCRAM-SHA-256 verifier is computed locally and sent instead.
 * Every call throws DatabaseError; refusals carry SR… SQLSTATEs (see ApiError).
 */
namespace staff {

constexpr int MinPasswordLength = 8;

/** Empty when @p login may be a staff login, else why not (mirrors the database's rule). */
[[nodiscard]] QString checkLogin(const QString &login);
/** Empty when @p password is acceptable, else why not. */
[[nodiscard]] QString checkPassword(const QString &password);
/** Every problem with @p spec a person can fix before anything is sent, one per line. */
[[nodiscard]] QStringList check(const NewStaff &spec);
/** The same problems as check(), each tagged with the field it is about. */
[[nodiscard]] QList<StaffProblem> problems(const NewStaff &spec);
/** Only the scope rules of check(): what @p scope lacks or must not have for @p role. */
[[nodiscard]] QStringList checkScope(RoleKind role, const StaffScope &scope);

/** A SCRAM-SHA-256 verifier for @p password, computed by libpq on this machine. */
[[nodiscard]] QString scramVerifier(pg_conn *conn, const QString &login, const QString &password);

QJsonObject add(SqlSession &db, const NewStaff &spec, const QUuid &requestId = QUuid::createUuid());
QJsonObject changeScope(SqlSession &db, const QString &tenantId, const QString &login,
                        ScopeChange change, const StaffScope &scope,
                        const QUuid &requestId = QUuid::createUuid());
QJsonObject setActive(SqlSession &db, const QString &tenantId, const QString &login, bool active,
                      const QUuid &requestId = QUuid::createUuid());
QJsonObject setPassword(SqlSession &db, const QString &tenantId, const QString &login,
                        const QString &password, const QUuid &requestId = QUuid::createUuid());

/**
 * Staff of @p tenantId the session may see (an admin: everyone; others: themselves), by login.
 */
[[nodiscard]] QList<StaffMember> list(SqlSession &db, const QString &tenantId);

/**
 * The stores, locations and dark stores of @p tenantId the session may see (row-level security:
 * an admin sees the whole tenant), by type and code — what a scope picker offers.
 */
[[nodiscard]] QList<StaffPlace> places(SqlSession &db, const QString &tenantId);

} // namespace staff

} // namespace stockroom
