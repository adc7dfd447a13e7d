#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace stockroom {

/** The kinds of ledger movement a person can record, with the direction each may take. */
enum class MovementType {
    Receipt,
    Return,
    TransferIn,
    SaleCommitted,
    Damage,
    ExpiryWriteoff,
    TransferOut,
    CountCorrection,
    Adjustment,
};

enum class MovementSign {
    Adds,    // quantity must be positive
    Removes, // quantity must be negative
    Either,  // any quantity but zero
};

struct MovementTypeInfo
{
    MovementType type;
    const char *key; // as stored in stock_movements.movement_type
    MovementSign sign;
};

/** Every type, in the order the Adjust dialog offers them. */
[[nodiscard]] const QList<MovementTypeInfo> &movementTypes();
[[nodiscard]] const MovementTypeInfo &movementTypeInfo(MovementType type);
[[nodiscard]] std::optional<MovementType> movementTypeFromKey(const QString &key);
[[nodiscard]] QString movementTypeKey(MovementType type);
/** "Damage", "Sale", "Count correction"… for a person; also for keys only the system writes
 *  (opening_balance). Unknown keys come back as they are. */
[[nodiscard]] QString movementTypeLabel(const QString &key);

} // namespace stockroom
