// Every refusal of the stock commands (migration 0011), provoked by a store manager through the
// commands themselves: the exact SQLSTATE, the code in the detail, the message a person reads —
// and that a refused command leaves nothing behind: no command log row, no movement, no event.
#include "access/apierror.h"
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;
using catalogfixture::TenantA;
using catalogfixture::TenantB;

namespace {

const QString App = QStringLiteral("tst_stockrefusals");
const QString Stranger = QStringLiteral("39999999-0000-4000-8000-000000000001");

} // namespace

class TestStockRefusals : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager;
    std::unique_ptr<PgConnection> m_alphaAdmin; // acts at S2-L1, outside the manager's scope
    std::unique_ptr<PgConnection> m_betaAdmin;
    QString m_l1;
    const QString m_b1 = StockWorld::BackRoom;
    const QString m_s2 = StockWorld::OtherStoreLocation;

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }

    QString outOfScope(const QString &location) const
    {
        return QStringLiteral("Location %1 is outside your scope (store manager \"%2\").")
            .arg(location, m_world->managerLogin());
    }

    /** The manager's `SELECT <command>` is refused exactly so, and writes nothing at all. */
    void expectRefused(const QString &command, const QList<SqlParam> &params,
                       const QString &sqlState, const QString &message)
    {
        const QString before = m_world->footprint();
        const auto e = refusal(*m_manager, QStringLiteral("SELECT ") + command, params);
        QVERIFY2(e, qPrintable(command + QStringLiteral(" was not refused")));
        QCOMPARE(e->sqlState(), sqlState);
        QCOMPARE(e->detail(), QStringLiteral("stockroom:") +
                                  apiErrorCodeName(apiErrorCodeForSqlState(sqlState)));
        QCOMPARE(e->message(), message);
        QCOMPARE(m_world->footprint(), before);
    }

    QString reserve(PgConnection &c, const QString &variant, const QString &location,
                    const QString &order, const QString &quantity)
    {
        return call(c, QStringLiteral("api.reserve_stock($1, $2, $3, $4, $5)"),
                    {newRequestId(), variant, location, order,
                     quantity})[QLatin1String("reservation_id")]
            .toString();
    }

    /** How a refusal names the moment a reservation or transfer closed. */
    QString closedAt(const QString &table, const QString &column, const QString &id)
    {
        return scalar(QStringLiteral("SELECT to_char(%1, 'YYYY-MM-DD HH24:MI:SS TZ') FROM %2 "
                                     "WHERE id = $1")
                          .arg(column, table),
                      {id});
    }

