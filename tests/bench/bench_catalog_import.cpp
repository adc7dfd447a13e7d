// The catalog import over a generated file (100,000 rows by default): the first import (new
// categories, products, variants, barcodes, prices, source mappings, versions and events), with
// its split — reading and checking, COPY, the database's merge — a dry run of the same file, and
// the re-import of the unchanged file (nothing to change). Beside them, measured in the same run:
// the raw baseline, a plain COPY of the same file (FORMAT csv) into an unindexed table of text
// columns, the least loading those bytes can cost. The import runs as a staff login through
// api.import_catalog, as the desktop does (an admin: the import's prices are every location's);
// the baseline as the owner.
#include "db/connectioninfo.h"
#include "db/pgconnection.h"
#include "import/catalogimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <libpq-fe.h>

using namespace stockroom;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/** An EAN-13 in the in-store range 200–299, so it names nothing a real product has. */
QByteArray ean13(qint64 n)
{
    QByteArray digits = "2" + QByteArray::number(n).rightJustified(11, '0');
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i) - '0') * (i % 2 ? 3 : 1);
    return digits + QByteArray::number((10 - sum % 10) % 10);
}

/**
 * The same file for the same row count, every run: three variants a product, fifty categories
 * two levels deep, one or two barcodes, a price each, and names with commas and quotes now and
 * then so the reader has RFC 4180 to do.
 */
