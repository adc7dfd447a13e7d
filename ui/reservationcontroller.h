#pragma once

#include "db/dbexecutor.h"
#include "reservationmodel.h"
#include "reservationreconciliationcontroller.h"
#include "stock/stockcommands.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace stockroom {

class LocationModel;
class SqlSession;
struct StreamEvent;

/**
 * The Reservations screen: the list (model), the reconciliation panel, and the three commands —
 * reserve, release, commit — each sent on the database thread with a request id made once per
 * action and reused when the same action is sent again after its answer was lost, so the
 * database applies it once. A command's outcome changes the row in place (read back from the
 * database); a refusal is shown with the code's headline, the database's message and its hint,
 * next to the form (reserveError) or on the row (the model's errorText), and nothing typed is
 * lost. The Reserve form looks variants up by SKU, barcode or name, and shows the location's
 * default hold time and the stock there before anything is sent.
 */
class ReservationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::ReservationModel *model READ model CONSTANT)
    Q_PROPERTY(
        stockroom::ReservationReconciliationController *reconciliation READ reconciliation CONSTANT)
    Q_PROPERTY(QVariantList locationOptions READ locationOptions NOTIFY locationOptionsChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The Reserve form.
    Q_PROPERTY(bool reserving READ isReserving NOTIFY reservingChanged)
    Q_PROPERTY(QVariantMap reserveError READ reserveError NOTIFY reserveMessagesChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY reserveMessagesChanged)
    Q_PROPERTY(
        QString variantSearch READ variantSearch WRITE setVariantSearch NOTIFY variantSearchChanged)
    Q_PROPERTY(QVariantList variantMatches READ variantMatches NOTIFY variantMatchesChanged)
    Q_PROPERTY(bool variantSearching READ variantSearching NOTIFY variantMatchesChanged)
    Q_PROPERTY(QVariantMap target READ target NOTIFY targetChanged)

public:
    static constexpr int VariantMatchLimit = 8;
    static constexpr int MaxHoldMinutes = 7 * 24 * 60; // api.reserve_stock's limit

    explicit ReservationController(QObject *parent = nullptr);

    /**
     * Where to read and act: @p executor signed in as a staff member of @p tenantId, whose
     * locations @p locations lists (for the filter and the form). Nothing of a previous source
     * stays.
     */
    void setSource(DbExecutor *executor, const QString &tenantId, LocationModel *locations);

    [[nodiscard]] ReservationModel *model() { return &m_model; }
    [[nodiscard]] ReservationReconciliationController *reconciliation()
    {
        return &m_reconciliation;
    }
    [[nodiscard]] const QVariantList &locationOptions() const { return m_locationOptions; }
    [[nodiscard]] const QString &selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    [[nodiscard]] const QString &notice() const { return m_notice; }
    [[nodiscard]] bool isReserving() const { return m_reserving; }
    [[nodiscard]] const QVariantMap &reserveError() const { return m_reserveError; }
    [[nodiscard]] const QVariantMap &fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] const QString &variantSearch() const { return m_variantSearch; }
    void setVariantSearch(const QString &term);
    [[nodiscard]] const QVariantList &variantMatches() const { return m_variantMatches; }
    [[nodiscard]] bool variantSearching() const { return m_variantSearching; }
    [[nodiscard]] const QVariantMap &target() const { return m_target; }

    /**
     * Looks up the location's default hold time and the variant's stock there for the form
     * (either id may be empty); the answer arrives in target.
     */
    Q_INVOKABLE void loadTarget(const QString &variantId, const QString &locationId);
    /**
     * Reserves @p quantityText of a variant at a location for an order, for @p holdMinutesText
     * minutes (empty: the location's default). Returns false, with fieldErrors marked and
     * nothing sent, when something typed cannot be right or a reservation is already being
     * sent; the outcome arrives through reserveFinished.
     */
    Q_INVOKABLE bool reserve(const QString &variantId, const QString &locationId,
                             const QString &orderId, const QString &quantityText,
                             const QString &holdMinutesText);
    /** Releases an active reservation (its stock becomes available again). */
    Q_INVOKABLE bool release(const QString &reservationId);
    /** Commits an active reservation as a sale; the page asks for confirmation first. */
    Q_INVOKABLE bool commit(const QString &reservationId);
    /** Clears the form's refusal and marks (the form was opened or closed). */
    Q_INVOKABLE void clearReserveMessages();
    Q_INVOKABLE void clearFieldError(const QString &field);
    Q_INVOKABLE void dismissRowError(const QString &reservationId);
    Q_INVOKABLE void clearNotice();

    /**
     * A change someone made, from the live stream: a reservation it concerns is read again and
     * shown as it now is — replaced where it is listed (and highlighted), or added where it
     * sorts when it belongs to the view and falls within the pages loaded.
     */
    void liveEvent(const StreamEvent &event);

Q_SIGNALS:
    void locationOptionsChanged();
    void selectedIdChanged();
    void noticeChanged();
    void reservingChanged();
    void reserveMessagesChanged();
    void variantSearchChanged();
    void variantMatchesChanged();
    void targetChanged();
    /** A reservation was made (@p ok, its id) or refused (reserveError says why). */
    void reserveFinished(bool ok, const QString &reservationId);
    /** A release or commit ended: @p ok when applied, else the row's errorText says why. */
    void rowCommandFinished(const QString &command, const QString &reservationId, bool ok);

private:
    struct Outcome
    {
        StockCommandResult result;
        std::optional<ReservationRow> row; // the reservation as the command left it
    };
    using Command = std::function<StockCommandResult(SqlSession &, const QUuid &)>;

    /**
     * The request id for an action with @p key: the one of the previous attempt when that
     * attempt's answer was lost (it may have been applied), else a new one.
     */
    [[nodiscard]] QUuid requestIdFor(const QString &key);
    void runCommand(const QString &key, const QUuid &requestId, Command command,
                    std::function<void(const DbResult<Outcome> &)> done);
    [[nodiscard]] static QVariantMap refusal(const DbResult<Outcome> &result);
    bool rowCommand(const QString &command, const QString &reservationId);
    /** Reads one reservation again and shows it as it now is. */
    void refreshRow(const QString &reservationId, bool live = false);
    void rebuildLocationOptions();
    void searchVariants();
    void setNotice(const QString &text);
    void setReserving(bool reserving);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QPointer<LocationModel> m_locations;
    ReservationModel m_model;
    ReservationReconciliationController m_reconciliation;
    QVariantList m_locationOptions;
    QString m_selectedId;
    QString m_notice;
    bool m_reserving = false;
    QVariantMap m_reserveError;
    QVariantMap m_fieldErrors;
    QString m_variantSearch;
    QVariantList m_variantMatches;
    bool m_variantSearching = false;
    QTimer m_variantDebounce;
    QVariantMap m_target;
    // Actions whose answer was lost with the connection: sent again, they reuse their id.
    QHash<QString, QUuid> m_unanswered;
    quint64 m_generation = 0; // bumped with every source; answers for an old one are dropped
    quint64 m_searchGeneration = 0;
    quint64 m_targetGeneration = 0;
};

} // namespace stockroom
