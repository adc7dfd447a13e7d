// Prices in the database: api.set_price's rules (MRP, overlap with the conflicting range named,
// idempotency, who may price what, the event) and the one resolution rule, pricing.price_at;
// ending, scheduling and cancelling a price; the bulk change (preview of every row with its
// problem, an apply that refuses a stale preview and writes everything or nothing); and the
// reads of the Prices page.
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

const QString SetPrice =
    QStringLiteral("api.set_price($1, $2, $3, $4, $5::numeric, $6::numeric, $7::numeric,"
                   " $8::timestamptz, $9::timestamptz)");
const QString SchedulePrice = QStringLiteral(
    "api.schedule_price_change($1, $2, $3, $4, $5::numeric, $6::numeric, $7::numeric,"
    " $8::timestamptz, $9::timestamptz)");
const QString EndPrice = QStringLiteral("api.end_price($1, $2, $3::timestamptz)");
const QString CancelPrice = QStringLiteral("api.cancel_price($1, $2, $3::boolean)");
// The filter and change of a bulk change, in the order both bulk functions take them.
const QString BulkArgs = QStringLiteral("$%1::uuid, $%2::text, $%3::text, $%4::uuid, $%5::text,"
                                        " $%6::text, $%7::numeric, $%8::text, $%9::timestamptz");
const QString Snacks = QStringLiteral("10000000-0000-4000-8000-000000000003");

/** A bulk change: which items, where and how (the arguments of preview and apply). */
struct Bulk
{
    Bulk(const QString &ofBrand, const SqlParam &at)
        : brand(ofBrand)
        , location(at)
    {}

    QString brand;
    SqlParam location;
    QString mode = QStringLiteral("percent");
    QString value = QStringLiteral("10");
    QString rounding = QStringLiteral("none");
    SqlParam from;
    SqlParam category;
    SqlParam search;

    [[nodiscard]] QList<SqlParam> args() const
    {
        return {category, search, brand,    location, QStringLiteral("default"),
                mode,     value,  rounding, from};
    }
};

QString bulkArgs(int first)
{
    QString text = BulkArgs;
    for (int i = 1; i <= 9; ++i)
        text = text.arg(first + i - 1);
    return text;
}

} // namespace

