#pragma once

#include "catalog/sourcemappings.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace stockroom {

class DbExecutor;

/**
 * The external ids one source system maps to variants, in external-id order, a page at a time
 * as the view scrolls (fetchMore, keyset paging), filtered by a search over external id and SKU.
 * Typing restarts the query after a short pause; answers to superseded queries are dropped.
 */
class SourceMappingModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ExternalIdRole,
        EntityTypeRole,
        VariantIdRole,
        SkuRole,
        VariantNameRole,
        ArchivedRole,
        SinceRole, // "24 Mar 2026": since when the id names this variant
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    explicit SourceMappingModel(QObject *parent = nullptr);

    /** Reads through @p executor; nothing loads without a source system. */
    void setExecutor(DbExecutor *executor);
    void setSourceId(const QString &sourceId);
    [[nodiscard]] const QString &sourceId() const { return m_sourceId; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] const QString &search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const SourceMapping &rowAt(int row) const { return m_rows.at(row); }

    /** Starts again from the first page (after a change, or a live event). */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void searchChanged();

private:
    void requestPage(bool fromStart);
    void clear();

    QPointer<DbExecutor> m_executor;
    QString m_sourceId;
    QString m_search;
    QList<SourceMapping> m_rows;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_hasMore = false;
    QString m_errorText;
};

} // namespace stockroom
