#pragma once

#include "access/staff.h"
#include "stafflistmodel.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace stockroom {

class DbExecutor;
class SqlSession;

/**
 * The admin's Staff screen: the tenant's staff (filtered by text and by "show disabled"), the
 * places an admin can grant, and the staff commands — create an account, replace its scope,
 * disable or enable it, reset its password. Everything runs on the database thread; the database
 * decides (api.staff_*), and the same rules are checked here first only to mark the fields a
 * person has to fix. A refusal keeps the form as typed and says why (ApiError text). After a
 * command the list reloads with the changed account selected.
 */
class StaffController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QAbstractItemModel *members READ members CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(int disabledCount READ disabledCount NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(bool showDisabled READ showDisabled WRITE setShowDisabled NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString selfLogin READ selfLogin NOTIFY sourceChanged)
    Q_PROPERTY(QVariantList places READ places NOTIFY placesChanged)
    Q_PROPERTY(QVariantList roles READ roles CONSTANT)
    Q_PROPERTY(int minPasswordLength READ minPasswordLength CONSTANT)
    Q_PROPERTY(
        QString selectedLogin READ selectedLogin WRITE setSelectedLogin NOTIFY selectionChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString commandError READ commandError NOTIFY messagesChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)

public:
    explicit StaffController(QObject *parent = nullptr);

    /**
     * Where to read and act: @p executor connected as an admin of @p tenantId whose login is
     * @p selfLogin (that account cannot be disabled). Loads the list and the places.
     */
    void setSource(DbExecutor *executor, const QString &tenantId, const QString &selfLogin);

    [[nodiscard]] QAbstractItemModel *members() { return &m_filter; }
    [[nodiscard]] const StaffListModel &allMembers() const { return m_model; }
    [[nodiscard]] int count() const { return m_filter.count(); }
    [[nodiscard]] int totalCount() const { return m_model.rowCount(); }
    [[nodiscard]] int disabledCount() const;
    [[nodiscard]] const QString &filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] bool showDisabled() const { return m_showDisabled; }
    void setShowDisabled(bool show);
    [[nodiscard]] bool isLoading() const { return m_model.isLoading(); }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const QString &selfLogin() const { return m_selfLogin; }
    [[nodiscard]] const QVariantList &places() const { return m_places; }
    [[nodiscard]] QVariantList roles() const;
    [[nodiscard]] static int minPasswordLength() { return staff::MinPasswordLength; }
    [[nodiscard]] const QString &selectedLogin() const { return m_selectedLogin; }
    void setSelectedLogin(const QString &login);
    [[nodiscard]] int selectedRow() const { return m_filter.rowOf(m_selectedLogin); }
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] const QString &commandError() const { return m_commandError; }
    [[nodiscard]] const QVariantMap &fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] const QString &notice() const { return m_notice; }

    /**
     * Creates an account. @p role is "admin", "store_manager" or "floor_supervisor". Returns
     * false, with fieldErrors marked and nothing sent, when a rule is broken or a command is
     * still running; the outcome arrives through commandFinished.
     */
    Q_INVOKABLE bool createAccount(const QString &login, const QString &displayName,
                                   const QString &role, const QString &password,
                                   const QString &confirmation, const QStringList &storeIds,
                                   const QStringList &locationIds, const QStringList &darkStoreIds);
    /** Replaces the scope of @p login (ScopeChange::Set). */
    Q_INVOKABLE bool changeScope(const QString &login, const QStringList &storeIds,
                                 const QStringList &locationIds, const QStringList &darkStoreIds);
    /** Disables or enables @p login; the page asks for confirmation first. */
    Q_INVOKABLE bool setActive(const QString &login, bool active);
    Q_INVOKABLE bool resetPassword(const QString &login, const QString &password,
                                   const QString &confirmation);
    /** Reloads the list and the places. */
    Q_INVOKABLE void reload();
    /** Clears the refusal, the marked fields and the notice (a form was opened or closed). */
    Q_INVOKABLE void clearMessages();
    /** Unmarks one field once the person edits it. */
    Q_INVOKABLE void clearFieldError(const QString &field);

Q_SIGNALS:
    void sourceChanged();
    void countChanged();
    void filterChanged();
    void loadingChanged();
    void busyChanged();
    void errorTextChanged();
    void placesChanged();
    void selectionChanged();
    void messagesChanged();
    /**
     * A command ended: @p ok when the database applied it (the list has reloaded by then and
     * @p login is selected), else commandError says why.
     */
    void commandFinished(const QString &command, const QString &login, bool ok);

private:
    struct Snapshot
    {
        QList<StaffMember> members;
        QList<StaffPlace> places;
    };
    struct Pending
    {
        QString command;
        QString login;
        QString notice;
    };

    [[nodiscard]] bool canSend() const;
    void applyFilter();
    void load();
    void runCommand(const Pending &command, std::function<void(SqlSession &)> work);
    bool refuse(const QVariantMap &fieldErrors, const QString &error = {});
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    void setPlaces(const QList<StaffPlace> &places);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QString m_selfLogin;
    StaffListModel m_model;
    StaffFilterModel m_filter;
    QString m_filterText;
    bool m_showDisabled = false;
    bool m_loadedOnce = false;
    bool m_busy = false;
    QString m_errorText;
    QVariantList m_places;
    QString m_selectedLogin;
    QString m_commandError;
    QVariantMap m_fieldErrors;
    QString m_notice;
    std::optional<Pending> m_pending; // a command that succeeded; reported once the list reloads
    quint64 m_generation = 0;         // answers to superseded loads are dropped
};

} // namespace stockroom
