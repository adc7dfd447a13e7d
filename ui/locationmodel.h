#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/** A place stock is kept, as the signed-in person sees it (row-level security decides which). */
struct LocationEntry
{
    QString id;
    QString code;
    QString name;
    QString type; // store | backroom | warehouse | dark_store
    QString storeCode;
    bool active = true;
};

/** The locations in the signed-in person's scope, in code order, for pickers and filters. */
class LocationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        TypeRole,
        StoreCodeRole,
        ActiveRole,
        LabelRole,
    };
    Q_ENUM(Role)

    explicit LocationModel(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const QList<LocationEntry> &locations() const { return m_locations; }

    /** Row of the location @p id, or -1. */
    Q_INVOKABLE int indexOf(const QString &id) const;
    /** "BLR-IND-FLOOR · Indiranagar shop floor", or the id itself when unknown. */
    Q_INVOKABLE QString labelOf(const QString &id) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void loaded();

private:
    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QList<LocationEntry> m_locations;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace stockroom