class TestPrices : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager; // of S1: L1 and the back room
    std::unique_ptr<PgConnection> m_admin;   // a tenant admin (not the superuser)

    /** A variant with no prices at all. */
    QString unpriced()
    {
        const QString variant = StockWorld::variant(m_world->freshVariant());
        m_world->admin().exec(QStringLiteral("DELETE FROM variant_prices WHERE variant_id = $1"),
                              {variant});
        return variant;
    }
    QString count(const QString &variant)
    {
        return m_world->scalar(
            QStringLiteral("SELECT count(*) FROM variant_prices WHERE variant_id = $1"), {variant});
    }
    QString priceEvents(const QString &variant)
    {
        return m_world->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE variant_id = $1"
                                              " AND event_type = 'catalog.price.updated'"),
                               {variant});
    }
    /** "<base price> <rule>" of the price in effect, or "<null>", as the manager reads it. */
    QString effective(const QString &variant, const QString &location, const QString &channel,
                      const QString &at = QStringLiteral("now"))
    {
        const PgResult r = m_manager->exec(
            QStringLiteral("SELECT base_price::text || ' ' || rule FROM pricing.price_at($1, $2,"
                           " $3, $4, $5::timestamptz)"),
            {catalogfixture::TenantA, variant, location.isEmpty() ? SqlParam() : location, channel,
             at});
        return r.rows() == 0 ? QStringLiteral("<null>") : r.value(0, 0);
    }

    /** The price row in effect for @p variant at @p location: its id. */
    QString priceIn(const QString &variant, const QVariant &location,
                    const QString &at = QStringLiteral("now"))
    {
        return m_world->scalar(
            QStringLiteral("SELECT price_id::text FROM pricing.price_at($1, $2, $3, 'default',"
                           " $4::timestamptz)"),
            {catalogfixture::TenantA, variant,
             location.isNull() ? SqlParam() : SqlParam(location.toString()), at});
    }
    /** "<from> – <to>" of a price row in the tenant's zone, as the tests write instants. */
    QString rangeOf(const QString &priceId)
    {
        return m_world->scalar(
            QStringLiteral("SELECT to_char(effective_from AT TIME ZONE 'Asia/Kolkata',"
                           " 'YYYY-MM-DD HH24:MI') || ' – ' || coalesce(to_char(effective_to AT"
                           " TIME ZONE 'Asia/Kolkata', 'YYYY-MM-DD HH24:MI'), 'open')"
                           " FROM variant_prices WHERE id = $1"),
            {priceId});
    }
    /**
     * @p count new active variants of brand @p brand in Snacks, SKUs "<BRAND>-0001"…, each priced
     * for every location since yesterday at ₹(80 + n % 20) of ₹100 MRP with 5% GST (so n = 20 is
     * ₹80.00, n = 1 ₹81.00 … n = 19 ₹99.00).
     */
    void bulkItems(const QString &brand, int count)
    {
        PgConnection &c = m_world->admin();
        c.exec(QStringLiteral("INSERT INTO products (tenant_id, category_id, name, brand)"
                              " SELECT $1, $4::uuid, $2 || ' ' || lpad(g::text, 4, '0'), $2"
                              " FROM generate_series(1, $3::int) g"),
               {catalogfixture::TenantA, brand, QString::number(count), Snacks});
        c.exec(QStringLiteral("INSERT INTO variants (tenant_id, product_id, sku, name)"
                              " SELECT tenant_id, id, upper(brand) || '-' || right(name, 4), name"
                              " FROM products WHERE tenant_id = $1 AND brand = $2"),
               {catalogfixture::TenantA, brand});
        c.exec(QStringLiteral("INSERT INTO variant_prices (tenant_id, variant_id, mrp, base_price,"
                              " tax_rate, effective_from)"
                              " SELECT v.tenant_id, v.id, 100, 80 + right(v.sku, 4)::int % 20, 5,"
                              " now() - interval '1 day'"
                              " FROM variants v JOIN products p ON p.id = v.product_id"
                              " WHERE p.tenant_id = $1 AND p.brand = $2"),
               {catalogfixture::TenantA, brand});
    }
    QString bulkVariant(const QString &brand, int n)
    {
        return m_world->scalar(QStringLiteral("SELECT id::text FROM variants WHERE tenant_id = $1"
                                              " AND sku = upper($2) || '-' || lpad($3, 4, '0')"),
                               {catalogfixture::TenantA, brand, QString::number(n)});
    }
    /** Price rows, events and commands of a brand's items, as one line to compare. */
    QString bulkFootprint(const QString &brand)
    {
        return m_world->scalar(
            QStringLiteral(
                "SELECT (SELECT count(*) || ' rows, ends ' || coalesce(string_agg(coalesce("
                "vp.effective_to::text, 'open'), ',' ORDER BY vp.id), '') FROM variant_prices vp"
                "   JOIN variants v ON v.id = vp.variant_id JOIN products p ON p.id = v.product_id"
                "   WHERE p.brand = $1) || '; ' ||"
                " (SELECT count(*) FROM outbox o JOIN variants v ON v.id = o.variant_id"
                "   JOIN products p ON p.id = v.product_id WHERE p.brand = $1) || ' events'"),
            {brand});
    }
    /** The preview as "<SKU> <new> <problem>" lines, and its fingerprint. */
    QStringList preview(PgConnection &as, const Bulk &b, QString *fingerprint = nullptr)
    {
        const PgResult r = as.exec(
            QStringLiteral("SELECT sku || ' ' || coalesce(new_price::text, '-') || ' ' ||"
                           " coalesce(problem, 'ok') || ' | ' || coalesce(why, ''), fingerprint"
                           " FROM api.bulk_price_preview(") +
                bulkArgs(1) + QStringLiteral(")"),
            b.args());
        QStringList lines;
        QSet<QString> prints;
        for (int i = 0; i < r.rows(); ++i) {
            lines << r.value(i, 0);
            prints << r.value(i, 1);
        }
        if (fingerprint)
            *fingerprint = prints.size() == 1 ? *prints.begin() : QString();
        return lines;
    }
    QJsonObject apply(PgConnection &as, const QString &request, const Bulk &b,
                      const QString &fingerprint)
    {
        return call(as,
                    QStringLiteral("api.bulk_price_apply($1::uuid, ") + bulkArgs(2) +
                        QStringLiteral(", $11::text)"),
                    QList<SqlParam>{request} + b.args() + QList<SqlParam>{fingerprint});
    }
    std::optional<DatabaseError> applyRefusal(PgConnection &as, const Bulk &b,
                                              const QString &fingerprint)
    {
        return refusal(as,
                       QStringLiteral("SELECT api.bulk_price_apply($1::uuid, ") + bulkArgs(2) +
                           QStringLiteral(", $11::text)"),
                       QList<SqlParam>{newRequestId()} + b.args() + QList<SqlParam>{fingerprint});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("prices"));
        m_manager =
            std::make_unique<PgConnection>(m_world->manager(), QStringLiteral("tst_prices"));
        m_admin = std::make_unique<PgConnection>(
            m_world->db().addStaff(catalogfixture::TenantA, RoleKind::Admin),
            QStringLiteral("tst_prices-admin"));
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_manager.reset();
        m_world.reset();
    }

    void aPriceIsSetOnceAndAnnounced()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString request = newRequestId();
            const QList<SqlParam> args{request,
                                       variant,
                                       m_world->frontStore(),
                                       QStringLiteral("default"),
                                       QStringLiteral("60"),
                                       QStringLiteral("52.50"),
                                       QStringLiteral("5"),
                                       SqlParam(),
                                       SqlParam()};
            const QJsonObject first = call(*m_manager, SetPrice, args);
            QCOMPARE(jsonText(first.value(QLatin1String("base_price"))), QStringLiteral("52.5"));
            QCOMPARE(first.value(QLatin1String("location_id")).toString(), m_world->frontStore());
            QVERIFY(first.value(QLatin1String("effective_to")).isNull());
            // The same request again: the same answer, nothing written twice.
            const QJsonObject again = call(*m_manager, SetPrice, args);
            QCOMPARE(again, first);
            QCOMPARE(count(variant), QStringLiteral("1"));
            QCOMPARE(priceEvents(variant), QStringLiteral("1"));
            const QString data = m_world->scalar(
                QStringLiteral("SELECT data->>'base_price' || ' ' || (data->>'channel') || ' ' ||"
                               " (location_id = $2)::text FROM outbox WHERE variant_id = $1 AND"
                               " event_type = 'catalog.price.updated'"),
                {variant, m_world->frontStore()});
            QCOMPARE(data, QStringLiteral("52.50 default true"));
            QCOMPARE(effective(variant, m_world->frontStore(), QStringLiteral("default")),
                     QStringLiteral("52.50 location_default"));
        });
    }

    void amountsReadInIndianGrouping_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("reads");
        QTest::newRow("zero") << "0"
                              << "₹0.00";
        QTest::newRow("hundreds") << "5"
                                  << "₹5.00";
        QTest::newRow("thousands") << "1234.5"
                                   << "₹1,234.50";
        QTest::newRow("a lakh") << "100000"
                                << "₹1,00,000.00";
        QTest::newRow("a crore and more") << "12345678.9"
                                          << "₹1,23,45,678.90";
        QTest::newRow("rounded up into rupees") << "1.999"
                                                << "₹2.00";
        QTest::newRow("negative") << "-50"
                                  << "-₹50.00";
    }
    void amountsReadInIndianGrouping()
    {
        QFETCH(QString, amount);
        QFETCH(QString, reads);
        guarded([&]() {
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT pricing.inr($1::numeric)"), {amount}),
                     reads);
        });
    }

    void aPriceAboveMrpIsRefusedWithBothAmounts()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const auto refused =
                refusal(*m_admin, QStringLiteral("SELECT ") + SetPrice,
                        {newRequestId(), variant, SqlParam(), QStringLiteral("default"),
                         QStringLiteral("100000"), QStringLiteral("150000"), QStringLiteral("18"),
                         SqlParam(), SqlParam()});
            QVERIFY(refused);
            QCOMPARE(refused->sqlState(), QStringLiteral("SR016"));
            // Indian digit grouping in the message.
            QVERIFY2(refused->message().contains(QStringLiteral("₹1,50,000.00")) &&
                         refused->message().contains(QStringLiteral("MRP ₹1,00,000.00")),
                     qPrintable(refused->message()));
            QCOMPARE(count(variant), QStringLiteral("0"));
            QCOMPARE(priceEvents(variant), QStringLiteral("0"));
        });
    }

    void anOverlapIsRefusedNamingTheRangeItHits()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString l1 = m_world->frontStore();
            auto set = [&](const QString &price, const QVariant &from, const QVariant &to) {
                return refusal(*m_manager, QStringLiteral("SELECT ") + SetPrice,
                               {newRequestId(), variant, l1, QStringLiteral("default"),
                                QStringLiteral("100"), price, QStringLiteral("5"),
                                from.isNull() ? SqlParam() : from.toString(),
                                to.isNull() ? SqlParam() : to.toString()});
            };
            QVERIFY(!set(QStringLiteral("90"), QStringLiteral("2026-12-01 00:00+05:30"),
                         QStringLiteral("2027-01-01 00:00+05:30")));
            // Ranges are half-open: the next may start exactly where this one ends.
            QVERIFY(!set(QStringLiteral("95"), QStringLiteral("2027-01-01 00:00+05:30"), {}));
            const auto refused = set(QStringLiteral("80"), QStringLiteral("2026-12-15 00:00+05:30"),
                                     QStringLiteral("2026-12-20 00:00+05:30"));
            QVERIFY(refused);
            QCOMPARE(refused->sqlState(), QStringLiteral("SR017"));
            QVERIFY2(refused->message().contains(QStringLiteral("₹90.00")) &&
                         refused->message().contains(QStringLiteral("1 Dec 2026 00:00")) &&
                         refused->message().contains(QStringLiteral("1 Jan 2027 00:00")),
                     qPrintable(refused->message()));
            // The open-ended one is named as such.
            const auto open =
                set(QStringLiteral("80"), QStringLiteral("2027-03-01 00:00+05:30"), {});
            QVERIFY(open);
            QVERIFY2(open->message().contains(QStringLiteral("₹95.00")) &&
                         open->message().contains(QStringLiteral("open-ended")),
                     qPrintable(open->message()));
            QCOMPARE(count(variant), QStringLiteral("2"));
            // Another channel or another location is another range.
            QVERIFY(!refusal(*m_manager, QStringLiteral("SELECT ") + SetPrice,
                             {newRequestId(), variant, l1, QStringLiteral("app"),
                              QStringLiteral("100"), QStringLiteral("85"), QStringLiteral("5"),
                              QStringLiteral("2026-12-15 00:00+05:30"), SqlParam()}));
            QVERIFY(
                !refusal(*m_manager, QStringLiteral("SELECT ") + SetPrice,
                         {newRequestId(), variant, StockWorld::BackRoom, QStringLiteral("default"),
                          QStringLiteral("100"), QStringLiteral("85"), QStringLiteral("5"),
                          QStringLiteral("2026-12-15 00:00+05:30"), SqlParam()}));
        });
    }

    void theLocationBeatsEveryLocationAndTheChannelBeatsDefault()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString l1 = m_world->frontStore();
            const QString from = QStringLiteral("2026-01-01 00:00+05:30");
            auto set = [&](const QString &location, const QString &channel, const QString &price,
                           const QString &starts) {
                call(*m_admin, SetPrice,
                     {newRequestId(), variant, location.isEmpty() ? SqlParam() : location, channel,
                      QStringLiteral("200"), price, QStringLiteral("12"), starts, SqlParam()});
            };
            const QString at = QStringLiteral("2026-06-01 12:00+05:30");
            QCOMPARE(effective(variant, l1, QStringLiteral("app"), at), QStringLiteral("<null>"));
            set({}, QStringLiteral("default"), QStringLiteral("150"), from);
            QCOMPARE(effective(variant, l1, QStringLiteral("app"), at),
                     QStringLiteral("150.00 all_default"));
            set({}, QStringLiteral("app"), QStringLiteral("145"), from);
            QCOMPARE(effective(variant, l1, QStringLiteral("app"), at),
                     QStringLiteral("145.00 all_channel"));
            set(l1, QStringLiteral("default"), QStringLiteral("140"), from);
            // The store's own price ranks above a chain-wide channel price.
            QCOMPARE(effective(variant, l1, QStringLiteral("app"), at),
                     QStringLiteral("140.00 location_default"));
            set(l1, QStringLiteral("app"), QStringLiteral("135"), from);
            QCOMPARE(effective(variant, l1, QStringLiteral("app"), at),
                     QStringLiteral("135.00 location_channel"));
            // Other channels and other places fall back as far as they must.
            QCOMPARE(effective(variant, l1, QStringLiteral("default"), at),
                     QStringLiteral("140.00 location_default"));
            QCOMPARE(effective(variant, StockWorld::BackRoom, QStringLiteral("app"), at),
                     QStringLiteral("145.00 all_channel"));
            QCOMPARE(effective(variant, StockWorld::BackRoom, QStringLiteral("marketplace"), at),
                     QStringLiteral("150.00 all_default"));
            QCOMPARE(effective(variant, {}, QStringLiteral("default"), at),
                     QStringLiteral("150.00 all_default"));
            // Before every range, nothing.
            QCOMPARE(effective(variant, l1, QStringLiteral("app"),
                               QStringLiteral("2025-12-31 23:59+05:30")),
                     QStringLiteral("<null>"));
        });
    }

    void aScheduledPriceTakesOverWhenItsRangeBegins()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString l1 = m_world->frontStore();
            auto set = [&](const QString &price, const QString &from, const QVariant &to) {
                call(*m_manager, SetPrice,
                     {newRequestId(), variant, l1, QStringLiteral("default"), QStringLiteral("50"),
                      price, QStringLiteral("5"), from, to.isNull() ? SqlParam() : to.toString()});
            };
            set(QStringLiteral("40"), QStringLiteral("2026-01-01 00:00+05:30"),
                QStringLiteral("2027-01-01 00:00+05:30"));
            set(QStringLiteral("44"), QStringLiteral("2027-01-01 00:00+05:30"), {});
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2026-12-31 23:59:59+05:30")),
                     QStringLiteral("40.00 location_default"));
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2027-01-01 00:00+05:30")),
                     QStringLiteral("44.00 location_default"));
        });
    }

    void whoMayPriceWhat()
    {
        guarded([&]() {
            const QString variant = unpriced();
            auto attempt = [&](PgConnection &as, const QVariant &location) {
                const auto refused = refusal(
                    as, QStringLiteral("SELECT ") + SetPrice,
                    {newRequestId(), variant, location.isNull() ? SqlParam() : location.toString(),
                     QStringLiteral("default"), SqlParam(), QStringLiteral("10"),
                     QStringLiteral("0"), SqlParam(), SqlParam()});
                return refused ? refused->sqlState() : QStringLiteral("ok");
            };
            // A manager prices the locations in scope, not another store's, not the whole chain.
            QCOMPARE(attempt(*m_manager, StockWorld::OtherStoreLocation), QStringLiteral("SR003"));
            QCOMPARE(attempt(*m_manager, QVariant()), QStringLiteral("SR004"));
            // A floor supervisor does not price, not even on the floor they run.
            m_world->admin().exec(
                QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name,"
                               " location_type) SELECT $1, id, 'PR-DS', 'Pricing test floor',"
                               " 'dark_store' FROM stores WHERE tenant_id = $1 AND code = 'S1'"),
                {catalogfixture::TenantA});
            const QString darkStore = m_world->scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT $1, store_id, id, 'PR-DS', 'Pricing hub',"
                               " 'Pune' FROM locations WHERE tenant_id = $1 AND code = 'PR-DS'"
                               " RETURNING id::text"),
                {catalogfixture::TenantA});
            PgConnection supervisor(m_world->db().addStaff(catalogfixture::TenantA,
                                                           RoleKind::FloorSupervisor,
                                                           {{}, {}, {darkStore}}),
                                    QStringLiteral("tst_prices-supervisor"));
            const QString floor = m_world->scalar(
                QStringLiteral("SELECT location_id::text FROM dark_stores WHERE id = $1"),
                {darkStore});
            QCOMPARE(attempt(supervisor, floor), QStringLiteral("SR004"));
            QCOMPARE(count(variant), QStringLiteral("0"));
            QCOMPARE(attempt(*m_admin, QVariant()), QStringLiteral("ok"));
            QCOMPARE(attempt(*m_manager, m_world->frontStore()), QStringLiteral("ok"));
        });
    }

    void badArgumentsAreRefusedWithWhatToDo_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("mrp");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("says");
        QTest::newRow("channel") << "App Store"
                                 << ""
                                 << "10"
                                 << "5"
                                 << ""
                                 << ""
                                 << "is not a channel name";
        QTest::newRow("negative price") << "default"
                                        << ""
                                        << "-1"
                                        << "5"
                                        << ""
                                        << ""
                                        << "zero or more";
        QTest::newRow("fractions of paise") << "default"
                                            << ""
                                            << "10.005"
                                            << "5"
                                            << ""
                                            << ""
                                            << "rupees and paise";
        QTest::newRow("zero MRP") << "default"
                                  << "0"
                                  << "0"
                                  << "5"
                                  << ""
                                  << ""
                                  << "MRP must be more than zero";
        QTest::newRow("tax") << "default"
                             << ""
                             << "10"
                             << "101"
                             << ""
                             << ""
                             << "percentage from 0 to 100";
        QTest::newRow("ends first") << "default"
                                    << ""
                                    << "10"
                                    << "5"
                                    << "2027-02-01"
                                    << "2027-01-01"
                                    << "must end after it starts";
    }
    void badArgumentsAreRefusedWithWhatToDo()
    {
        QFETCH(QString, channel);
        QFETCH(QString, mrp);
        QFETCH(QString, price);
        QFETCH(QString, tax);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, says);
        guarded([&]() {
            const QString variant = unpriced();
            auto orNull = [](const QString &v) {
                return v.isEmpty() ? SqlParam() : SqlParam(v);
            };
            const auto refused = refusal(*m_manager, QStringLiteral("SELECT ") + SetPrice,
                                         {newRequestId(), variant, m_world->frontStore(), channel,
                                          orNull(mrp), price, tax, orNull(from), orNull(to)});
            QVERIFY(refused);
            QCOMPARE(refused->sqlState(), QStringLiteral("SR005"));
            QVERIFY2(refused->message().contains(says), qPrintable(refused->message()));
            QVERIFY(!refused->hint().isEmpty());
            QCOMPARE(count(variant), QStringLiteral("0"));
        });
    }

    // ── Ending, scheduling, cancelling ──────────────────────────────────────────────────────

    void endingAPriceOnlyBringsItsEndCloser()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString l1 = m_world->frontStore();
            const QJsonObject set =
                call(*m_manager, SetPrice,
                     {newRequestId(), variant, l1, QStringLiteral("default"), QStringLiteral("50"),
                      QStringLiteral("40"), QStringLiteral("5"), SqlParam(), SqlParam()});
            const QString price = set.value(QLatin1String("price_id")).toString();
            const QString request = newRequestId();
            const QList<SqlParam> args{request, price, QStringLiteral("2026-12-31 00:00+05:30")};
            const QJsonObject ended = call(*m_manager, EndPrice, args);
            QCOMPARE(ended.value(QLatin1String("price_id")).toString(), price);
            QVERIFY(rangeOf(price).endsWith(QStringLiteral(" – 2026-12-31 00:00")));
            QCOMPARE(priceEvents(variant), QStringLiteral("2"));
            // The same request again: the same answer, no second event.
            QCOMPARE(call(*m_manager, EndPrice, args), ended);
            QCOMPARE(priceEvents(variant), QStringLiteral("2"));
            QCOMPARE(m_world->lastEvent(variant, QStringLiteral("catalog.price.updated"))
                         .value(QLatin1String("price_id"))
                         .toString(),
                     price);
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2026-12-30 23:59+05:30")),
                     QStringLiteral("40.00 location_default"));
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2026-12-31 00:00+05:30")),
                     QStringLiteral("<null>"));

            auto refused = [&](const QString &id, const QVariant &at) {
                return refusal(
                    *m_manager, QStringLiteral("SELECT ") + EndPrice,
                    {newRequestId(), id, at.isNull() ? SqlParam() : SqlParam(at.toString())});
            };
            // Later than it ends already: that would be a new price, not an end.
            auto later = refused(price, QStringLiteral("2027-02-01 00:00+05:30"));
            QVERIFY(later);
            QCOMPARE(later->sqlState(), QStringLiteral("SR005"));
            QVERIFY2(later->message().contains(QStringLiteral("already ends 31 Dec 2026 00:00")) &&
                         later->message().contains(QStringLiteral("₹40.00")),
                     qPrintable(later->message()));
            // History is not rewritten.
            auto past = refused(price, QStringLiteral("2026-01-01 00:00+05:30"));
            QVERIFY(past);
            QCOMPARE(past->sqlState(), QStringLiteral("SR005"));
            QVERIFY2(past->message().contains(QStringLiteral("already passed")),
                     qPrintable(past->message()));
            // A price that has not started is cancelled, not ended before it starts.
            const QString scheduled =
                call(*m_manager, SetPrice,
                     {newRequestId(), variant, l1, QStringLiteral("default"), QStringLiteral("50"),
                      QStringLiteral("45"), QStringLiteral("5"),
                      QStringLiteral("2027-01-01 00:00+05:30"), SqlParam()})
                    .value(QLatin1String("price_id"))
                    .toString();
            auto early = refused(scheduled, QStringLiteral("2026-12-31 12:00+05:30"));
            QVERIFY(early);
            QVERIFY2(early->message().contains(QStringLiteral("only starts 1 Jan 2027 00:00")) &&
                         early->hint().contains(QStringLiteral("Cancel")),
                     qPrintable(early->message()));
            QVERIFY(rangeOf(scheduled).endsWith(QStringLiteral("– open")));
            // A manager ends neither every location's price nor another store's.
            const QString chainWide = priceIn(StockWorld::variant(m_world->freshVariant()), {});
            QCOMPARE(refused(chainWide, {})->sqlState(), QStringLiteral("SR004"));
            const QString elsewhere =
                call(*m_admin, SetPrice,
                     {newRequestId(), variant, StockWorld::OtherStoreLocation,
                      QStringLiteral("default"), QStringLiteral("50"), QStringLiteral("41"),
                      QStringLiteral("5"), SqlParam(), SqlParam()})
                    .value(QLatin1String("price_id"))
                    .toString();
            QCOMPARE(refused(elsewhere, {})->sqlState(), QStringLiteral("SR003"));
            QVERIFY(rangeOf(elsewhere).endsWith(QStringLiteral("– open")));
        });
    }

    void aScheduledChangeEndsThePriceThenInEffectAndStartsTheNew()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString l1 = m_world->frontStore();
            const QString first =
                call(*m_manager, SetPrice,
                     {newRequestId(), variant, l1, QStringLiteral("default"), QStringLiteral("50"),
                      QStringLiteral("40"), QStringLiteral("5"), SqlParam(), SqlParam()})
                    .value(QLatin1String("price_id"))
                    .toString();
            auto schedule = [&](const QString &request, const QString &price, const QString &starts,
                                const QVariant &ends = {}) {
                return QList<SqlParam>{request,
                                       variant,
                                       l1,
                                       QStringLiteral("default"),
                                       QStringLiteral("50"),
                                       price,
                                       QStringLiteral("5"),
                                       starts,
                                       ends.isNull() ? SqlParam() : SqlParam(ends.toString())};
            };
            const QList<SqlParam> args = schedule(newRequestId(), QStringLiteral("44"),
                                                  QStringLiteral("2027-01-01 00:00+05:30"));
            const QJsonObject changed = call(*m_manager, SchedulePrice, args);
            const QString second = changed.value(QLatin1String("price_id")).toString();
            QCOMPARE(changed.value(QLatin1String("ended"))
                         .toObject()
                         .value(QLatin1String("price_id"))
                         .toString(),
                     first);
            QVERIFY(rangeOf(first).endsWith(QStringLiteral(" – 2027-01-01 00:00")));
            QCOMPARE(rangeOf(second), QStringLiteral("2027-01-01 00:00 – open"));
            // Both rows are announced; the same request again changes nothing.
            QCOMPARE(priceEvents(variant), QStringLiteral("3"));
            QCOMPARE(call(*m_manager, SchedulePrice, args), changed);
            QCOMPARE(count(variant), QStringLiteral("2"));
            QCOMPARE(priceEvents(variant), QStringLiteral("3"));
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2026-12-31 23:59+05:30")),
                     QStringLiteral("40.00 location_default"));
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2027-01-01 00:00+05:30")),
                     QStringLiteral("44.00 location_default"));

            // A change before the scheduled one runs until it, by default.
            const QString third = call(*m_manager, SchedulePrice,
                                       schedule(newRequestId(), QStringLiteral("42"),
                                                QStringLiteral("2026-12-15 00:00+05:30")))
                                      .value(QLatin1String("price_id"))
                                      .toString();
            QCOMPARE(rangeOf(third), QStringLiteral("2026-12-15 00:00 – 2027-01-01 00:00"));
            QVERIFY(rangeOf(first).endsWith(QStringLiteral(" – 2026-12-15 00:00")));
            QCOMPARE(effective(variant, l1, QStringLiteral("default"),
                               QStringLiteral("2026-12-20 00:00+05:30")),
                     QStringLiteral("42.00 location_default"));

            // A price already starting then is named, and nothing is written.
            const auto twice = refusal(*m_manager, QStringLiteral("SELECT ") + SchedulePrice,
                                       schedule(newRequestId(), QStringLiteral("43"),
                                                QStringLiteral("2027-01-01 00:00+05:30")));
            QVERIFY(twice);
            QCOMPARE(twice->sqlState(), QStringLiteral("SR017"));
            QVERIFY2(twice->message().contains(QStringLiteral("₹44.00")) &&
                         twice->message().contains(QStringLiteral("1 Jan 2027 00:00 – open-ended")),
                     qPrintable(twice->message()));
            // Above the MRP, or in the past: refused, and the price then in effect stays whole.
            const auto above = refusal(*m_manager, QStringLiteral("SELECT ") + SchedulePrice,
                                       schedule(newRequestId(), QStringLiteral("55"),
                                                QStringLiteral("2026-12-20 00:00+05:30")));
            QVERIFY(above);
            QCOMPARE(above->sqlState(), QStringLiteral("SR016"));
            QVERIFY2(above->message().contains(QStringLiteral("MRP ₹50.00")),
                     qPrintable(above->message()));
            QCOMPARE(rangeOf(third), QStringLiteral("2026-12-15 00:00 – 2027-01-01 00:00"));
            const auto past = refusal(*m_manager, QStringLiteral("SELECT ") + SchedulePrice,
                                      schedule(newRequestId(), QStringLiteral("45"),
                                               QStringLiteral("2026-01-01 00:00+05:30")));
            QVERIFY(past);
            QCOMPARE(past->sqlState(), QStringLiteral("SR005"));
            QCOMPARE(count(variant), QStringLiteral("3"));
            QCOMPARE(priceEvents(variant), QStringLiteral("5"));
        });
    }

    void aChangeOverAFallbackPriceLeavesTheFallbackAlone()
    {
        guarded([&]() {
            // Priced for every location only: the store's change is a price of its own.
            const QString variant = StockWorld::variant(m_world->freshVariant());
            const QString chainWide = priceIn(variant, {});
            const QString l1 = m_world->frontStore();
            const QJsonObject changed =
                call(*m_manager, SchedulePrice,
                     {newRequestId(), variant, l1, QStringLiteral("default"), QStringLiteral("120"),
                      QStringLiteral("95"), QStringLiteral("5"), SqlParam(), SqlParam()});
            QVERIFY(changed.value(QLatin1String("ended")).isNull());
            QVERIFY(changed.value(QLatin1String("effective_to")).isNull());
            QVERIFY(rangeOf(chainWide).endsWith(QStringLiteral("– open")));
            QCOMPARE(effective(variant, l1, QStringLiteral("default")),
                     QStringLiteral("95.00 location_default"));
            QCOMPARE(effective(variant, StockWorld::BackRoom, QStringLiteral("default")),
                     QStringLiteral("99.50 all_default"));
        });
    }

    void cancellingAScheduledPriceKeepsThePriceBeforeIt()
    {
        guarded([&]() {
            const QString variant = unpriced();
            const QString l1 = m_world->frontStore();
            const QString first =
                call(*m_manager, SetPrice,
                     {newRequestId(), variant, l1, QStringLiteral("default"), QStringLiteral("50"),
                      QStringLiteral("40"), QStringLiteral("5"), SqlParam(), SqlParam()})
                    .value(QLatin1String("price_id"))
                    .toString();
            auto scheduleAt = [&](const QString &starts) {
                return call(*m_manager, SchedulePrice,
                            {newRequestId(), variant, l1, QStringLiteral("default"),
                             QStringLiteral("50"), QStringLiteral("44"), QStringLiteral("5"),
                             starts, SqlParam()})
                    .value(QLatin1String("price_id"))
                    .toString();
            };
            const QString second = scheduleAt(QStringLiteral("2027-01-01 00:00+05:30"));
            const QString request = newRequestId();
            const QJsonObject cancelled =
                call(*m_manager, CancelPrice, {request, second, QStringLiteral("true")});
            QCOMPARE(cancelled.value(QLatin1String("cancelled"))
                         .toObject()
                         .value(QLatin1String("price_id"))
                         .toString(),
                     second);
            QCOMPARE(cancelled.value(QLatin1String("extended"))
                         .toObject()
                         .value(QLatin1String("price_id"))
                         .toString(),
                     first);
            QCOMPARE(count(variant), QStringLiteral("1"));
            QVERIFY(rangeOf(first).endsWith(QStringLiteral("– open")));
            QCOMPARE(m_world->lastEvent(variant, QStringLiteral("catalog.price.updated"))
                         .value(QLatin1String("price_id"))
                         .toString(),
                     first);
            QCOMPARE(m_world->scalar(
                         QStringLiteral("SELECT count(*) FROM outbox WHERE variant_id = $1 AND"
                                        " data->>'price_id' = $2 AND data->>'cancelled' = 'true'"),
                         {variant, second}),
                     QStringLiteral("1"));
            // Again: the first answer, though the row is gone.
            QCOMPARE(call(*m_manager, CancelPrice, {request, second, QStringLiteral("true")}),
                     cancelled);
            // Without keeping the price before, it ends where it was set to.
            const QString third = scheduleAt(QStringLiteral("2027-02-01 00:00+05:30"));
            (void)call(*m_manager, CancelPrice, {newRequestId(), third, QStringLiteral("false")});
            QVERIFY(rangeOf(first).endsWith(QStringLiteral(" – 2027-02-01 00:00")));
            // A price that has started stays on record.
            const auto started = refusal(*m_manager, QStringLiteral("SELECT ") + CancelPrice,
                                         {newRequestId(), first, QStringLiteral("true")});
            QVERIFY(started);
            QCOMPARE(started->sqlState(), QStringLiteral("SR005"));
            QVERIFY2(started->message().contains(QStringLiteral("already started")),
                     qPrintable(started->message()));
            const auto unknown = refusal(*m_manager, QStringLiteral("SELECT ") + CancelPrice,
                                         {newRequestId(), newRequestId(), QStringLiteral("true")});
            QCOMPARE(unknown->sqlState(), QStringLiteral("SR006"));
        });
    }

    // ── Bulk change ─────────────────────────────────────────────────────────────────────────

    void theNewPriceOfABulkChange_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rounding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("10% up") << "81.00"
                                << "percent"
                                << "10"
                                << "none"
                                << "89.10";
        QTest::newRow("12.5% down, to the paisa") << "99.99"
                                                  << "percent"
                                                  << "-12.5"
                                                  << "none"
                                                  << "87.49";
        QTest::newRow("₹2.50 up, to the rupee") << "81.00"
                                                << "amount"
                                                << "2.5"
                                                << "rupee"
                                                << "84.00";
        QTest::newRow("₹5 down, to .x9") << "81.00"
                                         << "amount"
                                         << "-5"
                                         << "x9"
                                         << "75.99";
        QTest::newRow("7% up, to .x9") << "47.23"
                                       << "percent"
                                       << "7"
                                       << "x9"
                                       << "50.49";
        QTest::newRow(".x9 already") << "47.20"
                                     << "amount"
                                     << "0.09"
                                     << "x9"
                                     << "47.29";
        QTest::newRow("below zero shows") << "3.00"
                                          << "amount"
                                          << "-5"
                                          << "none"
                                          << "-2.00";
    }
    void theNewPriceOfABulkChange()
    {
        QFETCH(QString, current);
        QFETCH(QString, mode);
        QFETCH(QString, value);
        QFETCH(QString, rounding);
        QFETCH(QString, expected);
        guarded([&]() {
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT pricing.bulk_new_price($1::numeric,"
                                                    " $2, $3::numeric, $4)::text"),
                                     {current, mode, value, rounding}),
                     expected);
        });
    }

    void aBulkPreviewListsEveryRowWithItsProblem()
    {
        guarded([&]() {
            bulkItems(QStringLiteral("Preview"), 20);
            m_world->admin().exec(
                QStringLiteral("DELETE FROM variant_prices WHERE variant_id = $1"),
                {bulkVariant(QStringLiteral("Preview"), 20)});
            const QString before = bulkFootprint(QStringLiteral("Preview"));
            Bulk b{QStringLiteral("Preview"), m_world->frontStore()};
            QString fingerprint;
            const QStringList rows = preview(*m_manager, b, &fingerprint);
            QCOMPARE(rows.size(), 20);
            QCOMPARE(fingerprint.size(), 32);
            const QString fallback = QStringLiteral(" | every location's default price");
            QCOMPARE(rows.at(0), QStringLiteral("PREVIEW-0001 89.10 ok") + fallback);
            QCOMPARE(rows.at(9), QStringLiteral("PREVIEW-0010 99.00 ok") + fallback);
            QCOMPARE(rows.at(10), QStringLiteral("PREVIEW-0011 100.10 would exceed MRP ₹100.00"
                                                 " (₹100.10)") +
                                      fallback);
            QCOMPARE(rows.at(18), QStringLiteral("PREVIEW-0019 108.90 would exceed MRP ₹100.00"
                                                 " (₹108.90)") +
                                      fallback);
            QVERIFY2(
                rows.at(19).startsWith(QLatin1String("PREVIEW-0020 - no price to change from")),
                qPrintable(rows.at(19)));
            // Reading changes nothing, and reads the same again.
            QString again;
            QCOMPARE(preview(*m_manager, b, &again), rows);
            QCOMPARE(again, fingerprint);
            QCOMPARE(bulkFootprint(QStringLiteral("Preview")), before);
        });
    }

    void aBulkApplyWritesEveryChangeAndSkipsTheProblems()
    {
        guarded([&]() {
            const QString brand = QStringLiteral("Apply");
            bulkItems(brand, 20);
            const QString l1 = m_world->frontStore();
            Bulk b{brand, l1};
            QString fingerprint;
            (void)preview(*m_manager, b, &fingerprint);
            const QString request = newRequestId();
            const QJsonObject applied = apply(*m_manager, request, b, fingerprint);
            QCOMPARE(applied.value(QLatin1String("changed")).toInt(), 11);
            QCOMPARE(applied.value(QLatin1String("skipped")).toInt(), 9);
            const QString one = bulkVariant(brand, 1);
            QCOMPARE(effective(one, l1, QStringLiteral("default")),
                     QStringLiteral("89.10 location_default"));
            QCOMPARE(effective(one, StockWorld::BackRoom, QStringLiteral("default")),
                     QStringLiteral("81.00 all_default"));
            // Above the MRP: left as it was.
            QCOMPARE(effective(bulkVariant(brand, 19), l1, QStringLiteral("default")),
                     QStringLiteral("99.00 all_default"));
            // One event per new price, at L1, naming the command.
            QCOMPARE(m_world->scalar(
                         QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT o.location_id) ||"
                                        " ' ' || bool_and(o.data->>'bulk_request_id' = $2)"
                                        " FROM outbox o JOIN variants v ON v.id = o.variant_id"
                                        " JOIN products p ON p.id = v.product_id"
                                        " WHERE p.brand = $1"),
                         {brand, request}),
                     QStringLiteral("11 1 true"));
            const QString after = bulkFootprint(brand);
            // The same request again: the first answer, nothing written twice.
            QCOMPARE(apply(*m_manager, request, b, fingerprint), applied);
            QCOMPARE(bulkFootprint(brand), after);
            // The preview now shows the new prices as the store's own.
            QCOMPARE(preview(*m_manager, b).at(0),
                     QStringLiteral("APPLY-0001 98.01 ok | L1's own price"));
        });
    }

    void aBulkChangeForEveryLocationEndsTheChainPriceWhenItStarts()
    {
        guarded([&]() {
            const QString brand = QStringLiteral("Chain");
            bulkItems(brand, 3);
            const QString first = bulkVariant(brand, 1);
            const QString old = priceIn(first, {});
            // The store's own price stays, and the preview says so.
            (void)call(*m_manager, SetPrice,
                       {newRequestId(), first, m_world->frontStore(), QStringLiteral("default"),
                        QStringLiteral("100"), QStringLiteral("79"), QStringLiteral("5"),
                        SqlParam(), SqlParam()});
            Bulk b{brand, {}};
            b.from = QStringLiteral("2026-12-10 00:00+05:30");
            const PgResult notes = m_admin->exec(
                QStringLiteral("SELECT coalesce(note, '') FROM api.bulk_price_preview(") +
                    bulkArgs(1) + QStringLiteral(") ORDER BY sku"),
                b.args());
            QCOMPARE(notes.value(0, 0), QStringLiteral("1 location keeps its own price"));
            QCOMPARE(notes.value(1, 0), QString());
            QString fingerprint;
            (void)preview(*m_admin, b, &fingerprint);
            QCOMPARE(apply(*m_admin, newRequestId(), b, fingerprint)
                         .value(QLatin1String("changed"))
                         .toInt(),
                     3);
            QVERIFY(rangeOf(old).endsWith(QStringLiteral(" – 2026-12-10 00:00")));
            QCOMPARE(rangeOf(priceIn(first, {}, QStringLiteral("2026-12-10 00:00+05:30"))),
                     QStringLiteral("2026-12-10 00:00 – open"));
            QCOMPARE(effective(first, StockWorld::BackRoom, QStringLiteral("default")),
                     QStringLiteral("81.00 all_default"));
            QCOMPARE(effective(first, StockWorld::BackRoom, QStringLiteral("default"),
                               QStringLiteral("2026-12-10 00:00+05:30")),
                     QStringLiteral("89.10 all_default"));
            QCOMPARE(effective(first, m_world->frontStore(), QStringLiteral("default"),
                               QStringLiteral("2026-12-10 00:00+05:30")),
                     QStringLiteral("79.00 location_default"));
        });
    }

    void aStalePreviewIsRefusedAndNothingIsWritten()
    {
        guarded([&]() {
            const QString brand = QStringLiteral("Stale");
            bulkItems(brand, 5);
            const QString l1 = m_world->frontStore();
            Bulk b{brand, l1};
            b.value = QStringLiteral("5");
            QString fingerprint;
            (void)preview(*m_manager, b, &fingerprint);
            // Meanwhile someone prices one of them at L1.
            (void)call(*m_admin, SetPrice,
                       {newRequestId(), bulkVariant(brand, 2), l1, QStringLiteral("default"),
                        QStringLiteral("100"), QStringLiteral("70"), QStringLiteral("5"),
                        SqlParam(), SqlParam()});
            const QString before = bulkFootprint(brand);
            const auto stale = applyRefusal(*m_manager, b, fingerprint);
            QVERIFY(stale);
            QCOMPARE(stale->sqlState(), QStringLiteral("SR011"));
            QVERIFY2(stale->message().contains(QStringLiteral("no longer those previewed")) &&
                         stale->hint().contains(QStringLiteral("Preview the change again")),
                     qPrintable(stale->message()));
            QCOMPARE(bulkFootprint(brand), before);
            // Previewed again, it applies; the row priced meanwhile changes from its new price.
            QString fresh;
            const QStringList rows = preview(*m_manager, b, &fresh);
            QVERIFY(fresh != fingerprint);
            QCOMPARE(rows.at(1), QStringLiteral("STALE-0002 73.50 ok | L1's own price"));
            QCOMPARE(
                apply(*m_manager, newRequestId(), b, fresh).value(QLatin1String("changed")).toInt(),
                5);
        });
    }

    void aFailedApplyLeavesNothingWritten()
    {
        guarded([&]() {
            const QString brand = QStringLiteral("Atomic");
            bulkItems(brand, 5);
            Bulk b{brand, {}}; // every location: the chain-wide rows are ended, then replaced
            QString fingerprint;
            (void)preview(*m_admin, b, &fingerprint);
            const QString before = bulkFootprint(brand);
            // The fourth new price (₹84.00 + 10%) cannot be written.
            PgConnection &su = m_world->admin();
            su.exec(QStringLiteral(
                "CREATE FUNCTION public.tst_refuse_price() RETURNS trigger LANGUAGE plpgsql AS"
                " $$BEGIN IF NEW.base_price = 92.40 THEN RAISE EXCEPTION 'refused by the test';"
                " END IF; RETURN NEW; END$$"));
            su.exec(QStringLiteral("CREATE TRIGGER tst_refuse BEFORE INSERT ON variant_prices FOR"
                                   " EACH ROW EXECUTE FUNCTION public.tst_refuse_price()"));
            const QString request = newRequestId();
            const auto failed =
                refusal(*m_admin,
                        QStringLiteral("SELECT api.bulk_price_apply($1::uuid, ") + bulkArgs(2) +
                            QStringLiteral(", $11::text)"),
                        QList<SqlParam>{request} + b.args() + QList<SqlParam>{fingerprint});
            su.exec(QStringLiteral("DROP TRIGGER tst_refuse ON variant_prices"));
            su.exec(QStringLiteral("DROP FUNCTION public.tst_refuse_price()"));
            QVERIFY(failed);
            QVERIFY2(failed->message().contains(QStringLiteral("refused by the test")),
                     qPrintable(failed->message()));
            // No range ended, no price written, no event, no command recorded.
            QCOMPARE(bulkFootprint(brand), before);
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT count(*) FROM command_log WHERE"
                                                    " request_id = $1"),
                                     {request}),
                     QStringLiteral("0"));
            // Nothing was claimed either: the same request applies once the obstacle is gone.
            QCOMPARE(
                apply(*m_admin, request, b, fingerprint).value(QLatin1String("changed")).toInt(),
                5);
        });
    }

    void aBulkChangeOfThousandsIsOneSetBasedCommand()
    {
        guarded([&]() {
            const QString brand = QStringLiteral("Thousands");
            bulkItems(brand, 3000);
            Bulk b{brand, {}};
            b.value = QStringLiteral("5");
            b.rounding = QStringLiteral("rupee");
            QElapsedTimer timer;
            timer.start();
            QString fingerprint;
            const QStringList rows = preview(*m_admin, b, &fingerprint);
            const qint64 previewMs = timer.restart();
            QCOMPARE(rows.size(), 3000);
            const QString request = newRequestId();
            const QJsonObject applied = apply(*m_admin, request, b, fingerprint);
            const qint64 applyMs = timer.elapsed();
            qInfo("bulk change of 3,000 rows: preview %lld ms, apply %lld ms", previewMs, applyMs);
            // ₹96–₹99 + 5% round above the ₹100 MRP: 4 in every 20.
            QCOMPARE(applied.value(QLatin1String("changed")).toInt(), 2400);
            QCOMPARE(applied.value(QLatin1String("skipped")).toInt(), 600);
            // One command; every new row written by one transaction, starting where the range it
            // replaces now ends; one event per new price.
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT count(*) FROM command_log WHERE"
                                                    " command = 'bulk_price_apply' AND"
                                                    " arguments->>'brand' = $1"),
                                     {brand}),
                     QStringLiteral("1"));
            const QString ofBrand =
                QStringLiteral(" FROM variant_prices n JOIN variants v ON v.id = n.variant_id"
                               " JOIN products p ON p.id = v.product_id WHERE p.brand = $1");
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT count(*) || ' ' ||"
                                                    " count(DISTINCT n.xmin::text)") +
                                         ofBrand +
                                         QStringLiteral(" AND n.effective_from > now() -"
                                                        " interval '1 hour'"),
                                     {brand}),
                     QStringLiteral("2400 1"));
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT"
                                                    " n.effective_to) || ' ' ||"
                                                    " bool_and(n.effective_to > now() - interval"
                                                    " '1 hour')") +
                                         ofBrand +
                                         QStringLiteral(" AND n.effective_to IS NOT NULL"),
                                     {brand}),
                     QStringLiteral("2400 1 true"));
            QCOMPARE(m_world->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE"
                                                    " data->>'bulk_request_id' = $1"),
                                     {request}),
                     QStringLiteral("2400"));
        });
    }

    void whoMayChangePricesInBulk()
    {
        guarded([&]() {
            const QString brand = QStringLiteral("Roles");
            bulkItems(brand, 2);
            auto refusedPreview = [&](PgConnection &as, const Bulk &b) {
                const auto r = refusal(as,
                                       QStringLiteral("SELECT * FROM api.bulk_price_preview(") +
                                           bulkArgs(1) + QStringLiteral(")"),
                                       b.args());
                return r ? r->sqlState() : QStringLiteral("ok");
            };
            QCOMPARE(refusedPreview(*m_manager, Bulk{brand, {}}), QStringLiteral("SR004"));
            QCOMPARE(refusedPreview(*m_manager, Bulk{brand, StockWorld::OtherStoreLocation}),
                     QStringLiteral("SR003"));
            QCOMPARE(applyRefusal(*m_manager, Bulk{brand, {}}, QStringLiteral("x"))->sqlState(),
                     QStringLiteral("SR004"));
            QCOMPARE(refusedPreview(*m_admin, Bulk{brand, StockWorld::OtherStoreLocation}),
                     QStringLiteral("ok"));
            // A floor supervisor previews nothing, not even for the floor they run.
            m_world->admin().exec(
                QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name,"
                               " location_type) SELECT $1, id, 'PB-DS', 'Bulk test floor',"
                               " 'dark_store' FROM stores WHERE tenant_id = $1 AND code = 'S1'"),
                {catalogfixture::TenantA});
            const QString darkStore = m_world->scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT $1, store_id, id, 'PB-DS', 'Bulk hub',"
                               " 'Pune' FROM locations WHERE tenant_id = $1 AND code = 'PB-DS'"
                               " RETURNING id::text"),
                {catalogfixture::TenantA});
            PgConnection supervisor(m_world->db().addStaff(catalogfixture::TenantA,
                                                           RoleKind::FloorSupervisor,
                                                           {{}, {}, {darkStore}}),
                                    QStringLiteral("tst_prices-supervisor"));
            const QString floor = m_world->scalar(
                QStringLiteral("SELECT location_id::text FROM dark_stores WHERE id = $1"),
                {darkStore});
            QCOMPARE(refusedPreview(supervisor, Bulk{brand, floor}), QStringLiteral("SR004"));
            // What is not a change is said so.
            Bulk odd{brand, m_world->frontStore()};
            odd.mode = QStringLiteral("double");
            QCOMPARE(refusedPreview(*m_manager, odd), QStringLiteral("SR005"));
            Bulk nothing{brand, m_world->frontStore()};
            nothing.value = QStringLiteral("0");
            QCOMPARE(refusedPreview(*m_manager, nothing), QStringLiteral("SR005"));
            Bulk past{brand, m_world->frontStore()};
            past.from = QStringLiteral("2026-01-01 00:00+05:30");
            QCOMPARE(refusedPreview(*m_manager, past), QStringLiteral("SR005"));
            Bulk tooMuch{brand, m_world->frontStore()};
            tooMuch.value = QStringLiteral("-100");
            QCOMPARE(refusedPreview(*m_manager, tooMuch), QStringLiteral("SR005"));
        });
    }

    void aBulkFilterNarrowsByCategorySearchAndBrand()
    {
        guarded([&]() {
            // The fixture's Dairy subtree holds items 000–149 (Butter below it: 100–149).
            Bulk dairy{QString(), m_world->frontStore()};
            dairy.brand = QStringLiteral("Acme");
            dairy.category = QStringLiteral("10000000-0000-4000-8000-000000000001");
            dairy.search = QStringLiteral("item 14");
            const QStringList rows = preview(*m_manager, dairy);
            QCOMPARE(rows.size(), 10);
            QVERIFY(rows.first().startsWith(QLatin1String("SKU-140 ")));
            dairy.category = QStringLiteral("10000000-0000-4000-8000-000000000003"); // Snacks
            QCOMPARE(preview(*m_manager, dairy).size(), 0);
        });
    }

    // ── What the Prices page reads ──────────────────────────────────────────────────────────

    void theOutlookSaysWhatChangesWhenAndWhy()
    {
        guarded([&]() {
            const QString variant = StockWorld::variant(m_world->freshVariant());
            const QString l1 = m_world->frontStore();
            (void)call(*m_admin, SchedulePrice,
                       {newRequestId(), variant, SqlParam(), QStringLiteral("default"),
                        QStringLiteral("120"), QStringLiteral("110"), QStringLiteral("5"),
                        QStringLiteral("2027-01-01 00:00+05:30"), SqlParam()});
            (void)call(*m_manager, SetPrice,
                       {newRequestId(), variant, l1, QStringLiteral("default"),
                        QStringLiteral("120"), QStringLiteral("95"), QStringLiteral("5"),
                        QStringLiteral("2026-12-10 00:00+05:30"),
                        QStringLiteral("2026-12-20 00:00+05:30")});
            const PgResult steps = m_manager->exec(
                QStringLiteral("SELECT coalesce(to_char(starts_at AT TIME ZONE 'Asia/Kolkata',"
                               " 'YYYY-MM-DD'), '') || ' ' || base_price || ' ' || why"
                               " FROM pricing.variant_outlook($1, $2, $3, 'default')"
                               " ORDER BY starts_at"),
                {catalogfixture::TenantA, variant, l1});
            QStringList outlook;
            for (int i = 0; i < steps.rows(); ++i)
                outlook << steps.value(i, 0).mid(steps.value(i, 0).indexOf(QLatin1Char(' ')) + 1);
            QCOMPARE(outlook,
                     (QStringList{QStringLiteral("99.50 every location's default price"),
                                  QStringLiteral("95.00 L1's own price"),
                                  QStringLiteral("99.50 every location's default price"),
                                  QStringLiteral("110.00 every location's default price")}));
            QCOMPARE(steps.value(1, 0).left(10), QStringLiteral("2026-12-10"));
            QCOMPARE(steps.value(3, 0).left(10), QStringLiteral("2027-01-01"));

            const PgResult history = m_manager->exec(
                QStringLiteral("SELECT base_price || ' ' || state || ' ' || coalesce(location_code,"
                               " 'all') || ' ' || (created_by = $3)::text"
                               " FROM pricing.variant_history($1, $2)"),
                {catalogfixture::TenantA, variant, m_world->managerLogin()});
            QStringList rows;
            for (int i = 0; i < history.rows(); ++i)
                rows << history.value(i, 0);
            QCOMPARE(rows, (QStringList{QStringLiteral("110.00 scheduled all false"),
                                        QStringLiteral("95.00 scheduled L1 true"),
                                        QStringLiteral("99.50 current all false")}));
            // The manager sees their own name; the words for each rule read as people say them.
            QCOMPARE(m_manager
                         ->scalar(QStringLiteral("SELECT created_by_name IS NOT NULL FROM"
                                                 " pricing.variant_history($1, $2) WHERE"
                                                 " created_by = $3"),
                                  {catalogfixture::TenantA, variant, m_world->managerLogin()})
                         .value_or(QString()),
                     QStringLiteral("t"));
            QCOMPARE(m_world->scalar(QStringLiteral(
                         "SELECT string_agg(pricing.rule_text(r, 'L1', 'app'), '; ') FROM"
                         " unnest(ARRAY['location_channel', 'location_default', 'all_channel',"
                         " 'all_default']) r")),
                     QStringLiteral("L1's own app price; L1's own default price; every location's"
                                    " app price; every location's default price"));
        });
    }
};

QTEST_GUILESS_MAIN(TestPrices)
#include "tst_prices.moc"
