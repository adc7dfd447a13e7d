#include "sourcescontroller.h"

#include "access/apierror.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "stream/streamevent.h"

#include <QUuid>

namespace stockroom {

namespace {

// Several events of one change (or of one import) come together: read once after them.
constexpr int LiveReloadMs = 250;

bool reloadsOn(const QString &eventType)
{
    return eventType == QLatin1String("catalog.source_mapping.updated") ||
           eventType == QLatin1String("catalog.source_review.resolved") ||
           eventType == QLatin1String("catalog.source_system.updated") ||
           eventType == QLatin1String("catalog.ingestion.completed");
}

QString variantText(const QString &sku, const QString &name)
{
    return name.isEmpty() ? sku : QStringLiteral("%1 (%2)").arg(sku, name);
}

} // namespace

SourcesController::SourcesController(QObject *parent)
    : QObject(parent)
{
    m_liveReload.setSingleShot(true);
    m_liveReload.setInterval(LiveReloadMs);
    connect(&m_liveReload, &QTimer::timeout, this, [this]() {
        load();
        m_mappings.reload();
    });
    connect(&m_reviews, &SourceReviewModel::countChanged, this, &SourcesController::countsChanged);
}

void SourcesController::setSource(DbExecutor *executor, const QString &tenantId,
                                  bool canEditSources)
{
    m_executor = executor;
    m_tenantId = tenantId;
    m_canEditSources = canEditSources;
    ++m_generation;
    m_liveReload.stop();
    m_pending.clear();
    m_selectOnLoad.clear();
    setBusy(false);
    // Nothing of the previous session stays: rows, filters, selections, messages.
    m_sources.setSources({});
    m_reviews.setItems({});
    m_mappings.setExecutor(executor);
    m_variantSearchReady = false;
    m_variantSearch.setSource(nullptr, {});
    m_selectedSourceId.clear();
    m_selectedReviewId.clear();
    m_reviewSourceId.clear();
    m_reviewKind.clear();
    m_loading = false;
    m_loadedOnce = false;
    m_errorText.clear();
    clearMessages();
    Q_EMIT sourceChanged();
    Q_EMIT loadingChanged();
    Q_EMIT countsChanged();
    Q_EMIT sourceSelectionChanged();
    Q_EMIT reviewFilterChanged();
    Q_EMIT reviewSelectionChanged();
    if (m_executor && !m_tenantId.isEmpty())
        load();
}

void SourcesController::liveEvent(const StreamEvent &event)
{
    if (m_executor && reloadsOn(event.eventType) && !m_liveReload.isActive())
        m_liveReload.start();
}

QVariantList SourcesController::sourceTypes()
{
    QVariantList list;
    for (const QString &type : sourcemappings::sourceTypes())
        list.append(QVariantMap{{QStringLiteral("name"), type},
                                {QStringLiteral("title"), sourcemappings::sourceTypeTitle(type)}});
    return list;
}

QVariantList SourcesController::sourceChoices() const
{
    QVariantList list;
    for (const SourceSystem &s : m_sources.sources())
        list.append(QVariantMap{{QStringLiteral("sourceId"), s.id},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("openReviewCount"), s.openReviewCount}});
    return list;
}

int SourcesController::openReviewCount() const
{
    qint64 n = 0;
    for (const SourceSystem &s : m_sources.sources())
        n += s.openReviewCount;
    return static_cast<int>(n);
}

void SourcesController::setSelectedSourceId(const QString &id)
{
    if (m_selectedSourceId == id)
        return;
    m_selectedSourceId = id;
    m_mappings.setSourceId(id);
    Q_EMIT sourceSelectionChanged();
}

QVariantMap SourcesController::selectedSource() const
{
    const SourceSystem *s = m_sources.find(m_selectedSourceId);
    if (!s)
        return {};
    return {{QStringLiteral("sourceId"), s->id},
            {QStringLiteral("name"), s->name},
            {QStringLiteral("sourceType"), s->type},
            {QStringLiteral("typeTitle"), sourcemappings::sourceTypeTitle(s->type)},
            {QStringLiteral("vendor"), s->vendor},
            {QStringLiteral("active"), s->active},
            {QStringLiteral("mappingCount"), SourceListModel::countText(s->mappingCount)},
            {QStringLiteral("openReviewCount"), s->openReviewCount},
            {QStringLiteral("since"), SourceListModel::dateText(s->createdAt)}};
}

void SourcesController::setReviewSourceId(const QString &id)
{
    if (m_reviewSourceId == id)
        return;
    m_reviewSourceId = id;
    Q_EMIT reviewFilterChanged();
    load();
}

void SourcesController::setReviewKind(const QString &kind)
{
    if (m_reviewKind == kind)
        return;
    m_reviewKind = kind;
    Q_EMIT reviewFilterChanged();
    load();
}

void SourcesController::setSelectedReviewId(const QString &id)
{
    if (m_selectedReviewId == id)
        return;
    m_selectedReviewId = id;
    Q_EMIT reviewSelectionChanged();
}

