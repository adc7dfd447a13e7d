#include "catalog/sourcemappings.h"

#include "db/sqlsession.h"
#include "types/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::sourcemappings", text);
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant orNull(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

// Booleans arrive as "t" from libpq and "true" through Qt SQL.
bool flag(const QVariant &value)
{
    const QString text = value.toString();
    return text == QLatin1String("t") || text == QLatin1String("true");
}

// Timestamps are selected as milliseconds since the epoch, which both sessions carry exactly.
QDateTime moment(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toString().toLongLong(), Qt::UTC);
}

QString millis(const QString &column)
{
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(column);
}

QJsonObject object(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString actionName(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Map:
        return QStringLiteral("map");
    case ReviewAction::Keep:
        return QStringLiteral("keep");
    case ReviewAction::Dismiss:
        return QStringLiteral("dismiss");
    }
    return {};
}

// The canonical import columns, in file order: a received row reads in this order.
const char *const CanonicalColumns[] = {
    "external_id", "sku", "product_name", "variant_name", "category_path", "barcodes",
    "pack_size",   "uom", "mrp",          "base_price",   "tax_rate"};

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << valueText(v);
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

namespace sourcemappings {

QStringList sourceTypes()
{
    return {QStringLiteral("pos"),         QStringLiteral("erp"),
            QStringLiteral("seller_feed"), QStringLiteral("dark_store_feed"),
            QStringLiteral("manual"),      QStringLiteral("import")};
}

QString sourceTypeTitle(const QString &type)
{
    if (type == QLatin1String("pos"))
        return tr("POS");
    if (type == QLatin1String("erp"))
        return tr("ERP");
    if (type == QLatin1String("seller_feed"))
        return tr("Seller feed");
    if (type == QLatin1String("dark_store_feed"))
        return tr("Dark-store feed");
    if (type == QLatin1String("manual"))
        return tr("Manual entry");
    if (type == QLatin1String("import"))
        return tr("File import");
    return type;
}

QString receivedFieldTitle(const QString &key)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("external_id"),
         QT_TRANSLATE_NOOP("stockroom::sourcemappings", "External id")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "SKU")},
        {QStringLiteral("product_name"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Product")},
        {QStringLiteral("variant_name"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Variant")},
        {QStringLiteral("category_path"),
         QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Category")},
        {QStringLiteral("barcodes"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Barcodes")},
        {QStringLiteral("pack_size"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Pack size")},
        {QStringLiteral("uom"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Unit")},
        {QStringLiteral("mrp"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "MRP")},
        {QStringLiteral("base_price"), QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Price")},
        {QStringLiteral("tax_rate"),
         QT_TRANSLATE_NOOP("stockroom::sourcemappings", "Tax rate (%)")},
    };
    if (const char *title = titles.value(key))
        return tr(title);
    // Another source's own column: "item_desc" reads "Item desc".
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QList<QPair<QString, QString>> receivedLines(const QJsonObject &row)
{
    QList<QPair<QString, QString>> lines;
    auto add = [&](const QString &key) {
        QString text = valueText(row.value(key)).trimmed();
        if (text.isEmpty())
            return;
        // Amounts read as money everywhere else does ("₹1,20,000.00"); anything else as sent.
        if (key == QLatin1String("mrp") || key == QLatin1String("base_price") ||
            key == QLatin1String("price")) {
            if (const auto amount = Money::parse(text))
                text = amount->toDisplayString();
        }
        lines.append({receivedFieldTitle(key), text});
    };
    QStringList rest = row.keys(); // sorted
    for (const char *column : CanonicalColumns) {
        const QString key = QLatin1String(column);
        if (rest.removeOne(key))
            add(key);
    }
    for (const QString &key : std::as_const(rest))
        add(key);
    return lines;
}

QList<SourceSystem> sources(SqlSession &db)
{
    const auto rows = db.query(
        QStringLiteral("SELECT source_system_id::text, name, source_type, coalesce(vendor, ''),"
                       " is_active, %1, %2, mapping_count, open_review_count, %3,"
                       " coalesce(last_run_status, '') FROM api.source_systems()")
            .arg(millis(QStringLiteral("created_at")), millis(QStringLiteral("updated_at")),
                 millis(QStringLiteral("last_run_at"))));
    QList<SourceSystem> list;
    list.reserve(rows.size());
    for (const auto &r : rows) {
        SourceSystem s;
        s.id = r.at(0).toString();
        s.name = r.at(1).toString();
        s.type = r.at(2).toString();
        s.vendor = r.at(3).toString();
        s.active = flag(r.at(4));
        s.createdAt = moment(r.at(5));
        s.updatedAt = moment(r.at(6));
        s.mappingCount = r.at(7).toString().toLongLong();
        s.openReviewCount = r.at(8).toString().toLongLong();
        s.lastRunAt = moment(r.at(9));
        s.lastRunStatus = r.at(10).toString();
        list.append(s);
    }
    return list;
}

QList<SourceMapping> mappings(SqlSession &db, const QString &sourceId, const QString &search,
                              const std::optional<MappingCursor> &after, int limit)
{
    const auto rows = db.query(
        QStringLiteral("SELECT mapping_id::text, source_system_id::text, entity_type, external_id,"
                       " variant_id::text, sku, variant_name, variant_status = 'archived', %1, %2"
                       " FROM api.source_mappings(?::uuid, ?, ?, ?::uuid, ?::int)")
            .arg(millis(QStringLiteral("created_at")), millis(QStringLiteral("updated_at"))),
        {sourceId, orNull(search), after ? QVariant(after->externalId) : QVariant(),
         after ? QVariant(after->id) : QVariant(), limit});
    QList<SourceMapping> list;
    list.reserve(rows.size());
    for (const auto &r : rows) {
        SourceMapping m;
        m.id = r.at(0).toString();
        m.sourceId = r.at(1).toString();
        m.entityType = r.at(2).toString();
        m.externalId = r.at(3).toString();
        m.variantId = r.at(4).toString();
        m.sku = r.at(5).toString();
        m.variantName = r.at(6).toString();
        m.variantArchived = flag(r.at(7));
        m.createdAt = moment(r.at(8));
        m.updatedAt = moment(r.at(9));
        list.append(m);
    }
    return list;
}

QList<VariantMapping> variantMappings(SqlSession &db, const QString &variantId)
{
    const auto rows = db.query(
        QStringLiteral("SELECT mapping_id::text, source_system_id::text, source_name, source_type,"
                       " entity_type, external_id, %1 FROM api.variant_source_mappings(?::uuid)")
            .arg(millis(QStringLiteral("created_at"))),
        {variantId});
    QList<VariantMapping> list;
    list.reserve(rows.size());
    for (const auto &r : rows)
        list.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                     r.at(4).toString(), r.at(5).toString(), moment(r.at(6))});
    return list;
}

namespace {

const QString ReviewColumns = QStringLiteral(
    "SELECT item_id::text, source_system_id::text, source_name, source_type, entity_type,"
    " external_id, kind, reason, status, received_row::text, sightings,"
    " (extract(epoch FROM first_seen_at) * 1000)::bigint,"
    " (extract(epoch FROM last_seen_at) * 1000)::bigint, coalesce(ingestion_run_id::text, ''),"
    " coalesce(mapped_variant_id::text, ''), coalesce(mapped_sku, ''), coalesce(mapped_name, ''),"
    " coalesce(proposed_variant_id::text, ''), coalesce(proposed_sku, ''),"
    " coalesce(proposed_name, ''), coalesce(resolution, ''), coalesce(resolved_by, ''),"
    " (extract(epoch FROM resolved_at) * 1000)::bigint");

SourceReviewItem reviewItemOf(const SqlSession::Row &r)
{
    SourceReviewItem i;
    i.id = r.at(0).toString();
    i.sourceId = r.at(1).toString();
    i.sourceName = r.at(2).toString();
    i.sourceType = r.at(3).toString();
    i.entityType = r.at(4).toString();
    i.externalId = r.at(5).toString();
    i.kind = r.at(6).toString();
    i.reason = r.at(7).toString();
    i.status = r.at(8).toString();
    i.receivedRow = object(r.at(9));
    i.sightings = r.at(10).toString().toInt();
    i.firstSeenAt = moment(r.at(11));
    i.lastSeenAt = moment(r.at(12));
    i.ingestionRunId = r.at(13).toString();
    i.mapped = {r.at(14).toString(), r.at(15).toString(), r.at(16).toString()};
    i.proposed = {r.at(17).toString(), r.at(18).toString(), r.at(19).toString()};
    i.resolution = r.at(20).toString();
    i.resolvedBy = r.at(21).toString();
    i.resolvedAt = moment(r.at(22));
    return i;
}

} // namespace

QList<SourceReviewItem> reviewQueue(SqlSession &db, const ReviewFilter &filter)
{
    const auto rows = db.query(
        ReviewColumns +
            QStringLiteral(" FROM api.source_review_queue(?::uuid, ?, ?::boolean, ?::int)"),
        {orNull(filter.sourceId), orNull(filter.kind), filter.includeClosed, filter.limit});
    QList<SourceReviewItem> list;
    list.reserve(rows.size());
    for (const auto &r : rows)
        list.append(reviewItemOf(r));
    return list;
}

std::optional<SourceReviewItem> reviewItem(SqlSession &db, const QString &itemId)
{
    const auto rows =
        db.query(ReviewColumns + QStringLiteral(" FROM api.source_review_item(?::uuid)"), {itemId});
    if (rows.isEmpty())
        return std::nullopt;
    return reviewItemOf(rows.first());
}

QJsonObject createSource(SqlSession &db, const SourceSpec &spec, const QUuid &requestId)
{
    return object(
        db.scalar(QStringLiteral("SELECT api.create_source_system(?::uuid, ?, ?, ?)::text"),
                  {uuid(requestId), spec.name.trimmed(), spec.type, orNull(spec.vendor)}));
}

QJsonObject updateSource(SqlSession &db, const QString &sourceId, const SourceSpec &spec,
                         const QUuid &requestId)
{
    return object(db.scalar(
        QStringLiteral("SELECT api.update_source_system(?::uuid, ?::uuid, ?, ?, ?)::text"),
        {uuid(requestId), sourceId, spec.name.trimmed(), spec.type, orNull(spec.vendor)}));
}

QJsonObject setSourceActive(SqlSession &db, const QString &sourceId, bool active,
                            const QUuid &requestId)
{
    return object(db.scalar(
        QStringLiteral("SELECT api.set_source_system_active(?::uuid, ?::uuid, ?::boolean)::text"),
        {uuid(requestId), sourceId, active}));
}

MappingResult map(SqlSession &db, const QString &sourceId, const QString &externalId,
                  const QString &variantId, bool replace, const QUuid &requestId)
{
    const QJsonObject json = object(
        db.scalar(QStringLiteral(
                      "SELECT api.map_external_id(?::uuid, ?::uuid, ?, ?::uuid, ?::boolean)::text"),
                  {uuid(requestId), sourceId, externalId.trimmed(), variantId, replace}));
    MappingResult r;
    r.json = json;
    r.mappingId = json.value(QLatin1String("mapping_id")).toString();
    r.change = json.value(QLatin1String("change")).toString();
    r.variantId = json.value(QLatin1String("variant_id")).toString();
    r.sku = json.value(QLatin1String("sku")).toString();
    r.previousVariantId = json.value(QLatin1String("previous_variant_id")).toString();
    r.previousSku = json.value(QLatin1String("previous_sku")).toString();
    r.resolvedReviewItems = json.value(QLatin1String("resolved_review_items")).toInt();
    return r;
}

QJsonObject unmap(SqlSession &db, const QString &mappingId, const QUuid &requestId)
{
    return object(db.scalar(QStringLiteral("SELECT api.unmap_external_id(?::uuid, ?::uuid)::text"),
                            {uuid(requestId), mappingId}));
}

QJsonObject resolveReview(SqlSession &db, const QString &itemId, ReviewAction action,
                          const QString &variantId, const QString &reason, const QUuid &requestId)
{
    return object(db.scalar(
        QStringLiteral("SELECT api.resolve_source_review(?::uuid, ?::uuid, ?, ?::uuid, ?)::text"),
        {uuid(requestId), itemId, actionName(action), orNull(variantId), orNull(reason)}));
}

} // namespace sourcemappings

} // namespace stockroom
