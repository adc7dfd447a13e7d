// stockroomd import / export — the catalog in the canonical CSV columns, through the same core
// code as the desktop's Import wizard (core/import). Exit status: 0 done, 1 bad rows or refused,
// 2 bad command line.
#include "cli.h"
#include "commands.h"

#include "db/databaseerror.h"
#include "db/migrator.h"
#include "import/catalogexport.h"
#include "import/catalogimport.h"
#include "types/digitgrouping.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace stockroom;
using cli::err;
using cli::out;

namespace {

constexpr int Done = 0;
constexpr int Refused = 1;
constexpr int BadCommandLine = 2;

const QCommandLineOption TenantOption(QStringLiteral("tenant"),
                                      QStringLiteral("the tenant (its id or slug); needed when "
                                                     "the database has several"),
                                      QStringLiteral("ID|SLUG"));
const QCommandLineOption FileOption(QStringLiteral("file"), QStringLiteral("the CSV file"),
                                    QStringLiteral("F"));

QString number(qint64 n)
{
    return (n < 0 ? QStringLiteral("-") : QString()) + groupIndianDigits(QString::number(qAbs(n)));
}

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

/** The tenant --tenant names, or the only one there is; empty (after saying why) otherwise. */
QString chooseTenant(SqlSession &db, const QCommandLineParser &parser, int *exitCode)
{
    QString error;
    if (parser.isSet(TenantOption)) {
        const QString tenant = cli::findTenant(db, parser.value(TenantOption).trimmed(), &error);
        if (tenant.isEmpty()) {
            err() << "stockroomd: " << error << "\n";
            *exitCode = BadCommandLine;
        }
        return tenant;
    }
    const auto rows = db.query(QStringLiteral("SELECT tenant_id::text, slug, name FROM tenants "
                                              "ORDER BY name"));
    if (rows.size() == 1)
        return rows.first().at(0).toString();
    if (rows.isEmpty()) {
        err() << "stockroomd: this database has no tenants yet; there is no catalog to work on.\n";
        *exitCode = Refused;
        return {};
    }
    err() << "stockroomd: this database has " << rows.size()
          << " tenants; name one with --tenant (its id or slug):\n";
    for (const auto &row : rows)
        err() << "  " << row.at(1).toString() << "  (" << row.at(2).toString() << ")\n";
    *exitCode = BadCommandLine;
    return {};
}

/** Connects, checks the schema, picks the tenant; null (with @p exitCode set) when it cannot. */
std::unique_ptr<PgConnection> open(const QCommandLineParser &parser, QString *tenant, int *exitCode)
{
    int failure = 0;
    auto conn = cli::connect(parser, &failure);
    if (!conn) {
        *exitCode = failure == 2 ? BadCommandLine : Refused;
        return nullptr;
    }
    try {
        if (!cli::schemaIsCurrent(*conn)) {
            *exitCode = Refused;
            return nullptr;
        }
        PgSession db(*conn);
        *tenant = chooseTenant(db, parser, exitCode);
    } catch (const MigrationError &e) {
        err() << "stockroomd: " << e.message() << "\n";
        *exitCode = Refused;
        return nullptr;
    } catch (const DatabaseError &e) {
        cli::reportFailure(QStringLiteral("could not read the tenants"), e);
        *exitCode = Refused;
        return nullptr;
    }
    return tenant->isEmpty() ? nullptr : std::move(conn);
}

void printSummary(const CatalogImportRequest &request, const CatalogImportResult &r)
{
    const QString file = QFileInfo(request.filePath).fileName();
    const bool dry = r.status == QLatin1String("dry_run");
    out() << (dry ? "Dry run of " : "Import of ") << file << " from \""
          << request.sourceName.trimmed() << "\": ";
    if (dry)
        out() << "checked; nothing was changed.\n";
    else if (r.status == QLatin1String("completed"))
        out() << "done.\n";
    else if (r.status == QLatin1String("completed_with_errors"))
        out() << "done; the bad rows were left out.\n";
    else
        out() << "nothing was imported: the file has bad rows.\n";
    const QString read = number(r.received) + (r.received == 1 ? " row read: " : " rows read: ");
    if (r.status == QLatin1String("failed")) {
        out() << "  " << read << number(r.failed) << " bad; of the good ones " << number(r.created)
              << " new, " << number(r.updated) << " updated, " << number(r.unchanged)
              << " unchanged, " << number(r.sentToReview) << " for review — none applied\n";
    } else {
        out() << "  " << read << number(r.created) << " new, " << number(r.updated) << " updated, "
              << number(r.unchanged) << " unchanged, " << number(r.sentToReview)
              << " sent to review, " << number(r.failed) << " bad\n";
        out() << "  " << number(r.changed()) << (dry ? " would change" : " changed")
              << "; prices changed " << number(r.pricesChanged) << ", external ids mapped "
              << number(r.mappingsAdded) << ", categories created " << number(r.categoriesCreated)
              << ", products created " << number(r.productsCreated) << "\n";
    }
    out() << "  time: reading and checking " << seconds(r.parseMs) << ", COPY " << seconds(r.copyMs)
          << ", merge " << seconds(r.mergeMs) << "\n";
    if (!r.runId.isEmpty())
        out() << "  ingestion run " << r.runId << "\n";
}

void printIssues(const CatalogImportResult &r)
{
    if (r.issues.isEmpty())
        return;
    out() << number(r.issues.size()) << (r.issues.size() == 1 ? " problem" : " problems") << " in "
          << number(r.failed) << (r.failed == 1 ? " bad row" : " bad rows") << ":\n";
    for (const ImportIssue &i : r.issues) {
        out() << "line " << i.line;
        if (!i.column.isEmpty())
            out() << ", " << importissues::columnTitle(i.column, r.mapping);
        if (!i.value.isEmpty())
            out() << ", \"" << i.value << "\"";
        out() << ": " << i.reason << "\n";
    }
}

bool writeErrors(const QString &path, const CatalogImportResult &r)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !importissues::writeReport(&file, r.issues, r.mapping) || !file.commit()) {
        err() << "stockroomd: could not write the error report " << path << ": "
              << file.errorString() << "\n";
        return false;
    }
    out() << "Error report written to " << path << " (" << number(r.issues.size())
          << (r.issues.size() == 1 ? " line).\n" : " lines).\n");
    return true;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("the source system the file comes from; a new "
                                                   "name is created (type import)"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("check everything and count what would change; "
                                                   "change nothing"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad-rows"),
                                     QStringLiteral("apply the good rows even when some are bad "
                                                    "(default: any bad row, nothing applied)"));
    const QCommandLineOption errors(QStringLiteral("errors"),
                                    QStringLiteral("write every problem to this CSV file "
                                                   "(line, column, value, reason)"),
                                    QStringLiteral("FILE"));
    parser.addOptions({source, FileOption, dryRun, skipBad, errors, TenantOption});
    if (!cli::parse(parser, arguments,
                    QStringLiteral("Import a catalog CSV file (columns external_id, sku, "
                                   "product_name, variant_name, category_path, barcodes, "
                                   "pack_size, uom, mrp, base_price, tax_rate). Exit status: 0 "
                                   "done, 1 bad rows or refused, 2 bad command line.")))
        return BadCommandLine;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.isSet(FileOption) || parser.value(FileOption).isEmpty() ||
        parser.value(source).trimmed().isEmpty()) {
        err() << "stockroomd: import needs --file F and --source NAME (the system the file comes "
                 "from).\n";
        return BadCommandLine;
    }
    if (!QFileInfo(parser.value(FileOption)).isFile()) {
        err() << "stockroomd: there is no file " << parser.value(FileOption) << ".\n";
        return BadCommandLine;
    }

    CatalogImportRequest request;
    request.filePath = parser.value(FileOption);
    request.sourceName = parser.value(source).trimmed();
    request.dryRun = parser.isSet(dryRun);
    request.skipBadRows = parser.isSet(skipBad);
    int exitCode = Refused;
    const auto conn = open(parser, &request.tenantId, &exitCode);
    if (!conn)
        return exitCode;

    CatalogImport import(*conn);
    const CatalogImportResult result = import.run(request);
    if (!result.ran() && result.status != QLatin1String("failed")) {
        err() << "stockroomd: the import did not run: " << result.message << "\n";
        return Refused;
    }
    if (!result.message.isEmpty()) {
        err() << "stockroomd: the import failed and was rolled back: " << result.message << "\n";
        return Refused;
    }
    if (result.sourceNew)
        err() << "stockroomd: notice: there was no source system \"" << request.sourceName << "\"; "
              << (result.sourceCreated ? "created it" : "it is created when rows are applied")
              << " (type import).\n";
    printSummary(request, result);
    printIssues(result);
    if (result.failed > 0 && !request.skipBadRows && !request.dryRun)
        out() << "Nothing was applied. Fix the rows and import again, or add --skip-bad-rows to "
                 "apply the good rows.\n";
    if (parser.isSet(errors) && !writeErrors(parser.value(errors), result))
        return Refused;
    return result.failed > 0 ? Refused : Done;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("fill external_id with the items' ids in this "
                                                   "source system"),
                                    QStringLiteral("NAME"));
    parser.addOptions({FileOption, source, TenantOption});
    if (!cli::parse(parser, arguments,
                    QStringLiteral("Export the active catalog with the prices in effect now, in "
                                   "the columns stockroomd import reads. Exit status: 0 done, 1 "
                                   "failed, 2 bad command line.")))
        return BadCommandLine;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.value(FileOption).isEmpty()) {
        err() << "stockroomd: export needs --file F.\n";
        return BadCommandLine;
    }
    QString tenant;
    int exitCode = Refused;
    const auto conn = open(parser, &tenant, &exitCode);
    if (!conn)
        return exitCode;
    QSaveFile file(parser.value(FileOption));
    if (!file.open(QIODevice::WriteOnly)) {
        err() << "stockroomd: could not write " << file.fileName() << ": " << file.errorString()
              << "\n";
        return Refused;
    }
    try {
        const CatalogExportResult result =
            CatalogExport(*conn).write(&file, tenant, parser.value(source));
        if (!result.ok()) {
            err() << "stockroomd: " << result.error << "\n";
            return Refused;
        }
        if (!file.commit()) {
            err() << "stockroomd: could not write " << file.fileName() << ": " << file.errorString()
                  << "\n";
            return Refused;
        }
        out() << "Exported " << number(result.rows) << (result.rows == 1 ? " item" : " items")
              << " to " << file.fileName() << ".\n";
        return Done;
    } catch (const DatabaseError &e) {
        cli::reportFailure(QStringLiteral("the export failed"), e);
    }
    return Refused;
}
