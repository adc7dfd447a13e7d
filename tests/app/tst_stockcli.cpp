// stockroomd check and stockroomd jobs from the outside, on real demo data: the check finds
// nothing on a fresh seed and names the exact position that was corrupted; one jobs pass expires
// an overdue reservation and flags batches, with their outbox events; the jobs loop survives a
// lost connection and stops cleanly on SIGTERM.
#include "db/pgconnection.h"
#include "programrun.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace stockroom;

namespace {

const QString Server = QStringLiteral(STOCKROOMD_PATH);

test::ProgramRun stockroomd(const QStringList &args)
{
    return test::runProgram(Server, args);
}

QString value(PgConnection &conn, const QString &sql, const QList<SqlParam> &params = {})
{
    return conn.scalar(sql, params).value_or(QStringLiteral("<null>"));
}

/** A position of the seeded tenant, named as check names it. */
struct Position
{
    QString variantId, locationId, sku, code;
};

Position position(PgConnection &conn, const QString &where, int offset = 0)
{
    const PgResult r = conn.exec(
        QStringLiteral("SELECT p.variant_id, p.location_id, v.sku, l.code FROM stock_positions p"
                       " JOIN variants v ON v.tenant_id = p.tenant_id AND v.id = p.variant_id"
                       " JOIN locations l ON l.tenant_id = p.tenant_id AND l.id = p.location_id"
                       " WHERE %1 ORDER BY v.sku, l.code OFFSET $1 LIMIT 1")
            .arg(where),
        {QString::number(offset)});
    if (r.rows() == 0)
        return {};
    return {r.value(0, 0), r.value(0, 1), r.value(0, 2), r.value(0, 3)};
}

} // namespace

class TestStockCli : public QObject
{
    Q_OBJECT

