#include "pricing/pricecommands.h"

#include "db/sqlsession.h"

#include <QJsonDocument>

namespace stockroom::pricecommands {

namespace {

QVariant orNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant instant(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject run(SqlSession &db, const QString &call, const QVariantList &params)
{
    return QJsonDocument::fromJson(
               db.scalar(QStringLiteral("SELECT ") + call, params).toString().toUtf8())
        .object();
}

QJsonObject price(SqlSession &db, const QString &function, const QUuid &requestId,
                  const PriceEntry &e)
{
    return run(db,
               function +
                   QStringLiteral("(?::uuid, ?::uuid, ?::uuid, ?::text, ?::numeric,"
                                  " ?::numeric, ?::numeric, ?::timestamptz, ?::timestamptz)"),
               {uuid(requestId), e.variantId, orNull(e.locationId), orNull(e.channel),
                e.mrp ? QVariant(e.mrp->toSqlString()) : QVariant(), e.basePrice.toSqlString(),
                e.taxRate, instant(e.effectiveFrom), instant(e.effectiveTo)});
}

} // namespace

QJsonObject setPrice(SqlSession &db, const QUuid &requestId, const PriceEntry &entry)
{
    return price(db, QStringLiteral("api.set_price"), requestId, entry);
}

QJsonObject scheduleChange(SqlSession &db, const QUuid &requestId, const PriceEntry &entry)
{
    return price(db, QStringLiteral("api.schedule_price_change"), requestId, entry);
}

QJsonObject endPrice(SqlSession &db, const QUuid &requestId, const QString &priceId,
                     const QDateTime &at)
{
    return run(db, QStringLiteral("api.end_price(?::uuid, ?::uuid, ?::timestamptz)"),
               {uuid(requestId), priceId, instant(at)});
}

QJsonObject cancelPrice(SqlSession &db, const QUuid &requestId, const QString &priceId,
                        bool keepPrevious)
{
    return run(db, QStringLiteral("api.cancel_price(?::uuid, ?::uuid, ?::boolean)"),
               {uuid(requestId), priceId, keepPrevious});
}

QJsonObject applyBulk(SqlSession &db, const QUuid &requestId, const BulkPriceRequest &r,
                      const QString &fingerprint)
{
    return run(db,
               QStringLiteral("api.bulk_price_apply(?::uuid, ?::uuid, ?::text, ?::text, ?::uuid,"
                              " ?::text, ?::text, ?::numeric, ?::text, ?::timestamptz, ?::text)"),
               {uuid(requestId), orNull(r.categoryId), orNull(r.search), orNull(r.brand),
                orNull(r.locationId), orNull(r.channel), r.mode, r.value, orNull(r.rounding),
                instant(r.effectiveFrom), fingerprint});
}

} // namespace stockroom::pricecommands
