#pragma once

#include <QString>

namespace stockroom {

class DemoContext;
class DemoStage;
class PgConnection;
class PgResult;

/**
 * Checks a freshly seeded tenant set-wise before it is committed: every foreign key of every
 * table that has a tenant_id (read from the catalog, so new tables and keys are covered too),
 * and the two stock invariants (on hand = sum of the ledger, reserved = sum of the active
 * reservations). The seeder loads with per-row foreign-key triggers off when it may, and this
 * is what makes that safe: a violation throws and the whole seed rolls back.
 */
class DemoVerifier
{
public:
    DemoVerifier(DemoContext &context, PgConnection &connection);
    void verify();

private:
    [[nodiscard]] PgResult foreignKeys();
    /** Checks the keys in rows [first, end) of @p keys, which all belong to one table. */
    void verifyForeignKeys(const PgResult &keys, int first, int end);
    void verifyStockInvariants(DemoStage &stage);
    void expectNone(const QString &sql, const QString &what);
    [[noreturn]] static void fail(const QString &what, qint64 rows);

    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
