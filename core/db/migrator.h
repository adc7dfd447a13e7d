#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <stdexcept>

namespace stockroom {

class PgConnection;

/** One numbered schema change: "0003_catalog.sql" is version 3. */
struct Migration
{
    int version = 0;
    QString fileName;
    QString sql;
    /** SHA-256 of the file's bytes, recorded when applied so later edits are detected. */
    QString checksum;

    [[nodiscard]] static Migration fromFile(const QString &fileName, const QByteArray &contents);
};

/** Why the schema could not be brought up to date; the message names what to do. */
class MigrationError : public std::runtime_error
{
public:
    explicit MigrationError(const QString &message);
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

/**
 * Brings a database to the schema this build knows. Each migration runs in one transaction
 * together with its version record, statement by statement so a failure names the file, line and
 * statement; an applied migration whose file changed since, or a database newer than this build,
 * is refused. Concurrent runs serialize on an advisory lock; re-running is a no-op.
 */
class Migrator
{
public:
    using Progress = std::function<void(const Migration &migration, int index, int total)>;

    explicit Migrator(PgConnection &connection, QList<Migration> migrations = bundled());

    /** The migrations compiled into this build, in version order. */
    [[nodiscard]] static QList<Migration> bundled();

    /** Highest applied version, 0 for an empty database. */
    [[nodiscard]] int currentVersion();
    [[nodiscard]] int latestVersion() const;

    struct Result
    {
        int fromVersion = 0;
        int toVersion = 0;
        QStringList applied;
    };
    /** Applies what is missing; throws MigrationError (everything of the failed file rolled back).
     */
    Result migrate(const Progress &progress = {});

private:
    void ensureBookkeeping();
    void verifyApplied();
    void apply(const Migration &migration);
    void applyOnce(const Migration &migration, bool mayRetry);

    PgConnection &m_connection;
    QList<Migration> m_migrations;
};

} // namespace stockroom
