#include "locationmodel.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"

namespace stockroom {

namespace {

QString label(const LocationEntry &l)
{
    return l.active ? QStringLiteral("%1 · %2").arg(l.code, l.name)
                    : LocationModel::tr("%1 · %2 (inactive)").arg(l.code, l.name);
}

} // namespace

LocationModel::LocationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LocationModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    ++m_generation; // answers for the previous person are dropped
    if (!m_locations.isEmpty()) {
        beginResetModel();
        m_locations.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged();
    }
    reload();
}

int LocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_locations.size());
}

QVariant LocationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocationEntry &l = m_locations.at(index.row());
    switch (role) {
    case IdRole:
        return l.id;
    case CodeRole:
        return l.code;
    case NameRole:
        return l.name;
    case TypeRole:
        return l.type;
    case StoreCodeRole:
        return l.storeCode;
    case ActiveRole:
        return l.active;
    case Qt::DisplayRole:
    case LabelRole:
        return label(l);
    default:
        return {};
    }
}

QHash<int, QByteArray> LocationModel::roleNames() const
{
    return {{IdRole, "locationId"},     {CodeRole, "code"},           {NameRole, "name"},
            {TypeRole, "locationType"}, {StoreCodeRole, "storeCode"}, {ActiveRole, "active"},
            {LabelRole, "label"}};
}

int LocationModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_locations.size(); ++i) {
        if (m_locations.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString LocationModel::labelOf(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? id : label(m_locations.at(row));
}

void LocationModel::reload()
{
    if (!m_executor || m_tenantId.isEmpty())
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    const QString tenantId = m_tenantId;
    const quint64 generation = m_generation;
    m_executor->run<QList<LocationEntry>>(
        this,
        [tenantId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            QList<LocationEntry> out;
            // Row-level security leaves only the locations in the caller's scope.
            const auto rows = db.query(
                QStringLiteral("SELECT l.id, l.code, l.name, l.location_type, s.code, l.is_active "
                               "FROM locations l JOIN stores s ON s.tenant_id = l.tenant_id "
                               "AND s.id = l.store_id WHERE l.tenant_id = ?::uuid "
                               "ORDER BY l.code"),
                {tenantId});
            for (const SqlSession::Row &r : rows) {
                const QString active = r.at(5).toString(); // "t" over libpq, "true" over QPSQL
                out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                            r.at(3).toString(), r.at(4).toString(),
                            active == QLatin1String("t") || active == QLatin1String("true")});
            }
            return out;
        },
        [this, generation](const DbResult<QList<LocationEntry>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            Q_EMIT loadingChanged();
            if (!result.ok())
                return; // the screens report database trouble themselves
            beginResetModel();
            m_locations = *result.value;
            endResetModel();
            Q_EMIT countChanged();
            Q_EMIT loaded();
        });
}

} // namespace stockroom
