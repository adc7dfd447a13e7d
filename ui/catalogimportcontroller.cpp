#include "catalogimportcontroller.h"

#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"
#include "import/catalogexport.h"
#include "types/digitgrouping.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QUrl>

#include <mutex>

namespace stockroom {

namespace {

QString number(qint64 n)
{
    return groupIndianDigits(QString::number(n));
}

/** "1 row", "1,200 rows": @p one and @p many ("%1 rows") in the words of the caller. */
QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(number(n));
}

QString rows(qint64 n)
{
    return counted(n, CatalogImportController::tr("1 row"), CatalogImportController::tr("%1 rows"));
}

} // namespace

/** A check or import under way: how the GUI thread reaches its CatalogImport to cancel it. */
struct CatalogImportController::Run
{
    std::mutex mutex;
    CatalogImport *import = nullptr; // while the database thread runs it
    bool cancelled = false;

    void cancel()
    {
        const std::lock_guard lock(mutex);
        cancelled = true;
        if (import)
            import->cancel();
    }
};

CatalogImportController::CatalogImportController(QObject *parent)
    : QObject(parent)
{}

CatalogImportController::~CatalogImportController()
{
    if (m_run)
        m_run->cancel();
}

void CatalogImportController::setSource(const std::optional<ConnectionInfo> &info,
                                        const QString &tenantId, bool mayImport)
{
    if (m_run)
        m_run->cancel();
    m_run.reset();
    m_executor.reset(); // waits for a job under way, which the cancel cuts short
    m_info = info;
    m_tenantId = tenantId;
    m_mayImport = mayImport;
    m_exporting = false;
    m_exportMessage.clear();
    if (m_info)
        m_executor = std::make_unique<DbExecutor>(*m_info, QStringLiteral("stockroom-import"));
    m_sources.clear();
    Q_EMIT sourcesChanged();
    Q_EMIT sourceChanged();
    Q_EMIT exportChanged();
    begin();
}

QString CatalogImportController::fileName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

void CatalogImportController::setSourceName(const QString &name)
{
    if (name == m_sourceName)
        return;
    m_sourceName = name;
    m_checked.reset();
    Q_EMIT sourceNameChanged();
    Q_EMIT reportChanged();
}

QString CatalogImportController::mappingProblem() const
{
    return m_columns.mapping().problems().join(u' ');
}

bool CatalogImportController::isCancelling() const
{
    if (!m_run)
        return false;
    const std::lock_guard lock(m_run->mutex);
    return m_run->cancelled;
}

void CatalogImportController::setImportGoodRows(bool goodRows)
{
    if (goodRows == m_importGoodRows)
        return;
    m_importGoodRows = goodRows;
    Q_EMIT reportChanged();
}

bool CatalogImportController::canApply() const
{
    if (!m_checked || m_run || m_step != QLatin1String("report"))
        return false;
    const qint64 good = m_checked->created + m_checked->updated + m_checked->unchanged;
    return m_checked->failed == 0 ? m_checked->received > 0 : m_importGoodRows && good > 0;
}

QString CatalogImportController::applyLabel() const
{
    if (!m_checked || m_checked->failed == 0 || !m_importGoodRows)
        return tr("Import");
    const qint64 good = m_checked->created + m_checked->updated + m_checked->unchanged;
    return good == 1 ? tr("Import the good row") : tr("Import the %1 good rows").arg(number(good));
}

QString CatalogImportController::localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

void CatalogImportController::setStep(const QString &step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
    Q_EMIT reportChanged(); // canApply follows the step
}

void CatalogImportController::setMessages(const QString &error, const QString &notice)
{
    m_errorText = error;
    m_notice = notice;
    Q_EMIT messageChanged();
}

void CatalogImportController::setProgress(double fraction, const QString &text)
{
    m_progress = fraction;
    m_progressText = text;
    Q_EMIT progressChanged();
}

void CatalogImportController::begin()
{
    if (m_run)
        return;
    m_filePath.clear();
    m_fileDetail.clear();
    m_columns.reset(ColumnMapping(), {});
    m_checked.reset();
    m_report.clear();
    m_importGoodRows = false;
    m_issues.setIssues({}, ColumnMapping());
    setMessages({}, {});
    setStep(QStringLiteral("file"));
    Q_EMIT fileChanged();
    Q_EMIT mappingChanged();
    Q_EMIT reportChanged();
    loadSources();
}

void CatalogImportController::loadSources()
{
    if (!m_executor)
        return;
    m_executor->run<QStringList>(
        this,
        [](QSqlDatabase &db) {
            QtSqlSession session(db);
            QStringList names;
            for (const auto &row : session.query(QStringLiteral(
                     "SELECT name FROM source_systems WHERE is_active ORDER BY name")))
                names << row.at(0).toString();
            return names;
        },
        [this](const DbResult<QStringList> &result) {
            if (!result.ok())
                return; // the names only help typing; a failure shows when importing
            m_sources = *result.value;
            Q_EMIT sourcesChanged();
        });
}

