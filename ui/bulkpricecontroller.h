#pragma once

#include "bulkpricemodel.h"
#include "pricing/pricetypes.h"

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * A bulk price change, as the dialog walks through it: the filter and the change are previewed
 * (every row, with the new price or the problem that keeps it out), then applied in one
 * transaction with the preview's fingerprint. When the prices moved meanwhile the database
 * refuses the apply; the preview is marked stale and can be read again. The apply's request id
 * belongs to its preview, so applying again after a lost connection is applied once.
 */
class BulkPriceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::BulkPriceModel *rows READ rows CONSTANT)
    /** "editing", "previewing", "previewed", "applying" or "applied". */
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(int changing READ changing NOTIFY previewChanged)
    Q_PROPERTY(int skipped READ skipped NOTIFY previewChanged)
    /** "37 prices change · 3 skipped: 2 would exceed the MRP, 1 has no price". */
    Q_PROPERTY(QString totalsText READ totalsText NOTIFY previewChanged)
    /** What the preview is of: "+10% at L1, default channel, from now, rounded to the rupee". */
    Q_PROPERTY(QString changeText READ changeText NOTIFY previewChanged)
    /** Prices of previewed rows changed since (seen live): applying would be refused. */
    Q_PROPERTY(bool changedSincePreview READ changedSincePreview NOTIFY previewChanged)
    /** The apply was refused because the rows are no longer those previewed. */
    Q_PROPERTY(bool stale READ isStale NOTIFY messagesChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY messagesChanged)
    Q_PROPERTY(QString error READ error NOTIFY messagesChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY messagesChanged)

public:
    explicit BulkPriceController(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] BulkPriceModel *rows() { return &m_rows; }
    [[nodiscard]] const QString &state() const { return m_state; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] int changing() const { return m_changing; }
    [[nodiscard]] int skipped() const;
    [[nodiscard]] const QString &totalsText() const { return m_totalsText; }
    [[nodiscard]] const QString &changeText() const { return m_changeText; }
    [[nodiscard]] bool changedSincePreview() const { return m_changedSincePreview; }
    [[nodiscard]] bool isStale() const { return m_stale; }
    [[nodiscard]] const QString &headline() const { return m_headline; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QVariantMap &fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] const QString &resultText() const { return m_resultText; }

    /**
     * Previews a change. @p form: categoryId, search, brand, locationId, channel, placeText (how
     * the location reads), mode ("percent"/"amount"), direction ("up"/"down"), value, rounding
     * ("none"/"rupee"/"x9") and from (empty: now). Returns false with fieldErrors marked when
     * the form cannot be sent.
     */
    Q_INVOKABLE bool preview(const QVariantMap &form);
    /** Previews the same change again (after a stale refusal). */
    Q_INVOKABLE bool refreshPreview();
    /** Applies the previewed change. */
    Q_INVOKABLE bool apply();
    /** Back to editing the change; the preview is dropped. */
    Q_INVOKABLE void reset();
    Q_INVOKABLE void clearFieldError(const QString &field);

    /** Prices of these variants changed (live): a preview that lists one is out of date. */
    void pricesChanged(const QStringList &variantIds);

Q_SIGNALS:
    void stateChanged();
    void previewChanged();
    void messagesChanged();
    /** The change was applied: prices of the listed variants moved. */
    void applied(int changed, int skipped);

private:
    void runPreview();
    void setState(const QString &state);
    void setMessages(const QString &headline, const QString &error, bool stale = false);
    void summarise();

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    BulkPriceModel m_rows;
    QString m_state = QStringLiteral("editing");
    BulkPriceRequest m_request;
    QString m_place;
    QString m_fingerprint;
    QUuid m_requestId;
    int m_changing = 0;
    QString m_totalsText;
    QString m_changeText;
    bool m_changedSincePreview = false;
    bool m_stale = false;
    QString m_headline;
    QString m_error;
    QVariantMap m_fieldErrors;
    QString m_resultText;
    quint64 m_generation = 0;
};

} // namespace stockroom
