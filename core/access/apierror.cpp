#include "access/apierror.h"

#include "db/databaseerror.h"

#include <QCoreApplication>

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
        {ApiErrorCode::PriceAboveMrp, "price_above_mrp", "SR016"},
        {ApiErrorCode::PriceOverlap, "price_overlap", "SR017"},
        {ApiErrorCode::VariantInUse, "variant_in_use", "SR018"},
        {ApiErrorCode::MappingConflict, "mapping_conflict", "SR019"},
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

QString ApiError::headline() const
{
    switch (code) {
    case ApiErrorCode::None:
        return QCoreApplication::translate("ApiError", "Something went wrong");
    case ApiErrorCode::NotStaff:
    case ApiErrorCode::AccountDisabled:
        return QCoreApplication::translate("ApiError", "Your account cannot do this");
    case ApiErrorCode::NotInScope:
        return QCoreApplication::translate("ApiError", "Outside your stores");
    case ApiErrorCode::NotPermitted:
        return QCoreApplication::translate("ApiError", "Not allowed for your role");
    case ApiErrorCode::InvalidArgument:
        return QCoreApplication::translate("ApiError", "Check what was entered");
    case ApiErrorCode::NotFound:
        return QCoreApplication::translate("ApiError", "Not found");
    case ApiErrorCode::AlreadyExists:
        return QCoreApplication::translate("ApiError", "Already exists");
    case ApiErrorCode::RequestReused:
        return QCoreApplication::translate("ApiError", "Duplicate request");
    case ApiErrorCode::InsufficientStock:
        return QCoreApplication::translate("ApiError", "Not enough stock");
    case ApiErrorCode::VersionConflict:
        return QCoreApplication::translate("ApiError", "Changed by someone else");
    case ApiErrorCode::UnknownVariant:
        return QCoreApplication::translate("ApiError", "Unknown item");
    case ApiErrorCode::InvalidQuantity:
        return QCoreApplication::translate("ApiError", "Check the quantity");
    case ApiErrorCode::ReservationNotActive:
        return QCoreApplication::translate("ApiError", "Reservation no longer active");
    case ApiErrorCode::InvalidTransition:
        return QCoreApplication::translate("ApiError", "Already done");
    case ApiErrorCode::PriceAboveMrp:
        return QCoreApplication::translate("ApiError", "Price above MRP");
    case ApiErrorCode::PriceOverlap:
        return QCoreApplication::translate("ApiError", "Overlaps another price");
    case ApiErrorCode::VariantInUse:
        return QCoreApplication::translate("ApiError", "Still in use");
    case ApiErrorCode::MappingConflict:
        return QCoreApplication::translate("ApiError", "Already mapped elsewhere");
    case ApiErrorCode::Unknown:
        break;
    }
    return QCoreApplication::translate("ApiError", "Refused by the server");
}

QString ApiError::text() const
{
    return hint.isEmpty() ? message : message + QLatin1Char('\n') + hint;
}

} // namespace stockroom
