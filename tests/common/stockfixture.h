#pragma once

#include "db/connectioninfo.h"
#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>
#include <memory>
#include <optional>

namespace stockroom::test {

/**
 * A database for the stock command tests: the catalog fixture (tenant Alpha, 250 variants with 12
 * on hand at store S1's location L1, each now backed by an opening-balance movement so the stock
 * invariants hold from the start), plus a back room "B1" in S1 whose reservations last 30 minutes,
 * a second store "S2" with location "S2-L1", and a store manager of S1 — so of L1 and B1, not of
 * S2-L1 — who makes every call.
 */
class StockWorld
{
public:
    explicit StockWorld(const QString &purpose);

    inline static const QString BackRoom = QStringLiteral("41000000-0000-4000-8000-0000000000b1");
    inline static const QString OtherStoreLocation =
        QStringLiteral("41000000-0000-4000-8000-0000000000c1");

    [[nodiscard]] const TestDatabase &db() const { return *m_db; }
    /** The cluster's superuser on this database: sets scenes up and checks results. */
    [[nodiscard]] PgConnection &admin() { return *m_admin; }
    [[nodiscard]] const ConnectionInfo &manager() const { return m_manager; }
    [[nodiscard]] const QString &managerLogin() const { return m_managerLogin; }
    [[nodiscard]] const QString &frontStore() const { return m_frontStore; } // L1
    [[nodiscard]] const QString &betaLocation() const { return m_betaLocation; }

    /** The id of catalog variant @p n (SKU-nnn). */
    [[nodiscard]] static QString variant(int n);
    [[nodiscard]] static QString sku(int n);
    /**
     * The next variant no earlier call handed out: 12 on hand at L1, no stock elsewhere.
     * Variants 0–9 are never handed out (SKU-007 has no position at all).
     */
    [[nodiscard]] int freshVariant();

    /** First column of the first row, as the superuser ("<null>" for none). */
    QString scalar(const QString &sql, const QList<SqlParam> &params = {});
    /**
     * A stock position as the superuser reads it: "11 on hand, 2 reserved, 9 available, 0 in
     * transit, version 3", or "<null>" when there is none.
     */
    [[nodiscard]] QString position(const QString &variantId, const QString &locationId);
    /** The events about a variant, oldest first: "inventory.stock.adjusted@L1", … */
    [[nodiscard]] QStringList events(const QString &variantId);
    /** The data of the newest event of @p eventType about a variant (empty when none). */
    [[nodiscard]] QJsonObject lastEvent(const QString &variantId, const QString &eventType);
    /**
     * The movements a command's result names (its movement_ids), in that order:
     * "sale_committed -3 B-EARLY", or "… unbatched" for stock received without a batch.
     */
    [[nodiscard]] QStringList movements(const QJsonObject &result);
    /** Lets a batch's expiry date pass (yesterday, no alert date), as time would. */
    void expireBatch(const QString &batchId);
    /** Lets a reservation's time run out an hour ago (created an hour before that). */
    void makeOverdue(const QString &reservationId);
    /** Alpha's local date plus @p days, as ISO text: batches expire at the tenant's midnight. */
    [[nodiscard]] QString localDate(int days = 0);
    /** The rows stock.check_invariants reports for Alpha, one line each; empty when all hold. */
    [[nodiscard]] QStringList drift();
    /** Row counts of every table a command writes, and the positions' versions, as one line. */
    [[nodiscard]] QString footprint();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgConnection> m_admin; // closes before the database is dropped
    ConnectionInfo m_manager;
    QString m_managerLogin;
    QString m_frontStore;
    QString m_betaLocation;
    int m_nextVariant = 10;
};

/** A new request id, as a command caller generates one per action. */
[[nodiscard]] QString newRequestId();

/** Runs `SELECT <call>` (an api function returning jsonb) and returns the object. */
QJsonObject call(PgConnection &c, const QString &call, const QList<SqlParam> &params);

/** The position fields of a command's result, in the words of StockWorld::position. */
[[nodiscard]] QString positionOf(const QJsonObject &result);

/** A number or string of a command's result as text: 12.0000 reads "12". */
[[nodiscard]] QString jsonText(const QJsonValue &value);

/** Runs @p sql expecting a refusal; returns it, or nullopt when it succeeded. */
std::optional<DatabaseError> refusal(PgConnection &c, const QString &sql,
                                     const QList<SqlParam> &params = {});

/** SQLSTATE and full text of an exception, for a failure message. */
[[nodiscard]] QByteArray describe(const std::exception &e);

/**
 * Runs a test body. QtTest 6.4 ends the whole run when an exception leaves a test function, so
 * a database error becomes this test's failure instead, SQLSTATE and all. QVERIFY and QCOMPARE
 * work in the body as in the function itself.
 */
template<typename Body> void guarded(Body &&body)
{
    try {
        body();
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

} // namespace stockroom::test
