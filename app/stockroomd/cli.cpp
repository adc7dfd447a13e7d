#include "cli.h"

#include "db/connectioninfo.h"
#include "db/databaseerror.h"
#include "db/migrator.h"

using namespace stockroom;

namespace cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QCommandLineOption DbOption(
    QStringLiteral("db"),
    QStringLiteral("libpq connection string or postgresql:// URI (default: PG* environment)"),
    QStringLiteral("CONNINFO"));

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(DbOption);
    if (!parser.parse(arguments)) {
        err() << "stockroomd: " << parser.errorText() << "\n";
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "stockroomd: unexpected argument \"" << parser.positionalArguments().first()
              << "\". Options take the form --name VALUE.\n";
        return false;
    }
    return true;
}

std::optional<ConnectionInfo> connectionInfo(const QCommandLineParser &parser)
{
    QString error;
    auto info = ConnectionInfo::parse(parser.value(DbOption), &error);
    if (!info) {
        err()
            << "stockroomd: the --db value is not a valid connection string: " << error
            << "\nUse key=value pairs (\"host=db.example port=5432 dbname=stockroom user=admin\") "
               "or a URI (\"postgresql://admin@db.example:5432/stockroom\").\n";
    }
    return info;
}

std::unique_ptr<PgConnection> connect(const QCommandLineParser &parser, int *exitCode)
{
    const auto info = connectionInfo(parser);
    *exitCode = info ? 1 : 2;
    return info ? connect(*info, QStringLiteral("stockroomd")) : nullptr;
}

std::unique_ptr<PgConnection> connect(const ConnectionInfo &info, const QString &applicationName)
{
    try {
        return std::make_unique<PgConnection>(info, applicationName);
    } catch (const DatabaseError &e) {
        err()
            << "stockroomd: " << e.message()
            << "\nCheck that the server is running and reachable, and that the database, user and "
               "password are right.\n";
        return nullptr;
    }
}

void reportFailure(const QString &what, const DatabaseError &error)
{
    err() << "stockroomd: " << what << ": " << error.fullText() << "\n";
    if (error.sqlState() == QLatin1String("42501"))
        err() << "Run it as a superuser or as a member of stockroom_owner.\n";
}

bool schemaIsCurrent(PgConnection &conn)
{
    Migrator migrator(conn);
    const int current = migrator.currentVersion();
    if (current == migrator.latestVersion())
        return true;
    err() << "stockroomd: the database schema is at version " << current
          << " but this build expects " << migrator.latestVersion()
          << (current < migrator.latestVersion() ? ". Run 'stockroomd migrate' first.\n"
                                                 : ". Use a newer stockroomd.\n");
    return false;
}

QString findTenant(SqlSession &db, const QString &idOrSlug, QString *error)
{
    const QVariant tenant =
        db.scalar(QStringLiteral("SELECT tenant_id::text FROM tenants WHERE tenant_id::text = ? "
                                 "OR slug = ?"),
                  {idOrSlug, idOrSlug});
    if (!tenant.isNull())
        return tenant.toString();
    QStringList known;
    for (const auto &row :
         db.query(QStringLiteral("SELECT tenant_id::text, slug, name FROM tenants ORDER BY name")))
        known << QStringLiteral("  %1  %2  (%3)")
                     .arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString());
    *error = QStringLiteral("There is no tenant \"%1\" in this database.%2")
                 .arg(idOrSlug, known.isEmpty() ? QStringLiteral(" It has no tenants yet.")
                                                : QStringLiteral(" Tenants:\n") +
                                                      known.join(QLatin1Char('\n')));
    return {};
}

} // namespace cli
