#include "stafflistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace stockroom {

StaffListModel::StaffListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember &m = m_members.at(index.row());
    switch (role) {
    case LoginRole:
        return m.login;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return m.displayName;
    case RoleNameRole:
        return roleKindName(m.role);
    case RoleTitleRole:
        return roleKindTitle(m.role);
    case ScopeTextRole:
        return m.scopeText();
    case ActiveRole:
        return m.active;
    case SelfRole:
        return m.login == m_selfLogin;
    case CreatedAtRole:
        return createdDate(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {{LoginRole, "login"},         {DisplayNameRole, "displayName"},
            {RoleNameRole, "roleName"},   {RoleTitleRole, "roleTitle"},
            {ScopeTextRole, "scopeText"}, {ActiveRole, "active"},
            {SelfRole, "self"},           {CreatedAtRole, "createdAt"}};
}

void StaffListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void StaffListModel::setMembers(const QList<StaffMember> &members, const QString &selfLogin)
{
    const int oldCount = rowCount();
    beginResetModel();
    m_members = members;
    m_selfLogin = selfLogin;
    endResetModel();
    if (rowCount() != oldCount)
        Q_EMIT countChanged();
}

QString StaffListModel::createdDate(const StaffMember &member)
{
    const QDateTime created = QDateTime::fromString(member.createdAt, Qt::ISODate);
    return QLocale().toString(created.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

const StaffMember *StaffListModel::find(const QString &login) const
{
    for (const StaffMember &m : m_members) {
        if (m.login == login)
            return &m;
    }
    return nullptr;
}

StaffFilterModel::StaffFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &StaffFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &StaffFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &StaffFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &StaffFilterModel::countChanged);
}

void StaffFilterModel::setFilter(const QString &text, bool showDisabled)
{
    if (m_text == text && m_showDisabled == showDisabled)
        return;
    m_text = text;
    m_showDisabled = showDisabled;
    invalidateFilter();
}

void StaffFilterModel::setPinnedLogin(const QString &login)
{
    if (m_pinnedLogin == login)
        return;
    m_pinnedLogin = login;
    invalidateFilter();
}

int StaffFilterModel::rowOf(const QString &login) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(StaffListModel::LoginRole).toString() == login)
            return row;
    }
    return -1;
}

bool StaffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString login = i.data(StaffListModel::LoginRole).toString();
    if (!m_pinnedLogin.isEmpty() && login == m_pinnedLogin)
        return true;
    if (!m_showDisabled && !i.data(StaffListModel::ActiveRole).toBool())
        return false;
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    for (int role : {StaffListModel::LoginRole, StaffListModel::DisplayNameRole,
                     StaffListModel::RoleTitleRole, StaffListModel::ScopeTextRole}) {
        if (i.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace stockroom
