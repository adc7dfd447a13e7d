#pragma once

#include "import/catalogcolumns.h"
#include "import/importissue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

struct pg_cancel;

namespace stockroom {

class PgConnection;

/** What to import, from where, and how. */
struct CatalogImportRequest
{
    QString filePath;
    /** Recorded with the run; the file's own name when empty. */
    QString fileName;
    /** The source system the file comes from; created (as an 'import' source) when new. */
    QString sourceName;
    /** Which file column feeds which canonical column; guessed from the header when unset. */
    std::optional<ColumnMapping> mapping;
    /** Check everything, count what would change, change nothing (the run is recorded). */
    bool dryRun = false;
    /** Apply the good rows when some are bad (default: any bad row and nothing is applied). */
    bool skipBadRows = false;
    /**
     * Empty: import as the signed-in staff member, through api.import_catalog (the desktop).
     * Set: import into this tenant as an operator — a superuser or member of stockroom_owner —
     * through catalog.import_run (stockroomd).
     */
    QString tenantId;
    /** Staff: the command's request id, so a repeated call is applied once (new when null). */
    QUuid requestId;
    /**
     * Set (to CatalogImportResult::sha256 of a dry run): refuse when the file is no longer the one
     * that was checked, so what is applied is what the person saw.
     */
    QByteArray expectedSha256;
};

/** What an import did, or would do (dry run), and every issue of every bad row. */
struct CatalogImportResult
{
    /**
     * As the run is recorded — "completed", "completed_with_errors", "failed" (bad rows and
     * all-or-nothing, or an error stopped it), "dry_run", "cancelled" — or "refused": nothing
     * ran (the file or its columns are unusable, or the database refused the person).
     */
    QString status;
    /** Why, when refused, cancelled or stopped by an error. */
    QString message;
    QString runId;
    QString sourceSystemId;
    /** The source system did not exist: it was created (when rows were applied) or would be. */
    bool sourceNew = false;
    bool sourceCreated = false;
    qint64 received = 0;
    qint64 succeeded = 0;
    qint64 failed = 0; // bad rows
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 sentToReview = 0;
    qint64 pricesChanged = 0;
    qint64 mappingsAdded = 0;
    qint64 categoriesCreated = 0;
    qint64 productsCreated = 0;
    /** Every issue, in line order (a bad row may have several). */
    QList<ImportIssue> issues;
    ColumnMapping mapping;
    /** SHA-256 of the file as read, to tell whether it changed since a dry run. */
    QByteArray sha256;
    /** Milliseconds spent reading and checking the file, in COPY, and in the merge. */
    qint64 parseMs = 0;
    qint64 copyMs = 0;
    qint64 mergeMs = 0;

    [[nodiscard]] qint64 changed() const { return created + updated; }
    /** The run went through (a dry run included), whatever the rows held. */
    [[nodiscard]] bool ran() const;
};

/** The first lines of a catalog file, for the column-mapping step. */
struct CatalogFilePreview
{
    QStringList headers;
    QList<QStringList> samples; // the first data rows, as read
    qint64 bytes = 0;
    QString error; // the file cannot be read, or has no header
};

/**
 * Imports a catalog file: reads it as RFC 4180 CSV, checks each row (CatalogRowCheck), COPYs the
 * rows and their issues into the session's staging tables and has the database merge them in one
 * transaction (0021_catalog_import.sql) — the same code for stockroomd and the desktop. A run that
 * is cancelled, or stopped by an error, rolls back and is recorded as such.
 */
class CatalogImport
{
public:
    enum class Phase { Reading, Merging };
    /** @p fraction 0–1 while reading, -1 while the database merges. Called on run()'s thread. */
    using Progress = std::function<void(Phase phase, double fraction)>;

    /** Works on @p connection, which must be idle (no transaction open). */
    explicit CatalogImport(PgConnection &connection);
    ~CatalogImport();
    CatalogImport(const CatalogImport &) = delete;
    CatalogImport &operator=(const CatalogImport &) = delete;

    /** Runs one import; an object serves one run. */
    CatalogImportResult run(const CatalogImportRequest &request, const Progress &progress = {});
    /**
     * Stops the run (from any thread; before it starts, too): it rolls back and is recorded as
     * cancelled.
     */
    void cancel();

    /** The header and first @p samples rows of @p filePath. */
    [[nodiscard]] static CatalogFilePreview preview(const QString &filePath, int samples = 3);

private:
    struct Cancelled
    {};
    void throwIfCancelled() const;
    void setInServer(bool inServer);
    void stage(class QIODevice *file, qint64 size, CatalogImportResult &result,
               const Progress &progress);
    void merge(const CatalogImportRequest &request, const QString &startedAt,
               CatalogImportResult &result);
    void recordStopped(const CatalogImportRequest &request, const QString &startedAt,
                       const CatalogImportResult &result);

    PgConnection &m_connection;
    std::atomic<bool> m_cancelled{false};
    std::mutex m_cancelMutex;
    pg_cancel *m_cancelHandle = nullptr; // guarded by m_cancelMutex, as is:
    bool m_inServer = false;             // a statement that may run long is on the server
};

} // namespace stockroom
