#pragma once

#include "access/staff.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace stockroom {

/**
 * Every staff member of the tenant the admin may see, in login order, as display-ready roles.
 * The Staff screen filters it through StaffFilterModel.
 */
class StaffListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        LoginRole = Qt::UserRole + 1,
        DisplayNameRole,
        RoleNameRole,  // admin | store_manager | floor_supervisor
        RoleTitleRole, // "Store manager"
        ScopeTextRole,
        ActiveRole,
        SelfRole, // the signed-in admin's own account
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit StaffListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    void setLoading(bool loading);
    /** Replaces every row; @p selfLogin marks the signed-in account. */
    void setMembers(const QList<StaffMember> &members, const QString &selfLogin);
    [[nodiscard]] const QList<StaffMember> &members() const { return m_members; }
    /** When @p member was added, as a date for people ("21 Nov 2026"). */
    [[nodiscard]] static QString createdDate(const StaffMember &member);
    /** The member with @p login, or nullptr. */
    [[nodiscard]] const StaffMember *find(const QString &login) const;

Q_SIGNALS:
    void countChanged();
    void loadingChanged();

private:
    QList<StaffMember> m_members;
    QString m_selfLogin;
    bool m_loading = false;
};

/**
 * The rows the Staff list shows: those matching the search text (login, name, role or scope) and,
 * unless disabled accounts are shown, only active ones. A pinned login stays visible whatever the
 * filter, so the account a command just changed remains selected.
 */
class StaffFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit StaffFilterModel(QObject *parent = nullptr);

    [[nodiscard]] int count() const { return rowCount(); }
    void setFilter(const QString &text, bool showDisabled);
    void setPinnedLogin(const QString &login);
    /** Row of @p login among the shown rows, or -1. */
    [[nodiscard]] int rowOf(const QString &login) const;

Q_SIGNALS:
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_showDisabled = false;
    QString m_pinnedLogin;
};

} // namespace stockroom
