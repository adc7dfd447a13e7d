// Effective prices and the store's view of the catalog over a seeded catalog (scripts/bench
// --prices: the demo seeder's 1,000,000 variants, with location prices, channel prices, history
// and scheduled rises on a share of them), each beside a raw baseline measured in the same run.
//
//  1. api.store_catalog_view for one location of the staff login, read the way the desktop
//     reads it (QtSql, forward-only: rows stream and are dropped): the whole view (rows/s, total,
//     the client's peak memory), a first page and a deep keyset page. Baseline: a plain SELECT of
//     the same columns but the price — variants, products, categories and the location's stock
//     positions — in the same order, as the superuser (no row-level security), read the same
//     way.
//  2. pricing.price_at for random variant/location pairs (seeded, so runs compare): single
//     lookups (p50/p99) and one set-based statement over 10,000 variants, as the staff login and
//     as the superuser. Baseline: a direct index lookup of each variant's all-locations default-
//     channel row, as the superuser.
//
// Nothing is asserted about time: it prints numbers and ratios.
#include "benchstats.h"
#include "catalog/storecatalog.h"
#include "db/connectioninfo.h"
#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>

using namespace stockroom;

namespace {

constexpr quint32 Seed = 20261121;
constexpr int SetSize = 10000;
constexpr int PageSize = 100;
constexpr int PageRepeats = 20;

using bench::percentile;

// Resident memory now and at its peak (VmRSS, VmHWM), in MB.
double memoryMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString ratio(double a, double b)
{
    return QString::number(a / std::max(b, 1e-6), 'f', 2) + QLatin1Char('x');
}

QString grouped(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

// The baseline's columns: the view's, less the price; the same order.
const QString RawColumns = QStringLiteral(
    "SELECT v.id::text, v.product_id::text, v.sku, v.name, coalesce(c.path, ''), v.stock_uom,"
    " coalesce(sp.quantity_on_hand, 0)::text, coalesce(sp.quantity_reserved, 0)::text,"
    " coalesce(sp.quantity_available, 0)::text, v.name_key"
    " FROM variants v JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id"
    " LEFT JOIN categories c ON c.tenant_id = p.tenant_id AND c.id = p.category_id"
    " LEFT JOIN stock_positions sp ON sp.tenant_id = v.tenant_id AND sp.variant_id = v.id"
    "  AND sp.location_id = ?::uuid"
    " WHERE v.tenant_id = ?::uuid AND v.status = 'active'");

// Reads a forward-only result to the end, touching every column as a client would; returns
// the rows.
qint64 drain(QSqlQuery &q)
{
    qint64 n = 0;
    qint64 characters = 0;
    while (q.next()) {
        for (int c = 0; c < 10; ++c)
            characters += q.value(c).toString().size();
        ++n;
    }
    Q_UNUSED(characters)
    return n;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        QTextStream(stderr)
            << "usage: bench_catalog_prices SUPERUSER-CONNINFO STAFF-CONNINFO [LOOKUPS]\n";
        return 2;
    }
    const int lookups = argc > 3 ? QByteArray(argv[3]).toInt() : 2000;
    QString error;
    const auto superInfo = ConnectionInfo::parse(QString::fromLocal8Bit(argv[1]), &error);
    const auto staffInfo = ConnectionInfo::parse(QString::fromLocal8Bit(argv[2]), &error);
    if (!superInfo || !staffInfo) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    QSqlDatabase staff =
        openThreadConnection(*staffInfo, QStringLiteral("bench-staff"), QStringLiteral("bench"));
    QSqlDatabase superuser = openThreadConnection(*superInfo, QStringLiteral("bench-superuser"),
                                                  QStringLiteral("bench"));
    PgConnection staffPg(*staffInfo, QStringLiteral("bench-staff-pg"));
    PgConnection superPg(*superInfo, QStringLiteral("bench-superuser-pg"));

    // The staff login's tenant and its first shop floor.
    const PgResult where =
        staffPg.exec(QStringLiteral("SELECT l.tenant_id::text, l.id::text, l.code FROM locations l"
                                    " ORDER BY l.location_type <> 'store', l.code LIMIT 1"));
    if (where.rows() == 0) {
        QTextStream(stderr) << "the staff login sees no location\n";
        return 1;
    }
    const QString tenant = where.value(0, 0);
    const QString location = where.value(0, 1);
    const PgResult shape = superPg.exec(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM variants WHERE tenant_id = $1),"
            " (SELECT count(*) FROM variants WHERE tenant_id = $1 AND status = 'active'),"
            " (SELECT count(*) FROM variant_prices WHERE tenant_id = $1),"
            " (SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND location_id IS NOT "
            "NULL),"
            " (SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND channel <> 'default'),"
            " (SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND effective_from > "
            "now()),"
            " (SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND location_id = $2)"),
        {tenant, location});
    out << QStringLiteral("catalog: %1 variants (%2 active); %3 price rows: %4 for one location, "
                          "%5 for a channel, %6 scheduled; location %7 stocks %8 of them\n")
               .arg(
                   grouped(shape.value(0, 0).toLongLong()), grouped(shape.value(0, 1).toLongLong()),
                   grouped(shape.value(0, 2).toLongLong()), grouped(shape.value(0, 3).toLongLong()),
                   grouped(shape.value(0, 4).toLongLong()), grouped(shape.value(0, 5).toLongLong()),
                   where.value(0, 2), grouped(shape.value(0, 6).toLongLong()));

    // ── 1. The store's view ───────────────────────────────────────────────────────────────────
    out << QStringLiteral("\n== api.store_catalog_view, location %1 (as the staff login, QtSql "
                          "forward-only)\n")
               .arg(where.value(0, 2));
    out.flush();
    const StoreCatalogQuery query{location, {}, QStringLiteral("default")};
    const double rssBefore = memoryMegabytes("VmRSS:");
    const double peakBefore = memoryMegabytes("VmHWM:");
    double viewMs = 0;
    double rawMs = 0;
    qint64 viewRows = 0;
    qint64 rawRows = 0;
    // The deep page starts half way through the view.
    const qint64 deepRow = std::max<qint64>(1, shape.value(0, 1).toLongLong() / 2);
    std::optional<StoreCatalogCursor> deep;
    QElapsedTimer t;
    // Two rounds, taking turns; the second (warm) counts.
    for (int round = 0; round < 2; ++round) {
        t.start();
        qint64 seen = 0;
        viewRows = StoreCatalogRepository::forEach(staff, query, [&](const StoreCatalogRow &row) {
            if (++seen == deepRow)
                deep = StoreCatalogCursor{row.sortKey, row.variantId};
        });
        viewMs = ms(t);
        t.start();
        QSqlQuery raw =
            execQuery(superuser, RawColumns + QStringLiteral(" ORDER BY v.name_key, v.id"),
                      {location, tenant});
        rawRows = drain(raw);
        rawMs = ms(t);
    }
    const double peakAfter = memoryMegabytes("VmHWM:");
    out << QStringLiteral("  whole view: %1 rows in %2 s = %3 rows/s   raw baseline: %4 rows in "
                          "%5 s = %6 rows/s   ratio time view/raw %7\n")
               .arg(grouped(viewRows))
               .arg(viewMs / 1000, 0, 'f', 2)
               .arg(grouped(qint64(double(viewRows) / (viewMs / 1000))))
               .arg(grouped(rawRows))
               .arg(rawMs / 1000, 0, 'f', 2)
               .arg(grouped(qint64(double(rawRows) / (rawMs / 1000))))
               .arg(ratio(viewMs, rawMs));
    out << QStringLiteral("  client memory: resident %1 MB before, peak %2 MB before and %3 MB "
                          "after reading both twice (+%4 MB)\n")
               .arg(rssBefore, 0, 'f', 1)
               .arg(peakBefore, 0, 'f', 1)
               .arg(peakAfter, 0, 'f', 1)
               .arg(peakAfter - peakBefore, 0, 'f', 1);

    auto pageTimes = [&](const std::optional<StoreCatalogCursor> &after, QList<double> &view,
                         QList<double> &raw) {
        for (int i = 0; i < PageRepeats; ++i) {
            t.start();
            const auto rows = StoreCatalogRepository::page(staff, query, after, PageSize);
            view << ms(t);
            Q_UNUSED(rows)
            t.start();
            QSqlQuery q = execQuery(
                superuser,
                RawColumns +
                    (after ? QStringLiteral(" AND (v.name_key, v.id) > (?::text COLLATE \"C\", "
                                            "?::uuid)")
                           : QString()) +
                    QStringLiteral(" ORDER BY v.name_key, v.id LIMIT ?::int"),
                after ? QVariantList{location, tenant, after->sortKey, after->variantId, PageSize}
                      : QVariantList{location, tenant, PageSize});
            (void)drain(q);
            raw << ms(t);
        }
    };
    QList<double> firstView, firstRaw, deepView, deepRaw;
    pageTimes(std::nullopt, firstView, firstRaw);
    pageTimes(deep, deepView, deepRaw);
    auto pageLine = [&](const QString &what, const QList<double> &view, const QList<double> &raw) {
        out << QStringLiteral("  %1 of %2: p50 %3 ms  p99 %4 ms   raw p50 %5 ms  p99 %6 ms   "
                              "ratio p50 %7\n")
                   .arg(what)
                   .arg(PageSize)
                   .arg(percentile(view, 0.5), 0, 'f', 2)
                   .arg(percentile(view, 0.99), 0, 'f', 2)
                   .arg(percentile(raw, 0.5), 0, 'f', 2)
                   .arg(percentile(raw, 0.99), 0, 'f', 2)
                   .arg(ratio(percentile(view, 0.5), percentile(raw, 0.5)));
    };
    pageLine(QStringLiteral("first page"), firstView, firstRaw);
    pageLine(QStringLiteral("deep page (after row %1)").arg(grouped(deepRow)), deepView, deepRaw);
    out.flush();

    // ── 2. Effective prices ───────────────────────────────────────────────────────────────────
    // Random variants (a seeded generator picks their places in id order) at random locations
    // of the staff login, on the channel the location sells on: a dark store's own channel
    // ('dark_store', priced for a share of the demo's variants), else the default one.
    const PgResult ids = superPg.exec(
        QStringLiteral("SELECT id::text FROM variants WHERE tenant_id = $1 ORDER BY id"), {tenant});
    struct Place
    {
        QString id;
        QString channel;
    };
    QList<Place> places;
    const PgResult mine = staffPg.exec(QStringLiteral(
        "SELECT id::text, CASE location_type WHEN 'dark_store' THEN 'dark_store' ELSE 'default' END"
        " FROM locations ORDER BY code"));
    for (int i = 0; i < mine.rows(); ++i)
        places.append({mine.value(i, 0), mine.value(i, 1)});
    QRandomGenerator random(Seed);
    struct Lookup
    {
        QString variant;
        Place place;
    };
    QList<Lookup> pairs;
    for (int i = 0; i < lookups; ++i)
        pairs.append({ids.value(int(random.bounded(ids.rows())), 0),
                      places.at(int(random.bounded(int(places.size()))))});
    QStringList setIds;
    for (int i = 0; i < SetSize; ++i)
        setIds << ids.value(int(random.bounded(ids.rows())), 0);
    const QString setArray = QLatin1Char('{') + setIds.join(QLatin1Char(',')) + QLatin1Char('}');

    const QString priceAt =
        QStringLiteral("SELECT base_price, rule FROM pricing.price_at($1, $2, $3, $4, now())");
    const QString rawLookup = QStringLiteral(
        "SELECT base_price FROM variant_prices WHERE tenant_id = $1 AND variant_id = $2"
        " AND location_id IS NULL AND channel = 'default' AND effective_from <= now()"
        " AND (effective_to IS NULL OR effective_to > now())");
    QList<double> staffSingle, superSingle, rawSingle;
    QHash<QString, int> rules;
    for (int round = 0; round < 2; ++round) { // the first round warms the cache; the second counts
        staffSingle.clear();
        superSingle.clear();
        rawSingle.clear();
        rules.clear();
        for (const Lookup &l : std::as_const(pairs)) {
            t.start();
            const PgResult r =
                staffPg.exec(priceAt, {tenant, l.variant, l.place.id, l.place.channel});
            staffSingle << ms(t);
            rules[r.rows() ? r.value(0, 1) : QStringLiteral("none")] += 1;
            t.start();
            (void)superPg.exec(priceAt, {tenant, l.variant, l.place.id, l.place.channel});
            superSingle << ms(t);
            t.start();
            (void)superPg.exec(rawLookup, {tenant, l.variant});
            rawSingle << ms(t);
        }
    }
    out << QStringLiteral("\n== pricing.price_at, %1 random variant/location pairs (seed %2; a "
                          "dark store's on its channel), one statement each\n")
               .arg(lookups)
               .arg(Seed);
    QStringList ruleCounts;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        ruleCounts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    std::sort(ruleCounts.begin(), ruleCounts.end());
    out << QStringLiteral("  rules applied: %1\n").arg(ruleCounts.join(QStringLiteral(", ")));
    auto singleLine = [&](const QString &what, const QList<double> &v) {
        out << QStringLiteral("  %1 p50 %2 ms  p99 %3 ms   ratio to raw p50 %4  p99 %5\n")
                   .arg(what, -34)
                   .arg(percentile(v, 0.5), 0, 'f', 3)
                   .arg(percentile(v, 0.99), 0, 'f', 3)
                   .arg(ratio(percentile(v, 0.5), percentile(rawSingle, 0.5)))
                   .arg(ratio(percentile(v, 0.99), percentile(rawSingle, 0.99)));
    };
    singleLine(QStringLiteral("price_at as the staff login (RLS)"), staffSingle);
    singleLine(QStringLiteral("price_at as the superuser"), superSingle);
    singleLine(QStringLiteral("raw: all-locations default row"), rawSingle);

    // Set-based: one statement resolving 10,000 variants at one location.
    const QString setPriceAt = QStringLiteral(
        "SELECT count(pr.base_price), sum(pr.base_price) FROM unnest($2::uuid[]) AS v(id)"
        " LEFT JOIN LATERAL pricing.price_at($1, v.id, $3, 'default', now()) pr ON true");
    const QString setRaw = QStringLiteral(
        "SELECT count(vp.base_price), sum(vp.base_price) FROM unnest($2::uuid[]) AS v(id)"
        " LEFT JOIN variant_prices vp ON vp.tenant_id = $1 AND vp.variant_id = v.id"
        "  AND vp.location_id IS NULL AND vp.channel = 'default' AND vp.effective_from <= now()"
        "  AND (vp.effective_to IS NULL OR vp.effective_to > now())");
    const QList<SqlParam> setParams{tenant, setArray, location};
    const PgResult plan = superPg.exec(QStringLiteral("EXPLAIN ") + setPriceAt, setParams);
    bool inlined = true;
    for (int i = 0; i < plan.rows(); ++i)
        inlined = inlined && !plan.value(i, 0).contains(QLatin1String("Function Scan on price_at"));
    double setStaff = 0, setSuper = 0, setRawMs = 0;
    QString resolved;
    for (int round = 0; round < 3; ++round) { // warm, then the better of two
        t.start();
        const PgResult a = staffPg.exec(setPriceAt, setParams);
        const double s = ms(t);
        t.start();
        (void)superPg.exec(setPriceAt, setParams);
        const double o = ms(t);
        t.start();
        (void)superPg.exec(setRaw, {tenant, setArray});
        const double r = ms(t);
        resolved = a.value(0, 0);
        if (round == 1 || (round == 2 && s < setStaff))
            setStaff = s;
        if (round == 1 || (round == 2 && o < setSuper))
            setSuper = o;
        if (round == 1 || (round == 2 && r < setRawMs))
            setRawMs = r;
    }
    out << QStringLiteral(
               "  set-based, %1 variants at %2 in one statement (price_at %3): staff "
               "%4 ms, superuser %5 ms, raw %6 ms   ratio staff/raw %7, superuser/raw %8; %9 "
               "priced\n")
               .arg(grouped(SetSize), where.value(0, 2),
                    inlined ? QStringLiteral("inlined") : QStringLiteral("NOT inlined"))
               .arg(setStaff, 0, 'f', 1)
               .arg(setSuper, 0, 'f', 1)
               .arg(setRawMs, 0, 'f', 1)
               .arg(ratio(setStaff, setRawMs), ratio(setSuper, setRawMs), resolved);
    out.flush();
    staff.close();
    superuser.close();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    try {
        return run(argc, argv);
    } catch (const DatabaseError &e) {
        QTextStream(stderr) << "bench_catalog_prices: " << e.fullText() << "\n";
        return 1;
    }
}
