#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace stockroom {

class SqlSession;

/** A system that sends us catalog data (a till, the ERP, a feed), as staff may see it. */
struct SourceSystem
{
    QString id;
    QString name;
    QString type; // pos | erp | seller_feed | dark_store_feed | manual | import
    QString vendor;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 mappingCount = 0;    // external ids mapped to variants
    qint64 openReviewCount = 0; // review items waiting
    QDateTime lastRunAt;        // its latest ingestion run; invalid when none
    QString lastRunStatus;
};

/** What a person types for a source system. */
struct SourceSpec
{
    QString name;
    QString type;
    QString vendor; // empty for none
};

/** One external id of a source and the variant it names. */
struct SourceMapping
{
    QString id;
    QString sourceId;
    QString entityType; // how the source files it: "item", "plu", "variant"…
    QString externalId;
    QString variantId;
    QString sku;
    QString variantName;
    bool variantArchived = false;
    QDateTime createdAt;
    QDateTime updatedAt; // since when it names this variant
};

/** Where the next page of a source's mappings starts: strictly after (externalId, id). */
struct MappingCursor
{
    QString externalId;
    QString id;
};

/** An external id naming a variant, as the variant's own list shows it. */
struct VariantMapping
{
    QString id;
    QString sourceId;
    QString sourceName;
    QString sourceType;
    QString entityType;
    QString externalId;
    QDateTime createdAt;
};

/** A variant named in a review item: empty id when there is none. */
struct VariantRef
{
    QString id;
    QString sku;
    QString name;
    [[nodiscard]] bool isNull() const { return id.isEmpty(); }
};

/** An external id an import could not map safely, waiting for (or resolved by) a person. */
struct SourceReviewItem
{
    QString id;
    QString sourceId;
    QString sourceName;
    QString sourceType;
    QString entityType;
    QString externalId;
    QString kind;   // unmapped | conflict
    QString reason; // why it could not be mapped, as the import said it
    QString status; // open | resolved | dismissed
    QJsonObject receivedRow;
    int sightings = 1;
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
    QString ingestionRunId;
    VariantRef mapped;   // what the id names now (for a closed item: what it was resolved with)
    VariantRef proposed; // what the received row names or resembles
    QString resolution;
    QString resolvedBy;
    QDateTime resolvedAt;
    [[nodiscard]] bool isOpen() const { return status == QLatin1String("open"); }
};

struct ReviewFilter
{
    QString sourceId; // empty: every source
    QString kind;     // empty, "unmapped" or "conflict"
    bool includeClosed = false;
    int limit = 200;
};

enum class ReviewAction { Map, Keep, Dismiss };

/** What a mapping command did. */
struct MappingResult
{
    QString mappingId;
    QString change; // created | replaced | unchanged
    QString variantId;
    QString sku;
    QString previousVariantId; // replaced: the variant the id named before
    QString previousSku;
    int resolvedReviewItems = 0;
    QJsonObject json;
};

/**
 * Source systems, external-id mappings and the review queue, through the api.* functions of
 * migration 0020 — the same calls for the desktop's Sources screen and for tests. Commands take
 * the request id of the person's action (a retry reuses it, so the database applies it once)
 * and throw DatabaseError on refusal (ApiError::from gives the code and message); reads run
 * under the session's login and never carry a source's credentials.
 */
namespace sourcemappings {

/** The kinds of source system, in the order a picker offers them. */
[[nodiscard]] QStringList sourceTypes();
/** "POS", "ERP", "Seller feed"… for a kind of source system. */
[[nodiscard]] QString sourceTypeTitle(const QString &type);
/** Field labels for the received row's canonical CSV columns ("MRP", "Barcodes"…). */
[[nodiscard]] QString receivedFieldTitle(const QString &key);
/** The received row as label/value lines, canonical columns first, empty values left out. */
[[nodiscard]] QList<QPair<QString, QString>> receivedLines(const QJsonObject &row);

[[nodiscard]] QList<SourceSystem> sources(SqlSession &db);
[[nodiscard]] QList<SourceMapping> mappings(SqlSession &db, const QString &sourceId,
                                            const QString &search,
                                            const std::optional<MappingCursor> &after, int limit);
[[nodiscard]] QList<VariantMapping> variantMappings(SqlSession &db, const QString &variantId);
[[nodiscard]] QList<SourceReviewItem> reviewQueue(SqlSession &db, const ReviewFilter &filter);
[[nodiscard]] std::optional<SourceReviewItem> reviewItem(SqlSession &db, const QString &itemId);

QJsonObject createSource(SqlSession &db, const SourceSpec &spec,
                         const QUuid &requestId = QUuid::createUuid());
QJsonObject updateSource(SqlSession &db, const QString &sourceId, const SourceSpec &spec,
                         const QUuid &requestId = QUuid::createUuid());
QJsonObject setSourceActive(SqlSession &db, const QString &sourceId, bool active,
                            const QUuid &requestId = QUuid::createUuid());
/** Maps @p externalId of a source to a variant; @p replace overrides a mapping to another. */
MappingResult map(SqlSession &db, const QString &sourceId, const QString &externalId,
                  const QString &variantId, bool replace,
                  const QUuid &requestId = QUuid::createUuid());
QJsonObject unmap(SqlSession &db, const QString &mappingId,
                  const QUuid &requestId = QUuid::createUuid());
/**
 * Resolves a review item. Map: to @p variantId, or to the proposed variant when empty. Keep:
 * the current mapping stays. Dismiss: @p reason is required.
 */
QJsonObject resolveReview(SqlSession &db, const QString &itemId, ReviewAction action,
                          const QString &variantId = {}, const QString &reason = {},
                          const QUuid &requestId = QUuid::createUuid());

} // namespace sourcemappings

} // namespace stockroom
