#pragma once

#include "types/quantity.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace stockroom {

/** Where a reservation stands (stock_reservations.status). */
enum class ReservationStatus { Active, Committed, Released, Expired };

[[nodiscard]] QString reservationStatusKey(ReservationStatus status);
[[nodiscard]] std::optional<ReservationStatus> reservationStatusFromKey(const QString &key);

/** Which reservations a list shows: one status, or all of them. */
enum class ReservationView { Active, Expired, Committed, Released, All };

/** "active", "expired", "committed", "released", "all". */
[[nodiscard]] QString reservationViewKey(ReservationView view);
[[nodiscard]] std::optional<ReservationView> reservationViewFromKey(const QString &key);

/** One reservation as the list shows it, with the variant and location it holds stock of. */
struct ReservationRow
{
    QString id;
    QString orderId;
    QString variantId;
    QString sku;
    QString variantName;
    QString stockUom;
    QString locationId;
    QString locationCode;
    QString locationName;
    Quantity quantity;
    ReservationStatus status = ReservationStatus::Active;
    QDateTime expiresAt; // UTC; invalid when the reservation has no expiry
    QString createdBy;   // the staff login that reserved
    QDateTime createdAt; // UTC
    QDateTime closedAt;  // UTC; invalid while active
    // The keyset position: active ones (group 0) by expiry, then closed ones (1) latest first.
    int sortGroup = 0;
    QString sortKey; // the expiry or closing time as PostgreSQL prints it
};

/** Where the next page starts: after this row in list order. */
struct ReservationCursor
{
    int group = 0;
    QString key;
    QString id;
};

struct ReservationFilter
{
    QString tenantId;
    ReservationView view = ReservationView::Active;
    QString locationId; // empty: every location in scope
    QString search;     // order number, SKU, name or barcode; empty for all
};

/** A stock position whose reserved quantity differs from its active reservations. */
struct ReservationMismatch
{
    QString variantId;
    QString sku;
    QString variantName;
    QString locationId;
    QString locationCode;
    Quantity reserved; // stock_positions.quantity_reserved
    Quantity held;     // the sum of its active reservations
    int activeCount = 0;
};

/**
 * The reservation invariant checked over the positions a person can see: reserved on each
 * position equals the sum of its active reservations. Read in one statement, so one snapshot.
 */
struct ReservationReconciliation
{
    qint64 positions = 0; // stock positions checked
    Quantity totalReserved;
    Quantity totalHeld;
    qint64 activeReservations = 0;
    qint64 overdue = 0; // active, but past their expiry time
    qint64 mismatchCount = 0;
    QList<ReservationMismatch> mismatches; // the first ones, by location and SKU
    QDateTime checkedAt;                   // the server's time of the check, UTC
};

/** What the Reserve dialog shows about a variant at a location before anything is sent. */
struct ReservationTarget
{
    QString locationCode;
    bool locationActive = true;
    int ttlMinutes = 0;       // the location's default hold time
    bool hasPosition = false; // false: the variant was never stocked there
    Quantity onHand;
    Quantity reserved;
    Quantity available;  // on hand less reserved
    Quantity unsellable; // expired or quarantined batches, which cannot be reserved
};

} // namespace stockroom