bool CatalogImportController::chooseFile(const QString &pathOrUrl)
{
    if (m_run || !canImport())
        return false;
    const QString path = localPath(pathOrUrl);
    const CatalogFilePreview preview = CatalogImport::preview(path, 3);
    if (!preview.error.isEmpty()) {
        setMessages(preview.error, {});
        return false;
    }
    m_filePath = path;
    m_fileDetail = counted(preview.headers.size(), tr("1 column"), tr("%1 columns")) +
                   QStringLiteral(" · ") + QLocale().formattedDataSize(preview.bytes);
    m_columns.reset(ColumnMapping::guess(preview.headers), preview.samples);
    m_checked.reset();
    setMessages({}, {});
    Q_EMIT fileChanged();
    Q_EMIT mappingChanged();
    setStep(QStringLiteral("columns"));
    return true;
}

void CatalogImportController::setTarget(int row, const QString &key)
{
    if (m_run)
        return;
    m_columns.setTarget(row, key);
    m_checked.reset();
    Q_EMIT mappingChanged();
    Q_EMIT reportChanged();
}

void CatalogImportController::back()
{
    if (m_run)
        return;
    setMessages({}, {});
    if (m_step == QLatin1String("columns"))
        setStep(QStringLiteral("file"));
    else if (m_step == QLatin1String("report") || m_step == QLatin1String("summary"))
        setStep(QStringLiteral("columns"));
}

bool CatalogImportController::check()
{
    if (m_run || !canImport() || m_filePath.isEmpty())
        return false;
    if (m_sourceName.trimmed().isEmpty()) {
        setMessages(tr("Name the source system the file comes from (such as Head-office ERP): "
                       "its external ids are matched within it."),
                    {});
        return false;
    }
    if (const QString problem = mappingProblem(); !problem.isEmpty()) {
        setMessages(problem, {});
        return false;
    }
    start(true);
    return true;
}

bool CatalogImportController::apply()
{
    if (!canApply())
        return false;
    start(false);
    return true;
}

void CatalogImportController::cancel()
{
    if (!m_run)
        return;
    m_run->cancel();
    setProgress(m_progress, tr("Cancelling…"));
}

void CatalogImportController::start(bool dryRun)
{
    CatalogImportRequest request;
    request.filePath = m_filePath;
    request.sourceName = m_sourceName.trimmed();
    request.mapping = m_columns.mapping();
    request.dryRun = dryRun;
    request.skipBadRows = !dryRun && m_importGoodRows;
    request.requestId = QUuid::createUuid();
    if (!dryRun && m_checked)
        request.expectedSha256 = m_checked->sha256;

    auto run = std::make_shared<Run>();
    m_run = run;
    setMessages({}, {});
    setStep(dryRun ? QStringLiteral("checking") : QStringLiteral("applying"));
    setProgress(0, dryRun ? tr("Reading and checking the file…") : tr("Reading the file…"));

    QPointer<CatalogImportController> self(this);
    const CatalogImport::Progress progress = [self, run, dryRun](CatalogImport::Phase phase,
                                                                 double fraction) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, run, dryRun, phase, fraction]() {
                if (!self || self->m_run != run || run->cancelled)
                    return;
                if (phase == CatalogImport::Phase::Reading)
                    self->setProgress(
                        fraction,
                        dryRun
                            ? tr("Reading and checking the file… %1%").arg(qRound(fraction * 100))
                            : tr("Reading the file… %1%").arg(qRound(fraction * 100)));
                else
                    self->setProgress(-1, dryRun ? tr("Checking the rows against the catalog…")
                                                 : tr("Importing into the catalog…"));
            },
            Qt::QueuedConnection);
    };
    m_executor->run<CatalogImportResult>(
        this,
        [request, run, progress](QSqlDatabase &db) {
            QtSqlSession session(db);
            PgConnection connection(session.nativeHandle());
            CatalogImport import(connection);
            {
                const std::lock_guard lock(run->mutex);
                run->import = &import;
                if (run->cancelled)
                    import.cancel();
            }
            CatalogImportResult result = import.run(request, progress);
            const std::lock_guard lock(run->mutex);
            run->import = nullptr;
            return result;
        },
        [this, run, dryRun](const DbResult<CatalogImportResult> &result) {
            if (m_run != run)
                return;
            m_run.reset();
            setProgress(0, {});
            finished(dryRun, result.value.value_or(CatalogImportResult()), result.error);
        });
}

void CatalogImportController::finished(bool dryRun, const CatalogImportResult &result,
                                       const QString &error)
{
    const QString status = result.status;
    if (!error.isEmpty() || (!result.ran() && status != QLatin1String("cancelled"))) {
        setStep(dryRun ? QStringLiteral("columns") : QStringLiteral("report"));
        setMessages(error.isEmpty() ? result.message : error, {});
    } else if (status == QLatin1String("cancelled")) {
        setStep(dryRun ? QStringLiteral("columns") : QStringLiteral("report"));
        setMessages({}, dryRun ? tr("Check cancelled.")
                               : tr("Import cancelled: nothing was imported."));
    } else if (dryRun) {
        m_checked = result;
        m_importGoodRows = false; // the safe choice until the person says otherwise
        m_issues.setIssues(result.issues, result.mapping);
        setReport(result, true);
        setStep(QStringLiteral("report"));
    } else {
        m_checked.reset();
        m_issues.setIssues(result.issues, result.mapping);
        setReport(result, false);
        setStep(QStringLiteral("summary"));
    }
    Q_EMIT runFinished(dryRun);
}

