#pragma once

#include "bulkpricecontroller.h"
#include "catalogmodel.h"
#include "pricechannels.h"
#include "pricing/pricetypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace stockroom {

class DbExecutor;
class LocationModel;
class SqlSession;
struct StreamEvent;

/**
 * The Prices screen: variants with the price in effect at one location (or every location's
 * price, for an admin) on one channel, and why; for the selected variant, what it costs now and
 * at each change to come, and every price row with who set it; and the price commands — set a
 * price for a range, schedule a change, end or cancel a price — plus the bulk change
 * (bulk). Forms are checked here the way the database checks them only to mark the fields to fix;
 * the database decides, and its refusal is shown as it words it. Each action has one request id,
 * made when its form opens and kept until it succeeds, so a retry is applied once.
 */
class PriceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::CatalogModel *list READ list CONSTANT)
    Q_PROPERTY(stockroom::BulkPriceController *bulk READ bulk CONSTANT)
    /** [{locationId, label}]: every location first for an admin, then each location in scope. */
    Q_PROPERTY(QVariantList locationChoices READ locationChoices NOTIFY locationChoicesChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY scopeChanged)
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY scopeChanged)
    Q_PROPERTY(QStringList channels READ channels NOTIFY channelsChanged)
    /** "L1" or "every location": where the list's prices apply. */
    Q_PROPERTY(QString placeText READ placeText NOTIFY scopeChanged)
    /** The signed-in person may change prices where the list is (the forms are offered). */
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY scopeChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectionChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList outlook READ outlook NOTIFY detailChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY detailChanged)
    Q_PROPERTY(bool detailLoading READ detailLoading NOTIFY detailChanged)
    Q_PROPERTY(QString detailError READ detailError NOTIFY detailChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString commandHeadline READ commandHeadline NOTIFY messagesChanged)
    Q_PROPERTY(QString commandError READ commandError NOTIFY messagesChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)

public:
    explicit PriceController(QObject *parent = nullptr);

    /**
     * Where to read and act: @p executor connected as a staff member of @p tenantId, an admin
     * when @p admin; @p locations lists the places in the person's scope.
     */
    void setSource(DbExecutor *executor, const QString &tenantId, bool admin,
                   LocationModel *locations);

    [[nodiscard]] CatalogModel *list() { return &m_list; }
    [[nodiscard]] BulkPriceController *bulk() { return &m_bulk; }
    [[nodiscard]] const QVariantList &locationChoices() const { return m_locationChoices; }
    [[nodiscard]] const QString &locationId() const { return m_list.locationId(); }
    void setLocationId(const QString &locationId);
    [[nodiscard]] const QString &channel() const { return m_list.channel(); }
    void setChannel(const QString &channel);
    [[nodiscard]] const QStringList &channels() const { return m_channels.list(); }
    [[nodiscard]] QString placeText() const;
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] const QString &selectedId() const { return m_selectedId; }
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] const QVariantList &outlook() const { return m_outlook; }
    [[nodiscard]] const QVariantList &history() const { return m_history; }
    [[nodiscard]] bool detailLoading() const { return m_detailLoading; }
    [[nodiscard]] const QString &detailError() const { return m_detailError; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &commandHeadline() const { return m_commandHeadline; }
    [[nodiscard]] const QString &commandError() const { return m_commandError; }
    [[nodiscard]] const QVariantMap &fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] const QString &notice() const { return m_notice; }

    /** Selects the variant in row @p row of the list (-1: none) and loads its prices. */
    Q_INVOKABLE void select(int row);
    /** A form for @p action ("set", "schedule", "end", "cancel") opened: a new request id. */
    Q_INVOKABLE void beginAction(const QString &action);
    /**
     * Marks the fields of a price form that the database would refuse — an amount it cannot
     * read, a price above the MRP, a GST rate out of range, a time that has passed, an end before
     * the start. Missing values are marked only when @p submitting. Returns true when none is.
     */
    Q_INVOKABLE bool checkForm(const QString &mrp, const QString &price, const QString &tax,
                               const QString &from, const QString &to, bool submitting = false);
    /** Sets a price of the selected variant where the list is, for [from, to). */
    Q_INVOKABLE bool setPrice(const QString &mrp, const QString &price, const QString &tax,
                              const QString &from, const QString &to);
    /** Changes the selected variant's price where the list is, from @p startsAt (empty: now). */
    Q_INVOKABLE bool scheduleChange(const QString &mrp, const QString &price, const QString &tax,
                                    const QString &startsAt, const QString &endsAt);
    /** Ends price row @p priceId of the selected variant at @p at (empty: now). */
    Q_INVOKABLE bool endPrice(const QString &priceId, const QString &at);
    /** Calls off the scheduled price row @p priceId, keeping the price before it by default. */
    Q_INVOKABLE bool cancelPrice(const QString &priceId, bool keepPrevious);
    Q_INVOKABLE void clearMessages();
    /** Reads the channels, the list and the selection again. */
    Q_INVOKABLE void reloadAll();

    /** A change someone made, from the live stream: the rows and the detail concerned follow. */
    void liveEvent(const StreamEvent &event);

Q_SIGNALS:
    void locationChoicesChanged();
    void scopeChanged();
    void channelsChanged();
    void selectionChanged();
    void detailChanged();
    void busyChanged();
    void messagesChanged();
    /** A command ended: @p ok when the database applied it, else commandError says why. */
    void commandFinished(const QString &command, bool ok);

private:
    using Work = std::function<QJsonObject(SqlSession &, const QUuid &)>;
    [[nodiscard]] bool mayPriceAt(const QString &locationId) const;
    [[nodiscard]] const CatalogRow *selectedRowData() const;
    /** The entry a form describes, or nullopt with the fields marked. */
    std::optional<PriceEntry> entryFrom(const QString &mrp, const QString &price,
                                        const QString &tax, const QString &from, const QString &to);
    bool refuse(const QString &error);
    QUuid requestFor(const QString &action);
    void runCommand(const QString &action, const QString &notice, Work work);
    void refreshLocationChoices();
    void loadChannels();
    void loadDetail();
    void setBusy(bool busy);

    QPointer<DbExecutor> m_executor;
    QPointer<LocationModel> m_locations;
    QString m_tenantId;
    bool m_admin = false;
    CatalogModel m_list;
    BulkPriceController m_bulk;
    QVariantList m_locationChoices;
    PriceChannels m_channels;
    QString m_selectedId;
    QVariantList m_outlook;
    QVariantList m_history;
    bool m_detailLoading = false;
    QString m_detailError;
    quint64 m_detailGeneration = 0;
    bool m_busy = false;
    QString m_commandHeadline;
    QString m_commandError;
    QVariantMap m_fieldErrors;
    QString m_notice;
    QHash<QString, QUuid> m_requestIds; // per action, until it succeeds
    QSet<QString> m_liveVariants;       // changed elsewhere, waiting for the coalescing timer
    QTimer m_live;
};

} // namespace stockroom