private Q_SLOTS:
    void initTestCase()
    {
        guarded([&] {
            m_world = std::make_unique<StockWorld>(QStringLiteral("stockrefusals"));
            m_manager = std::make_unique<PgConnection>(m_world->manager(), App);
            m_alphaAdmin = std::make_unique<PgConnection>(
                m_world->db().addStaff(TenantA, RoleKind::Admin), App);
            m_betaAdmin = std::make_unique<PgConnection>(
                m_world->db().addStaff(TenantB, RoleKind::Admin), App);
            m_l1 = m_world->frontStore();
        });
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_alphaAdmin.reset();
        m_betaAdmin.reset();
        m_world.reset();
    }

    void cleanup()
    {
        guarded([&] {
            if (m_world)
                QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void notInScope()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString sr003 = QStringLiteral("SR003");
            // An admin of Alpha stocks S2-L1, reserves there, sends stock there, receives a batch.
            PgConnection &admin = *m_alphaAdmin;
            call(admin, QStringLiteral("api.adjust_stock($1, $2, $3, 10, 'receipt')"),
                 {newRequestId(), v, m_s2});
            const QString reservation =
                reserve(admin, v, m_s2, QStringLiteral("O-S2"), QStringLiteral("1"));
            const QString transfer =
                call(admin, QStringLiteral("api.transfer_stock($1, $2, $3, $4, 2)"),
                     {newRequestId(), v, m_l1, m_s2})[QLatin1String("transfer_id")]
                    .toString();
            const QString batch =
                call(admin, QStringLiteral("api.receive_batch($1, $2, $3, 'B-S2', 1, $4)"),
                     {newRequestId(), v, m_s2, m_world->localDate(30)})[QLatin1String("batch_id")]
                    .toString();

            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'damage')"),
                          {newRequestId(), v, m_s2}, sr003, outOfScope(m_s2));
            // Another tenant's location gets the same answer as any place not theirs.
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, 1, 'receipt')"),
                          {newRequestId(), v, m_world->betaLocation()}, sr003,
                          outOfScope(m_world->betaLocation()));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-1', 1)"),
                          {newRequestId(), v, m_world->betaLocation()}, sr003,
                          outOfScope(m_world->betaLocation()));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-1', 1)"),
                          {newRequestId(), v, m_s2}, sr003, outOfScope(m_s2));
            expectRefused(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 1)"),
                          {newRequestId(), v, m_s2, m_l1}, sr003, outOfScope(m_s2));
            expectRefused(QStringLiteral("api.receive_transfer($1, $2)"),
                          {newRequestId(), transfer}, sr003, outOfScope(m_s2));
            expectRefused(QStringLiteral("api.release_reservation($1, $2)"),
                          {newRequestId(), reservation}, sr003, outOfScope(m_s2));
            expectRefused(QStringLiteral("api.commit_reservation($1, $2)"),
                          {newRequestId(), reservation}, sr003, outOfScope(m_s2));
            expectRefused(QStringLiteral("api.receive_batch($1, $2, $3, 'B-S2', 1, $4)"),
                          {newRequestId(), v, m_s2, m_world->localDate(30)}, sr003,
                          outOfScope(m_s2));
            expectRefused(QStringLiteral("api.write_off_batch($1, $2)"), {newRequestId(), batch},
                          sr003, outOfScope(m_s2));
            expectRefused(QStringLiteral("api.record_count($1, $2, $3, 0, 1)"),
                          {newRequestId(), v, m_s2}, sr003, outOfScope(m_s2));
        });
    }

    void invalidArgument()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString sr005 = QStringLiteral("SR005");
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, 1, 'receipt')"),
                          {std::nullopt, v, m_l1}, sr005,
                          QStringLiteral("adjust_stock needs a request id (a UUID the caller "
                                         "generates once per action)."));
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'theft')"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("\"theft\" is not a movement type."));
            // The opening balance is the ledger's, not a command's.
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, 1, 'opening_balance')"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("\"opening_balance\" is not a movement type."));
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, 1, 'receipt', "
                                         "repeat('x', 2001))"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("The reason is 2001 characters long; at most 2000 are "
                                         "kept."));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, '  ', 1)"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("A reservation needs the order it holds stock for."));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-1', 1, '8 days')"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("A reservation can be held for more than zero and at "
                                         "most 7 days, not 8 days."));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-1', 1, '-5 "
                                         "minutes')"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("A reservation can be held for more than zero and at "
                                         "most 7 days, not -00:05:00."));
            for (const SqlParam &to : {SqlParam(m_l1), SqlParam()}) {
                expectRefused(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 1)"),
                              {newRequestId(), v, m_l1, to}, sr005,
                              QStringLiteral("A transfer needs a destination other than the "
                                             "location it leaves."));
            }
            const QString yesterday = m_world->localDate(-1);
            expectRefused(QStringLiteral("api.receive_batch($1, $2, $3, 'B-OLD', 1, $4)"),
                          {newRequestId(), v, m_l1, yesterday}, sr005,
                          QStringLiteral("Batch B-OLD expired on %1; expired stock cannot be "
                                         "received.")
                              .arg(yesterday));
            expectRefused(QStringLiteral("api.receive_batch($1, $2, $3, 'B-1', 1, NULL)"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("Batch B-1 needs its expiry date."));
            const QString batch =
                call(*m_manager, QStringLiteral("api.receive_batch($1, $2, $3, 'B-1', 2, $4)"),
                     {newRequestId(), v, m_l1, m_world->localDate(30)})[QLatin1String("batch_id")]
                    .toString();
            expectRefused(QStringLiteral("api.write_off_batch($1, $2, 1, 'sale_committed')"),
                          {newRequestId(), batch}, sr005,
                          QStringLiteral("A batch is written off as expiry_writeoff or damage, "
                                         "not \"sale_committed\"."));
            expectRefused(QStringLiteral("api.record_count($1, $2, $3, 3, NULL)"),
                          {newRequestId(), v, m_l1}, sr005,
                          QStringLiteral("A count needs the version of the position the counter "
                                         "loaded."));
        });
    }

    void notFound()
    {
        guarded([&] {
            const QString sr006 = QStringLiteral("SR006");
            expectRefused(QStringLiteral("api.release_reservation($1, $2)"),
                          {newRequestId(), Stranger}, sr006,
                          QStringLiteral("There is no reservation %1.").arg(Stranger));
            expectRefused(QStringLiteral("api.commit_reservation($1, $2)"),
                          {newRequestId(), Stranger}, sr006,
                          QStringLiteral("There is no reservation %1.").arg(Stranger));
            expectRefused(QStringLiteral("api.receive_transfer($1, $2)"),
                          {newRequestId(), Stranger}, sr006,
                          QStringLiteral("There is no transfer %1.").arg(Stranger));
            expectRefused(QStringLiteral("api.write_off_batch($1, $2)"), {newRequestId(), Stranger},
                          sr006, QStringLiteral("There is no batch %1.").arg(Stranger));
            // Another tenant's reservation does not exist for Alpha's staff.
            const QString betaVariant =
                scalar(QStringLiteral("SELECT id FROM variants WHERE tenant_id = $1"), {TenantB});
            call(*m_betaAdmin, QStringLiteral("api.adjust_stock($1, $2, $3, 3, 'receipt')"),
                 {newRequestId(), betaVariant, m_world->betaLocation()});
            const QString betaReservation =
                reserve(*m_betaAdmin, betaVariant, m_world->betaLocation(), QStringLiteral("O-B"),
                        QStringLiteral("1"));
            expectRefused(QStringLiteral("api.release_reservation($1, $2)"),
                          {newRequestId(), betaReservation}, sr006,
                          QStringLiteral("There is no reservation %1.").arg(betaReservation));
            // SKU-007 has never had stock at L1.
            expectRefused(QStringLiteral("api.record_count($1, $2, $3, 1, 1)"),
                          {newRequestId(), StockWorld::variant(7), m_l1}, sr006,
                          QStringLiteral("SKU-007 has no stock position at L1 to count."));
        });
    }

    void alreadyExists()
    {
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString held =
                reserve(*m_manager, v, m_l1, QStringLiteral("O-7"), QStringLiteral("2"));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-7', 1)"),
                          {newRequestId(), v, m_l1}, QStringLiteral("SR007"),
                          QStringLiteral("Order O-7 already holds 2 of %1 at L1 (reservation %2).")
                              .arg(StockWorld::sku(n), held));
            const QString expiry = m_world->localDate(30);
            const QString other = m_world->localDate(31);
            call(*m_manager, QStringLiteral("api.receive_batch($1, $2, $3, 'B-7', 2, $4)"),
                 {newRequestId(), v, m_l1, expiry});
            expectRefused(QStringLiteral("api.receive_batch($1, $2, $3, 'B-7', 2, $4)"),
                          {newRequestId(), v, m_l1, other}, QStringLiteral("SR007"),
                          QStringLiteral("Batch B-7 of %1 at L1 already exists with expiry date "
                                         "%2, not %3.")
                              .arg(StockWorld::sku(n), expiry, other));
        });
    }

    void requestReused()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString request = newRequestId();
            call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, 1, 'receipt')"),
                 {request, v, m_l1});
            const QString reservation =
                reserve(*m_manager, v, m_l1, QStringLiteral("O-8"), QStringLiteral("1"));
            const auto reused = [&](const QString &command) {
                return QStringLiteral("Request id %1 was already used for adjust_stock, not %2.")
                    .arg(request, command);
            };
            const QString sr008 = QStringLiteral("SR008");
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-9', 1)"),
                          {request, v, m_l1}, sr008, reused(QStringLiteral("reserve_stock")));
            expectRefused(QStringLiteral("api.release_reservation($1, $2)"), {request, reservation},
                          sr008, reused(QStringLiteral("release_reservation")));
            expectRefused(QStringLiteral("api.commit_reservation($1, $2)"), {request, reservation},
                          sr008, reused(QStringLiteral("commit_reservation")));
            expectRefused(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 1)"),
                          {request, v, m_l1, m_b1}, sr008,
                          reused(QStringLiteral("transfer_stock")));
            expectRefused(QStringLiteral("api.receive_batch($1, $2, $3, 'B-8', 1, $4)"),
                          {request, v, m_l1, m_world->localDate(30)}, sr008,
                          reused(QStringLiteral("receive_batch")));
            expectRefused(QStringLiteral("api.record_count($1, $2, $3, 1, 1)"), {request, v, m_l1},
                          sr008, reused(QStringLiteral("record_count")));
        });
    }

    void insufficientStock()
    {
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString sku = StockWorld::sku(n);
            const QString sr010 = QStringLiteral("SR010");
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, -13, 'sale_committed')"),
                          {newRequestId(), v, m_l1}, sr010,
                          QStringLiteral("Only 12 of %1 is available at L1 (12 on hand, 0 "
                                         "reserved); the sale needs 13.")
                              .arg(sku));
            reserve(*m_manager, v, m_l1, QStringLiteral("O-9"), QStringLiteral("5"));
            expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, -8, 'damage')"),
                          {newRequestId(), v, m_l1}, sr010,
                          QStringLiteral("Only 7 of %1 is available at L1 (12 on hand, 5 "
                                         "reserved); the damage write-off needs 8.")
                              .arg(sku));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-10', 8)"),
                          {newRequestId(), v, m_l1}, sr010,
                          QStringLiteral("Only 7 of %1 can be reserved at L1 (12 on hand, 5 "
                                         "reserved); 8 requested.")
                              .arg(sku));
            expectRefused(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 8)"),
                          {newRequestId(), v, m_l1, m_b1}, sr010,
                          QStringLiteral("Only 7 of %1 is available at L1 (12 on hand, 5 "
                                         "reserved); the transfer needs 8.")
                              .arg(sku));
            expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-11', 1)"),
                          {newRequestId(), v, m_b1}, sr010,
                          QStringLiteral("There is no stock of %1 at B1 to reserve.").arg(sku));
            expectRefused(
                QStringLiteral("api.record_count($1, $2, $3, 4, 2)"), {newRequestId(), v, m_l1},
                sr010,
                QStringLiteral("Counted 4 of %1 at L1, but 5 are reserved for orders.").arg(sku));
        });
    }

    void versionConflict()
    {
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            // Loaded at version 1; someone sells one before the count is sent.
            call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'sale_committed')"),
                 {newRequestId(), v, m_l1});
            expectRefused(QStringLiteral("api.record_count($1, $2, $3, 12, 1)"),
                          {newRequestId(), v, m_l1}, QStringLiteral("SR011"),
                          QStringLiteral("%1 at L1 changed since the count sheet was loaded "
                                         "(version 1, now 2): 11 on hand, 0 reserved.")
                              .arg(StockWorld::sku(n)));
        });
    }

    void unknownVariant()
    {
        guarded([&] {
            const QString betaVariant =
                scalar(QStringLiteral("SELECT id FROM variants WHERE tenant_id = $1"), {TenantB});
            const QString sr012 = QStringLiteral("SR012");
            // A variant of another tenant is as unknown as one that does not exist.
            for (const QString &v : {Stranger, betaVariant}) {
                const QString message =
                    QStringLiteral("There is no variant %1 in your catalog.").arg(v);
                expectRefused(QStringLiteral("api.adjust_stock($1, $2, $3, 1, 'receipt')"),
                              {newRequestId(), v, m_l1}, sr012, message);
                expectRefused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-12', 1)"),
                              {newRequestId(), v, m_l1}, sr012, message);
                expectRefused(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 1)"),
                              {newRequestId(), v, m_l1, m_b1}, sr012, message);
                expectRefused(QStringLiteral("api.receive_batch($1, $2, $3, 'B-12', 1, $4)"),
                              {newRequestId(), v, m_l1, m_world->localDate(30)}, sr012, message);
                expectRefused(QStringLiteral("api.record_count($1, $2, $3, 1, 1)"),
                              {newRequestId(), v, m_l1}, sr012, message);
            }
        });
    }

    void invalidQuantity_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << "api.adjust_stock($1, $2, $3, 0, 'adjustment')"
                              << "The quantity must not be zero.";
        QTest::newRow("none") << "api.adjust_stock($1, $2, $3, NULL, 'adjustment')"
                              << "The quantity is missing.";
        QTest::newRow("negative receipt")
            << "api.adjust_stock($1, $2, $3, -1, 'receipt')"
            << "A receipt adds stock, so its quantity must be positive (got -1).";
        QTest::newRow("positive sale")
            << "api.adjust_stock($1, $2, $3, 1, 'sale_committed')"
            << "A sale removes stock, so its quantity must be negative (got 1).";
        QTest::newRow("five decimals") << "api.adjust_stock($1, $2, $3, 1.00001, 'receipt')"
                                       << "The quantity 1.00001 has more than four decimal places.";
        QTest::newRow("too large") << "api.adjust_stock($1, $2, $3, 1e14, 'receipt')"
                                   << "The quantity 100000000000000 is too large.";
        QTest::newRow("reserve nothing")
            << "api.reserve_stock($1, $2, $3, 'O-13', 0)"
            << "The quantity to reserve must be more than zero, not 0.";
        QTest::newRow("reserve five decimals")
            << "api.reserve_stock($1, $2, $3, 'O-13', 0.00001)"
            << "The quantity to reserve 0.00001 has more than four decimal places.";
        QTest::newRow("transfer back")
            << "api.transfer_stock($1, $2, $3, '41000000-0000-4000-8000-0000000000b1', -1)"
            << "The quantity to transfer must be more than zero, not -1.";
        QTest::newRow("receive no batch") << "api.receive_batch($1, $2, $3, 'B-13', 0, NULL)"
                                          << "The quantity received must be more than zero, not 0.";
        QTest::newRow("count below zero") << "api.record_count($1, $2, $3, -1, 1)"
                                          << "A counted quantity must be zero or more, not -1.";
        QTest::newRow("count five decimals")
            << "api.record_count($1, $2, $3, 1.00001, 1)"
            << "The counted quantity 1.00001 has more than four decimal places.";
    }

    void invalidQuantity()
    {
        QFETCH(QString, command);
        QFETCH(QString, message);
        guarded([&] {
            expectRefused(command,
                          {newRequestId(), StockWorld::variant(m_world->freshVariant()), m_l1},
                          QStringLiteral("SR013"), message);
        });
    }

    void writeOffMoreThanTheBatch()
    {
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString batch =
                call(*m_manager, QStringLiteral("api.receive_batch($1, $2, $3, 'B-14', 4, $4)"),
                     {newRequestId(), v, m_l1, m_world->localDate(30)})[QLatin1String("batch_id")]
                    .toString();
            expectRefused(QStringLiteral("api.write_off_batch($1, $2, 5)"), {newRequestId(), batch},
                          QStringLiteral("SR013"),
                          QStringLiteral("Batch B-14 of %1 at L1 holds 4; 5 cannot be written "
                                         "off.")
                              .arg(StockWorld::sku(n)));
            call(*m_manager, QStringLiteral("api.write_off_batch($1, $2)"),
                 {newRequestId(), batch});
            expectRefused(QStringLiteral("api.write_off_batch($1, $2)"), {newRequestId(), batch},
                          QStringLiteral("SR013"),
                          QStringLiteral("Batch B-14 of %1 at L1 has nothing left to write off.")
                              .arg(StockWorld::sku(n)));
        });
    }

    void reservationNotActive()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString sr014 = QStringLiteral("SR014");
            const QString released =
                reserve(*m_manager, v, m_l1, QStringLiteral("O-20"), QStringLiteral("1"));
            call(*m_manager, QStringLiteral("api.release_reservation($1, $2)"),
                 {newRequestId(), released});
            const QString releasedAt = closedAt(QStringLiteral("stock_reservations"),
                                                QStringLiteral("closed_at"), released);
            expectRefused(QStringLiteral("api.commit_reservation($1, $2)"),
                          {newRequestId(), released}, sr014,
                          QStringLiteral("The reservation of order O-20 was released at %1; it "
                                         "cannot be committed.")
                              .arg(releasedAt));
            expectRefused(QStringLiteral("api.release_reservation($1, $2)"),
                          {newRequestId(), released}, sr014,
                          QStringLiteral("The reservation of order O-20 was released at %1; it "
                                         "cannot be released.")
                              .arg(releasedAt));

            const QString committed =
                reserve(*m_manager, v, m_l1, QStringLiteral("O-21"), QStringLiteral("1"));
            call(*m_manager, QStringLiteral("api.commit_reservation($1, $2)"),
                 {newRequestId(), committed});
            expectRefused(QStringLiteral("api.release_reservation($1, $2)"),
                          {newRequestId(), committed}, sr014,
                          QStringLiteral("The reservation of order O-21 was committed at %1; it "
                                         "cannot be released.")
                              .arg(closedAt(QStringLiteral("stock_reservations"),
                                            QStringLiteral("closed_at"), committed)));

            // Time is up, though no sweeper has passed yet.
            const QString overdue =
                reserve(*m_manager, v, m_l1, QStringLiteral("O-22"), QStringLiteral("1"));
            m_world->makeOverdue(overdue);
            expectRefused(QStringLiteral("api.commit_reservation($1, $2)"),
                          {newRequestId(), overdue}, sr014,
                          QStringLiteral("The reservation of order O-22 expired at %1; it cannot "
                                         "be committed.")
                              .arg(closedAt(QStringLiteral("stock_reservations"),
                                            QStringLiteral("expires_at"), overdue)));
        });
    }

    void invalidTransition()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString transfer =
                call(*m_manager, QStringLiteral("api.transfer_stock($1, $2, $3, $4, 3)"),
                     {newRequestId(), v, m_l1, m_b1})[QLatin1String("transfer_id")]
                    .toString();
            call(*m_manager, QStringLiteral("api.receive_transfer($1, $2)"),
                 {newRequestId(), transfer});
            expectRefused(QStringLiteral("api.receive_transfer($1, $2)"),
                          {newRequestId(), transfer}, QStringLiteral("SR015"),
                          QStringLiteral("Transfer %1 was already received by %2 at %3.")
                              .arg(transfer, m_world->managerLogin(),
                                   closedAt(QStringLiteral("stock_transfers"),
                                            QStringLiteral("received_at"), transfer)));
        });
    }
};

QTEST_GUILESS_MAIN(TestStockRefusals)
#include "tst_stockrefusals.moc"
