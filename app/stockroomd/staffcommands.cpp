// stockroomd staff add|list|grant|revoke|disable|enable|password — staff administration for a
// database operator, through the same api.staff_* functions the desktop's Staff screen calls.
#include "cli.h"
#include "commands.h"

#include "access/apierror.h"
#include "access/staff.h"
#include "db/databaseerror.h"
#include "db/sqlsession.h"

#include <QFile>
#include <QUuid>

using namespace stockroom;
using cli::err;
using cli::out;

namespace {

const QCommandLineOption LoginOption(QStringLiteral("login"),
                                     QStringLiteral("the staff member's database login"),
                                     QStringLiteral("NAME"));
const QCommandLineOption TenantOption(QStringLiteral("tenant"),
                                      QStringLiteral("tenant id (or its slug)"),
                                      QStringLiteral("TENANT_ID"));
const QCommandLineOption StoreOption(QStringLiteral("store"),
                                     QStringLiteral("a store id or code (repeatable)"),
                                     QStringLiteral("ID"));
const QCommandLineOption LocationOption(QStringLiteral("location"),
                                        QStringLiteral("a location id or code (repeatable)"),
                                        QStringLiteral("ID"));
const QCommandLineOption DarkStoreOption(QStringLiteral("dark-store"),
                                         QStringLiteral("a dark store id or code (repeatable)"),
                                         QStringLiteral("ID"));
const QCommandLineOption PasswordOption(
    QStringLiteral("password"),
    QStringLiteral("the password; \"-\" reads it from the first line of standard input"),
    QStringLiteral("PW"));

/** A refusal the operator can act on; printed as "stockroomd: <message>". */
struct Refusal
{
    QString message;
    int exitCode = 1; // 2 when the command line itself is wrong
};

QString required(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        throw Refusal{QStringLiteral("--%1 is required.").arg(option.names().constFirst()), 2};
    return value;
}

QString readPassword(const QCommandLineParser &parser)
{
    QString password = parser.value(PasswordOption);
    if (password == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw Refusal{QStringLiteral("Could not read the password from standard input.")};
        password = QString::fromUtf8(in.readLine());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
    }
    if (password.isEmpty())
        throw Refusal{QStringLiteral("--password is required (or --password - to read it from "
                                     "standard input).")};
    return password;
}

/** The tenant named by id or slug, or (when @p login is given and --tenant is not) the login's. */
QString resolveTenant(SqlSession &db, const QCommandLineParser &parser, const QString &login = {})
{
    const QString wanted = parser.value(TenantOption).trimmed();
    if (wanted.isEmpty() && !login.isEmpty()) {
        const QVariant tenant = db.scalar(
            QStringLiteral("SELECT tenant_id::text FROM staff WHERE login_role = ?"), {login});
        if (tenant.isNull())
            throw Refusal{QStringLiteral("There is no staff member \"%1\" in this database. "
                                         "\"stockroomd staff list\" shows every login.")
                              .arg(login)};
        return tenant.toString();
    }
    if (wanted.isEmpty())
        throw Refusal{QStringLiteral("--tenant is required.")};
    QString error;
    const QString tenant = cli::findTenant(db, wanted, &error);
    if (tenant.isEmpty())
        throw Refusal{error};
    return tenant;
}

/** Ids for the --store / --location / --dark-store values (each an id or a code). */
QStringList resolvePlaces(SqlSession &db, const QString &tenantId, const QStringList &values,
                          const char *table, const QString &what)
{
    QStringList ids;
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        const QVariant id = db.scalar(
            QStringLiteral("SELECT id::text FROM %1 WHERE tenant_id = ?::uuid AND (id::text = ? "
                           "OR code = ?)")
                .arg(QLatin1String(table)),
            {tenantId, value, value.toUpper()});
        if (id.isNull()) {
            QStringList codes;
            for (const auto &row : db.query(
                     QStringLiteral("SELECT code FROM %1 WHERE tenant_id = ?::uuid ORDER BY code")
                         .arg(QLatin1String(table)),
                     {tenantId}))
                codes << row.at(0).toString();
            throw Refusal{QStringLiteral("There is no %1 \"%2\" in this tenant.%3")
                              .arg(what, value,
                                   codes.isEmpty() ? QString()
                                                   : QStringLiteral(" Known codes: %1.")
                                                         .arg(codes.join(QStringLiteral(", "))))};
        }
        ids << id.toString();
    }
    return ids;
}

