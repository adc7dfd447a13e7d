#include "serverprofilemodel.h"

namespace stockroom {

ServerProfileModel::ServerProfileModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ServerProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ServerProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.profile.name;
    case SummaryRole:
        return e.kind == Kind::Unsaved ? tr("%1 · not saved yet").arg(e.profile.summary())
                                       : e.profile.summary();
    case HostRole:
        return e.profile.host;
    case PortRole:
        return e.profile.port;
    case DatabaseRole:
        return e.profile.database;
    case SslModeRole:
        return e.profile.sslMode;
    case EditableRole:
        return e.kind != Kind::BuiltIn;
    case SavedRole:
        return e.kind == Kind::Saved;
    case BuiltInRole:
        return e.kind == Kind::BuiltIn;
    case StreamAddressRole:
        return e.profile.streamAddress;
    case StreamUrlRole:
        return e.profile.streamUrl().toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ServerProfileModel::roleNames() const
{
    return {{NameRole, "name"},          {SummaryRole, "summary"},
            {HostRole, "host"},          {PortRole, "port"},
            {DatabaseRole, "database"},  {SslModeRole, "sslMode"},
            {EditableRole, "editable"},  {SavedRole, "saved"},
            {BuiltInRole, "builtIn"},    {StreamAddressRole, "streamAddress"},
            {StreamUrlRole, "streamUrl"}};
}

int ServerProfileModel::indexOfName(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QList<ServerProfile> ServerProfileModel::savedProfiles() const
{
    QList<ServerProfile> list;
    for (const Entry &e : m_entries) {
        if (e.kind == Kind::Saved)
            list.append(e.profile);
    }
    return list;
}

void ServerProfileModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    Q_EMIT countChanged();
}

int ServerProfileModel::put(int row, const Entry &entry)
{
    if (row >= 0 && row < m_entries.size()) {
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row), index(row));
        return row;
    }
    const int last = static_cast<int>(m_entries.size());
    beginInsertRows({}, last, last);
    m_entries.append(entry);
    endInsertRows();
    Q_EMIT countChanged();
    return last;
}

void ServerProfileModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

} // namespace stockroom