QVariantMap SourcesController::selectedReview() const
{
    const SourceReviewItem *item = m_reviews.find(m_selectedReviewId);
    return item ? SourceReviewModel::detail(*item) : QVariantMap();
}

void SourcesController::reload()
{
    if (!m_executor || m_tenantId.isEmpty())
        return;
    load();
    m_mappings.reload();
}

void SourcesController::startVariantSearch(const QString &search)
{
    if (!m_executor)
        return;
    m_variantSearch.setSearch(search);
    if (!m_variantSearchReady) {
        m_variantSearchReady = true;
        m_variantSearch.setSource(m_executor, m_tenantId); // loads with the search set
    } else {
        m_variantSearch.reload();
    }
}

void SourcesController::load()
{
    if (!m_executor)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged();
    const ReviewFilter filter{m_reviewSourceId, m_reviewKind, false, 500};
    m_executor->run<Snapshot>(
        this,
        [filter](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return Snapshot{sourcemappings::sources(db), sourcemappings::reviewQueue(db, filter)};
        },
        [this, generation](const DbResult<Snapshot> &result) {
            if (generation != m_generation)
                return; // a newer load is on its way and will report any pending command
            m_loading = false;
            if (result.ok()) {
                m_errorText.clear();
                applySnapshot(*result.value);
            } else {
                m_errorText = tr("Could not load the source systems: %1").arg(result.error);
            }
            m_loadedOnce = true;
            Q_EMIT loadingChanged();
            if (!m_selectOnLoad.isEmpty()) {
                setSelectedSourceId(m_selectOnLoad);
                m_selectOnLoad.clear();
            }
            if (!m_pending.isEmpty()) {
                const QString done = m_pending;
                m_pending.clear();
                setBusy(false);
                Q_EMIT commandFinished(done, true);
            }
        });
}

void SourcesController::applySnapshot(const Snapshot &snapshot)
{
    // The review selection moves to the item that took the resolved one's place.
    const int reviewRow = m_reviews.rowOf(m_selectedReviewId);
    m_sources.setSources(snapshot.sources);
    m_reviews.setItems(snapshot.reviews);
    if (!m_sources.find(m_selectedSourceId))
        setSelectedSourceId(m_sources.sources().isEmpty() ? QString()
                                                          : m_sources.sources().first().id);
    if (!m_reviews.find(m_selectedReviewId)) {
        const QList<SourceReviewItem> &items = m_reviews.items();
        m_selectedReviewId = items.isEmpty()
                                 ? QString()
                                 : items.at(std::clamp(reviewRow, 0, int(items.size()) - 1)).id;
    }
    Q_EMIT countsChanged();
    Q_EMIT sourceSelectionChanged();
    Q_EMIT reviewSelectionChanged();
}

bool SourcesController::canSend() const
{
    return m_executor && !m_tenantId.isEmpty() && !m_busy;
}

bool SourcesController::refuse(const QString &error)
{
    m_commandError = error;
    m_commandErrorCode.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
    return false;
}

void SourcesController::clearMessages()
{
    if (m_commandError.isEmpty() && m_notice.isEmpty() && m_commandErrorCode.isEmpty())
        return;
    m_commandError.clear();
    m_commandErrorCode.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
}

bool SourcesController::createSource(const QString &name, const QString &type,
                                     const QString &vendor)
{
    if (!canSend())
        return false;
    if (name.trimmed().isEmpty())
        return refuse(tr("Give the source system a name, such as “Store POS”."));
    const SourceSpec spec{name.trimmed(), type, vendor.trimmed()};
    runCommand(QStringLiteral("create_source_system"),
               [spec, request = QUuid::createUuid()](SqlSession &db) {
                   const QJsonObject made = sourcemappings::createSource(db, spec, request);
                   return Outcome{tr("Source system “%1” added.").arg(spec.name),
                                  made.value(QLatin1String("source_system_id")).toString()};
               });
    return true;
}

bool SourcesController::updateSource(const QString &sourceId, const QString &name,
                                     const QString &type, const QString &vendor)
{
    if (!canSend())
        return false;
    if (name.trimmed().isEmpty())
        return refuse(tr("A source system needs a name."));
    const SourceSpec spec{name.trimmed(), type, vendor.trimmed()};
    runCommand(QStringLiteral("update_source_system"),
               [sourceId, spec, request = QUuid::createUuid()](SqlSession &db) {
                   (void)sourcemappings::updateSource(db, sourceId, spec, request);
                   return tr("Source system “%1” saved.").arg(spec.name);
               });
    return true;
}

bool SourcesController::setSourceActive(const QString &sourceId, bool active)
{
    if (!canSend())
        return false;
    const SourceSystem *s = m_sources.find(sourceId);
    const QString name = s ? s->name : QString();
    runCommand(QStringLiteral("set_source_system_active"),
               [sourceId, active, name, request = QUuid::createUuid()](SqlSession &db) {
                   (void)sourcemappings::setSourceActive(db, sourceId, active, request);
                   return active ? tr("“%1” is active again.").arg(name)
                                 : tr("“%1” is deactivated; its mappings stay.").arg(name);
               });
    return true;
}

