#include "staffcontroller.h"

#include "access/apierror.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"

#include <algorithm>

namespace stockroom {

namespace {

const QString LoginField = QStringLiteral("login");
const QString NameField = QStringLiteral("displayName");
const QString RoleField = QStringLiteral("role");
const QString PasswordField = QStringLiteral("password");
const QString ConfirmationField = QStringLiteral("confirmation");
const QString ScopeField = QStringLiteral("scope");

QString fieldName(StaffField field)
{
    switch (field) {
    case StaffField::Login:
        return LoginField;
    case StaffField::DisplayName:
        return NameField;
    case StaffField::Password:
        return PasswordField;
    case StaffField::Scope:
        return ScopeField;
    }
    return {};
}

// Several problems with one field show together under it.
void mark(QVariantMap &errors, const QString &field, const QString &text)
{
    const QString prior = errors.value(field).toString();
    errors.insert(field, prior.isEmpty() ? text : prior + QLatin1Char('\n') + text);
}

void markPassword(QVariantMap &errors, const QString &password, const QString &confirmation)
{
    if (const QString p = staff::checkPassword(password); !p.isEmpty())
        mark(errors, PasswordField, p);
    else if (confirmation != password)
        mark(errors, ConfirmationField,
             StaffController::tr("The two passwords differ; type the same one twice."));
}

QString placeTypeTitle(const QString &type)
{
    if (type == QLatin1String("store"))
        return StaffController::tr("Store");
    if (type == QLatin1String("location"))
        return StaffController::tr("Location");
    return StaffController::tr("Dark store");
}

// A place's second line in a picker: the city of a store; the store and kind of a location;
// the store and status of a dark store.
QString placeDetail(const StaffPlace &p)
{
    if (p.type == QLatin1String("store"))
        return p.detail;
    static const QHash<QString, const char *> words{
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("stockroom::StaffController", "sales floor")},
        {QStringLiteral("backroom"), QT_TRANSLATE_NOOP("stockroom::StaffController", "backroom")},
        {QStringLiteral("warehouse"), QT_TRANSLATE_NOOP("stockroom::StaffController", "warehouse")},
        {QStringLiteral("dark_store"),
         QT_TRANSLATE_NOOP("stockroom::StaffController", "dark store floor")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("stockroom::StaffController", "active")},
        {QStringLiteral("paused"), QT_TRANSLATE_NOOP("stockroom::StaffController", "paused")},
        {QStringLiteral("maintenance"),
         QT_TRANSLATE_NOOP("stockroom::StaffController", "in maintenance")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("stockroom::StaffController", "closed")}};
    const char *word = words.value(p.detail);
    const QString kind = word ? StaffController::tr(word) : p.detail;
    return p.storeCode.isEmpty() ? kind : p.storeCode + QStringLiteral(" · ") + kind;
}

} // namespace

StaffController::StaffController(QObject *parent)
    : QObject(parent)
{
    m_filter.setSourceModel(&m_model);
    // Any change to the shown rows can move the selected row.
    connect(&m_filter, &StaffFilterModel::countChanged, this, [this]() {
        Q_EMIT countChanged();
        Q_EMIT selectionChanged();
    });
}

void StaffController::setSource(DbExecutor *executor, const QString &tenantId,
                                const QString &selfLogin)
{
    m_executor = executor;
    m_tenantId = tenantId;
    m_selfLogin = selfLogin;
    Q_EMIT sourceChanged();
    reload();
}

int StaffController::disabledCount() const
{
    return static_cast<int>(std::count_if(m_model.members().cbegin(), m_model.members().cend(),
                                          [](const StaffMember &m) { return !m.active; }));
}

void StaffController::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    applyFilter();
}

void StaffController::setShowDisabled(bool show)
{
    if (m_showDisabled == show)
        return;
    m_showDisabled = show;
    applyFilter();
}

void StaffController::applyFilter()
{
    // Once the person filters again, the account a command changed need not stay in view.
    m_filter.setPinnedLogin({});
    m_filter.setFilter(m_filterText, m_showDisabled);
    Q_EMIT filterChanged();
    Q_EMIT selectionChanged();
}

QVariantList StaffController::roles() const
{
    QVariantList list;
    for (RoleKind r : {RoleKind::StoreManager, RoleKind::FloorSupervisor, RoleKind::Admin}) {
        QString hint;
        switch (r) {
        case RoleKind::Admin:
            hint = tr("Acts on the whole tenant and manages staff; takes no stores.");
            break;
        case RoleKind::StoreManager:
            hint = tr("Works in the stores, locations or dark stores you choose.");
            break;
        case RoleKind::FloorSupervisor:
            hint = tr("Runs one or more dark stores, and nothing else.");
            break;
        }
        list.append(QVariantMap{{QStringLiteral("name"), roleKindName(r)},
                                {QStringLiteral("title"), roleKindTitle(r)},
                                {QStringLiteral("hint"), hint}});
    }
    return list;
}

