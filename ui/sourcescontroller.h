#pragma once

#include "catalogmodel.h"
#include "sourcelistmodel.h"
#include "sourcemappingmodel.h"
#include "sourcereviewmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace stockroom {

class DbExecutor;
class SqlSession;
struct StreamEvent;

/**
 * The Sources screen: the tenant's source systems (an admin adds and changes them), the
 * external ids the selected one maps to variants (map one, unmap one), and the review queue of
 * ids an import could not map safely, resolved by mapping to the proposed or another variant,
 * keeping the current mapping, or dismissing with a reason. The database decides every rule
 * (api.* of migration 0020); a refusal keeps the dialog open and says why, and a mapping
 * conflict offers to replace. Changes made elsewhere arrive as stream events and reload.
 */
class SourcesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::SourceListModel *sources READ sources CONSTANT)
    Q_PROPERTY(stockroom::SourceMappingModel *mappings READ mappings CONSTANT)
    Q_PROPERTY(stockroom::SourceReviewModel *reviews READ reviews CONSTANT)
    Q_PROPERTY(stockroom::CatalogModel *variantSearch READ variantSearch CONSTANT)
    Q_PROPERTY(QVariantList sourceTypes READ sourceTypes CONSTANT)
    /** Every source system as {sourceId, name, openReviewCount}, for filters. */
    Q_PROPERTY(QVariantList sourceChoices READ sourceChoices NOTIFY countsChanged)
    Q_PROPERTY(bool canEditSources READ canEditSources NOTIFY sourceChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY loadingChanged)
    Q_PROPERTY(int openReviewCount READ openReviewCount NOTIFY countsChanged)
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY countsChanged)
    Q_PROPERTY(QString selectedSourceId READ selectedSourceId WRITE setSelectedSourceId NOTIFY
                   sourceSelectionChanged)
    Q_PROPERTY(int selectedSourceRow READ selectedSourceRow NOTIFY sourceSelectionChanged)
    Q_PROPERTY(QVariantMap selectedSource READ selectedSource NOTIFY sourceSelectionChanged)
    Q_PROPERTY(QString reviewSourceId READ reviewSourceId WRITE setReviewSourceId NOTIFY
                   reviewFilterChanged)
    Q_PROPERTY(QString reviewKind READ reviewKind WRITE setReviewKind NOTIFY reviewFilterChanged)
    Q_PROPERTY(QString selectedReviewId READ selectedReviewId WRITE setSelectedReviewId NOTIFY
                   reviewSelectionChanged)
    Q_PROPERTY(int selectedReviewRow READ selectedReviewRow NOTIFY reviewSelectionChanged)
    Q_PROPERTY(QVariantMap selectedReview READ selectedReview NOTIFY reviewSelectionChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString commandError READ commandError NOTIFY messagesChanged)
    /** The refusal's stable code ("mapping_conflict"…), for the dialog to offer what fits. */
    Q_PROPERTY(QString commandErrorCode READ commandErrorCode NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)

