#pragma once

#include "activitytext.h"
#include "stream/streamevent.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <deque>

namespace stockroom {

/**
 * The unobtrusive notifications of alerts from the live stream (low stock, out of stock, batches
 * expiring or expired): at most a few at a time, newest first, each gone after a while unless
 * the pointer rests on the stack. A newer alert about the same item and place replaces the
 * older one rather than piling up, and a burst (a sweep finding hundreds of expiring batches)
 * becomes one summary — "312 more alerts" — that leads to the Activity screen.
 */
class ToastModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DetailRole,
        ToneRole,
        VariantIdRole,
        LocationIdRole,
        SkuRole,
        SummaryRole, // stands for alerts not shown one by one
    };
    Q_ENUM(Role)

    static constexpr int MaxShown = 4;
    static constexpr int DefaultLifetimeMs = 8000;
    /** More than MaxShown - 1 alerts within this long are a burst. */
    static constexpr int BurstMs = 3000;

    explicit ToastModel(QObject *parent = nullptr, int lifetimeMs = DefaultLifetimeMs);

    /** Shows @p text for @p event (its ids make the toast lead to the stock row). */
    void add(const StreamEvent &event, const ActivityText &text);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void dismiss(int id);
    /** While held (the pointer is on the stack), nothing expires. */
    Q_INVOKABLE void setHeld(bool held);

Q_SIGNALS:
    void countChanged();

private:
    struct Toast
    {
        int id = 0;
        QString eventType;
        bool summary = false;
        QString variantId, locationId, sku;
        ActivityText text;
        qint64 expiresAt = 0; // on m_clock
    };
    void expire();
    void removeAt(int row);
    void summarize();

    QList<Toast> m_toasts; // newest first
    QTimer m_ticker;
    QElapsedTimer m_clock;
    int m_lifetimeMs;
    int m_nextId = 1;
    std::deque<qint64> m_lately; // when the alerts of the last BurstMs came
    int m_summarized = 0;        // alerts the summary stands for
    bool m_held = false;
};

} // namespace stockroom
