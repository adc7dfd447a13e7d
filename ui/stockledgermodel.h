#pragma once

#include "stock/stocktypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * The stock ledger, newest first, for one position or for the positions of the Stock screen's
 * filter: who moved what, when, why and against which reference. Pages in with a keyset on
 * (occurred_at, id) as the view scrolls.
 */
class StockLedgerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        WhenRole,
        WhoRole,
        TypeRole,
        TypeKeyRole,
        DeltaRole,
        DirectionRole, // 1 adds, -1 removes
        BatchRole,
        ReasonRole,
        ReferenceRole,
        SkuRole,
        NameRole,
        LocationCodeRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    explicit StockLedgerModel(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);
    /** Shows the ledger of @p scope from its newest movement; an empty scope shows nothing. */
    void setScope(const LedgerScope &scope);
    /** Shows nothing (no position selected). */
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const StockMovementRow &rowAt(int row) const { return m_rows.at(row); }

    Q_INVOKABLE void loadMore();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void errorTextChanged();

private:
    void requestPage(bool fromStart);
    void setLoading(bool loading);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    std::optional<LedgerScope> m_scope;
    QList<StockMovementRow> m_rows;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_hasMore = false;
    bool m_loadedOnce = false;
    QString m_errorText;
};

} // namespace stockroom
