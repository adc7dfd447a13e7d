#include "access/apierror.h"

#include "db/databaseerror.h"

namespace stockroom {

const QList<ApiErrorCodeInfo> &apiErrorCodes()
{
    static const QList<ApiErrorCodeInfo> codes{
        {ApiErrorCode::NotStaff, "not_staff", "SR001"},
        {ApiErrorCode::AccountDisabled, "account_disabled", "SR002"},
        {ApiErrorCode::NotInScope, "not_in_scope", "SR003"},
        {ApiErrorCode::NotPermitted, "not_permitted", "SR004"},
        {ApiErrorCode::InvalidArgument, "invalid_argument", "SR005"},
        {ApiErrorCode::NotFound, "not_found", "SR006"},
        {ApiErrorCode::AlreadyExists, "already_exists", "SR007"},
        {ApiErrorCode::RequestReused, "request_reused", "SR008"},
        {ApiErrorCode::InsufficientStock, "insufficient_stock", "SR010"},
        {ApiErrorCode::VersionConflict, "version_conflict", "SR011"},
        {ApiErrorCode::UnknownVariant, "unknown_variant", "SR012"},
        {ApiErrorCode::InvalidQuantity, "invalid_quantity", "SR013"},
        {ApiErrorCode::ReservationNotActive, "reservation_not_active", "SR014"},
        {ApiErrorCode::InvalidTransition, "invalid_transition", "SR015"},
    };
    return codes;
}

ApiErrorCode apiErrorCodeForSqlState(const QString &sqlState)
{
    for (const ApiErrorCodeInfo &info : apiErrorCodes()) {
        if (sqlState == QLatin1String(info.sqlState))
            return info.code;
    }
    return sqlState.startsWith(QLatin1String("SR")) ? ApiErrorCode::Unknown : ApiErrorCode::None;
}

QString apiErrorCodeName(ApiErrorCode code)
{
    for (const ApiErrorCodeInfo &info : apiErrorCodes()) {
        if (info.code == code)
            return QString::fromLatin1(info.name);
    }
    return code == ApiErrorCode::Unknown ? QStringLiteral("unknown") : QString();
}

ApiError ApiError::from(const DatabaseError &error)
{
    return from(error.sqlState(), error.message(), error.hint());
}

ApiError ApiError::from(const QString &sqlState, const QString &message, const QString &hint)
{
    return ApiError{apiErrorCodeForSqlState(sqlState), message, hint};
}

QString ApiError::text() const
{
    return hint.isEmpty() ? message : message + QLatin1Char('\n') + hint;
}

} // namespace stockroom
