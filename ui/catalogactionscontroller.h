#pragma once

#include "varianthistorymodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace stockroom {

class DbExecutor;
struct CatalogOutcome;
struct StreamEvent;

/**
 * What the variant detail panel does besides showing: archive, reactivate, delete (refused while
 * the item has stock, reservations or ledger history, and the refusal shown), and the History
 * tab with restoring a version. Each action sends the version the panel shows, so it never acts
 * on a state the person has not seen; each has one request id until it goes through.
 */
class CatalogActionsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::VariantHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY messagesChanged)
    Q_PROPERTY(QString error READ error NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)

public:
    explicit CatalogActionsController(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, bool canEdit);

    [[nodiscard]] VariantHistoryModel *history() { return &m_history; }
    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &headline() const { return m_headline; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &notice() const { return m_notice; }

    /** @p version: the variant's version as the panel shows it. */
    Q_INVOKABLE void archive(const QString &variantId, int version);
    Q_INVOKABLE void reactivate(const QString &variantId, int version);
    Q_INVOKABLE void remove(const QString &variantId, int version);
    /** Restores version @p versionNo of the history's variant, as a new version. */
    Q_INVOKABLE void restore(int versionNo);
    Q_INVOKABLE void clearMessages();

    void liveEvent(const StreamEvent &event);

Q_SIGNALS:
    void canEditChanged();
    void busyChanged();
    void messagesChanged();
    /** The variant changed (archived, reactivated, restored): the panel reads it again. */
    void changed(const QString &variantId);
    void deleted(const QString &variantId);

private:
    void run(const QString &action, const QString &variantId, const QString &notice,
             std::function<CatalogCommandResult(SqlSession &, const QUuid &)> work);

    QPointer<DbExecutor> m_executor;
    bool m_canEdit = false;
    VariantHistoryModel m_history;
    bool m_busy = false;
    QString m_headline;
    QString m_error;
    QString m_notice;
    QHash<QString, QUuid> m_requestIds; // per action and variant, until it goes through
};

} // namespace stockroom
