#pragma once

#include <QList>
#include <QString>

namespace stockroom {

class DatabaseError;

/**
 * The stable refusal codes of the api.* command functions. The database raises each with its own
 * SQLSTATE in class "SR" (auth.error_sqlstate in migration 0008 is the one list); this mirror
 * lets the app react to a code rather than to message text. tst_access keeps the two in step.
 */
enum class ApiErrorCode {
    None,                 // not a command refusal (or no error)
    NotStaff,             // not_staff               SR001
    AccountDisabled,      // account_disabled        SR002
    NotInScope,           // not_in_scope            SR003
    NotPermitted,         // not_permitted           SR004
    InvalidArgument,      // invalid_argument        SR005
    NotFound,             // not_found               SR006
    AlreadyExists,        // already_exists          SR007
    RequestReused,        // request_reused          SR008
    InsufficientStock,    // insufficient_stock      SR010
    VersionConflict,      // version_conflict        SR011
    UnknownVariant,       // unknown_variant         SR012
    InvalidQuantity,      // invalid_quantity        SR013
    ReservationNotActive, // reservation_not_active  SR014
    InvalidTransition,    // invalid_transition      SR015
    PriceAboveMrp,        // price_above_mrp         SR016
    PriceOverlap,         // price_overlap           SR017
    VariantInUse,         // variant_in_use          SR018
    MappingConflict,      // mapping_conflict        SR019
    Unknown,              // an SR code this build does not know (a newer server)
};

struct ApiErrorCodeInfo
{
    ApiErrorCode code;
    const char *name;     // stable code, as documented
    const char *sqlState; // as raised by the database
};

/** Every known code, in documentation order. */
[[nodiscard]] const QList<ApiErrorCodeInfo> &apiErrorCodes();
[[nodiscard]] ApiErrorCode apiErrorCodeForSqlState(const QString &sqlState);
[[nodiscard]] QString apiErrorCodeName(ApiErrorCode code);

/** A command's refusal as the app shows it: the code and the database's own message and hint. */
struct ApiError
{
    ApiErrorCode code = ApiErrorCode::None;
    QString message;
    QString hint;

    [[nodiscard]] static ApiError from(const DatabaseError &error);
    [[nodiscard]] static ApiError from(const QString &sqlState, const QString &message,
                                       const QString &hint);
    /** A short plain-language title for the code ("Not enough stock"), for a dialog's heading. */
    [[nodiscard]] QString headline() const;
    /** Message and hint for a person, on two lines. */
    [[nodiscard]] QString text() const;
};

} // namespace stockroom