StaffScope resolveScope(SqlSession &db, const QString &tenantId, const QCommandLineParser &parser)
{
    return StaffScope{
        resolvePlaces(db, tenantId, parser.values(StoreOption), "stores", QStringLiteral("store")),
        resolvePlaces(db, tenantId, parser.values(LocationOption), "locations",
                      QStringLiteral("location")),
        resolvePlaces(db, tenantId, parser.values(DarkStoreOption), "dark_stores",
                      QStringLiteral("dark store"))};
}

int list(SqlSession &db, const QCommandLineParser &parser)
{
    QStringList tenants;
    if (parser.isSet(TenantOption)) {
        tenants << resolveTenant(db, parser);
    } else {
        for (const auto &row :
             db.query(QStringLiteral("SELECT tenant_id::text FROM tenants ORDER BY name")))
            tenants << row.at(0).toString();
    }
    for (const QString &tenant : tenants) {
        const QString name =
            db.scalar(QStringLiteral("SELECT name FROM tenants WHERE tenant_id = ?::uuid"),
                      {tenant})
                .toString();
        const QList<StaffMember> members = staff::list(db, tenant);
        out() << QStringLiteral("%1 (%2): %3 staff member%4\n")
                     .arg(name, tenant)
                     .arg(members.size())
                     .arg(members.size() == 1 ? QString() : QStringLiteral("s"));
        for (const StaffMember &m : members) {
            out() << QStringLiteral("  %1 %2 %3 %4%5\n")
                         .arg(m.login.leftJustified(20), roleKindTitle(m.role).leftJustified(17),
                              m.displayName.leftJustified(24), m.scopeText(),
                              m.active ? QString() : QStringLiteral("  [disabled]"));
        }
    }
    if (tenants.isEmpty())
        out() << "This database has no tenants yet.\n";
    return 0;
}

int dispatch(const QString &sub, PgConnection &conn, const QCommandLineParser &parser)
{
    PgSession db(conn);
    if (sub == QLatin1String("list"))
        return list(db, parser);

    const QString login = required(parser, LoginOption);
    if (sub == QLatin1String("add")) {
        NewStaff spec;
        spec.login = login;
        const QString role = required(parser, QCommandLineOption(QStringLiteral("role")));
        const auto kind = roleKindFromName(role);
        if (!kind)
            throw Refusal{QStringLiteral("Unknown role \"%1\"; use admin, store_manager or "
                                         "floor_supervisor.")
                              .arg(role),
                          2};
        spec.role = *kind;
        spec.tenantId = resolveTenant(db, parser);
        spec.displayName = parser.value(QStringLiteral("name")).trimmed();
        if (spec.displayName.isEmpty())
            spec.displayName = login;
        spec.password = readPassword(parser);
        spec.scope = resolveScope(db, spec.tenantId, parser);
        const QStringList problems = staff::check(spec);
        if (!problems.isEmpty())
            throw Refusal{problems.join(QLatin1Char('\n'))};
        staff::add(db, spec);
        out() << QStringLiteral("Added %1 \"%2\" (%3).\n")
                     .arg(roleKindTitle(spec.role).toLower(), login, spec.displayName);
        return 0;
    }
    const QString tenant = resolveTenant(db, parser, login);
    if (sub == QLatin1String("grant") || sub == QLatin1String("revoke")) {
        const StaffScope scope = resolveScope(db, tenant, parser);
        if (scope.isEmpty())
            throw Refusal{QStringLiteral("Name what to %1 with --store, --location or "
                                         "--dark-store.")
                              .arg(sub)};
        staff::changeScope(db, tenant, login,
                           sub == QLatin1String("grant") ? ScopeChange::Grant : ScopeChange::Revoke,
                           scope);
    } else if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        staff::setActive(db, tenant, login, sub == QLatin1String("enable"));
    } else if (sub == QLatin1String("password")) {
        const QString password = readPassword(parser);
        if (const QString problem = staff::checkPassword(password); !problem.isEmpty())
            throw Refusal{problem};
        staff::setPassword(db, tenant, login, password);
    }
    for (const StaffMember &m : staff::list(db, tenant)) {
        if (m.login == login)
            out() << QStringLiteral("%1: %2, %3%4\n")
                         .arg(login, roleKindTitle(m.role), m.scopeText(),
                              m.active ? QString() : QStringLiteral(" [disabled]"));
    }
    return 0;
}

