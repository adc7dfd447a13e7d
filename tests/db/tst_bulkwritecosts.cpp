// What 0025_bulk_write_costs.sql changed keeps every rule it touched: the barcode rule (now one
// inlined expression) agrees with the desktop's Gtin on every length and every wrong digit; price
// ranges of one variant, location and channel still never overlap, while lookups stay off the
// overlap index; and a tenant's variants and waiting events still go with it (the keys to
// tenants that were kept).
#include "catalog/gtin.h"
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestBulkWriteCosts : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }
    /** A text[] literal of the values. */
    static QString arrayOf(const QStringList &values)
    {
        QStringList quoted;
        for (const QString &v : values)
            quoted << u'"' + v + u'"';
        return u'{' + quoted.join(u',') + u'}';
    }
    /** EXPLAIN (VERBOSE) of sql with its $n replaced by the literals of params, as one text. */
    QString plan(const QString &sql, const QStringList &params = {})
    {
        return scalar(QStringLiteral("SELECT string_agg(line, E'\\n') FROM"
                                     " catalog_test_explain($1, $2::text[]) AS line"),
                      {sql, arrayOf(params)});
    }
    /** Inserts a default price of the variant from `from` (an interval from now) to `to` (or open).
     */
    void price(const QString &variant, const QString &location, const QString &channel,
               const QString &from, const QString &to = {})
    {
        m_world->admin().exec(
            QStringLiteral(
                "INSERT INTO variant_prices (tenant_id, variant_id, location_id, channel,"
                " base_price, effective_from, effective_to)"
                " VALUES ($1, $2, nullif($3, '')::uuid, $4, 10,"
                " now() + $5::interval, now() + nullif($6, '')::interval)"),
            {catalogfixture::TenantA, variant, location, channel, from, to});
    }
    bool refusedAsOverlap(const std::function<void()> &write)
    {
        try {
            write();
        } catch (const DatabaseError &e) {
            return e.sqlState() == QLatin1String("23P01");
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("bulkcosts"));
        // EXPLAIN's lines, for the plan checks (a helper of this test's database only).
        m_world->admin().exec(QStringLiteral(
            "CREATE FUNCTION catalog_test_explain(q text, params text[]) RETURNS SETOF text"
            " LANGUAGE plpgsql AS $$ DECLARE line text; i int; BEGIN"
            " FOR i IN 1 .. coalesce(cardinality(params), 0) LOOP"
            "   q := replace(q, '$' || i, quote_literal(params[i])); END LOOP;"
            " FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP RETURN NEXT line;"
            " END LOOP; END $$"));
    }
    void cleanupTestCase() { m_world.reset(); }

    void theBarcodeRuleAgreesWithTheDesktopOnEveryDigit()
    {
        // Every check digit of bodies of each length (the right one and the nine wrong ones),
        // with seeded random bodies: the database and Gtin must agree on all of them.
        QRandomGenerator random(20261121);
        QStringList codes;
        for (const int length : {8, 12, 13, 14}) {
            for (int n = 0; n < 40; ++n) {
                QString body;
                for (int i = 0; i < length - 1; ++i)
                    body.append(QChar(u'0' + random.bounded(10)));
                for (int digit = 0; digit < 10; ++digit)
                    codes << body + QChar(u'0' + digit);
            }
        }
        codes << QStringLiteral("4006381333931") << QStringLiteral("96385074")
              << QStringLiteral("036000291452") << QStringLiteral("00000000000000")
              << QStringLiteral("1234567") << QStringLiteral("400638133393A")
              << QStringLiteral("123456789012345") << QString();
        const QStringList verdicts =
            scalar(
                QStringLiteral("SELECT string_agg(coalesce(gtin_is_valid(c)::text, 'null'), ','"
                               " ORDER BY n) FROM unnest($1::text[]) WITH ORDINALITY AS x(c, n)"),
                {arrayOf(codes)})
                .split(u',');
        QCOMPARE(verdicts.size(), codes.size());
        int valid = 0;
        for (int i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            // Gtin takes 8, 12 and 13 digits; the table also takes GTIN-14, by the same rule.
            const bool expected =
                code.size() == 14
                    ? Gtin::checkDigitOf(QStringView(code).left(13)) == code.at(13).digitValue()
                    : Gtin::check(code).isValid();
            const QString said = verdicts.at(i);
            QVERIFY2(said == (expected ? QLatin1String("true") : QLatin1String("false")),
                     qPrintable(QStringLiteral("%1: database says %2").arg(code, said)));
            valid += expected;
        }
        QCOMPARE(valid, 4 * 40 + 4); // one right digit per body, and the four known codes
        QCOMPARE(scalar(QStringLiteral("SELECT gtin_is_valid(NULL) IS NULL")), QStringLiteral("t"));
        // The digit the commands name comes from the same computation.
        QCOMPARE(scalar(QStringLiteral("SELECT catalog.check_digit('400638133393')")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT catalog.check_digit('9638507')")),
                 QStringLiteral("4"));
    }

    void theBarcodeRuleIsInlinedIntoTheCheck()
    {
        // Run as a function call, the rule cost ten times as much for every barcode written.
        const QString p =
            plan(QStringLiteral("SELECT gtin_is_valid(barcode) FROM variant_barcodes"));
        QVERIFY2(!p.contains(QLatin1String("gtin_is_valid")) &&
                     !p.contains(QLatin1String("check_digit")),
                 qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("lpad")), qPrintable(p));
    }

    void priceRangesOfOneSlotStillNeverOverlap()
    {
        // Every fixture variant has an open-ended default price at every location since
        // yesterday; the web channel starts empty.
        const QString v = StockWorld::variant(m_world->freshVariant());
        const QString loc = m_world->frontStore();
        const QString web = QStringLiteral("web");
        QVERIFY(refusedAsOverlap(
            [&] { price(v, {}, QStringLiteral("default"), QStringLiteral("1 day")); }));
        price(v, {}, web, QStringLiteral("0"), QStringLiteral("10 days"));
        // The same variant, location (every one) and channel: refused where the ranges meet.
        QVERIFY(refusedAsOverlap([&] { price(v, {}, web, QStringLiteral("5 days")); }));
        // Another location, another channel, or from the end on: allowed.
        price(v, loc, web, QStringLiteral("5 days"));
        price(v, {}, QStringLiteral("app"), QStringLiteral("5 days"));
        price(v, {}, web, QStringLiteral("10 days"));
        QVERIFY(refusedAsOverlap([&] { price(v, loc, web, QStringLiteral("20 days")); }));
        // Another variant's identical range is its own.
        const QString other = StockWorld::variant(m_world->freshVariant());
        price(other, {}, web, QStringLiteral("0"), QStringLiteral("10 days"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM variant_prices"
                                       " WHERE variant_id IN ($1, $2)"),
                        {v, other}),
                 QStringLiteral("7"));
    }

    void priceLookupsStayOffTheOverlapIndex()
    {
        // A lookup through the GiST index read 150–250 pages where the btree reads 4 (0022).
        m_world->admin().exec(QStringLiteral("ANALYZE variant_prices"));
        const QString v = StockWorld::variant(1);
        const QString p = plan(QStringLiteral("SELECT * FROM pricing.price_at($1, $2, $3)"),
                               {catalogfixture::TenantA, v, m_world->frontStore()});
        QVERIFY2(p.contains(QLatin1String("variant_prices_")), qPrintable(p));
        QVERIFY2(!p.contains(QLatin1String("variant_prices_no_overlap")), qPrintable(p));
        const QString direct =
            plan(QStringLiteral(
                     "SELECT id FROM variant_prices WHERE tenant_id = $1 AND variant_id = $2"),
                 {catalogfixture::TenantA, v});
        QVERIFY2(!direct.contains(QLatin1String("variant_prices_no_overlap")), qPrintable(direct));
    }

    void aTenantsVariantsAndWaitingEventsGoWithIt()
    {
        auto &admin = m_world->admin();
        const QString gone = scalar(QStringLiteral(
            "INSERT INTO tenants (name, slug) VALUES ('Shutting Shop', 'shutting-shop')"
            " RETURNING tenant_id"));
        const QString product =
            scalar(QStringLiteral("INSERT INTO products (tenant_id, name) VALUES ($1, 'Jaggery')"
                                  " RETURNING id"),
                   {gone});
        admin.exec(QStringLiteral("INSERT INTO units_of_measure (tenant_id, code, name, dimension,"
                                  " factor_to_base) VALUES ($1, 'pc', 'piece', 'count', 1)"),
                   {gone});
        admin.exec(QStringLiteral("INSERT INTO variants (tenant_id, product_id, sku, name)"
                                  " VALUES ($1, $2, 'JAG-1', 'Jaggery 1 kg')"),
                   {gone, product});
        admin.exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data)"
                                  " SELECT $1, 'catalog.product.upserted', '{}'"
                                  " FROM generate_series(1, 3)"),
                   {gone});
        const QString otherEvents =
            scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tenant_id <> $1"), {gone});
        const QString otherVariants =
            scalar(QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id <> $1"), {gone});
        // A variant must still name a product of its own tenant.
        bool refused = false;
        try {
            admin.exec(QStringLiteral("INSERT INTO variants (tenant_id, product_id, sku, name)"
                                      " VALUES ($1, $2, 'JAG-2', 'Jaggery 2 kg')"),
                       {catalogfixture::TenantA, product});
        } catch (const DatabaseError &e) {
            refused = e.sqlState() == QLatin1String("23503");
        }
        QVERIFY(refused);

        admin.exec(QStringLiteral("DELETE FROM tenants WHERE tenant_id = $1"), {gone});
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = $1"), {gone}),
            QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tenant_id = $1"), {gone}),
                 QStringLiteral("0"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tenant_id <> $1"), {gone}),
            otherEvents);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id <> $1"), {gone}),
            otherVariants);
    }
};

QTEST_GUILESS_MAIN(TestBulkWriteCosts)
#include "tst_bulkwritecosts.moc"
