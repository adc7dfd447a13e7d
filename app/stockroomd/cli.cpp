#include "cli.h"

#include "db/connectioninfo.h"
#include "db/databaseerror.h"

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

std::unique_ptr<PgConnection> connect(const QCommandLineParser &parser, int *exitCode)
{
    QString error;
    const auto info = ConnectionInfo::parse(parser.value(DbOption), &error);
    *exitCode = 2;
    if (!info) {
        err()
            << "stockroomd: the --db value is not a valid connection string: " << error
            << "\nUse key=value pairs (\"host=db.example port=5432 dbname=stockroom user=admin\") "
               "or a URI (\"postgresql://admin@db.example:5432/stockroom\").\n";
        return nullptr;
    }
    *exitCode = 1;
    try {
        return std::make_unique<PgConnection>(*info, QStringLiteral("stockroomd"));
    } catch (const DatabaseError &e) {
        err()
            << "stockroomd: " << e.message()
            << "\nCheck that the server is running and reachable, and that the database, user and "
               "password are right.\n";
        return nullptr;
    }
}

} // namespace cli
