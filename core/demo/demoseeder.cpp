#include "demo/demoseeder.h"

#include "demo/demoaccounts.h"

#include "db/pgconnection.h"
#include "demo/democatalog.h"
#include "demo/democontext.h"
#include "demo/demoformat.h"
#include "demo/demoorders.h"
#include "demo/demopricing.h"
#include "demo/demoreviews.h"
#include "demo/demostock.h"
#include "demo/demostructure.h"
#include "demo/demoverifier.h"

#include <QDateTime>
#include <QLocale>

namespace stockroom {

namespace {

constexpr int kMaxTenantName = 80;
constexpr qint64 kIndiaUtcOffsetSeconds = 5 * 3600 + 30 * 60;

/** The name's slug, or the first "slug-N" no other tenant uses (slugs are unique). */
QString freeSlug(PgConnection &connection, const QString &name)
{
    QString base = DemoFormat::slug(name);
    if (base.isEmpty())
        base = QStringLiteral("tenant");
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        if (!connection.scalar(QStringLiteral("SELECT 1 FROM tenants WHERE slug = $1"),
                               {candidate}))
            return candidate;
    }
}

/** Every table the seeder writes, parents before children. */
const char *const kTables[] = {"tenants",
                               "stores",
                               "locations",
                               "terminals",
                               "dark_stores",
                               "dark_store_zones",
                               "dark_store_pickers",
                               "units_of_measure",
                               "source_systems",
                               "catalog_ingestion_runs",
                               "categories",
                               "products",
                               "variants",
                               "variant_barcodes",
                               "variant_uoms",
                               "catalog_item_versions",
                               "source_entities",
                               "source_review_items",
                               "variant_prices",
                               "stock_positions",
                               "stock_movements",
                               "stock_reservations",
                               "inventory_batches",
                               "orderability_projection",
                               "dark_store_catalog_projection",
                               "dark_store_orders",
                               "dark_store_order_items",
                               "dark_store_metrics"};

/**
 * Fresh statistics for the tables just filled: the checks below then get sensible plans (with
 * none, the planner takes million-row tables for empty ones), and so do the first screens.
 */
void analyze(PgConnection &connection, const DemoSeeder::Progress &progress)
{
    DemoStage stage(progress, QStringLiteral("Statistics"),
                    static_cast<qint64>(std::size(kTables)));
    for (const char *table : kTables) {
        connection.exec(QStringLiteral("ANALYZE %1").arg(QLatin1String(table)));
        stage.advance();
    }
    stage.finish();
}

} // namespace

DemoSeedError::DemoSeedError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

DemoSeeder::DemoSeeder(PgConnection &connection)
    : m_connection(connection)
{}

bool DemoSeeder::hasAnyTenant(PgConnection &connection)
{
    return connection.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tenants)")) ==
           QStringLiteral("t");
}

DemoSeedSummary DemoSeeder::seed(const DemoSeedOptions &options, const Progress &progress)
{
    DemoSeedOptions resolved = options;
    resolved.tenantName = options.tenantName.simplified();
    if (options.variants < DemoSeedOptions::kMinVariants ||
        options.variants > DemoSeedOptions::kMaxVariants) {
        const QLocale c(QLocale::English, QLocale::UnitedStates); // "2,000,000"
        throw DemoSeedError(
            QStringLiteral(
                "Cannot seed %1 variants: the demo catalog holds from %2 to %3 variants.")
                .arg(c.toString(options.variants), c.toString(DemoSeedOptions::kMinVariants),
                     c.toString(DemoSeedOptions::kMaxVariants)));
    }
    if (resolved.tenantName.isEmpty())
        throw DemoSeedError(QStringLiteral("The demo tenant needs a name; pass --tenant NAME."));
    if (resolved.tenantName.size() > kMaxTenantName) {
        throw DemoSeedError(QStringLiteral("The tenant name is %1 characters long; use at most %2.")
                                .arg(resolved.tenantName.size())
                                .arg(kMaxTenantName));
    }
    // Today in India (UTC+05:30 all year) when no date was given.
    if (!resolved.asOf.isValid())
        resolved.asOf = QDateTime::currentDateTimeUtc().addSecs(kIndiaUtcOffsetSeconds).date();

    PgTransaction transaction(m_connection);
    // Losing this commit in a server crash only loses the demo data; it cannot corrupt anything.
    m_connection.exec(QStringLiteral("SET LOCAL synchronous_commit = off"));
    // Hourly metric buckets are Indian hours whatever the server's or client's zone.
    m_connection.exec(QStringLiteral("SET LOCAL TimeZone = 'Asia/Kolkata'"));
    // Like a restore, load without the per-row foreign-key triggers when allowed (superusers
    // only): they cost more than half the load time. DemoVerifier checks every key set-wise
    // before the commit instead, so the guarantee is the same.
    const bool bulkMode =
        m_connection.scalar(QStringLiteral("SHOW is_superuser")) == QStringLiteral("on");
    if (bulkMode)
        m_connection.exec(QStringLiteral("SET LOCAL session_replication_role = replica"));
    // Two seeders started together must not both pass the name check.
    m_connection.exec(
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('stockroom.demo-seed'))"));
    if (m_connection.scalar(QStringLiteral("SELECT 1 FROM tenants WHERE lower(name) = lower($1)"),
                            {resolved.tenantName})) {
        throw DemoSeedError(
            QStringLiteral("A tenant named %1 already exists in this database; pass --tenant NAME "
                           "to add another one beside it.")
                .arg(resolved.tenantName));
    }

    DemoContext context(resolved, progress);
    context.slug = freeSlug(m_connection, resolved.tenantName);
    context.refPrefix = DemoFormat::initials(resolved.tenantName);
    DemoStructure(context, m_connection).write();
    DemoCatalog catalog(context, m_connection);
    catalog.plan();
    catalog.write();
    DemoReviews(context, m_connection).write();
    DemoPricing(context, m_connection).write();
    DemoStock(context, m_connection).write();
    DemoOrders(context, m_connection).write();
    analyze(m_connection, context.progress);
    if (bulkMode) {
        m_connection.exec(QStringLiteral("SET LOCAL session_replication_role = origin"));
        DemoVerifier(context, m_connection).verify();
    }
    // The documented demo accounts, in the same transaction: the first demo tenant of a database
    // gets them.
    context.summary.demoLogins = createDemoAccounts(m_connection, context.tenantId);
    transaction.commit();

    context.summary.tenantId = context.tenantId;
    return context.summary;
}

} // namespace stockroom
