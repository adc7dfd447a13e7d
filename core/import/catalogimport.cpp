#include "import/catalogimport.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "import/catalogrowcheck.h"
#include "import/csvreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <algorithm>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogImport", text);
}

// Rows between looks at the cancel flag and progress.
constexpr int CheckEvery = 512;

int columnOrder(const QString &column)
{
    const auto c = catalogcolumns::fromName(column);
    return c ? static_cast<int>(*c) + 1 : 0;
}

void sortIssues(QList<ImportIssue> &issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
        if (a.line != b.line)
            return a.line < b.line;
        return columnOrder(a.column) < columnOrder(b.column);
    });
}

// Ends a COPY left open when an exception unwinds, so the transaction can roll back.
struct CopyGuard
{
    PgConnection &connection;
    bool open = false;
    ~CopyGuard()
    {
        if (!open)
            return;
        try {
            connection.copyEnd();
        } catch (...) {
            // Rolled back anyway.
        }
    }
};

bool isRefusal(const DatabaseError &e)
{
    return e.sqlState().startsWith(QLatin1String("SR")) ||
           e.sqlState() == QLatin1String("42501"); // insufficient_privilege
}

} // namespace

bool CatalogImportResult::ran() const
{
    return status == QLatin1String("completed") ||
           status == QLatin1String("completed_with_errors") || status == QLatin1String("dry_run") ||
           (status == QLatin1String("failed") && !runId.isEmpty() && message.isEmpty());
}

CatalogImport::CatalogImport(PgConnection &connection)
    : m_connection(connection)
{}

CatalogImport::~CatalogImport()
{
    const std::lock_guard lock(m_cancelMutex);
    if (m_cancelHandle)
        PQfreeCancel(m_cancelHandle);
}

void CatalogImport::cancel()
{
    m_cancelled = true;
    const std::lock_guard lock(m_cancelMutex);
    if (m_cancelHandle && m_inServer) {
        char reason[256];
        PQcancel(m_cancelHandle, reason, sizeof reason);
    }
}

void CatalogImport::setInServer(bool inServer)
{
    const std::lock_guard lock(m_cancelMutex);
    m_inServer = inServer;
}

void CatalogImport::throwIfCancelled() const
{
    if (m_cancelled)
        throw Cancelled{};
}

CatalogFilePreview CatalogImport::preview(const QString &filePath, int samples)
{
    CatalogFilePreview preview;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("Could not open %1: %2").arg(filePath, file.errorString());
        return preview;
    }
    preview.bytes = file.size();
    CsvReader reader(&file, 64 * 1024);
    CsvReader::Record record;
    if (!reader.next(record)) {
        preview.error = tr("%1 is empty: its first line must name the columns.")
                            .arg(QFileInfo(filePath).fileName());
        return preview;
    }
    if (!record.problem.isEmpty()) {
        preview.error = tr("The header line of %1 cannot be read: %2")
                            .arg(QFileInfo(filePath).fileName(), record.problem);
        return preview;
    }
    for (const QString &h : std::as_const(record.fields))
        preview.headers << h.trimmed();
    while (preview.samples.size() < samples && reader.next(record))
        preview.samples << record.fields;
    return preview;
}

