#pragma once

#include "catalog/sourcemappings.h"

#include <QAbstractListModel>
#include <QVariantMap>

namespace stockroom {

/** The review queue as the Sources screen lists it: open items, newest sighting first. */
class SourceReviewModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,      // unmapped | conflict
        KindTitleRole, // "Not mapped", "Conflict"
        ExternalIdRole,
        SourceNameRole,
        ReasonRole,
        SightingsRole,
        LastSeenRole, // "Today 10:42", "24 Mar 09:15"
        MappedSkuRole,
        MappedNameRole,
        ProposedSkuRole,
        ProposedNameRole,
        StatusRole,
    };
    Q_ENUM(Role)

    explicit SourceReviewModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setItems(const QList<SourceReviewItem> &items);
    [[nodiscard]] const QList<SourceReviewItem> &items() const { return m_items; }
    [[nodiscard]] const SourceReviewItem *find(const QString &id) const;
    [[nodiscard]] int rowOf(const QString &id) const;

    [[nodiscard]] static QString kindTitle(const QString &kind);
    /** Everything the detail panel shows of @p item, the received row as label/value lines. */
    [[nodiscard]] static QVariantMap detail(const SourceReviewItem &item);

Q_SIGNALS:
    void countChanged();

private:
    QList<SourceReviewItem> m_items;
};

} // namespace stockroom
