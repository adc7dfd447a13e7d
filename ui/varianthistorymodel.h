#pragma once

#include "catalog/catalogcommands.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;
struct StreamEvent;

/**
 * The versions of one variant, newest first: who saved each (staff name, or the login), when,
 * from which source system, and what it changed from the version before it, field by field
 * (CatalogDiff), with categories named by their paths.
 */
class VariantHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the catalog actions")
    Q_PROPERTY(QString variantId READ variantId WRITE setVariantId NOTIFY variantIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int currentVersion READ currentVersion NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)

public:
    enum Role {
        VersionNoRole = Qt::UserRole + 1,
        WhoRole,
        WhenRole,
        SourceRole,
        SummaryRole,
        CurrentRole,
        FirstRole,
        ChangesRole, // [{label, before, after}]
    };
    Q_ENUM(Role)

    explicit VariantHistoryModel(QObject *parent = nullptr);
    void setSource(DbExecutor *executor);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QString &variantId() const { return m_variantId; }
    void setVariantId(const QString &id);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] int currentVersion() const { return m_history.version; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const CatalogHistory &history() const { return m_history; }

    Q_INVOKABLE void reload();
    /** A change from the live stream: the history of the shown variant is read again. */
    void liveEvent(const StreamEvent &event);

Q_SIGNALS:
    void variantIdChanged();
    void countChanged();
    void loadingChanged();

private:
    void setLoading(bool loading);

    QPointer<DbExecutor> m_executor;
    QString m_variantId;
    CatalogHistory m_history;
    QList<QVariantList> m_changes; // per version, against the one before it
    QString m_errorText;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace stockroom
