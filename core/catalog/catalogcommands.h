#pragma once

#include "access/apierror.h"
#include "catalog/variantdocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace stockroom {

class DatabaseError;
class SqlSession;

/** What a catalog command returns: the variant as it left it (version_no, changed, …). */
struct CatalogCommandResult
{
    QString variantId;
    QString productId;
    int versionNo = 0;
    bool changed = false;
    QJsonObject json; // the whole result, as the database returned it

    [[nodiscard]] static CatalogCommandResult fromJson(const QJsonObject &json);
};

/** A catalog command's refusal, with the field of the editor it concerns when it names one. */
struct CatalogRefusal
{
    ApiError error;
    QString field; // "sku", "barcodes", "product.hsn_code"…; empty when about no one field

    [[nodiscard]] static CatalogRefusal from(const DatabaseError &error);
    /** The field named in a refusal's detail ("stockroom:invalid_argument field=sku"). */
    [[nodiscard]] static QString fieldOf(const QString &detail);
};

/** A saved version of a variant, as the history shows it. */
struct CatalogVersion
{
    int versionNo = 0;
    QString login;  // who saved it
    QString who;    // their staff name, or the login when it is no staff login
    QString when;   // "21 Nov 2026 14:05", in the tenant's time zone
    QString source; // the source system, empty for an edit in Stockroom
    VariantDocument document;
};

/** A variant as the editor opens it: its document, its tokens and who saved it last. */
struct CatalogSnapshot
{
    QString variantId;
    int version = 0;        // variants.version: the token a save sends back
    int productVersion = 0; // products.version
    VariantDocument document;
    CategoryPaths categories;
    CatalogVersion newest; // versionNo 0 when nothing is recorded yet

    [[nodiscard]] static CatalogSnapshot fromJson(const QJsonObject &json);
};

/** The versions of a variant, newest first, and the paths of the categories they name. */
struct CatalogHistory
{
    QString variantId;
    QString sku;
    int version = 0;
    QList<CatalogVersion> versions;
    CategoryPaths categories;

    [[nodiscard]] static CatalogHistory fromJson(const QJsonObject &json);
};

/** A unit of measure of the catalog, for pickers. */
struct UnitInfo
{
    QString code;
    QString name;
};

/**
 * The api.* catalog commands and reads (0019_catalog_commands.sql), one call each. Commands take
 * the request id of the person's action (made once per action, reused on a retry) and throw
 * DatabaseError on refusal; CatalogRefusal::from() names the code and the field.
 */
namespace catalogcommands {

CatalogCommandResult createProduct(SqlSession &db, const QUuid &requestId,
                                   const VariantDocument &document);
CatalogCommandResult createVariant(SqlSession &db, const QUuid &requestId, const QString &productId,
                                   const VariantDocument &document);
/** Changes the fields in @p changes (VariantDocument::changesFrom) if still at @p expectedVersion.
 */
CatalogCommandResult updateVariant(SqlSession &db, const QUuid &requestId, const QString &variantId,
                                   int expectedVersion, const QJsonObject &changes);
CatalogCommandResult archiveVariant(SqlSession &db, const QUuid &requestId,
                                    const QString &variantId, int expectedVersion);
CatalogCommandResult reactivateVariant(SqlSession &db, const QUuid &requestId,
                                       const QString &variantId, int expectedVersion);
CatalogCommandResult deleteVariant(SqlSession &db, const QUuid &requestId, const QString &variantId,
                                   int expectedVersion);
CatalogCommandResult restoreVersion(SqlSession &db, const QUuid &requestId,
                                    const QString &variantId, int versionNo, int expectedVersion);

/**
 * The category tree (their results are in CatalogCommandResult::json: category_id, path, …).
 * An empty @p parentId is the top level.
 */
CatalogCommandResult createCategory(SqlSession &db, const QUuid &requestId, const QString &parentId,
                                    const QString &name);
CatalogCommandResult renameCategory(SqlSession &db, const QUuid &requestId,
                                    const QString &categoryId, const QString &name);
CatalogCommandResult moveCategory(SqlSession &db, const QUuid &requestId, const QString &categoryId,
                                  const QString &parentId);
/** @p categoryIds: every category under @p parentId, in their new order. */
CatalogCommandResult reorderCategories(SqlSession &db, const QUuid &requestId,
                                       const QString &parentId, const QStringList &categoryIds);
/** Deactivates the category and everything below it, or reactivates them. */
CatalogCommandResult setCategoryActive(SqlSession &db, const QUuid &requestId,
                                       const QString &categoryId, bool active);

CatalogSnapshot snapshot(SqlSession &db, const QString &variantId);
CatalogHistory history(SqlSession &db, const QString &variantId, int limit = 200);
/** The units of measure of the signed-in person's catalog, by code. */
QList<UnitInfo> units(SqlSession &db);

} // namespace catalogcommands

} // namespace stockroom
