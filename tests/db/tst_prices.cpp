// Prices in the database: api.set_price's rules (MRP, overlap with the conflicting range named,
// idempotency, who may price what, the event) and the one resolution rule, pricing.price_at.
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

const QString SetPrice =
    QStringLiteral("api.set_price($1, $2, $3, $4, $5::numeric, $6::numeric, $7::numeric,"
                   " $8::timestamptz, $9::timestamptz)");

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
};

QTEST_GUILESS_MAIN(TestPrices)
#include "tst_prices.moc"