qint64 generate(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buffer =
        "external_id,sku,product_name,variant_name,category_path,barcodes,pack_size,uom,mrp,"
        "base_price,tax_rate\r\n";
    static const char *sizes[] = {"100", "250", "500"};
    static const char *units[] = {"g", "ml", "pc"};
    static const char *taxes[] = {"0", "5", "12", "18"};
    for (int i = 0; i < rows; ++i) {
        const int product = i / 3;
        const int kind = i % 3;
        const QByteArray productName =
            product % 10 == 0
                ? "\"Bench product " + QByteArray::number(product) + ", \"\"family\"\" pack\""
                : "Bench product " + QByteArray::number(product);
        const QByteArray variantName =
            product % 10 == 0 ? "\"Bench product " + QByteArray::number(product) +
                                    ", \"\"family\"\" pack " + sizes[kind] + "\""
                              : "Bench product " + QByteArray::number(product) + " " + sizes[kind];
        const qint64 mrpPaise = 1000 + (i * 7919LL) % 90000;
        const qint64 basePaise = mrpPaise - (i % 5) * 100;
        buffer += "EXT-" + QByteArray::number(i).rightJustified(7, '0') + ",BENCH-" +
                  QByteArray::number(i).rightJustified(7, '0') + ',' + productName + ',' +
                  variantName + ",Bench " + QByteArray::number(product % 5) + "/Shelf " +
                  QByteArray::number(product % 50).rightJustified(2, '0') + ',' + ean13(2 * i) +
                  (i % 4 == 0 ? ";" + ean13(2 * i + 1) : QByteArray()) + ',' + sizes[kind] + ',' +
                  units[kind] + ',' + QByteArray::number(mrpPaise / 100) + '.' +
                  QByteArray::number(mrpPaise % 100).rightJustified(2, '0') + ',' +
                  QByteArray::number(basePaise / 100) + '.' +
                  QByteArray::number(basePaise % 100).rightJustified(2, '0') + ',' + taxes[i % 4] +
                  "\r\n";
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return f.size();
}

/** Plain COPY of the file's bytes into a fresh unindexed table; milliseconds. */
double rawCopy(PgConnection &owner, const QString &path)
{
    owner.exec(QStringLiteral(
        "DROP TABLE IF EXISTS bench_import_raw; CREATE TABLE bench_import_raw (external_id text,"
        " sku text, product_name text, variant_name text, category_path text, barcodes text,"
        " pack_size text, uom text, mrp text, base_price text, tax_rate text)"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    owner.copyBegin(
        QStringLiteral("COPY bench_import_raw FROM STDIN WITH (FORMAT csv, HEADER true)"));
    pg_conn *conn = owner.nativeHandle();
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (PQputCopyData(conn, chunk.constData(), int(chunk.size())) != 1)
            qFatal("COPY failed: %s", PQerrorMessage(conn));
    }
    if (PQputCopyEnd(conn, nullptr) != 1)
        qFatal("COPY failed: %s", PQerrorMessage(conn));
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            qFatal("COPY failed: %s", PQresultErrorMessage(r));
        PQclear(r);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    owner.exec(QStringLiteral("DROP TABLE bench_import_raw"));
    return ms;
}

struct Timed
{
    CatalogImportResult result;
    double ms = 0;
};

Timed runImport(PgConnection &staff, const QString &path, bool dryRun)
{
    CatalogImportRequest request;
    request.filePath = path;
    request.sourceName = QStringLiteral("Bench feed");
    request.dryRun = dryRun;
    QElapsedTimer timer;
    timer.start();
    Timed t;
    t.result = CatalogImport(staff).run(request);
    t.ms = double(timer.nsecsElapsed()) / 1e6;
    if (!t.result.ran() || !t.result.message.isEmpty() || t.result.failed > 0) {
        QTextStream(stderr) << "bench_catalog_import: the import did not go through: "
                            << t.result.status << " " << t.result.message << " ("
                            << t.result.issues.size() << " issues)\n";
        std::exit(1);
    }
    return t;
}

QString seconds(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
}

void line(const QString &what, const Timed &t, double raw)
{
    const CatalogImportResult &r = t.result;
    out() << QStringLiteral("%1 %2  (read+check %3, COPY %4, merge %5)  %6 rows/s  %7x raw\n")
                 .arg(what.leftJustified(12), seconds(t.ms).rightJustified(8),
                      seconds(double(r.parseMs)), seconds(double(r.copyMs)),
                      seconds(double(r.mergeMs)))
                 .arg(qRound64(double(r.received) / (t.ms / 1000.0)))
                 .arg(t.ms / raw, 0, 'f', 1);
    out() << QStringLiteral("             created %1, updated %2, unchanged %3; prices %4, "
                            "mappings %5, categories %6, products %7\n")
                 .arg(r.created)
                 .arg(r.updated)
                 .arg(r.unchanged)
                 .arg(r.pricesChanged)
                 .arg(r.mappingsAdded)
                 .arg(r.categoriesCreated)
                 .arg(r.productsCreated);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: bench_catalog_import STAFF_CONNINFO OWNER_CONNINFO [ROWS]\n";
        return 2;
    }
    QString error;
    const auto staffInfo = ConnectionInfo::parse(QString::fromLocal8Bit(argv[1]), &error);
    const auto ownerInfo = ConnectionInfo::parse(QString::fromLocal8Bit(argv[2]), &error);
    if (!staffInfo || !ownerInfo) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    const int rows = argc > 3 ? QByteArray(argv[3]).toInt() : 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-catalog.csv"));
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = generate(path, rows);
    out() << QStringLiteral("file: %1 rows, %2 MB, generated in %3\n")
                 .arg(rows)
                 .arg(double(bytes) / 1e6, 0, 'f', 1)
                 .arg(seconds(double(timer.nsecsElapsed()) / 1e6));

    PgConnection staff(*staffInfo, QStringLiteral("bench-import"));
    PgConnection owner(*ownerInfo, QStringLiteral("bench-import-raw"));
    // Raw first and last, so a busy machine weighs on both sides alike.
    const double raw1 = rawCopy(owner, path);
    const Timed dry = runImport(staff, path, true);
    const Timed first = runImport(staff, path, false);
    owner.exec(QStringLiteral("ANALYZE"));
    const Timed again = runImport(staff, path, false);
    const double raw2 = rawCopy(owner, path);
    const double raw = (raw1 + raw2) / 2;

    out() << QStringLiteral("raw COPY     %1  (%2 and %3; FORMAT csv into an unindexed table)\n")
                 .arg(seconds(raw).rightJustified(8), seconds(raw1), seconds(raw2));
    line(QStringLiteral("dry run"), dry, raw);
    line(QStringLiteral("import"), first, raw);
    line(QStringLiteral("re-import"), again, raw);
    out() << QStringLiteral("goal: import of %1 rows in at most 10 s: %2 (%3)\n")
                 .arg(rows)
                 .arg(first.ms <= 10'000 ? QStringLiteral("met") : QStringLiteral("missed"),
                      seconds(first.ms));
    if (again.result.changed() != 0 || again.result.pricesChanged != 0) {
        QTextStream(stderr) << "bench_catalog_import: the re-import changed something\n";
        return 1;
    }
    return 0;
}