void StaffController::setSelectedLogin(const QString &login)
{
    if (m_selectedLogin == login)
        return;
    m_selectedLogin = login;
    Q_EMIT selectionChanged();
}

QVariantMap StaffController::selected() const
{
    const StaffMember *m = m_model.find(m_selectedLogin);
    if (!m || selectedRow() < 0)
        return {};
    QVariantList scope;
    for (const StaffScopeEntry &e : m->scope)
        scope.append(QVariantMap{{QStringLiteral("type"), e.type},
                                 {QStringLiteral("typeTitle"), placeTypeTitle(e.type)},
                                 {QStringLiteral("id"), e.id},
                                 {QStringLiteral("code"), e.code},
                                 {QStringLiteral("name"), e.name}});
    const StaffScope ids = m->scopeIds();
    const bool self = m->login == m_selfLogin;
    return {{QStringLiteral("login"), m->login},
            {QStringLiteral("displayName"), m->displayName},
            {QStringLiteral("roleName"), roleKindName(m->role)},
            {QStringLiteral("roleTitle"), roleKindTitle(m->role)},
            {QStringLiteral("scopeText"), m->scopeText()},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("storeIds"), ids.storeIds},
            {QStringLiteral("locationIds"), ids.locationIds},
            {QStringLiteral("darkStoreIds"), ids.darkStoreIds},
            {QStringLiteral("active"), m->active},
            {QStringLiteral("self"), self},
            {QStringLiteral("createdAt"), StaffListModel::createdDate(*m)},
            {QStringLiteral("canDisable"), m->active && !self},
            {QStringLiteral("disableReason"),
             self ? tr("This is your own account: another admin has to disable it.") : QString()}};
}

bool StaffController::canSend() const
{
    return m_executor && !m_tenantId.isEmpty() && !m_busy;
}

bool StaffController::refuse(const QVariantMap &fieldErrors, const QString &error)
{
    m_fieldErrors = fieldErrors;
    m_commandError = error;
    m_notice.clear();
    Q_EMIT messagesChanged();
    return false;
}

bool StaffController::createAccount(const QString &login, const QString &displayName,
                                    const QString &role, const QString &password,
                                    const QString &confirmation, const QStringList &storeIds,
                                    const QStringList &locationIds, const QStringList &darkStoreIds)
{
    if (!canSend())
        return false;
    NewStaff spec;
    spec.tenantId = m_tenantId;
    spec.login = login.trimmed();
    spec.displayName = displayName.trimmed();
    spec.password = password;
    spec.scope = StaffScope{storeIds, locationIds, darkStoreIds};
    QVariantMap errors;
    if (const auto kind = roleKindFromName(role))
        spec.role = *kind;
    else
        mark(errors, RoleField, tr("Choose a role."));
    for (const StaffProblem &p : staff::problems(spec)) {
        // The password has its own, more complete check below.
        if (p.field != StaffField::Password)
            mark(errors, fieldName(p.field), p.text);
    }
    markPassword(errors, password, confirmation);
    if (!errors.isEmpty())
        return refuse(errors);
    runCommand({QStringLiteral("staff_add"), spec.login,
                tr("Account “%1” created for %2.").arg(spec.login, spec.displayName)},
               [spec](SqlSession &db) { staff::add(db, spec); });
    return true;
}

bool StaffController::changeScope(const QString &login, const QStringList &storeIds,
                                  const QStringList &locationIds, const QStringList &darkStoreIds)
{
    if (!canSend())
        return false;
    const StaffMember *member = m_model.find(login);
    if (!member)
        return refuse({}, tr("There is no staff member “%1” in this list; reload it.").arg(login));
    const StaffScope scope{storeIds, locationIds, darkStoreIds};
    QVariantMap errors;
    for (const QString &p : staff::checkScope(member->role, scope))
        mark(errors, ScopeField, p);
    if (!errors.isEmpty())
        return refuse(errors);
    runCommand(
        {QStringLiteral("staff_change_scope"), login, tr("Scope of “%1” changed.").arg(login)},
        [tenantId = m_tenantId, login, scope](SqlSession &db) {
            staff::changeScope(db, tenantId, login, ScopeChange::Set, scope);
        });
    return true;
}

