#pragma once

#include "stock/stockcommands.h"
#include "stockbatchmodel.h"
#include "stockcountmodel.h"
#include "stockledgermodel.h"
#include "stockpositionmodel.h"
#include "stocktransfermodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace stockroom {

class DbExecutor;
class SqlSession;
struct StreamEvent;

/**
 * The Stock screen: the positions list and, for the selected position, its batches, its
 * inbound transfers and the ledger; and the stock commands — adjust, transfer, receive a
 * transfer, receive a batch, write a batch off. The same rules the database applies are checked
 * here first only to mark the fields a person has to fix; the database decides. Each action has
 * one request id, made when its form opens and reused when it is sent again after a failure, so
 * a retried command is applied once. A refusal keeps the form as typed and says why; a success
 * updates the position's row in place.
 */
class StockController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::StockPositionModel *positions READ positions CONSTANT)
    Q_PROPERTY(stockroom::StockLedgerModel *ledger READ ledger CONSTANT)
    Q_PROPERTY(stockroom::StockBatchModel *batches READ batches CONSTANT)
    Q_PROPERTY(stockroom::StockTransferModel *inbound READ inbound CONSTANT)
    Q_PROPERTY(stockroom::StockCountModel *countSheet READ countSheet CONSTANT)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(bool ledgerForFilter READ ledgerForFilter WRITE setLedgerForFilter NOTIFY
                   ledgerForFilterChanged)
    Q_PROPERTY(bool inboundForLocation READ inboundForLocation WRITE setInboundForLocation NOTIFY
                   inboundForLocationChanged)
    Q_PROPERTY(QVariantList movementTypes READ movementTypes CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString commandHeadline READ commandHeadline NOTIFY messagesChanged)
    Q_PROPERTY(QString commandError READ commandError NOTIFY messagesChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)

public:
    explicit StockController(QObject *parent = nullptr);

    /** Where to read and act: @p executor connected as a staff member of @p tenantId. */
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] StockPositionModel *positions() { return &m_positions; }
    [[nodiscard]] StockLedgerModel *ledger() { return &m_ledger; }
    [[nodiscard]] StockBatchModel *batches() { return &m_batches; }
    [[nodiscard]] StockTransferModel *inbound() { return &m_inbound; }
    [[nodiscard]] StockCountModel *countSheet() { return &m_count; }
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] bool ledgerForFilter() const { return m_ledgerForFilter; }
    void setLedgerForFilter(bool forFilter);
    /** Inbound shows every open transfer to the selected position's location, not only its item's.
     */
    [[nodiscard]] bool inboundForLocation() const { return m_inboundForLocation; }
    void setInboundForLocation(bool forLocation);
    [[nodiscard]] static QVariantList movementTypes();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &commandHeadline() const { return m_commandHeadline; }
    [[nodiscard]] const QString &commandError() const { return m_commandError; }
    [[nodiscard]] const QVariantMap &fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] const QString &notice() const { return m_notice; }

    /** Selects the position in row @p row of the list (-1: none) and loads its details. */
    Q_INVOKABLE void select(int row);
    /**
     * Selects the position of @p variantId at @p locationId whether or not the list has it yet
     * (a notification leads here while the page filters to it); the list shows it selected as
     * soon as it is loaded.
     */
    Q_INVOKABLE void focusPosition(const QString &variantId, const QString &locationId);
    /**
     * A change someone made, from the live stream: its row is read again and highlighted, and
     * the selected position's batches, transfers and ledger follow when they are concerned.
     */
    void liveEvent(const StreamEvent &event);
    /** Reads the list and the selection again (the stream could not replay what was missed). */
    void reloadAll();
    /**
     * A form for @p action ("adjust", "transfer", "batch", "writeoff") opened: a new request id
     * for it, and no messages from before.
     */
    Q_INVOKABLE void beginAction(const QString &action);
    /**
     * Records a movement of the selected position. @p quantity is what the person typed, without
     * a sign; the movement type gives the direction, and for types that go either way
     * @p remove says which. Returns false, with fieldErrors marked and nothing sent, when a rule
     * is broken or a command is running; the outcome arrives through commandFinished.
     */
    Q_INVOKABLE bool adjust(const QString &typeKey, const QString &quantity, bool remove,
                            const QString &reason, const QString &referenceType,
                            const QString &referenceId);
    /**
     * What an adjustment would leave ("On hand 12 → 9 · available 10 → 7"), or an empty string
     * while the quantity is not a valid one. Display only: the database computes the real result.
     */
    Q_INVOKABLE QString preview(const QString &typeKey, const QString &quantity, bool remove) const;
    /** Sends stock of the selected position to @p toLocationId (in transit until received). */
    Q_INVOKABLE bool transfer(const QString &toLocationId, const QString &quantity,
                              const QString &reason);
    /** Receives an inbound transfer (one of inbound) into its destination. */
    Q_INVOKABLE bool receiveTransfer(const QString &transferId);
    /** Receives a batch into the selected position. Dates as YYYY-MM-DD or DD-MM-YYYY. */
    Q_INVOKABLE bool receiveBatch(const QString &batchNumber, const QString &lotNumber,
                                  const QString &quantity, const QString &expiry,
                                  const QString &alert, const QString &manufactured);
    /** Writes off @p quantity (all that is left when empty) of a batch, as expiry_writeoff or
     *  damage. */
    Q_INVOKABLE bool writeOffBatch(const QString &batchId, const QString &quantity,
                                   const QString &typeKey, const QString &reason);
    /** Clears the refusal, the marked fields and the notice. */
    Q_INVOKABLE void clearMessages();
    Q_INVOKABLE void clearFieldError(const QString &field);
    /** Loads the count sheet for the list's current filter. */
    Q_INVOKABLE void startCount();

Q_SIGNALS:
    void selectionChanged();
    void ledgerForFilterChanged();
    void inboundForLocationChanged();
    void busyChanged();
    void messagesChanged();
    /** A command ended: @p ok when the database applied it, else commandError says why. */
    void commandFinished(const QString &command, bool ok);

private:
    using Work = std::function<StockCommandResult(SqlSession &, const QUuid &)>;
    [[nodiscard]] bool canSend() const;
    [[nodiscard]] const StockPositionRow *selectedPosition() const;
    /** The selected position if a command may be sent for it now; else nullptr, said why. */
    const StockPositionRow *actionTarget();
    bool refuse(const QVariantMap &fieldErrors, const QString &error = {});
    QUuid requestFor(const QString &action);
    void runCommand(const QString &action, const QString &command, const QString &notice,
                    Work work);
    void loadSelection();
    void updateLedgerScope();
    void setBusy(bool busy);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    StockPositionModel m_positions;
    StockLedgerModel m_ledger;
    StockBatchModel m_batches;
    StockTransferModel m_inbound;
    StockCountModel m_count;
    QString m_selectedVariant;
    QString m_selectedLocation;
    bool m_ledgerForFilter = false;
    bool m_inboundForLocation = false;
    bool m_busy = false;
    QString m_commandHeadline;
    QString m_commandError;
    QVariantMap m_fieldErrors;
    QString m_notice;
    QHash<QString, QUuid> m_requestIds; // per action, until it succeeds
    quint64 m_selectionGeneration = 0;
    QTimer m_liveSelection; // coalesces live changes to the selected position
};

} // namespace stockroom
