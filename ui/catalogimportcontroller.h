#pragma once

#include "db/connectioninfo.h"
#include "import/catalogimport.h"
#include "importissuemodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace stockroom {

class DbExecutor;

/**
 * The Import wizard and the catalog's Export: pick a file and its source system, match its
 * columns, check it (a dry run that reports every bad row), then import all of it, or only the
 * good rows when asked to, with progress and Cancel; export the catalog to CSV. The work is the
 * core's (CatalogImport, CatalogExport), run on a database thread and connection of the wizard's
 * own, signed in as the same staff member, so the rest of the app stays responsive meanwhile.
 */
class CatalogImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool available READ isAvailable NOTIFY sourceChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY sourceChanged)
    /** file → columns → checking → report → applying → summary */
    Q_PROPERTY(QString step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY fileChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    Q_PROPERTY(QString fileDetail READ fileDetail NOTIFY fileChanged)
    Q_PROPERTY(QString sourceName READ sourceName WRITE setSourceName NOTIFY sourceNameChanged)
    Q_PROPERTY(QStringList sources READ sources NOTIFY sourcesChanged)
    Q_PROPERTY(stockroom::ImportColumnModel *columns READ columns CONSTANT)
    Q_PROPERTY(QVariantList targets READ targets CONSTANT)
    Q_PROPERTY(QString mappingProblem READ mappingProblem NOTIFY mappingChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged)
    Q_PROPERTY(bool cancelling READ isCancelling NOTIFY progressChanged)
    /** 0–1, or -1 while the database works and no fraction is known. */
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /** The counts of the last check or import, and sentences that say what they mean. */
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(stockroom::ImportIssueModel *issues READ issues CONSTANT)
    /** With bad rows: import the good ones (true) or nothing until the file is fixed (false). */
    Q_PROPERTY(bool importGoodRows READ importGoodRows WRITE setImportGoodRows NOTIFY reportChanged)
    Q_PROPERTY(bool canApply READ canApply NOTIFY reportChanged)
    Q_PROPERTY(QString applyLabel READ applyLabel NOTIFY reportChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messageChanged)
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)

public:
    explicit CatalogImportController(QObject *parent = nullptr);
    ~CatalogImportController() override;

    /**
     * Where to work: as the staff member @p info signs in as, of @p tenantId; @p mayImport for
     * admins and store managers. nullopt (signed out) stops any run and forgets everything.
     */
    void setSource(const std::optional<ConnectionInfo> &info, const QString &tenantId,
                   bool mayImport);

    [[nodiscard]] bool isAvailable() const { return m_info.has_value(); }
    [[nodiscard]] bool canImport() const { return m_info && m_mayImport; }
    [[nodiscard]] const QString &step() const { return m_step; }
    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] const QString &fileDetail() const { return m_fileDetail; }
    [[nodiscard]] const QString &sourceName() const { return m_sourceName; }
    void setSourceName(const QString &name);
    [[nodiscard]] const QStringList &sources() const { return m_sources; }
    [[nodiscard]] ImportColumnModel *columns() { return &m_columns; }
    [[nodiscard]] static QVariantList targets() { return ImportColumnModel::targets(); }
    [[nodiscard]] QString mappingProblem() const;
    [[nodiscard]] bool isBusy() const { return m_run != nullptr; }
    [[nodiscard]] bool isCancelling() const;
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] const QString &progressText() const { return m_progressText; }
    [[nodiscard]] const QVariantMap &report() const { return m_report; }
    [[nodiscard]] ImportIssueModel *issues() { return &m_issues; }
    [[nodiscard]] bool importGoodRows() const { return m_importGoodRows; }
    void setImportGoodRows(bool goodRows);
    [[nodiscard]] bool canApply() const;
    [[nodiscard]] QString applyLabel() const;
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const QString &notice() const { return m_notice; }
    [[nodiscard]] bool isExporting() const { return m_exporting; }
    [[nodiscard]] const QString &exportMessage() const { return m_exportMessage; }

    /** Starts the wizard afresh on its first step and reads the tenant's source systems. */
    Q_INVOKABLE void begin();
    /** Reads the header and first rows of @p pathOrUrl and moves on to the columns. */
    Q_INVOKABLE bool chooseFile(const QString &pathOrUrl);
    /** Makes file column @p row feed the canonical column @p key (empty: not imported). */
    Q_INVOKABLE void setTarget(int row, const QString &key);
    /** Checks the whole file (a dry run): every bad row, and what would change. */
    Q_INVOKABLE bool check();
    /** Imports the checked file: all of it, or its good rows when importGoodRows is set. */
    Q_INVOKABLE bool apply();
    /** Stops the check or import under way: it rolls back and is recorded as cancelled. */
    Q_INVOKABLE void cancel();
    /** Back one step (columns → file, report → columns). */
    Q_INVOKABLE void back();
    /** Writes the report's issues as CSV (line, column, value, reason) to @p pathOrUrl. */
    Q_INVOKABLE bool saveErrorReport(const QString &pathOrUrl);
    /** Writes the catalog with its prices in effect now to @p pathOrUrl, in the background. */
    Q_INVOKABLE bool exportCatalog(const QString &pathOrUrl);

Q_SIGNALS:
    void sourceChanged();
    void stepChanged();
    void fileChanged();
    void sourceNameChanged();
    void sourcesChanged();
    void mappingChanged();
    void progressChanged();
    void reportChanged();
    void messageChanged();
    void exportChanged();
    /** A check or an import ended (@p dryRun tells which), whatever its outcome. */
    void runFinished(bool dryRun);

private:
    struct Run;
    void start(bool dryRun);
    void finished(bool dryRun, const CatalogImportResult &result, const QString &error);
    void setStep(const QString &step);
    void setMessages(const QString &error, const QString &notice);
    void setReport(const CatalogImportResult &result, bool dryRun);
    void setProgress(double fraction, const QString &text);
    void loadSources();
    [[nodiscard]] static QString localPath(const QString &pathOrUrl);

    std::optional<ConnectionInfo> m_info;
    QString m_tenantId;
    bool m_mayImport = false;
    std::unique_ptr<DbExecutor> m_executor;
    std::shared_ptr<Run> m_run; // the check or import under way
    QString m_step = QStringLiteral("file");
    QString m_filePath;
    QString m_fileDetail;
    QString m_sourceName;
    QStringList m_sources;
    ImportColumnModel m_columns;
    ImportIssueModel m_issues;
    std::optional<CatalogImportResult> m_checked; // the last dry run of this file and mapping
    QVariantMap m_report;
    bool m_importGoodRows = false;
    double m_progress = 0;
    QString m_progressText;
    QString m_errorText;
    QString m_notice;
    bool m_exporting = false;
    QString m_exportMessage;
};

} // namespace stockroom
