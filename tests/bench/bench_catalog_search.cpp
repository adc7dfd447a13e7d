// Search-as-you-type latency over a seeded catalog: every prefix of a set of real names, SKUs and
// barcodes is queried as the catalog page's first page would be, and compared with a raw
// baseline in the same run: the plainest page there is (100 variants in name order, no search,
// no joins) over bare libpq, so the ratio is what searching and the page's columns cost.
// Also times a raw COPY of as many rows as the catalog has, the floor for the seeding figure.
#include "benchstats.h"
#include "catalog/catalogrepository.h"
#include "db/connectioninfo.h"
#include "db/pgconnection.h"
#include "db/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTextStream>
#include <algorithm>

using namespace stockroom;
using bench::percentile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_catalog_search CONNINFO\n";
        return 2;
    }
    QString error;
    const auto info = ConnectionInfo::parse(QString::fromLocal8Bit(argv[1]), &error);
    if (!info) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    QSqlDatabase db = openThreadConnection(*info, QStringLiteral("bench"), QStringLiteral("bench"));
    PgConnection raw(*info, QStringLiteral("bench-raw"));
    const QString tenant = CatalogRepository::tenants(db).first().id;
    const qint64 variants = raw.scalar(QStringLiteral("SELECT count(*) FROM variants"))
                                .value_or(QStringLiteral("0"))
                                .toLongLong();

    // What people type: prefixes of real names (words), SKUs and barcodes, spread over the catalog.
    QStringList terms;
    const PgResult sample = raw.exec(QStringLiteral(
        "SELECT split_part(lower(v.name), ' ', 1 + (abs(hashtext(v.id::text)) % 2)), v.sku,"
        " (SELECT barcode FROM variant_barcodes b WHERE b.tenant_id = v.tenant_id AND b.variant_id "
        "= v.id LIMIT 1)"
        " FROM variants v TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 40"));
    for (int r = 0; r < sample.rows(); ++r) {
        for (int c = 0; c < 3; ++c) {
            const QString word = sample.value(r, c);
            for (int len = 1; len <= std::min<qsizetype>(word.size(), c == 2 ? 13 : 8); ++len)
                terms << word.left(len);
        }
    }

    CatalogFilter filter{tenant, {}, {}};
    QList<double> full;
    QList<double> baseline;
    QList<QPair<double, QString>> slowest;
    QElapsedTimer t;
    for (int round = 0; round < 2; ++round) { // the first round warms the cache; the second counts
        full.clear();
        baseline.clear();
        for (const QString &term : terms) {
            filter.search = term;
            t.start();
            const auto rows = CatalogRepository::page(db, filter, std::nullopt, 100);
            full << double(t.nsecsElapsed()) / 1e6;
            if (round == 1)
                slowest.append({full.last(), term});
            t.start();
            raw.exec(QStringLiteral(
                         "SELECT v.id, v.sku, v.name FROM variants v WHERE v.tenant_id = $1::uuid"
                         " ORDER BY v.name_key, v.id LIMIT 100"),
                     {tenant});
            baseline << double(t.nsecsElapsed()) / 1e6;
            Q_UNUSED(rows)
        }
    }
    // Scrolling: keyset pages deep into the unfiltered catalog.
    QList<double> paging;
    filter.search.clear();
    std::optional<CatalogCursor> cursor;
    for (int page = 0; page < 100; ++page) {
        t.start();
        const auto rows = CatalogRepository::page(db, filter, cursor, 100);
        paging << double(t.nsecsElapsed()) / 1e6;
        if (rows.isEmpty())
            break;
        cursor = CatalogCursor{rows.last().sortKey, rows.last().id};
    }

    std::sort(slowest.begin(), slowest.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    const double p50 = percentile(full, 0.5), p99 = percentile(full, 0.99);
    const double b50 = percentile(baseline, 0.5), b99 = percentile(baseline, 0.99);
    out << QStringLiteral("catalog variants: %1\n").arg(variants);
    out << QStringLiteral("search-as-you-type: %1 keystrokes, first page of 100\n")
               .arg(full.size());
    out << QStringLiteral(
               "  catalog page query  p50 %1 ms  p99 %2 ms  max %3 ms   (goal p99 <= 50 ms: %4)\n")
               .arg(p50, 0, 'f', 2)
               .arg(p99, 0, 'f', 2)
               .arg(percentile(full, 1.0), 0, 'f', 2)
               .arg(p99 <= 50 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out << QStringLiteral("  raw baseline (plain page, libpq) p50 %1 ms  p99 %2 ms\n")
               .arg(b50, 0, 'f', 2)
               .arg(b99, 0, 'f', 2);
    out << QStringLiteral("  ratio page/baseline p50 %1x  p99 %2x\n")
               .arg(p50 / std::max(b50, 0.001), 0, 'f', 2)
               .arg(p99 / std::max(b99, 0.001), 0, 'f', 2);
    out << QStringLiteral("  slowest keystrokes:");
    for (int i = 0; i < std::min<qsizetype>(8, slowest.size()); ++i)
        out << QStringLiteral(" \"%1\" %2 ms")
                   .arg(slowest[i].second)
                   .arg(slowest[i].first, 0, 'f', 1);
    out << "\n";
    out << QStringLiteral("keyset paging, 100 pages of 100: p50 %1 ms  p99 %2 ms\n")
               .arg(percentile(paging, 0.5), 0, 'f', 2)
               .arg(percentile(paging, 0.99), 0, 'f', 2);

    // Floor for the seeding figure: a raw COPY of as many narrow rows into an unindexed table.
    raw.exec(QStringLiteral("CREATE TEMP TABLE copy_floor (id uuid, sku text, name text)"));
    t.start();
    raw.copyBegin(QStringLiteral("COPY copy_floor FROM STDIN"));
    for (qint64 i = 0; i < variants; ++i) {
        raw.copyRow({QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                     QStringLiteral("SKU-%1").arg(i),
                     QStringLiteral("Product number %1 500 g").arg(i)});
    }
    raw.copyEnd();
    out << QStringLiteral("raw COPY floor: %1 rows in %2 s\n")
               .arg(variants)
               .arg(double(t.elapsed()) / 1000, 0, 'f', 2);
    out.flush();
    db.close();
    return 0;
}