void CatalogImport::stage(QIODevice *file, qint64 size, CatalogImportResult &result,
                          const Progress &progress)
{
    CsvReader reader(file);
    CsvReader::Record record;
    reader.next(record); // the header, read already by run()
    CatalogRowCheck check(result.mapping);
    QList<ImportIssue> issues;

    QElapsedTimer total;
    total.start();
    qint64 copyNs = 0;
    QElapsedTimer copyTimer;
    CopyGuard copy{m_connection};
    m_connection.copyBegin(QStringLiteral("COPY pg_temp.catalog_import_rows (%1) FROM STDIN")
                               .arg(CatalogRowCheck::stagingColumns().join(QLatin1String(", "))));
    copy.open = true;
    qint64 rows = 0;
    double reported = -1;
    while (reader.next(record)) {
        const QList<SqlParam> staged = check.check(record, &issues);
        copyTimer.start();
        m_connection.copyRow(staged);
        copyNs += copyTimer.nsecsElapsed();
        if (++rows % CheckEvery == 0) {
            result.received = rows;
            throwIfCancelled();
            const double fraction = size > 0 ? double(reader.bytesRead()) / double(size) : 0;
            if (progress && fraction - reported >= 0.005) {
                reported = fraction;
                progress(Phase::Reading, fraction);
            }
        }
    }
    copyTimer.start();
    copy.open = false;
    m_connection.copyEnd();
    copyNs += copyTimer.nsecsElapsed();
    result.received = rows;

    sortIssues(issues);
    copyTimer.start();
    copy.open = true;
    m_connection.copyBegin(QStringLiteral("COPY pg_temp.catalog_import_issues (line, column_name, "
                                          "value, reason, code) FROM STDIN"));
    for (const ImportIssue &i : std::as_const(issues))
        m_connection.copyRow({QString::number(i.line), i.column, i.value, i.reason, i.code});
    copy.open = false;
    m_connection.copyEnd();
    copyNs += copyTimer.nsecsElapsed();
    result.issues = issues;
    result.copyMs = copyNs / 1'000'000;
    result.parseMs = qMax<qint64>(0, total.elapsed() - result.copyMs);
    if (progress)
        progress(Phase::Reading, 1.0);
}

void CatalogImport::merge(const CatalogImportRequest &request, const QString &startedAt,
                          CatalogImportResult &result)
{
    const QString columns = u'{' + result.mapping.mappedNames().join(u',') + u'}';
    const QString fileName =
        request.fileName.isEmpty() ? QFileInfo(request.filePath).fileName() : request.fileName;
    const auto flag = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    std::optional<QString> answer;
    if (request.tenantId.isEmpty()) {
        const QUuid requestId =
            request.requestId.isNull() ? QUuid::createUuid() : request.requestId;
        answer = m_connection.scalar(
            QStringLiteral("SELECT api.import_catalog($1::uuid, $2, $3::text[], $4::boolean, "
                           "$5::boolean, $6, $7::timestamptz)::text"),
            {requestId.toString(QUuid::WithoutBraces), request.sourceName, columns,
             flag(request.dryRun), flag(request.skipBadRows), fileName, startedAt});
    } else {
        answer = m_connection.scalar(
            QStringLiteral("SELECT catalog.import_run($1::uuid, $2, $3::text[], $4::boolean, "
                           "$5::boolean, $6, $7::timestamptz)::text"),
            {request.tenantId, request.sourceName, columns, flag(request.dryRun),
             flag(request.skipBadRows), fileName, startedAt});
    }
    const QJsonObject o = QJsonDocument::fromJson(answer.value_or(QString()).toUtf8()).object();
    const auto count = [&o](const char *key) {
        return static_cast<qint64>(o.value(QLatin1String(key)).toDouble());
    };
    result.status = o.value(QLatin1String("status")).toString();
    result.runId = o.value(QLatin1String("ingestion_run_id")).toString();
    result.sourceSystemId = o.value(QLatin1String("source_system_id")).toString();
    result.sourceNew = o.value(QLatin1String("source_new")).toBool();
    result.sourceCreated = o.value(QLatin1String("source_created")).toBool();
    result.received = count("received");
    result.succeeded = count("succeeded");
    result.failed = count("failed");
    result.created = count("created");
    result.updated = count("updated");
    result.unchanged = count("unchanged");
    result.sentToReview = count("sent_to_review");
    result.pricesChanged = count("prices_changed");
    result.mappingsAdded = count("mappings_added");
    result.categoriesCreated = count("categories_created");
    result.productsCreated = count("products_created");

    // Every issue: the file's own and the database's.
    const PgResult issues = m_connection.exec(QStringLiteral(
        "SELECT line, column_name, value, reason, code FROM pg_temp.catalog_import_issues"));
    result.issues.clear();
    result.issues.reserve(issues.rows());
    for (int r = 0; r < issues.rows(); ++r)
        result.issues.append({issues.value(r, 0).toLongLong(), issues.value(r, 1),
                              issues.value(r, 2), issues.value(r, 3), issues.value(r, 4)});
    sortIssues(result.issues);
}

