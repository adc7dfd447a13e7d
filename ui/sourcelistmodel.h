#pragma once

#include "catalog/sourcemappings.h"

#include <QAbstractListModel>

namespace stockroom {

/** The tenant's source systems by name, with their counts, as display-ready roles. */
class SourceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TypeRole,      // pos | erp | …
        TypeTitleRole, // "Dark-store feed"
        VendorRole,
        ActiveRole,
        MappingCountRole,    // "1,234" (Indian grouping)
        OpenReviewCountRole, // a number
        LastRunRole,         // "Last import 24 Mar 2026 · completed with errors", or empty
    };
    Q_ENUM(Role)

    explicit SourceListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Replaces the rows, keeping the view's rows where the list is unchanged in shape. */
    void setSources(const QList<SourceSystem> &sources);
    [[nodiscard]] const QList<SourceSystem> &sources() const { return m_sources; }
    [[nodiscard]] const SourceSystem *find(const QString &id) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    /** "1,234": counts read with Indian digit grouping. */
    [[nodiscard]] static QString countText(qint64 n);
    /** "24 Mar 2026" in local time, or empty. */
    [[nodiscard]] static QString dateText(const QDateTime &utc);

Q_SIGNALS:
    void countChanged();

private:
    QList<SourceSystem> m_sources;
};

} // namespace stockroom