bool StaffController::setActive(const QString &login, bool active)
{
    if (!canSend())
        return false;
    // The database refuses this too (SR004); saying so here spares the round trip.
    if (!active && login == m_selfLogin)
        return refuse({}, tr("You cannot disable your own account.") + QLatin1Char('\n') +
                              tr("Ask another admin to do it."));
    runCommand({QStringLiteral("staff_set_active"), login,
                active ? tr("“%1” can sign in again.").arg(login)
                       : tr("“%1” is disabled and can no longer sign in.").arg(login)},
               [tenantId = m_tenantId, login, active](SqlSession &db) {
                   staff::setActive(db, tenantId, login, active);
               });
    return true;
}

bool StaffController::resetPassword(const QString &login, const QString &password,
                                    const QString &confirmation)
{
    if (!canSend())
        return false;
    QVariantMap errors;
    markPassword(errors, password, confirmation);
    if (!errors.isEmpty())
        return refuse(errors);
    runCommand(
        {QStringLiteral("staff_set_password"), login, tr("New password set for “%1”.").arg(login)},
        [tenantId = m_tenantId, login, password](SqlSession &db) {
            staff::setPassword(db, tenantId, login, password);
        });
    return true;
}

void StaffController::runCommand(const Pending &command, std::function<void(SqlSession &)> work)
{
    m_fieldErrors.clear();
    m_commandError.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
    setBusy(true);
    // One request id per action, made here: if the executor retries after a reconnect, the
    // database recognises the repeat instead of acting twice.
    m_executor->run<bool>(
        this,
        [work = std::move(work)](QSqlDatabase &db) {
            QtSqlSession session(db);
            work(session);
            return true;
        },
        [this, command](const DbResult<bool> &result) {
            if (!result.ok()) {
                setBusy(false);
                const ApiError error = ApiError::from(result.sqlState, result.message, result.hint);
                if (error.code == ApiErrorCode::None || error.message.isEmpty())
                    m_commandError = result.error;
                else
                    m_commandError = error.text();
                // The message below the form says it in full; the field only needs marking.
                if (error.code == ApiErrorCode::AlreadyExists)
                    mark(m_fieldErrors, LoginField, tr("This login is taken; choose another."));
                Q_EMIT messagesChanged();
                Q_EMIT commandFinished(command.command, command.login, false);
                return;
            }
            m_notice = command.notice;
            Q_EMIT messagesChanged();
            m_pending = command;
            m_filter.setPinnedLogin(command.login);
            setSelectedLogin(command.login);
            load();
        });
}

void StaffController::reload()
{
    if (!m_executor || m_tenantId.isEmpty()) {
        // Signed out (or not an admin): nothing of the previous session stays on the screen.
        ++m_generation;
        m_model.setMembers({}, {});
        setPlaces({});
        setSelectedLogin({});
        clearMessages();
        return;
    }
    load();
}

void StaffController::load()
{
    const quint64 generation = ++m_generation;
    m_model.setLoading(true);
    Q_EMIT loadingChanged();
    m_executor->run<Snapshot>(
        this,
        [tenantId = m_tenantId](QSqlDatabase &db) {
            QtSqlSession session(db);
            return Snapshot{staff::list(session, tenantId), staff::places(session, tenantId)};
        },
        [this, generation](const DbResult<Snapshot> &result) {
            if (generation != m_generation)
                return; // a newer load is on its way and will report any pending command
            m_model.setLoading(false);
            if (result.ok()) {
                m_model.setMembers(result.value->members, m_selfLogin);
                setPlaces(result.value->places);
                setErrorText({});
            } else {
                setErrorText(tr("Could not load the staff list: %1").arg(result.error));
            }
            m_loadedOnce = true;
            Q_EMIT loadingChanged();
            Q_EMIT countChanged();
            Q_EMIT selectionChanged();
            if (m_pending) {
                const Pending done = *m_pending;
                m_pending.reset();
                setBusy(false);
                Q_EMIT commandFinished(done.command, done.login, true);
            }
        });
}

void StaffController::clearMessages()
{
    if (m_commandError.isEmpty() && m_fieldErrors.isEmpty() && m_notice.isEmpty())
        return;
    m_commandError.clear();
    m_fieldErrors.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
}

void StaffController::clearFieldError(const QString &field)
{
    if (m_fieldErrors.remove(field) > 0)
        Q_EMIT messagesChanged();
}

void StaffController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void StaffController::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void StaffController::setPlaces(const QList<StaffPlace> &places)
{
    QVariantList list;
    for (const StaffPlace &p : places)
        list.append(QVariantMap{{QStringLiteral("type"), p.type},
                                {QStringLiteral("typeTitle"), placeTypeTitle(p.type)},
                                {QStringLiteral("id"), p.id},
                                {QStringLiteral("code"), p.code},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("storeCode"), p.storeCode},
                                {QStringLiteral("detail"), placeDetail(p)}});
    if (list == m_places)
        return;
    m_places = list;
    Q_EMIT placesChanged();
}

} // namespace stockroom