int usage(int code)
{
    (code == 0 ? out() : err()) << QStringLiteral(
        "Usage: stockroomd staff <subcommand> --db CONNINFO [options]\n\n"
        "  add      --login NAME --password PW --role admin|store_manager|floor_supervisor\n"
        "           --tenant TENANT_ID [--name \"Full Name\"] [--store ID]... [--location ID]...\n"
        "           [--dark-store ID]...\n"
        "  list     [--tenant TENANT_ID]\n"
        "  grant    --login NAME [--store ID]... [--location ID]... [--dark-store ID]...\n"
        "  revoke   --login NAME [--store ID]... [--location ID]... [--dark-store ID]...\n"
        "  disable  --login NAME          (the login can no longer sign in)\n"
        "  enable   --login NAME\n"
        "  password --login NAME --password PW\n\n"
        "Ids may be given as codes (BLR-IND) and the tenant as its slug. --password - reads the\n"
        "password from standard input. Run as a database operator (a superuser, or a member of\n"
        "stockroom_owner); an admin does the same from the desktop's Staff screen.\n");
    return code;
}

} // namespace

int runStaff(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() < 2)
        return usage(2);
    const QString sub = args.takeAt(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help"))
        return usage(0);
    static const QStringList known{QStringLiteral("add"),     QStringLiteral("list"),
                                   QStringLiteral("grant"),   QStringLiteral("revoke"),
                                   QStringLiteral("disable"), QStringLiteral("enable"),
                                   QStringLiteral("password")};
    if (!known.contains(sub)) {
        err() << QStringLiteral("stockroomd: unknown staff subcommand \"%1\".\n\n").arg(sub);
        return usage(2);
    }
    QCommandLineParser parser;
    parser.addOptions(
        {LoginOption, TenantOption, StoreOption, LocationOption, DarkStoreOption, PasswordOption,
         QCommandLineOption(QStringLiteral("role"),
                            QStringLiteral("admin, store_manager or floor_supervisor"),
                            QStringLiteral("ROLE")),
         QCommandLineOption(QStringLiteral("name"),
                            QStringLiteral("the person's name (default: the login)"),
                            QStringLiteral("NAME"))});
    if (!cli::parse(parser, args, QStringLiteral("Administer Stockroom staff accounts.")))
        return 2;
    if (parser.isSet(QStringLiteral("help")))
        return usage(0);
    int failure = 0;
    const auto conn = cli::connect(parser, &failure);
    if (!conn)
        return failure;
    try {
        return dispatch(sub, *conn, parser);
    } catch (const Refusal &r) {
        err() << "stockroomd: " << r.message << "\n";
        return r.exitCode;
    } catch (const DatabaseError &e) {
        const ApiError refusal = ApiError::from(e);
        err() << "stockroomd: "
              << (refusal.code == ApiErrorCode::None ? e.fullText() : refusal.text()) << "\n";
    }
    return 1;
}
