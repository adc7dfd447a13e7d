// stockroomd: the Stockroom server. Wiring and command-line parsing only.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage(int code)
{
    QTextStream(code == 0 ? stdout : stderr) << QStringLiteral(
        "Usage: stockroomd <command> [options]\n\n"
        "Commands:\n"
        "  migrate    --db CONNINFO                 bring the database schema up to date\n"
        "  seed-demo  --db CONNINFO [--variants N] [--tenant NAME] [--seed S]\n"
        "                                           load deterministic demo data\n"
        "  staff      add|list|grant|revoke|disable|enable|password --db CONNINFO …\n"
        "                                           administer staff logins and their scope\n"
        "  check      --db CONNINFO [--tenant ID|SLUG]\n"
        "                                           verify the stock invariants, print any drift\n"
        "                                           (exit 0 none, 1 drift)\n"
        "  jobs       --db CONNINFO [--once] [--interval SECONDS]\n"
        "                                           expire reservations and batches, prepare\n"
        "                                           ledger partitions; until SIGTERM or SIGINT\n"
        "  serve      --db CONNINFO [--port 8792] [--listen ADDRESS] [--retention 7d]\n"
        "                                           the live event stream (WebSocket /ws, GET\n"
        "                                           /health); until SIGTERM or SIGINT\n"
        "  import     --db CONNINFO --source NAME --file F [--dry-run] [--skip-bad-rows]\n"
        "             [--errors FILE] [--tenant ID|SLUG]\n"
        "                                           import a catalog CSV file; every bad row\n"
        "                                           reported (exit 0 done, 1 bad rows)\n"
        "  export     --db CONNINFO --file F [--source NAME] [--tenant ID|SLUG]\n"
        "                                           export the catalog and its prices as CSV\n\n"
        "CONNINFO is a libpq connection string (\"host=… dbname=…\") or a postgresql:// URI;\n"
        "fields left out come from the PG* environment variables.\n"
        "Run 'stockroomd <command> --help' for a command's options.\n");
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher: the GLib one costs a great deal per socket write when serve has
    // thousands of clients (measured: about a quarter of serve's time at 2,000 clients).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroomd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKROOM_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(2);
    const QString command = args.at(1);
    args.removeAt(1); // leave "stockroomd <options>" for the command's own parser
    if (command == QLatin1String("migrate"))
        return runMigrate(args);
    if (command == QLatin1String("seed-demo"))
        return runSeedDemo(args);
    if (command == QLatin1String("staff"))
        return runStaff(args);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("jobs"))
        return runJobs(args);
    if (command == QLatin1String("serve"))
        return runServe(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "stockroomd " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QTextStream(stderr) << QStringLiteral("stockroomd: unknown command \"%1\".\n\n").arg(command);
    return usage(2);
}