public:
    explicit SourcesController(QObject *parent = nullptr);

    /**
     * Where to read and act: @p executor connected as staff of @p tenantId (nullptr: signed out,
     * or a role without this screen). @p canEditSources: an admin, who adds and changes sources.
     */
    void setSource(DbExecutor *executor, const QString &tenantId, bool canEditSources);
    /** A stream event: mapping, review, source and ingestion events reload the screen. */
    void liveEvent(const StreamEvent &event);

    [[nodiscard]] SourceListModel *sources() { return &m_sources; }
    [[nodiscard]] SourceMappingModel *mappings() { return &m_mappings; }
    [[nodiscard]] SourceReviewModel *reviews() { return &m_reviews; }
    [[nodiscard]] CatalogModel *variantSearch() { return &m_variantSearch; }
    [[nodiscard]] static QVariantList sourceTypes();
    [[nodiscard]] QVariantList sourceChoices() const;
    [[nodiscard]] bool canEditSources() const { return m_canEditSources; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] int openReviewCount() const;
    [[nodiscard]] int reviewCount() const { return m_reviews.rowCount(); }
    [[nodiscard]] const QString &selectedSourceId() const { return m_selectedSourceId; }
    void setSelectedSourceId(const QString &id);
    [[nodiscard]] int selectedSourceRow() const { return m_sources.rowOf(m_selectedSourceId); }
    [[nodiscard]] QVariantMap selectedSource() const;
    [[nodiscard]] const QString &reviewSourceId() const { return m_reviewSourceId; }
    void setReviewSourceId(const QString &id);
    [[nodiscard]] const QString &reviewKind() const { return m_reviewKind; }
    void setReviewKind(const QString &kind);
    [[nodiscard]] const QString &selectedReviewId() const { return m_selectedReviewId; }
    void setSelectedReviewId(const QString &id);
    [[nodiscard]] int selectedReviewRow() const { return m_reviews.rowOf(m_selectedReviewId); }
    [[nodiscard]] QVariantMap selectedReview() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &commandError() const { return m_commandError; }
    [[nodiscard]] const QString &commandErrorCode() const { return m_commandErrorCode; }
    [[nodiscard]] const QString &notice() const { return m_notice; }

    /** Reads the sources and the review queue again (and the selected source's mappings). */
    Q_INVOKABLE void reload();
    /** Points the variant picker at the catalog, afresh, with @p search typed in it. */
    Q_INVOKABLE void startVariantSearch(const QString &search = {});
    Q_INVOKABLE void clearMessages();

    // Commands: false when nothing was sent (a field to fix, or a command still running); the
    // outcome arrives through commandFinished.
    Q_INVOKABLE bool createSource(const QString &name, const QString &type, const QString &vendor);
    Q_INVOKABLE bool updateSource(const QString &sourceId, const QString &name, const QString &type,
                                  const QString &vendor);
    Q_INVOKABLE bool setSourceActive(const QString &sourceId, bool active);
    Q_INVOKABLE bool mapExternalId(const QString &sourceId, const QString &externalId,
                                   const QString &variantId, bool replace);
    Q_INVOKABLE bool unmap(const QString &mappingId);
    /** Maps the item's external id to @p variantId, or to its proposed variant when empty. */
    Q_INVOKABLE bool resolveByMapping(const QString &itemId, const QString &variantId = {});
    Q_INVOKABLE bool resolveByKeeping(const QString &itemId);
    Q_INVOKABLE bool dismiss(const QString &itemId, const QString &reason);

Q_SIGNALS:
    void sourceChanged();
    void loadingChanged();
    void countsChanged();
    void sourceSelectionChanged();
    void reviewFilterChanged();
    void reviewSelectionChanged();
    void busyChanged();
    void messagesChanged();
    /** A command ended: @p ok when the database applied it (the lists have reloaded by then). */
    void commandFinished(const QString &command, bool ok);

private:
    struct Snapshot
    {
        QList<SourceSystem> sources;
        QList<SourceReviewItem> reviews;
    };
    /** What a command did, for the person: a notice, and a source it made (to select). */
    struct Outcome
    {
        Outcome(QString n = {}, QString select = {}) // NOLINT: a notice alone converts
            : notice(std::move(n))
            , selectSourceId(std::move(select))
        {}
        QString notice;
        QString selectSourceId;
    };

    [[nodiscard]] bool canSend() const;
    bool refuse(const QString &error);
    void runCommand(const QString &command, std::function<Outcome(SqlSession &)> work);
    void load();
    void applySnapshot(const Snapshot &snapshot);
    void setBusy(bool busy);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    bool m_canEditSources = false;
    SourceListModel m_sources;
    SourceMappingModel m_mappings;
    SourceReviewModel m_reviews;
    CatalogModel m_variantSearch;
    bool m_variantSearchReady = false;
    QTimer m_liveReload;
    bool m_loading = false;
    bool m_loadedOnce = false;
    QString m_errorText;
    QString m_selectedSourceId;
    QString m_reviewSourceId;
    QString m_reviewKind;
    QString m_selectedReviewId;
    bool m_busy = false;
    QString m_commandError;
    QString m_commandErrorCode;
    QString m_notice;
    QString m_pending;        // a command that succeeded; reported once the lists reload
    QString m_selectOnLoad;   // a source it made, selected once the lists show it
    quint64 m_generation = 0; // answers to superseded loads are dropped
};

} // namespace stockroom