bool SourcesController::mapExternalId(const QString &sourceId, const QString &externalId,
                                      const QString &variantId, bool replace)
{
    if (!canSend())
        return false;
    if (externalId.trimmed().isEmpty())
        return refuse(tr("Enter the external id the source uses for the item."));
    if (variantId.isEmpty())
        return refuse(tr("Choose the item in the catalog to map it to."));
    runCommand(QStringLiteral("map_external_id"), [sourceId, externalId, variantId, replace,
                                                   request = QUuid::createUuid()](SqlSession &db) {
        const MappingResult r =
            sourcemappings::map(db, sourceId, externalId, variantId, replace, request);
        const QString to =
            variantText(r.sku, r.json.value(QLatin1String("variant_name")).toString());
        const QString id = r.json.value(QLatin1String("external_id")).toString();
        if (r.change == QLatin1String("replaced"))
            return tr("“%1” now maps to %2 instead of %3.").arg(id, to, r.previousSku);
        if (r.change == QLatin1String("unchanged"))
            return tr("“%1” already maps to %2.").arg(id, to);
        return tr("“%1” mapped to %2.").arg(id, to);
    });
    return true;
}

bool SourcesController::unmap(const QString &mappingId)
{
    if (!canSend())
        return false;
    runCommand(QStringLiteral("unmap_external_id"),
               [mappingId, request = QUuid::createUuid()](SqlSession &db) {
                   const QJsonObject gone = sourcemappings::unmap(db, mappingId, request);
                   return tr("“%1” is no longer mapped.")
                       .arg(gone.value(QLatin1String("external_id")).toString());
               });
    return true;
}

bool SourcesController::resolveByMapping(const QString &itemId, const QString &variantId)
{
    if (!canSend())
        return false;
    runCommand(QStringLiteral("resolve_source_review"),
               [itemId, variantId, request = QUuid::createUuid()](SqlSession &db) {
                   const QJsonObject done = sourcemappings::resolveReview(
                       db, itemId, ReviewAction::Map, variantId, {}, request);
                   const QJsonObject mapping = done.value(QLatin1String("mapping")).toObject();
                   return tr("“%1” mapped to %2.")
                       .arg(mapping.value(QLatin1String("external_id")).toString(),
                            variantText(mapping.value(QLatin1String("sku")).toString(),
                                        mapping.value(QLatin1String("variant_name")).toString()));
               });
    return true;
}

bool SourcesController::resolveByKeeping(const QString &itemId)
{
    if (!canSend())
        return false;
    runCommand(QStringLiteral("resolve_source_review"), [itemId, request = QUuid::createUuid()](
                                                            SqlSession &db) {
        return sourcemappings::resolveReview(db, itemId, ReviewAction::Keep, {}, {}, request)
            .value(QLatin1String("resolution"))
            .toString();
    });
    return true;
}

bool SourcesController::dismiss(const QString &itemId, const QString &reason)
{
    if (!canSend())
        return false;
    if (reason.trimmed().isEmpty())
        return refuse(tr("Say why this is dismissed, so others know it was looked at."));
    runCommand(QStringLiteral("resolve_source_review"),
               [itemId, reason, request = QUuid::createUuid()](SqlSession &db) {
                   (void)sourcemappings::resolveReview(db, itemId, ReviewAction::Dismiss, {},
                                                       reason, request);
                   return tr("Dismissed: %1").arg(reason.trimmed());
               });
    return true;
}

// Each command's lambda carries the request id of the person's action, made once on this
// thread: if the executor runs the job again after a reconnect, the database answers the repeat
// instead of acting twice.
void SourcesController::runCommand(const QString &command,
                                   std::function<Outcome(SqlSession &)> work)
{
    m_commandError.clear();
    m_commandErrorCode.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
    setBusy(true);
    m_executor->run<Outcome>(
        this,
        [work = std::move(work)](QSqlDatabase &db) {
            QtSqlSession session(db);
            return work(session);
        },
        [this, command](const DbResult<Outcome> &result) {
            if (!result.ok()) {
                setBusy(false);
                const ApiError error = ApiError::from(result.sqlState, result.message, result.hint);
                m_commandError = error.code == ApiErrorCode::None || error.message.isEmpty()
                                     ? result.error
                                     : error.text();
                m_commandErrorCode = apiErrorCodeName(error.code);
                Q_EMIT messagesChanged();
                Q_EMIT commandFinished(command, false);
                return;
            }
            m_notice = result.value->notice;
            m_selectOnLoad = result.value->selectSourceId;
            m_pending = command;
            Q_EMIT messagesChanged();
            // Reported once the lists show the change.
            load();
            m_mappings.reload();
        });
}

void SourcesController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace stockroom