void CatalogImport::recordStopped(const CatalogImportRequest &request, const QString &startedAt,
                                  const CatalogImportResult &result)
{
    const QString fileName =
        request.fileName.isEmpty() ? QFileInfo(request.filePath).fileName() : request.fileName;
    const QList<SqlParam> params{request.sourceName, result.status,
                                 fileName,           QString::number(result.received),
                                 result.message,     startedAt};
    try {
        if (request.tenantId.isEmpty())
            m_connection.exec(
                QStringLiteral("SELECT api.import_catalog_stopped($1::uuid, $2, $3, $4, $5::int, "
                               "$6, $7::timestamptz)"),
                QList<SqlParam>{QUuid::createUuid().toString(QUuid::WithoutBraces)} + params);
        else
            m_connection.exec(QStringLiteral("SELECT catalog.import_stopped($1::uuid, $2, $3, $4, "
                                             "$5::int, $6, $7::timestamptz)"),
                              QList<SqlParam>{request.tenantId} + params);
    } catch (const DatabaseError &) {
        // The run is reported to the person anyway; only its record is missing.
    }
}

CatalogImportResult CatalogImport::run(const CatalogImportRequest &request,
                                       const Progress &progress)
{
    CatalogImportResult result;
    result.status = QStringLiteral("refused");

    QFile file(request.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = tr("Could not open %1: %2").arg(request.filePath, file.errorString());
        return result;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    result.sha256 = hash.result();
    file.seek(0);
    if (!request.expectedSha256.isEmpty() && request.expectedSha256 != result.sha256) {
        result.message = tr("%1 changed since it was checked: check it again before importing.")
                             .arg(QFileInfo(request.filePath).fileName());
        return result;
    }

    const CatalogFilePreview head = preview(request.filePath, 0);
    if (!head.error.isEmpty()) {
        result.message = head.error;
        return result;
    }
    if (request.mapping) {
        if (request.mapping->headers() != head.headers) {
            result.message = tr("The columns of %1 changed since they were matched: check the "
                                "columns again.")
                                 .arg(QFileInfo(request.filePath).fileName());
            return result;
        }
        result.mapping = *request.mapping;
    } else {
        result.mapping = ColumnMapping::guess(head.headers);
    }
    if (const QStringList problems = result.mapping.problems(); !problems.isEmpty()) {
        result.message = problems.join(u' ');
        return result;
    }

    {
        const std::lock_guard lock(m_cancelMutex);
        if (m_cancelHandle)
            PQfreeCancel(m_cancelHandle);
        m_cancelHandle = PQgetCancel(m_connection.nativeHandle());
    }
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Staging tables of 100,000 rows fit in the session's temporary buffers only when those are
    // raised before its first temporary table; a session that had one already keeps its size.
    try {
        m_connection.exec(QStringLiteral("SET temp_buffers = '128MB'"));
    } catch (const DatabaseError &) {
    }
    try {
        throwIfCancelled();
        PgTransaction tx(m_connection);
        m_connection.exec(request.tenantId.isEmpty()
                              ? QStringLiteral("SELECT api.import_catalog_prepare()")
                              : QStringLiteral("SELECT catalog.import_prepare()"));
        stage(&file, file.size(), result, progress);
        throwIfCancelled();
        if (progress)
            progress(Phase::Merging, -1);
        QElapsedTimer merging;
        merging.start();
        setInServer(true);
        merge(request, startedAt, result);
        setInServer(false);
        throwIfCancelled();
        tx.commit();
        result.mergeMs = merging.elapsed();
    } catch (const Cancelled &) {
        result.status = QStringLiteral("cancelled");
    } catch (const DatabaseError &e) {
        setInServer(false);
        if (m_cancelled) {
            result.status = QStringLiteral("cancelled");
        } else if (isRefusal(e)) {
            result.status = QStringLiteral("refused");
            result.message = e.fullText();
        } else {
            result.status = QStringLiteral("failed");
            result.runId.clear();
            result.message = e.fullText();
            if (e.isConnectionFailure())
                return result;
        }
    }
    if (result.status == QLatin1String("cancelled")) {
        result.message = tr("Cancelled: nothing was imported.");
        result.runId.clear();
    }
    if (result.status == QLatin1String("cancelled") ||
        (result.status == QLatin1String("failed") && result.runId.isEmpty()))
        recordStopped(request, startedAt, result);
    return result;
}

} // namespace stockroom
