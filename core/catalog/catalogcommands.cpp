#include "catalog/catalogcommands.h"

#include "db/databaseerror.h"
#include "db/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stockroom {

namespace {

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(SqlSession &db, const QString &sql, const QVariantList &params)
{
    return QJsonDocument::fromJson(db.scalar(sql, params).toString().toUtf8()).object();
}

/** A uuid parameter, NULL when empty. */
QVariant orNull(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

CatalogCommandResult run(SqlSession &db, const QString &sql, const QVariantList &params)
{
    return CatalogCommandResult::fromJson(object(db, sql, params));
}

CategoryPaths pathsOf(const QJsonObject &o)
{
    CategoryPaths paths;
    for (auto it = o.begin(); it != o.end(); ++it)
        paths.insert(it.key(), it.value().toString());
    return paths;
}

CatalogVersion versionOf(const QJsonObject &o)
{
    return {o.value(QLatin1String("version_no")).toInt(),
            o.value(QLatin1String("changed_by")).toString(),
            o.value(QLatin1String("who")).toString(),
            o.value(QLatin1String("changed_at_text")).toString(),
            o.value(QLatin1String("source")).toString(),
            VariantDocument::fromJson(o.value(QLatin1String("document")).toObject())};
}

} // namespace

CatalogCommandResult CatalogCommandResult::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("variant_id")).toString(),
            json.value(QLatin1String("product_id")).toString(),
            json.value(QLatin1String("version_no")).toInt(),
            json.value(QLatin1String("changed")).toBool(), json};
}

QString CatalogRefusal::fieldOf(const QString &detail)
{
    static const QLatin1String marker(" field=");
    const qsizetype at = detail.indexOf(marker);
    return at < 0 ? QString() : detail.mid(at + marker.size()).trimmed();
}

CatalogRefusal CatalogRefusal::from(const DatabaseError &error)
{
    return {ApiError::from(error), fieldOf(error.detail())};
}

CatalogSnapshot CatalogSnapshot::fromJson(const QJsonObject &json)
{
    CatalogSnapshot s;
    s.variantId = json.value(QLatin1String("variant_id")).toString();
    s.version = json.value(QLatin1String("version")).toInt();
    s.productVersion = json.value(QLatin1String("product_version")).toInt();
    s.document = VariantDocument::fromJson(json.value(QLatin1String("document")).toObject());
    s.categories = pathsOf(json.value(QLatin1String("categories")).toObject());
    s.newest = versionOf(json.value(QLatin1String("newest")).toObject());
    return s;
}

CatalogHistory CatalogHistory::fromJson(const QJsonObject &json)
{
    CatalogHistory h;
    h.variantId = json.value(QLatin1String("variant_id")).toString();
    h.sku = json.value(QLatin1String("sku")).toString();
    h.version = json.value(QLatin1String("version")).toInt();
    for (const QJsonValue &v : json.value(QLatin1String("versions")).toArray())
        h.versions.append(versionOf(v.toObject()));
    h.categories = pathsOf(json.value(QLatin1String("categories")).toObject());
    return h;
}

