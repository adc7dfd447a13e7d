#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>

namespace stockroom {

class PgConnection;

/** What to seed. The same options always produce the same rows, ids and timestamps included. */
struct DemoSeedOptions
{
    static constexpr int kMinVariants = 1;
    static constexpr int kMaxVariants = 2'000'000;

    int variants = 5000;
    QString tenantName = QStringLiteral("Annapurna Fresh");
    quint64 seed = 42;
    /** The demo's "today" (its "now" is 19:00 IST that day); invalid means today in Asia/Kolkata.
     */
    QDate asOf;
};

/** What one seed() wrote: the new tenant and the row counts of its main tables. */
struct DemoSeedSummary
{
    QString tenantId;
    qint64 variants = 0;
    qint64 products = 0;
    qint64 categories = 0;
    qint64 stockPositions = 0;
    qint64 movements = 0;
    qint64 reservations = 0; // active ones and closed history
    qint64 batches = 0;
    qint64 orders = 0;
    qint64 prices = 0;
    QStringList demoLogins; // demo staff accounts created (see demoaccounts.h); empty if present
};

/** Seeding was refused (bad options, tenant already there); the message says what to do. */
class DemoSeedError : public std::runtime_error
{
public:
    explicit DemoSeedError(const QString &message);
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

/**
 * Fills a migrated database with one realistic tenant of an Indian grocery and quick-commerce
 * business: three stores and two dark stores, a catalog of the requested size with barcodes,
 * units and prices, stock with its ledger, reservations and expiring batches, thirty days of
 * dark-store orders and their hourly metrics, and a few external ids waiting in the source
 * review queue.
 *
 * Everything derives from (seed, tenant name, as-of date) alone, never from the wall clock, so
 * the same options give byte-identical rows. One seed() is one transaction: it commits whole or
 * leaves nothing. Bulk tables are streamed with COPY, so memory stays bounded (a few dozen bytes
 * per variant) and a million variants load in minutes. Needs a superuser or the schema owner's
 * connection: it writes tables directly, as a restore would, not through the api functions. A
 * superuser loads with the per-row foreign-key triggers off (session_replication_role =
 * replica, as pg_restore does) and then checks every key and the stock invariants set-wise
 * before committing (DemoVerifier); an owner loads with the triggers on.
 *
 * Stages reported: Structure, Catalog, Prices, Stock, Orders, Statistics, and Checking (superuser).
 */
class DemoSeeder
{
public:
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    explicit DemoSeeder(PgConnection &connection);

    /** Seeds one tenant. Throws DemoSeedError when refused, DatabaseError when the database fails.
     */
    DemoSeedSummary seed(const DemoSeedOptions &options, const Progress &progress = {});

    /** True when the database holds any tenant at all (so "load the demo" would add a second). */
    [[nodiscard]] static bool hasAnyTenant(PgConnection &connection);

private:
    PgConnection &m_connection;
};

} // namespace stockroom
