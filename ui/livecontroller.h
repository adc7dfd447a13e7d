#pragma once

#include "activitymodel.h"
#include "toastmodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>
#include <deque>

namespace stockroom {

class DbExecutor;
class StreamClient;
struct StreamEvent;

/**
 * The live stream as the window sees it: whether updates are live (for the indicator), the
 * Activity page's feed and the alert notifications. The feed starts from the event log's recent
 * history read over SQL up to where the stream's subscription begins, so nothing is shown twice
 * or skipped; live events go on top, named by their item (looked up over SQL once per variant,
 * so a line reads "Amul Curd 400 g", not only its SKU). Every event is passed on at once
 * (eventReceived) for the screens to update their rows, and a reload when events may have been
 * missed: beyond replay, or before the session's first subscription was live.
 */
class LiveController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /** "offline", "connecting", "live" or "reconnecting". */
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(stockroom::ActivityModel *activity READ activity CONSTANT)
    Q_PROPERTY(stockroom::ActivityFilterModel *feed READ feed CONSTANT)
    Q_PROPERTY(stockroom::ToastModel *toasts READ toasts CONSTANT)

public:
    explicit LiveController(QObject *parent = nullptr);

    /** Recent history the feed starts with. */
    static constexpr int HistoryLimit = 200;

    /**
     * Follows @p client (nullptr: none, offline) for the person signed in as @p login, reading
     * history on @p executor; the feed and notifications of a previous session are dropped.
     */
    void setClient(StreamClient *client, DbExecutor *executor, const QString &login,
                   ActivityWording::LocationName locationName = {});

    [[nodiscard]] QString state() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] ActivityModel *activity() { return &m_activity; }
    [[nodiscard]] ActivityFilterModel *feed() { return &m_feed; }
    [[nodiscard]] ToastModel *toasts() { return &m_toasts; }

    /** While waiting to reconnect, try at once. */
    Q_INVOKABLE void reconnectNow();

Q_SIGNALS:
    void stateChanged();
    void eventReceived(const stockroom::StreamEvent &event);
    void reloadRequired(const QString &channel);

private:
    void received(const StreamEvent &event);
    void subscribed(const QString &channel, qint64 seq, bool recovered);
    void loadHistory(qint64 upTo);
    /** Shows the waiting events, in order, as far as their items' names are known. */
    void presentWaiting();
    void lookUpNames();

    QPointer<StreamClient> m_client;
    QPointer<DbExecutor> m_executor;
    bool m_historyLoaded = false;
    bool m_liveOnce = false; // the whole-scope subscription has been live for this client
    QString m_refusal;       // why the server refused the whole-scope subscription, if it did
    QHash<QString, EventItem> m_items; // variant id → name and unit
    QSet<QString> m_asked;             // looked up already, found or not
    std::deque<StreamEvent> m_waiting; // received, not yet in the feed (their names come first)
    bool m_lookingUp = false;
    quint64 m_generation = 0; // bumped per client; history of an older one is dropped
    ActivityModel m_activity;
    ActivityFilterModel m_feed;
    ToastModel m_toasts;
};

} // namespace stockroom
