#include "stock/movementtype.h"

#include <QCoreApplication>

namespace stockroom {

const QList<MovementTypeInfo> &movementTypes()
{
    static const QList<MovementTypeInfo> types{
        {MovementType::Receipt, "receipt", MovementSign::Adds},
        {MovementType::Return, "return", MovementSign::Adds},
        {MovementType::Damage, "damage", MovementSign::Removes},
        {MovementType::ExpiryWriteoff, "expiry_writeoff", MovementSign::Removes},
        {MovementType::SaleCommitted, "sale_committed", MovementSign::Removes},
        {MovementType::CountCorrection, "count_correction", MovementSign::Either},
        {MovementType::Adjustment, "adjustment", MovementSign::Either},
        {MovementType::TransferOut, "transfer_out", MovementSign::Removes},
        {MovementType::TransferIn, "transfer_in", MovementSign::Adds},
    };
    return types;
}

const MovementTypeInfo &movementTypeInfo(MovementType type)
{
    for (const MovementTypeInfo &info : movementTypes()) {
        if (info.type == type)
            return info;
    }
    Q_UNREACHABLE();
}

std::optional<MovementType> movementTypeFromKey(const QString &key)
{
    for (const MovementTypeInfo &info : movementTypes()) {
        if (key == QLatin1String(info.key))
            return info.type;
    }
    return std::nullopt;
}

QString movementTypeKey(MovementType type)
{
    return QString::fromLatin1(movementTypeInfo(type).key);
}

QString movementTypeLabel(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"receipt", QT_TRANSLATE_NOOP("MovementType", "Receipt")},
        {"return", QT_TRANSLATE_NOOP("MovementType", "Customer return")},
        {"damage", QT_TRANSLATE_NOOP("MovementType", "Damage")},
        {"expiry_writeoff", QT_TRANSLATE_NOOP("MovementType", "Expiry write-off")},
        {"sale_committed", QT_TRANSLATE_NOOP("MovementType", "Sale")},
        {"count_correction", QT_TRANSLATE_NOOP("MovementType", "Count correction")},
        {"adjustment", QT_TRANSLATE_NOOP("MovementType", "Adjustment")},
        {"transfer_out", QT_TRANSLATE_NOOP("MovementType", "Transfer out")},
        {"transfer_in", QT_TRANSLATE_NOOP("MovementType", "Transfer in")},
        {"opening_balance", QT_TRANSLATE_NOOP("MovementType", "Opening balance")},
    };
    for (const auto &entry : labels) {
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("MovementType", entry.label);
    }
    return key;
}

} // namespace stockroom
