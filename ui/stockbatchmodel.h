#pragma once

#include "stock/stocktypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/**
 * The batches of the selected position: numbers, expiry (expired, in the alert window, fine),
 * what is left and the status. StockController loads it; the list is short, so it is not paged.
 */
class StockBatchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BatchNumberRole,
        LotNumberRole,
        ExpiryRole,
        ExpiryStateRole, // "expired", "alert", "ok", "none"
        AlertDateRole,
        ManufacturedRole,
        OnHandRole,
        ReceivedRole,
        StatusRole,      // as stored
        StatusLabelRole, // for people
        CanWriteOffRole,
    };
    Q_ENUM(Role)

    explicit StockBatchModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    void setLoading(bool loading);
    void setBatches(const QList<StockBatchRow> &batches);
    [[nodiscard]] const QList<StockBatchRow> &batches() const { return m_batches; }
    /** The batch with @p id, or nullptr. */
    [[nodiscard]] const StockBatchRow *find(const QString &id) const;

    /** "expired" (past its expiry date), "alert" (alert date reached), "ok" or "none". */
    [[nodiscard]] static QString expiryState(const StockBatchRow &batch, const QDate &today);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();

private:
    QList<StockBatchRow> m_batches;
    bool m_loading = false;
};

} // namespace stockroom