namespace catalogcommands {

CatalogCommandResult createProduct(SqlSession &db, const QUuid &requestId,
                                   const VariantDocument &document)
{
    return run(db, QStringLiteral("SELECT api.create_product(?::uuid, ?::jsonb, ?::jsonb)::text"),
               {uuid(requestId), compact(document.productJson()), compact(document.variantJson())});
}

CatalogCommandResult createVariant(SqlSession &db, const QUuid &requestId, const QString &productId,
                                   const VariantDocument &document)
{
    return run(db, QStringLiteral("SELECT api.create_variant(?::uuid, ?::uuid, ?::jsonb)::text"),
               {uuid(requestId), productId, compact(document.variantJson())});
}

CatalogCommandResult updateVariant(SqlSession &db, const QUuid &requestId, const QString &variantId,
                                   int expectedVersion, const QJsonObject &changes)
{
    return run(
        db,
        QStringLiteral("SELECT api.update_variant(?::uuid, ?::uuid, ?::integer, ?::jsonb)::text"),
        {uuid(requestId), variantId, expectedVersion, compact(changes)});
}

CatalogCommandResult archiveVariant(SqlSession &db, const QUuid &requestId,
                                    const QString &variantId, int expectedVersion)
{
    return run(db, QStringLiteral("SELECT api.archive_variant(?::uuid, ?::uuid, ?::integer)::text"),
               {uuid(requestId), variantId, expectedVersion});
}

CatalogCommandResult reactivateVariant(SqlSession &db, const QUuid &requestId,
                                       const QString &variantId, int expectedVersion)
{
    return run(db,
               QStringLiteral("SELECT api.reactivate_variant(?::uuid, ?::uuid, ?::integer)::text"),
               {uuid(requestId), variantId, expectedVersion});
}

CatalogCommandResult deleteVariant(SqlSession &db, const QUuid &requestId, const QString &variantId,
                                   int expectedVersion)
{
    return run(db, QStringLiteral("SELECT api.delete_variant(?::uuid, ?::uuid, ?::integer)::text"),
               {uuid(requestId), variantId, expectedVersion});
}

CatalogCommandResult restoreVersion(SqlSession &db, const QUuid &requestId,
                                    const QString &variantId, int versionNo, int expectedVersion)
{
    return run(db,
               QStringLiteral("SELECT api.restore_variant_version(?::uuid, ?::uuid, ?::integer, "
                              "?::integer)::text"),
               {uuid(requestId), variantId, versionNo, expectedVersion});
}

CatalogCommandResult createCategory(SqlSession &db, const QUuid &requestId, const QString &parentId,
                                    const QString &name)
{
    return run(db, QStringLiteral("SELECT api.create_category(?::uuid, ?::uuid, ?::text)::text"),
               {uuid(requestId), orNull(parentId), name});
}

CatalogCommandResult renameCategory(SqlSession &db, const QUuid &requestId,
                                    const QString &categoryId, const QString &name)
{
    return run(db, QStringLiteral("SELECT api.rename_category(?::uuid, ?::uuid, ?::text)::text"),
               {uuid(requestId), categoryId, name});
}

CatalogCommandResult moveCategory(SqlSession &db, const QUuid &requestId, const QString &categoryId,
                                  const QString &parentId)
{
    return run(db, QStringLiteral("SELECT api.move_category(?::uuid, ?::uuid, ?::uuid)::text"),
               {uuid(requestId), categoryId, orNull(parentId)});
}

CatalogCommandResult reorderCategories(SqlSession &db, const QUuid &requestId,
                                       const QString &parentId, const QStringList &categoryIds)
{
    return run(db,
               QStringLiteral("SELECT api.reorder_categories(?::uuid, ?::uuid,"
                              " string_to_array(?::text, ',')::uuid[])::text"),
               {uuid(requestId), orNull(parentId), categoryIds.join(QLatin1Char(','))});
}

CatalogCommandResult setCategoryActive(SqlSession &db, const QUuid &requestId,
                                       const QString &categoryId, bool active)
{
    return run(db,
               QStringLiteral("SELECT api.set_category_active(?::uuid, ?::uuid, ?::boolean)::text"),
               {uuid(requestId), categoryId, active});
}

CatalogSnapshot snapshot(SqlSession &db, const QString &variantId)
{
    return CatalogSnapshot::fromJson(
        object(db, QStringLiteral("SELECT api.variant_document(?::uuid)::text"), {variantId}));
}

CatalogHistory history(SqlSession &db, const QString &variantId, int limit)
{
    return CatalogHistory::fromJson(
        object(db, QStringLiteral("SELECT api.variant_history(?::uuid, ?::integer)::text"),
               {variantId, limit}));
}

QList<UnitInfo> units(SqlSession &db)
{
    QList<UnitInfo> list;
    for (const SqlSession::Row &row :
         db.query(QStringLiteral("SELECT code, name FROM units_of_measure ORDER BY code")))
        list.append({row.value(0).toString(), row.value(1).toString()});
    return list;
}

} // namespace catalogcommands

} // namespace stockroom
