#include "commands.h"
#include "cli.h"

#include "db/connectioninfo.h"
#include "db/databaseerror.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "demo/demoaccounts.h"
#include "demo/demoseeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <memory>
#include <optional>

using namespace stockroom;
using cli::connect;
using cli::err;
using cli::out;
using cli::parse;

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, QStringLiteral("Bring a Stockroom database schema up to date.")))
        return 2;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    int failure = 0;
    const auto conn = connect(parser, &failure);
    if (!conn)
        return failure;
    try {
        Migrator migrator(*conn);
        const auto result = migrator.migrate([](const Migration &m, int index, int total) {
            out() << QStringLiteral("[%1/%2] applying %3\n")
                         .arg(index + 1)
                         .arg(total)
                         .arg(m.fileName);
            out().flush();
        });
        if (result.applied.isEmpty())
            out() << "Schema is up to date at version " << result.toVersion << "; nothing to do.\n";
        else
            out() << "Migrated from version " << result.fromVersion << " to " << result.toVersion
                  << ".\n";
        return 0;
    } catch (const MigrationError &e) {
        err() << "stockroomd: " << e.message() << "\n";
    } catch (const DatabaseError &e) {
        err() << "stockroomd: migration failed: " << e.fullText() << "\n";
    }
    return 1;
}

int runSeedDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption variants(QStringLiteral("variants"),
                                      QStringLiteral("number of variants (default 5000)"),
                                      QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption tenant(
        QStringLiteral("tenant"),
        QStringLiteral("tenant name; a new name adds a tenant beside existing ones"),
        QStringLiteral("NAME"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("random seed (default 42); same seed, same data"),
                                  QStringLiteral("S"), QStringLiteral("42"));
    parser.addOptions({variants, tenant, seed});
    if (!parse(
            parser, arguments,
            QStringLiteral(
                "Load deterministic demo data for an Indian grocery and quick-commerce business.")))
        return 2;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    DemoSeedOptions options;
    bool ok = false;
    options.variants = parser.value(variants).toInt(&ok);
    if (!ok) {
        err() << "stockroomd: --variants takes a whole number, not \"" << parser.value(variants)
              << "\".\n";
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << "stockroomd: --seed takes a non-negative whole number, not \""
              << parser.value(seed) << "\".\n";
        return 2;
    }
    if (parser.isSet(tenant))
        options.tenantName = parser.value(tenant);

    int failure = 0;
    const auto conn = connect(parser, &failure);
    if (!conn)
        return failure;
    try {
        // Refuse an unmigrated or outdated schema up front rather than failing halfway.
        if (!cli::schemaIsCurrent(*conn))
            return 1;
        QElapsedTimer timer;
        timer.start();
        QString lastStage;
        const auto summary =
            DemoSeeder(*conn).seed(options, [&](const QString &stage, qint64 done, qint64 total) {
                if (stage != lastStage && !lastStage.isEmpty())
                    out() << "\n";
                lastStage = stage;
                out() << QStringLiteral("\r%1: %2 / %3").arg(stage).arg(done).arg(total);
                out().flush();
            });
        out()
            << QStringLiteral(
                   "\nSeeded tenant \"%1\" (%2) in %3 s: %4 variants, %5 products, %6 categories, "
                   "%7 prices, %8 stock positions, %9 ledger movements, %10 reservations, "
                   "%11 batches, %12 orders.\n")
                   .arg(options.tenantName, summary.tenantId)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(summary.variants)
                   .arg(summary.products)
                   .arg(summary.categories)
                   .arg(summary.prices)
                   .arg(summary.stockPositions)
                   .arg(summary.movements)
                   .arg(summary.reservations)
                   .arg(summary.batches)
                   .arg(summary.orders);
        if (!summary.demoLogins.isEmpty()) {
            out() << "Demo accounts (see README, \"Demo accounts\"):\n";
            for (const DemoAccount &a : demoAccounts())
                out() << QStringLiteral("  %1  password %2  (%3)\n")
                             .arg(a.login.leftJustified(16), a.password.leftJustified(21),
                                  roleKindTitle(a.role));
        }
        return 0;
    } catch (const DemoSeedError &e) {
        err() << "\nstockroomd: " << e.message() << "\n";
    } catch (const MigrationError &e) {
        err() << "\nstockroomd: " << e.message() << "\n";
    } catch (const DatabaseError &e) {
        err() << "\nstockroomd: seeding failed and was rolled back: " << e.fullText() << "\n";
    }
    return 1;
}
