// stockroomd check — verifies the stock invariants and prints any drift, for an operator or a
// monitoring script: exit 0 when everything holds, 1 when something drifted.
#include "cli.h"
#include "commands.h"

#include "db/databaseerror.h"
#include "db/migrator.h"
#include "maintenance/stockcheck.h"

#include <QSet>

using namespace stockroom;
using cli::err;
using cli::out;

namespace {

// Exit codes: 0 and 1 answer the question; 2 and 3 mean it was not answered.
constexpr int NoDrift = 0;
constexpr int Drift = 1;
constexpr int BadCommandLine = 2;
constexpr int CouldNotCheck = 3;

QString plural(qint64 n, const QString &singular, const QString &pluralForm)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : pluralForm);
}

/** "<invariant>: annapurna-fresh, SKU HOC-0000001 at BLR-IND-FLOOR: <what differs>" */
QString describe(const StockDrift &d)
{
    QString where = d.tenant;
    if (!d.sku.isEmpty())
        where += QStringLiteral(", SKU ") + d.sku;
    if (!d.locationCode.isEmpty())
        where += QStringLiteral(" at ") + d.locationCode;
    return QStringLiteral("%1: %2: %3").arg(d.invariant, where, d.detail);
}

int report(const StockCheckResult &result)
{
    const QString scope =
        plural(result.positionsChecked, QStringLiteral("stock position"),
               QStringLiteral("stock positions")) +
        QStringLiteral(" in ") +
        plural(result.tenantsChecked, QStringLiteral("tenant"), QStringLiteral("tenants"));
    if (result.drift.isEmpty()) {
        out() << "No drift: every stock invariant holds (" << scope << " checked).\n";
        return NoDrift;
    }
    QSet<QString> invariants;
    for (const StockDrift &d : result.drift) {
        out() << describe(d) << "\n";
        invariants.insert(d.invariant);
    }
    out() << "Drift found: "
          << plural(result.drift.size(), QStringLiteral("violation"), QStringLiteral("violations"))
          << " of "
          << plural(invariants.size(), QStringLiteral("invariant"), QStringLiteral("invariants"))
          << "; " << scope << " checked.\n";
    return Drift;
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("check only this tenant (its id or slug)"),
                                    QStringLiteral("ID|SLUG"));
    parser.addOption(tenant);
    if (!cli::parse(parser, arguments,
                    QStringLiteral("Verify every stock invariant and print any drift. Exit status: "
                                   "0 no drift, 1 drift found, 2 bad command line, 3 the check "
                                   "could not run.")))
        return BadCommandLine;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    int failure = 0;
    const auto conn = cli::connect(parser, &failure);
    if (!conn)
        return failure == 2 ? BadCommandLine : CouldNotCheck;
    try {
        if (!cli::schemaIsCurrent(*conn))
            return CouldNotCheck;
        PgSession db(*conn);
        QString tenantId;
        if (parser.isSet(tenant)) {
            QString error;
            tenantId = cli::findTenant(db, parser.value(tenant).trimmed(), &error);
            if (tenantId.isEmpty()) {
                err() << "stockroomd: " << error << "\n";
                return BadCommandLine;
            }
        }
        return report(StockCheck(db).run(tenantId));
    } catch (const MigrationError &e) {
        err() << "stockroomd: " << e.message() << "\n";
    } catch (const DatabaseError &e) {
        cli::reportFailure(QStringLiteral("the stock check could not run"), e);
    }
    return CouldNotCheck;
}
