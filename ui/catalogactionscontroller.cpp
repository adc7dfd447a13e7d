#include "catalogactionscontroller.h"

#include "catalogcommandrunner.h"
#include "db/dbexecutor.h"

namespace stockroom {

CatalogActionsController::CatalogActionsController(QObject *parent)
    : QObject(parent)
{}

void CatalogActionsController::setSource(DbExecutor *executor, bool canEdit)
{
    m_executor = executor;
    m_history.setSource(executor);
    m_requestIds.clear();
    if (m_canEdit != canEdit) {
        m_canEdit = canEdit;
        Q_EMIT canEditChanged();
    }
    clearMessages();
}

void CatalogActionsController::archive(const QString &variantId, int version)
{
    run(QStringLiteral("archive"), variantId,
        tr("Archived: it stays in the catalog and its history, and can no longer be ordered."),
        [variantId, version](SqlSession &db, const QUuid &id) {
            return catalogcommands::archiveVariant(db, id, variantId, version);
        });
}

void CatalogActionsController::reactivate(const QString &variantId, int version)
{
    run(QStringLiteral("reactivate"), variantId, tr("Reactivated."),
        [variantId, version](SqlSession &db, const QUuid &id) {
            return catalogcommands::reactivateVariant(db, id, variantId, version);
        });
}

void CatalogActionsController::remove(const QString &variantId, int version)
{
    run(QStringLiteral("delete"), variantId, tr("Deleted."),
        [variantId, version](SqlSession &db, const QUuid &id) {
            return catalogcommands::deleteVariant(db, id, variantId, version);
        });
}

void CatalogActionsController::restore(int versionNo)
{
    const QString variantId = m_history.variantId();
    const int current = m_history.currentVersion();
    run(QStringLiteral("restore-%1").arg(versionNo), variantId,
        tr("Version %1 restored as the newest version.").arg(versionNo),
        [variantId, versionNo, current](SqlSession &db, const QUuid &id) {
            return catalogcommands::restoreVersion(db, id, variantId, versionNo, current);
        });
}

void CatalogActionsController::run(
    const QString &action, const QString &variantId, const QString &notice,
    std::function<CatalogCommandResult(SqlSession &, const QUuid &)> work)
{
    if (!m_executor || m_busy || variantId.isEmpty() || !m_canEdit)
        return;
    const QString key = action + QLatin1Char(':') + variantId;
    if (!m_requestIds.contains(key))
        m_requestIds.insert(key, QUuid::createUuid());
    m_headline.clear();
    m_error.clear();
    m_notice.clear();
    m_busy = true;
    Q_EMIT busyChanged();
    Q_EMIT messagesChanged();
    runCatalogCommand(
        m_executor, this, m_requestIds.value(key), std::move(work),
        [this, key, action, variantId, notice](const CatalogOutcome &outcome) {
            m_busy = false;
            Q_EMIT busyChanged();
            if (!outcome.ok()) {
                m_headline = outcome.headline;
                m_error = outcome.text;
                Q_EMIT messagesChanged();
                // A refusal may come from a newer state: show it as it is.
                Q_EMIT changed(variantId);
                m_history.reload();
                return;
            }
            m_requestIds.remove(key);
            const bool unchanged =
                !outcome.result->changed && outcome.result->json.contains(QLatin1String("changed"));
            m_notice = unchanged ? tr("Nothing changed: it was like that already.") : notice;
            Q_EMIT messagesChanged();
            if (action == QLatin1String("delete")) {
                Q_EMIT deleted(variantId);
                return;
            }
            Q_EMIT changed(variantId);
            m_history.reload();
        });
}

void CatalogActionsController::clearMessages()
{
    if (m_headline.isEmpty() && m_error.isEmpty() && m_notice.isEmpty())
        return;
    m_headline.clear();
    m_error.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
}

void CatalogActionsController::liveEvent(const StreamEvent &event)
{
    m_history.liveEvent(event);
}

} // namespace stockroom
