#pragma once

#include <QList>
#include <QString>

namespace stockroom {

class SqlSession;

/** One broken stock invariant, named the way a person finds the row: tenant, SKU, location. */
struct StockDrift
{
    QString invariant;    // e.g. "on hand equals the sum of the ledger"
    QString tenant;       // the tenant's slug
    QString sku;          // empty when the invariant is not about one variant
    QString locationCode; // empty when it is not about one location
    QString detail;       // what differs, with the numbers
};

struct StockCheckResult
{
    QList<StockDrift> drift;
    qint64 positionsChecked = 0;
    int tenantsChecked = 0;
};

/**
 * Verifies every stock invariant the database keeps (stock.check_invariants): on-hand against
 * the ledger, reserved against the active reservations, and the rest that function knows.
 * Runs as the owner or a superuser, reading every tenant's rows.
 */
class StockCheck
{
public:
    explicit StockCheck(SqlSession &db)
        : m_db(db)
    {}

    /** Every violation, ordered by tenant, invariant, SKU and location; @p tenantId limits it. */
    [[nodiscard]] StockCheckResult run(const QString &tenantId = {});

private:
    SqlSession &m_db;
};

} // namespace stockroom