void CatalogImportController::setReport(const CatalogImportResult &r, bool dryRun)
{
    const qint64 good = r.created + r.updated + r.unchanged;
    QString headline;
    if (dryRun)
        headline = r.failed == 0 ? tr("All %1 can be imported.").arg(rows(r.received))
                                 : tr("%1 of %2 have problems; %3 can be imported.")
                                       .arg(rows(r.failed), number(r.received), number(good));
    else if (r.status == QLatin1String("completed"))
        headline = tr("Imported %1: %2 changed.").arg(rows(r.received), number(r.changed()));
    else if (r.status == QLatin1String("completed_with_errors"))
        headline = tr("Imported the %1 good rows; %2 with problems left out.")
                       .arg(number(good), rows(r.failed));
    else
        headline = tr("Nothing was imported: %1 have problems.").arg(rows(r.failed));

    QStringList detail;
    if (r.pricesChanged > 0)
        detail << (dryRun
                       ? counted(r.pricesChanged, tr("1 price to change"),
                                 tr("%1 prices to change"))
                       : counted(r.pricesChanged, tr("1 price changed"), tr("%1 prices changed")));
    if (r.categoriesCreated > 0)
        detail << counted(r.categoriesCreated, tr("1 new category"), tr("%1 new categories"));
    if (r.productsCreated > 0)
        detail << counted(r.productsCreated, tr("1 new product"), tr("%1 new products"));
    if (r.mappingsAdded > 0)
        detail << counted(r.mappingsAdded, tr("1 external id mapped"),
                          tr("%1 external ids mapped"));
    if (r.sourceNew)
        detail << (r.sourceCreated ? tr("source system \"%1\" created").arg(m_sourceName.trimmed())
                                   : tr("source system \"%1\" is new: created on import")
                                         .arg(m_sourceName.trimmed()));

    m_report = QVariantMap{
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("headline"), headline},
        // How the headline reads: all good, done with rows left out, or nothing done.
        {QStringLiteral("tone"), r.failed == 0 ? QStringLiteral("good")
                                 : r.status == QLatin1String("completed_with_errors")
                                     ? QStringLiteral("warn")
                                     : QStringLiteral("bad")},
        {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))},
        {QStringLiteral("received"), number(r.received)},
        {QStringLiteral("good"), number(good)},
        {QStringLiteral("bad"), number(r.failed)},
        {QStringLiteral("badCount"), r.failed},
        {QStringLiteral("created"), number(r.created)},
        {QStringLiteral("updated"), number(r.updated)},
        {QStringLiteral("unchanged"), number(r.unchanged)},
        {QStringLiteral("review"), number(r.sentToReview)},
        {QStringLiteral("reviewCount"), r.sentToReview},
        {QStringLiteral("issueCount"), r.issues.size()},
    };
    Q_EMIT reportChanged();
}

bool CatalogImportController::saveErrorReport(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !importissues::writeReport(&file, m_issues.issues(), m_issues.mapping()) ||
        !file.commit()) {
        setMessages(tr("Could not save the error report to %1: %2").arg(path, file.errorString()),
                    {});
        return false;
    }
    setMessages({}, tr("Saved the %1 to %2.")
                        .arg(m_issues.rowCount() == 1
                                 ? tr("problem")
                                 : tr("%1 problems").arg(number(m_issues.rowCount())),
                             QFileInfo(path).fileName()));
    return true;
}

bool CatalogImportController::exportCatalog(const QString &pathOrUrl)
{
    if (!m_executor || m_exporting)
        return false;
    const QString path = localPath(pathOrUrl);
    m_exporting = true;
    m_exportMessage = tr("Exporting the catalog…");
    Q_EMIT exportChanged();
    struct Outcome
    {
        qint64 rows = 0;
        QString error;
    };
    m_executor->run<Outcome>(
        this,
        [path, tenant = m_tenantId](QSqlDatabase &db) {
            QtSqlSession session(db);
            PgConnection connection(session.nativeHandle());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Outcome{0, file.errorString()};
            const CatalogExportResult r = CatalogExport(connection).write(&file, tenant);
            if (!r.ok())
                return Outcome{0, r.error};
            if (!file.commit())
                return Outcome{0, file.errorString()};
            return Outcome{r.rows, {}};
        },
        [this, path](const DbResult<Outcome> &result) {
            m_exporting = false;
            const QString error = result.ok() ? result.value->error : result.error;
            m_exportMessage = error.isEmpty()
                                  ? tr("Exported %1 to %2.")
                                        .arg(result.value->rows == 1
                                                 ? tr("1 item")
                                                 : tr("%1 items").arg(number(result.value->rows)),
                                             QFileInfo(path).fileName())
                                  : tr("Could not export the catalog: %1").arg(error);
            Q_EMIT exportChanged();
        });
    return true;
}

} // namespace stockroom
