#include "demo/demoverifier.h"

#include "db/pgconnection.h"
#include "demo/democontext.h"

#include <QStringList>

#include <vector>

namespace stockroom {

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QStringList arrayItems(QString array)
{
    // A text[] of plain identifiers as PostgreSQL prints it: {a,b,c}.
    array.remove(u'{').remove(u'}').remove(u'"');
    return array.split(u',', Qt::SkipEmptyParts);
}

} // namespace

DemoVerifier::DemoVerifier(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

void DemoVerifier::verify()
{
    // Enough memory for the hash joins over a large tenant's tables to stay in memory.
    m_connection.exec(QStringLiteral("SET LOCAL work_mem = '64MB'"));
    const PgResult keys = foreignKeys();
    std::vector<int> tableStarts;
    for (int i = 0; i < keys.rows(); ++i) {
        if (i == 0 || keys.value(i, 1) != keys.value(i - 1, 1))
            tableStarts.push_back(i);
    }
    tableStarts.push_back(keys.rows());
    DemoStage stage(m_context.progress, QStringLiteral("Checking"),
                    static_cast<qint64>(tableStarts.size()) + 1);
    for (size_t t = 0; t + 1 < tableStarts.size(); ++t) {
        verifyForeignKeys(keys, tableStarts[t], tableStarts[t + 1]);
        stage.advance();
    }
    verifyStockInvariants(stage);
    stage.finish();
}

void DemoVerifier::expectNone(const QString &sql, const QString &what)
{
    const qint64 bad =
        m_connection.scalar(sql, {m_context.tenantId}).value_or(QStringLiteral("0")).toLongLong();
    if (bad > 0)
        fail(what, bad);
}

void DemoVerifier::fail(const QString &what, qint64 rows)
{
    throw DemoSeedError(
        QStringLiteral("The demo data failed its own check (%1: %2 rows), so nothing was written. "
                       "This is a bug in the demo seeder; please report it.")
            .arg(what)
            .arg(rows));
}

PgResult DemoVerifier::foreignKeys()
{
    // Keys declared on partitioned parents cover their partitions; inherited copies are skipped.
    return m_connection.exec(QStringLiteral(R"(
        SELECT c.conname, child.relname, parent.relname,
               array_agg(ca.attname ORDER BY k.n), array_agg(pa.attname ORDER BY k.n)
        FROM pg_constraint c
        JOIN pg_class child ON child.oid = c.conrelid
        JOIN pg_class parent ON parent.oid = c.confrelid
        JOIN pg_namespace ns ON ns.oid = child.relnamespace AND ns.nspname = 'public'
        CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_att, parent_att, n)
        JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child_att
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_att
        WHERE c.contype = 'f' AND c.conparentid = 0
          AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.conrelid AND t.attname = 'tenant_id'
                      AND NOT t.attisdropped)
        GROUP BY c.oid, c.conname, child.relname, parent.relname
        ORDER BY child.relname, c.conname)"));
}

void DemoVerifier::verifyForeignKeys(const PgResult &keys, int first, int end)
{
    // One pass over the child table for all its keys: a left join per referenced table (to a
    // unique key, so no row is repeated) and a count of the rows that found no parent.
    QStringList counts;
    QString joins;
    for (int row = first; row < end; ++row) {
        const QString alias = QStringLiteral("p%1").arg(row - first);
        const QStringList childColumns = arrayItems(keys.value(row, 3));
        const QStringList parentColumns = arrayItems(keys.value(row, 4));
        QStringList present;
        QStringList matches;
        for (qsizetype k = 0; k < childColumns.size(); ++k) {
            // MATCH SIMPLE: a row with any key column NULL references nothing.
            present << QStringLiteral("c.%1 IS NOT NULL").arg(quoted(childColumns[k]));
            matches << QStringLiteral("%1.%2 = c.%3")
                           .arg(alias, quoted(parentColumns[k]), quoted(childColumns[k]));
        }
        joins += QStringLiteral(" LEFT JOIN %1 %2 ON %3")
                     .arg(quoted(keys.value(row, 2)), alias, matches.join(QStringLiteral(" AND ")));
        counts << QStringLiteral("count(*) FILTER (WHERE %1 AND %2.ctid IS NULL)")
                      .arg(present.join(QStringLiteral(" AND ")), alias);
    }
    const PgResult result = m_connection.exec(
        QStringLiteral("SELECT %1 FROM %2 c%3 WHERE c.tenant_id = $1")
            .arg(counts.join(QStringLiteral(", ")), quoted(keys.value(first, 1)), joins),
        {m_context.tenantId});
    for (int row = first; row < end; ++row) {
        if (const qint64 bad = result.value(0, row - first).toLongLong(); bad > 0)
            fail(QStringLiteral("foreign key %1").arg(keys.value(row, 0)), bad);
    }
}

void DemoVerifier::verifyStockInvariants(DemoStage &stage)
{
    // Both sides can be read in (variant, location) order from their indexes; a merge is about
    // twice as fast here as hashing millions of groups, which spills to disk.
    m_connection.exec(
        QStringLiteral("SET LOCAL enable_hashagg = off; SET LOCAL enable_hashjoin = off"));
    expectNone(QStringLiteral(R"(
        SELECT count(*) FROM stock_positions p
        LEFT JOIN (SELECT variant_id, location_id, sum(quantity_delta) AS total FROM stock_movements
                   WHERE tenant_id = $1 GROUP BY 1, 2) m USING (variant_id, location_id)
        WHERE p.tenant_id = $1 AND m.total IS DISTINCT FROM p.quantity_on_hand)"),
               QStringLiteral("on hand equals the sum of the ledger"));
    m_connection.exec(
        QStringLiteral("SET LOCAL enable_hashagg = on; SET LOCAL enable_hashjoin = on"));
    stage.advance();
    expectNone(QStringLiteral(R"(
        SELECT count(*) FROM stock_positions p
        LEFT JOIN (SELECT variant_id, location_id, sum(reserved_qty) AS total FROM stock_reservations
                   WHERE tenant_id = $1 AND status = 'active' GROUP BY 1, 2) r USING (variant_id, location_id)
        WHERE p.tenant_id = $1 AND coalesce(r.total, 0) <> p.quantity_reserved)"),
               QStringLiteral("reserved equals the sum of active reservations"));
    stage.advance();
}

} // namespace stockroom
