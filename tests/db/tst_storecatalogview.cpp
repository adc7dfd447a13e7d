// api.store_catalog_view, the store-scoped read of the catalog: what each row says (the price
// pricing.price_at resolves at the location now, what can be sold, orderability) against scenes
// built by hand, who may read which location, and that pages and searches are exactly slices
// of the whole view.
#include "access/apierror.h"
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

// One row as the tests compare it.
const QString Line = QStringLiteral(
    "SELECT sku || ' ' || coalesce(effective_price::text, '-') || ' ' || coalesce(price_rule, '-')"
    " || ' mrp ' || coalesce(mrp::text, '-') || ' tax ' || coalesce(trim_scale(tax_rate)::text, "
    "'-')"
    " || ' avail ' || trim_scale(available_qty) || ' ' || unit || ' ' || orderability");

const QString SetPrice =
    QStringLiteral("api.set_price($1, $2, $3, $4, $5::numeric, $6::numeric, $7::numeric,"
                   " $8::timestamptz, $9::timestamptz)");

} // namespace

class TestStoreCatalogView : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager; // of S1: L1 and the back room
    std::unique_ptr<PgConnection> m_admin;   // Alpha's admin (not the superuser)

    /** Rows of the view as @p who reads it: "SKU-001 99.50 all_default mrp … orderable". */
    QStringList view(PgConnection &who, const QString &location, const QString &more = {},
                     const QList<SqlParam> &params = {})
    {
        const PgResult r = who.exec(Line + QStringLiteral(" FROM api.store_catalog_view($1") +
                                        more + QStringLiteral(")"),
                                    QList<SqlParam>{location} + params);
        QStringList rows;
        for (int i = 0; i < r.rows(); ++i)
            rows << r.value(i, 0);
        return rows;
    }
    /** The row of item @p n at @p location, as the manager reads it ("<none>" when absent). */
    QString row(int n, const QString &location, const QString &channel = {})
    {
        const QStringList rows =
            channel.isEmpty()
                ? view(*m_manager, location, QStringLiteral(", p_variant_ids => ARRAY[$2::uuid]"),
                       {StockWorld::variant(n)})
                : view(*m_manager, location,
                       QStringLiteral(", p_variant_ids => ARRAY[$2::uuid], p_channel => $3"),
                       {StockWorld::variant(n), channel});
        return rows.isEmpty() ? QStringLiteral("<none>") : rows.join(QLatin1Char('|'));
    }
    /** First column of the first row, as the manager reads it. */
    QString asManager(const QString &sql, const QList<SqlParam> &params)
    {
        return m_manager->scalar(sql, params).value_or(QStringLiteral("<null>"));
    }
    QString expected(int n, const QString &rest)
    {
        return StockWorld::sku(n) + QLatin1Char(' ') + rest;
    }
    void adjust(int n, const QString &location, const QString &delta, const QString &type)
    {
        (void)call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, $4, $5)"),
                   {newRequestId(), StockWorld::variant(n), location, delta, type});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("storecatalogview"));
        m_manager = std::make_unique<PgConnection>(m_world->manager(),
                                                   QStringLiteral("tst_storecatalogview"));
        m_admin = std::make_unique<PgConnection>(
            m_world->db().addStaff(catalogfixture::TenantA, RoleKind::Admin),
            QStringLiteral("tst_storecatalogview-admin"));
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_manager.reset();
        m_world.reset();
    }

    void theWholeViewIsEveryActiveVariantInNameOrder()
    {
        guarded([&]() {
            const PgResult r = m_manager->exec(
                QStringLiteral("SELECT count(*), count(DISTINCT variant_id),"
                               " bool_and(sort_key = lower(name)),"
                               " string_agg(sku, ',' ORDER BY ord) = string_agg(sku, ',' ORDER BY"
                               " lower(name) COLLATE \"C\", variant_id),"
                               " count(*) FILTER (WHERE name LIKE '%foreign%')"
                               " FROM api.store_catalog_view($1) WITH ORDINALITY AS v(variant_id,"
                               " product_id, sku, name, category_path, unit, effective_price, mrp,"
                               " tax_rate, price_rule, price_effective_from, price_effective_to,"
                               " quantity_on_hand, quantity_reserved, available_qty, orderability,"
                               " sort_key, ord)"),
                {m_world->frontStore()});
            QCOMPARE(r.value(0, 0), QString::number(catalogfixture::Variants));
            QCOMPARE(r.value(0, 1), r.value(0, 0));
            QCOMPARE(r.value(0, 2), QStringLiteral("t"));
            QCOMPARE(r.value(0, 3), QStringLiteral("t")); // rows arrive in name order
            QCOMPARE(r.value(0, 4), QStringLiteral("0")); // Beta's look-alike never shows
            // The catalog fixture: every location's default price, 12 on hand at L1.
            QCOMPARE(row(1, m_world->frontStore()),
                     expected(1, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 12 pc orderable")));
            QCOMPARE(asManager(QStringLiteral("SELECT category_path FROM "
                                              "api.store_catalog_view($1) WHERE sku = $2"),
                               {m_world->frontStore(), StockWorld::sku(120)}),
                     QStringLiteral("Dairy/Butter"));
            // Priced, but never stocked at L1.
            QCOMPARE(row(7, m_world->frontStore()),
                     expected(7, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 0 pc not_stocked")));
            // The back room stocks nothing; the same prices reach it.
            QCOMPARE(row(1, StockWorld::BackRoom),
                     expected(1, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 0 pc not_stocked")));
        });
    }

    void theLocationsOwnPriceBeatsTheAllLocationsPrice()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            (void)call(*m_manager, SetPrice,
                       {newRequestId(), StockWorld::variant(n), m_world->frontStore(),
                        QStringLiteral("default"), QStringLiteral("110"), QStringLiteral("89"),
                        QStringLiteral("12"), SqlParam(), SqlParam()});
            QCOMPARE(
                row(n, m_world->frontStore()),
                expected(n, QStringLiteral("89.00 location_default mrp 110.00 tax 12 avail 12 pc "
                                           "orderable")));
            // Another location of the same store keeps the price for every location.
            QCOMPARE(row(n, StockWorld::BackRoom),
                     expected(n, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 0 pc not_stocked")));
        });
    }

    void aChannelPriceIsNotTheDefaultChannelsPrice()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            (void)call(*m_admin, SetPrice,
                       {newRequestId(), StockWorld::variant(n), SqlParam(), QStringLiteral("app"),
                        QStringLiteral("120"), QStringLiteral("79"), QStringLiteral("5"),
                        SqlParam(), SqlParam()});
            QCOMPARE(row(n, m_world->frontStore()),
                     expected(n, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 12 pc orderable")));
            // Asked for that channel, it is the price; the rule says why.
            QCOMPARE(row(n, m_world->frontStore(), QStringLiteral("app")),
                     expected(n, QStringLiteral(
                                     "79.00 all_channel mrp 120.00 tax 5 avail 12 pc orderable")));
        });
    }

    void aScheduledPriceIsNotInEffectYet()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            const QJsonObject later =
                call(*m_manager, SetPrice,
                     {newRequestId(), StockWorld::variant(n), m_world->frontStore(),
                      QStringLiteral("default"), QStringLiteral("120"), QStringLiteral("59"),
                      QStringLiteral("5"), QStringLiteral("tomorrow"), SqlParam()});
            QVERIFY(!later.isEmpty());
            QCOMPARE(row(n, m_world->frontStore()),
                     expected(n, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 12 pc orderable")));
            // A current price that ends says when.
            const int m = m_world->freshVariant();
            (void)call(*m_manager, SetPrice,
                       {newRequestId(), StockWorld::variant(m), m_world->frontStore(),
                        QStringLiteral("default"), QStringLiteral("120"), QStringLiteral("95"),
                        QStringLiteral("5"), SqlParam(), QStringLiteral("2099-01-01")});
            QCOMPARE(asManager(QStringLiteral("SELECT price_rule || ' ' || price_effective_to::date"
                                              " FROM api.store_catalog_view($1, p_variant_ids =>"
                                              " ARRAY[$2::uuid])"),
                               {m_world->frontStore(), StockWorld::variant(m)}),
                     QStringLiteral("location_default 2099-01-01"));
        });
    }

    void withoutAPriceNothingCanBeOrdered()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            m_world->admin().exec(
                QStringLiteral("DELETE FROM variant_prices WHERE variant_id = $1"),
                {StockWorld::variant(n)});
            QCOMPARE(row(n, m_world->frontStore()),
                     expected(n, QStringLiteral("- - mrp - tax - avail 12 pc no_price")));
        });
    }

    void outOfStockAndReservationsReduceWhatCanBeSold()
    {
        guarded([&]() {
            const int gone = m_world->freshVariant();
            adjust(gone, m_world->frontStore(), QStringLiteral("-12"), QStringLiteral("damage"));
            QCOMPARE(row(gone, m_world->frontStore()),
                     expected(gone, QStringLiteral("99.50 all_default mrp 120.00 tax 5 avail 0 pc "
                                                   "out_of_stock")));

            const int held = m_world->freshVariant();
            (void)call(*m_manager,
                       QStringLiteral("api.reserve_stock($1, $2, $3, 'ORDER-SCV-1', 5)"),
                       {newRequestId(), StockWorld::variant(held), m_world->frontStore()});
            QCOMPARE(row(held, m_world->frontStore()),
                     expected(held, QStringLiteral("99.50 all_default mrp 120.00 tax 5 avail 7 pc "
                                                   "orderable")));
            (void)call(*m_manager,
                       QStringLiteral("api.reserve_stock($1, $2, $3, 'ORDER-SCV-2', 7)"),
                       {newRequestId(), StockWorld::variant(held), m_world->frontStore()});
            QCOMPARE(row(held, m_world->frontStore()),
                     expected(held, QStringLiteral("99.50 all_default mrp 120.00 tax 5 avail 0 pc "
                                                   "out_of_stock")));
            QCOMPARE(asManager(QStringLiteral("SELECT trim_scale(quantity_on_hand) || '/' ||"
                                              " trim_scale(quantity_reserved) FROM"
                                              " api.store_catalog_view($1, p_variant_ids =>"
                                              " ARRAY[$2::uuid])"),
                               {m_world->frontStore(), StockWorld::variant(held)}),
                     QStringLiteral("12/12"));
        });
    }

    void anExpiredBatchCannotBeSold()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            const QString batch =
                call(*m_manager,
                     QStringLiteral("api.receive_batch($1, $2, $3, 'B-SCV', 4, $4::date)"),
                     {newRequestId(), StockWorld::variant(n), m_world->frontStore(),
                      m_world->localDate(5)})
                    .value(QLatin1String("batch_id"))
                    .toString();
            QCOMPARE(row(n, m_world->frontStore()),
                     expected(n, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 16 pc orderable")));
            m_world->expireBatch(batch);
            (void)m_world->scalar(
                QStringLiteral("SELECT expired FROM stock.flag_expiring_batches()"));
            QCOMPARE(row(n, m_world->frontStore()),
                     expected(n, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 12 pc orderable")));
        });
    }

    void archivedVariantsAreNotInTheView()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            m_world->admin().exec(
                QStringLiteral("UPDATE variants SET status = 'archived' WHERE id = $1"),
                {StockWorld::variant(n)});
            QCOMPARE(row(n, m_world->frontStore()), QStringLiteral("<none>"));
            QCOMPARE(view(*m_manager, m_world->frontStore()).filter(StockWorld::sku(n)).size(), 0);
        });
    }

    void anInactiveProductOrLocationIsSaidSo()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            m_world->admin().exec(
                QStringLiteral("UPDATE products SET is_active = false WHERE id ="
                               " (SELECT product_id FROM variants WHERE id = $1)"),
                {StockWorld::variant(n)});
            QCOMPARE(row(n, m_world->frontStore()),
                     expected(n, QStringLiteral(
                                     "99.50 all_default mrp 120.00 tax 5 avail 12 pc inactive")));
            m_world->admin().exec(
                QStringLiteral("UPDATE locations SET is_active = false WHERE id = $1"),
                {StockWorld::BackRoom});
            const QStringList backRoom = view(*m_manager, StockWorld::BackRoom);
            m_world->admin().exec(
                QStringLiteral("UPDATE locations SET is_active = true WHERE id = $1"),
                {StockWorld::BackRoom});
            QVERIFY(!backRoom.isEmpty());
            QCOMPARE(backRoom.filter(QStringLiteral(" location_inactive")).size(), backRoom.size());
        });
    }

    void onlyLocationsInScopeCanBeRead()
    {
        guarded([&]() {
            // Another store's location, and another tenant's: the same refusal, nothing read.
            for (const QString &location :
                 {StockWorld::OtherStoreLocation, m_world->betaLocation(),
                  QStringLiteral("41000000-0000-4000-8000-00000000ffff")}) {
                const auto refused = refusal(
                    *m_manager, QStringLiteral("SELECT count(*) FROM api.store_catalog_view($1)"),
                    {location});
                QVERIFY2(refused, qPrintable(location));
                QCOMPARE(refused->sqlState(), QStringLiteral("SR003"));
                QVERIFY(refused->message().contains(QLatin1String("outside your scope")));
            }
            // Alpha's admin reads any location of Alpha.
            QCOMPARE(view(*m_admin, StockWorld::OtherStoreLocation).size(),
                     view(*m_manager, m_world->frontStore()).size());
            // A floor supervisor reads their dark store's location, and no other.
            const QString darkLocation = m_world->scalar(
                QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name,"
                               " location_type) SELECT $1, id, 'DS9-L', 'Dark store floor',"
                               " 'dark_store' FROM stores WHERE tenant_id = $1 AND code = 'S2'"
                               " RETURNING id"),
                {catalogfixture::TenantA});
            const QString darkStore = m_world->scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT $1, store_id, id, 'DS9', 'Kothrud hub', 'Pune'"
                               " FROM locations WHERE id = $2 RETURNING id"),
                {catalogfixture::TenantA, darkLocation});
            PgConnection supervisor(m_world->db().addStaff(catalogfixture::TenantA,
                                                           RoleKind::FloorSupervisor,
                                                           StaffScope{{}, {}, {darkStore}}),
                                    QStringLiteral("tst_storecatalogview-supervisor"));
            QVERIFY(!view(supervisor, darkLocation).isEmpty());
            QVERIFY(refusal(supervisor,
                            QStringLiteral("SELECT count(*) FROM api.store_catalog_view($1)"),
                            {m_world->frontStore()}));
        });
    }

    void eachTenantSeesOnlyItsOwnCatalog()
    {
        guarded([&]() {
            PgConnection beta(m_world->db().addStaff(catalogfixture::TenantB, RoleKind::Admin),
                              QStringLiteral("tst_storecatalogview-beta"));
            QCOMPARE(view(beta, m_world->betaLocation()),
                     (QStringList{QStringLiteral("SKU-001 - - mrp - tax - avail 0 pc no_price")}));
            QCOMPARE(refusal(beta,
                             QStringLiteral("SELECT count(*) FROM api.store_catalog_view($1)"),
                             {m_world->frontStore()})
                         ->sqlState(),
                     QStringLiteral("SR003"));
        });
    }

    void pagesAndSearchesAreSlicesOfTheWholeView_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("matches"); // a regular expression over "name sku", lower case
        QTest::newRow("everything") << ""
                                    << ".";
        QTest::newRow("contains") << "m 02"
                                  << "m 02";
        QTest::newRow("sku") << "sku-13"
                             << "sku-13";
        QTest::newRow("start of the name") << "It"
                                           << "^it";
        QTest::newRow("no match at the start") << "em"
                                               << "^em";
        QTest::newRow("barcode prefix") << catalogfixture::ean13(42).left(11) << "^item 04[0-9] ";
        QTest::newRow("nothing") << "zzzz"
                                 << "zzzz";
    }
    void pagesAndSearchesAreSlicesOfTheWholeView()
    {
        QFETCH(QString, search);
        QFETCH(QString, matches);
        guarded([&]() {
            // The whole view, filtered here by the rule the search states.
            const QRegularExpression wanted(matches);
            QStringList expectedRows;
            const PgResult all =
                m_manager->exec(QStringLiteral("SELECT lower(name || ' ' || sku), variant_id FROM "
                                               "api.store_catalog_view($1)"),
                                {m_world->frontStore()});
            for (int i = 0; i < all.rows(); ++i)
                if (all.value(i, 0).contains(wanted))
                    expectedRows << all.value(i, 1);
            // The search as one call, and as pages of 7 following the keyset.
            const SqlParam term = search.isEmpty() ? SqlParam() : SqlParam(search);
            QStringList whole;
            const PgResult one = m_manager->exec(
                QStringLiteral("SELECT variant_id FROM api.store_catalog_view($1, $2)"),
                {m_world->frontStore(), term});
            for (int i = 0; i < one.rows(); ++i)
                whole << one.value(i, 0);
            QStringList paged;
            SqlParam afterKey, afterId;
            for (int guard = 0; guard < 100; ++guard) {
                const PgResult page = m_manager->exec(
                    QStringLiteral("SELECT variant_id, sort_key FROM api.store_catalog_view($1, $2,"
                                   " p_after_key => $3, p_after_id => $4, p_limit => 7)"),
                    {m_world->frontStore(), term, afterKey, afterId});
                for (int i = 0; i < page.rows(); ++i)
                    paged << page.value(i, 0);
                if (page.rows() < 7)
                    break;
                afterKey = page.value(page.rows() - 1, 1);
                afterId = page.value(page.rows() - 1, 0);
            }
            QCOMPARE(whole, expectedRows);
            QCOMPARE(paged, expectedRows);
        });
    }

    void badPagingIsRefused()
    {
        guarded([&]() {
            const auto zero =
                refusal(*m_manager,
                        QStringLiteral("SELECT * FROM api.store_catalog_view($1, p_limit => 0)"),
                        {m_world->frontStore()});
            QVERIFY(zero);
            QCOMPARE(zero->sqlState(), QStringLiteral("SR005"));
            const auto half = refusal(*m_manager,
                                      QStringLiteral("SELECT * FROM api.store_catalog_view($1,"
                                                     " p_after_key => 'item 010 500 g')"),
                                      {m_world->frontStore()});
            QVERIFY(half);
            QCOMPARE(half->sqlState(), QStringLiteral("SR005"));
        });
    }

    // Last: it adds 20,050 variants. A search matching more than the view collects from the
    // trigram index walks the name order instead, and still answers exactly.
    void aSearchMatchingMoreThanItCollectsWalksTheNameOrder()
    {
        guarded([&]() {
            m_world->admin().exec(
                QStringLiteral(
                    "INSERT INTO variants (tenant_id, id, product_id, sku, name)"
                    " SELECT $1, gen_random_uuid(), '20000000-0000-4000-8000-000000000001',"
                    "   'MANY-' || lpad(g::text, 6, '0'), 'Many thing 7777 ' || lpad(g::text, 6, "
                    "'0')"
                    " FROM generate_series(1, 20050) g"),
                {catalogfixture::TenantA});
            m_world->admin().exec(QStringLiteral("ANALYZE variants"));
            for (const QString &term : {QStringLiteral("thing"), QStringLiteral("7777")}) {
                const PgResult page = m_manager->exec(
                    QStringLiteral("SELECT string_agg(sku, ',') FROM api.store_catalog_view($1,"
                                   " $2, p_limit => 3)"),
                    {m_world->frontStore(), term});
                QCOMPARE(page.value(0, 0), QStringLiteral("MANY-000001,MANY-000002,MANY-000003"));
                const QString count =
                    asManager(QStringLiteral("SELECT count(*) FROM api.store_catalog_view($1, $2)"),
                              {m_world->frontStore(), term});
                QCOMPARE(count, QStringLiteral("20050"));
            }
        });
    }
};

QTEST_GUILESS_MAIN(TestStoreCatalogView)
#include "tst_storecatalogview.moc"