    static void seed(const test::TestDatabase &db)
    {
        const auto r =
            stockroomd({QStringLiteral("seed-demo"), QStringLiteral("--db"), db.conninfo(),
                        QStringLiteral("--variants"), QStringLiteral("60")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static test::ProgramRun check(const test::TestDatabase &db, const QStringList &extra = {})
    {
        return stockroomd(
            QStringList{QStringLiteral("check"), QStringLiteral("--db"), db.conninfo()} + extra);
    }

private Q_SLOTS:
    void checkFindsTheCorruptedPositions()
    {
        test::TestDatabase db(QStringLiteral("stockcheck"));
        seed(db);
        if (QTest::currentTestFailed())
            return;
        auto r = check(db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("No drift: every stock invariant holds")),
                 qPrintable(r.out));

        // Corrupt two positions as the superuser; the ledger itself is append-only.
        PgConnection conn(db.info(), QStringLiteral("test"));
        const Position reserved = position(conn, QStringLiteral("p.quantity_available >= 1"));
        const Position onHand = position(conn, QStringLiteral("true"), 7);
        QVERIFY(!reserved.sku.isEmpty() && !onHand.sku.isEmpty());
        QVERIFY(reserved.sku != onHand.sku || reserved.code != onHand.code);
        conn.exec(
            QStringLiteral("UPDATE stock_positions SET quantity_reserved = "
                           "quantity_reserved + 1 WHERE variant_id = $1 AND location_id = $2"),
            {reserved.variantId, reserved.locationId});
        conn.exec(QStringLiteral("UPDATE stock_positions SET quantity_on_hand = quantity_on_hand "
                                 "+ 2.5 WHERE variant_id = $1 AND location_id = $2"),
                  {onHand.variantId, onHand.locationId});

        r = check(db);
        QCOMPARE(r.exitCode, 1);
        // One line per violation naming the position, then the summary. (One corruption may
        // break more than one invariant; each line must name one of the two positions.)
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines.takeLast().startsWith(QLatin1String("Drift found: ")),
                 qPrintable(r.out));
        QStringList places;
        for (const Position &p : {reserved, onHand})
            places << QStringLiteral("annapurna-fresh, SKU %1 at %2: ").arg(p.sku, p.code);
        for (const QString &place : places)
            QVERIFY2(!lines.filter(place).isEmpty(), qPrintable(place + QLatin1Char('\n') + r.out));
        for (const QString &line : lines)
            QVERIFY2(line.contains(places[0]) || line.contains(places[1]), qPrintable(line));
        const QString everyTenant = r.out;

        // --tenant by slug finds the same; an unknown tenant is a bad command line.
        r = check(db, {QStringLiteral("--tenant"), QStringLiteral("annapurna-fresh")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, everyTenant);
        r = check(db, {QStringLiteral("--tenant"), QStringLiteral("no-such-shop")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("There is no tenant \"no-such-shop\"")) &&
                     r.err.contains(QLatin1String("annapurna-fresh")),
                 qPrintable(r.err));
    }

    void jobsOnceExpiresReservationsAndFlagsBatches()
    {
        test::TestDatabase db(QStringLiteral("stockjobs"));
        seed(db);
        if (QTest::currentTestFailed())
            return;
        const QStringList once{QStringLiteral("jobs"), QStringLiteral("--once"),
                               QStringLiteral("--db"), db.conninfo()};
        // A first pass takes whatever the demo data already had due.
        auto r = stockroomd(once);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = stockroomd(once);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("nothing to do")), qPrintable(r.out));

        PgConnection conn(db.info(), QStringLiteral("test"));
        // An overdue reservation, with the position holding it as the commands would.
        const Position held = position(conn, QStringLiteral("p.quantity_available >= 2"));
        QVERIFY(!held.sku.isEmpty());
        const QString reservation = value(
            conn,
            QStringLiteral("INSERT INTO stock_reservations (tenant_id, variant_id, location_id, "
                           "order_id, reserved_qty, expires_at, created_at, updated_at) "
                           "SELECT tenant_id, variant_id, location_id, 'TEST-OVERDUE-1', 2, "
                           "now() - interval '5 minutes', now() - interval '1 hour', "
                           "now() - interval '1 hour' FROM stock_positions "
                           "WHERE variant_id = $1 AND location_id = $2 RETURNING id"),
            {held.variantId, held.locationId});
        conn.exec(QStringLiteral("UPDATE stock_positions SET quantity_reserved = "
                                 "quantity_reserved + 2 WHERE variant_id = $1 AND location_id = "
                                 "$2"),
                  {held.variantId, held.locationId});
        // An active batch already alerted (by the first pass) now past its expiry date, and
        // one entering its alert window today; dates are the tenant's local ones.
        const QString today = QStringLiteral("(now() AT TIME ZONE t.timezone)::date");
        auto activeBatch = [&](const QString &alert) {
            return value(conn, QStringLiteral("SELECT b.id FROM inventory_batches b JOIN tenants t"
                                              " USING (tenant_id) WHERE b.status = 'active' AND"
                                              " b.alert_date %1 %2 ORDER BY b.batch_number, b.id"
                                              " LIMIT 1")
                                   .arg(alert, today));
        };
        const QString expiring = activeBatch(QStringLiteral("<="));
        const QString alerting = activeBatch(QStringLiteral(">"));
        QVERIFY(expiring != QLatin1String("<null>") && alerting != QLatin1String("<null>"));
        conn.exec(QStringLiteral("UPDATE inventory_batches b SET expiry_date = %1 - 1,"
                                 " alert_date = least(b.alert_date, %1 - 1),"
                                 " manufactured_on = least(b.manufactured_on, %1 - 30)"
                                 " FROM tenants t WHERE t.tenant_id = b.tenant_id AND b.id = $1")
                      .arg(today),
                  {expiring});
        conn.exec(QStringLiteral("UPDATE inventory_batches b SET alert_date = %1 FROM tenants t"
                                 " WHERE t.tenant_id = b.tenant_id AND b.id = $1")
                      .arg(today),
                  {alerting});

        // A price scheduled an hour ago that took effect a minute ago, after the last pass.
        conn.exec(QStringLiteral("UPDATE pricing.boundaries_announced"
                                 " SET announced_until = now() - interval '2 minutes'"));
        const QString scheduled = value(
            conn,
            QStringLiteral("INSERT INTO variant_prices (tenant_id, variant_id, channel, base_price,"
                           " effective_from, created_at, updated_at)"
                           " SELECT tenant_id, variant_id, 'jobs_test', 10, now() - interval"
                           " '1 minute', now() - interval '1 hour', now() - interval '1 hour'"
                           " FROM stock_positions WHERE variant_id = $1 LIMIT 1 RETURNING id"),
            {held.variantId});

        r = stockroomd(once);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("expired 1 reservation;")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("announced 1 price change by the clock")),
                 qPrintable(r.out));
        QCOMPARE(value(conn,
                       QStringLiteral("SELECT data->>'change' FROM outbox WHERE event_type ="
                                      " 'catalog.price.updated' AND data->>'price_id' = $1"),
                       {scheduled}),
                 QStringLiteral("took_effect"));
        QVERIFY2(r.out.contains(QLatin1String("1 batch marked expired, 1 expiring-soon alert")),
                 qPrintable(r.out));

        QCOMPARE(value(conn, QStringLiteral("SELECT status FROM stock_reservations WHERE id = $1"),
                       {reservation}),
                 QStringLiteral("expired"));
        QCOMPARE(value(conn,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                      "'inventory.stock.released' AND data->>'reason' = 'expired' "
                                      "AND variant_id = $1 AND location_id = $2"),
                       {held.variantId, held.locationId}),
                 QStringLiteral("1"));
        QCOMPARE(value(conn, QStringLiteral("SELECT status FROM inventory_batches WHERE id = $1"),
                       {expiring}),
                 QStringLiteral("expired"));
        QCOMPARE(value(conn,
                       QStringLiteral("SELECT count(*) FROM outbox o JOIN inventory_batches b"
                                      " ON b.tenant_id = o.tenant_id AND b.id = $1"
                                      " AND b.variant_id = o.variant_id"
                                      " AND b.location_id = o.location_id"
                                      " WHERE o.event_type = 'inventory.batch.expiring_soon'"),
                       {alerting}),
                 QStringLiteral("1"));

        // The pass kept every invariant, and a batch is alerted only once.
        r = check(db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = stockroomd(once);
        QVERIFY2(r.out.startsWith(QLatin1String("nothing to do")), qPrintable(r.out));
    }

    void jobsLoopReconnectsAndStopsOnSigterm()
    {
        test::TestDatabase db(QStringLiteral("stockloop"));
        QProcess jobs;
        jobs.setProcessChannelMode(QProcess::MergedChannels);
        jobs.start(Server, {QStringLiteral("jobs"), QStringLiteral("--interval"),
                            QStringLiteral("1"), QStringLiteral("--db"), db.conninfo()});
        QString output;
        auto waitFor = [&](const QString &text) {
            return QTest::qWaitFor(
                [&]() {
                    jobs.waitForReadyRead(100);
                    output += QString::fromUtf8(jobs.readAll());
                    return output.contains(text);
                },
                30000);
        };
        QVERIFY2(waitFor(QStringLiteral("stockroomd jobs: running every 1 s")), qPrintable(output));

        PgConnection admin(db.info(), QStringLiteral("test"));
        // Cut its connection from the server side, as a restart or a network failure would.
        const bool cut = QTest::qWaitFor(
            [&]() {
                return value(admin, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                                   "pg_stat_activity WHERE datname = "
                                                   "current_database() AND application_name = "
                                                   "'stockroomd-jobs'")) == QLatin1String("1");
            },
            10000);
        QVERIFY(cut);
        QVERIFY2(waitFor(QStringLiteral("lost the database connection")), qPrintable(output));
        QVERIFY2(waitFor(QStringLiteral("stockroomd jobs: reconnected")), qPrintable(output));

        jobs.terminate();
        QVERIFY(jobs.waitForFinished(10000));
        output += QString::fromUtf8(jobs.readAll());
        QCOMPARE(jobs.exitStatus(), QProcess::NormalExit);
        QCOMPARE(jobs.exitCode(), 0);
        QVERIFY2(output.contains(QLatin1String("stockroomd jobs: stopping on SIGTERM.")),
                 qPrintable(output));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString badDb = QStringLiteral("host=a bogus=1");
        const QString unreachable =
            QStringLiteral("host=127.0.0.1 port=1 connect_timeout=3 dbname=x user=x");
        QTest::newRow("check: invalid conninfo")
            << QStringList{QStringLiteral("check"), QStringLiteral("--db"), badDb} << 2
            << QStringLiteral("not a valid connection string");
        QTest::newRow("check: unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--all")} << 2
            << QStringLiteral("Unknown option 'all'");
        QTest::newRow("check: unreachable")
            << QStringList{QStringLiteral("check"), QStringLiteral("--db"), unreachable} << 3
            << QStringLiteral("Check that the server is running");
        QTest::newRow("jobs: invalid conninfo")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("--once"), QStringLiteral("--db"),
                           badDb}
            << 2 << QStringLiteral("not a valid connection string");
        QTest::newRow("jobs: bad interval")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("--interval"),
                           QStringLiteral("soon")}
            << 2 << QStringLiteral("--interval takes a whole number of seconds");
        QTest::newRow("jobs: stray argument")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("once")} << 2
            << QStringLiteral("unexpected argument \"once\"");
        QTest::newRow("jobs: unreachable")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("--db"), unreachable} << 1
            << QStringLiteral("Check that the server is running");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = stockroomd(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void schemaTooOld()
    {
        // Both refuse a database this build's functions are not in yet, and say what to do.
        test::TestDatabase db(QStringLiteral("stockempty"), false);
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("jobs")}) {
            const auto r = stockroomd({command, QStringLiteral("--db"), db.conninfo()});
            QCOMPARE(r.exitCode, command == QLatin1String("check") ? 3 : 1);
            QVERIFY2(r.err.contains(QLatin1String("Run 'stockroomd migrate' first")),
                     qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestStockCli)
#include "tst_stockcli.moc"
