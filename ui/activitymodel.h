#pragma once

#include "activitytext.h"
#include "stream/streamevent.h"

#include <QAbstractListModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/**
 * The live feed for the Activity page: stream events newest first, in words, bounded in memory
 * (the oldest goes when a new one comes past capacity). It starts from the recent history of the
 * event log (setHistory, read over SQL up to where the live stream begins) and live events go on
 * top of it.
 */
class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    /** The recent history has been read (the feed may still be empty). */
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)
    Q_PROPERTY(QStringList actors READ actors NOTIFY actorsChanged)
    /** The "who" filter's choices: {login, label}, the signed-in person labelled "You" and the
     *  background jobs "Automatic". */
    Q_PROPERTY(QVariantList actorChoices READ actorChoices NOTIFY actorsChanged)

public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        EventTypeRole,
        KindRole, // "stock", "reservation", "transfer", "alert", "orderability", "other"
        ToneRole, // "info", "good", "warn", "bad"
        TitleRole,
        DetailRole,
        SkuRole,
        VariantIdRole,
        LocationIdRole,
        ActorRole,     // the login
        ActorTextRole, // "You" for the signed-in person, "Automatic" for the jobs, else the login
        TimeRole,      // "14:05:09" today, else "20 Nov 14:05"
        OccurredAtRole,
        PlacesRole, // every location id it names (a transfer names two)
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 1000;

    explicit ActivityModel(QObject *parent = nullptr, int capacity = DefaultCapacity);

    /** Who "You" is, and how to name a location an event gives only by id. */
    void setViewer(const QString &login, ActivityWording::LocationName locationName);
    /** Adds @p event (about @p item, when known) at the top; returns its words. */
    ActivityText add(const StreamEvent &event, const EventItem &item = {});
    /**
     * The history up to and including seq @p upTo (newest first) in place of what the feed held
     * up to there; live events after it stay on top.
     */
    void setHistory(const QList<StreamEvent> &newestFirst, const QHash<QString, EventItem> &items,
                    qint64 upTo);
    void setLoading(bool loading);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] int capacity() const { return m_capacity; }
    /** Everyone who caused an event now in the feed, sorted. */
    [[nodiscard]] const QStringList &actors() const { return m_actors; }
    [[nodiscard]] QVariantList actorChoices() const;

Q_SIGNALS:
    void countChanged();
    void actorsChanged();
    void loadingChanged();

private:
    struct Entry
    {
        StreamEvent event;
        ActivityText text;
    };
    void rebuildActors();

    int m_capacity;
    QList<Entry> m_entries; // newest first
    QStringList m_actors;
    QSet<QString> m_people; // actors with at least one event that was not automatic
    QString m_login;
    ActivityWording::LocationName m_locationName;
    bool m_loading = false;
    bool m_loadedOnce = false;
};

/** The Activity page's filters over an ActivityModel: kind, location, SKU or words, actor. */
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(QString actor READ actor WRITE setActor NOTIFY filterChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)

public:
    explicit ActivityFilterModel(ActivityModel *source, QObject *parent = nullptr);

    [[nodiscard]] const QString &kind() const { return m_kind; }
    [[nodiscard]] const QString &locationId() const { return m_locationId; }
    [[nodiscard]] const QString &search() const { return m_search; }
    [[nodiscard]] const QString &actor() const { return m_actor; }
    /** The kind filter's choices: {key, title}, "All activity" first. */
    [[nodiscard]] static QVariantList kinds();
    /** Empty for all; "stock", "alert"… */
    void setKind(const QString &kind);
    void setLocationId(const QString &id);
    /** SKU or any words of the line (case-insensitive, anywhere). */
    void setSearch(const QString &text);
    /** A login; empty for everyone. */
    void setActor(const QString &login);
    Q_INVOKABLE void clearFilters();

Q_SIGNALS:
    void countChanged();
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_kind;
    QString m_locationId;
    QString m_search;
    QString m_actor;
};

} // namespace stockroom
