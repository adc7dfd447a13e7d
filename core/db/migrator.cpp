#include "db/migrator.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/sqlscript.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace stockroom {

namespace {

const QString LockKey = QStringLiteral("stockroom.migrate");

} // namespace

Migration Migration::fromFile(const QString &fileName, const QByteArray &contents)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        throw MigrationError(
            QStringLiteral("Migration file name \"%1\" is not of the form NNNN_name.sql")
                .arg(fileName));
    Migration m;
    m.version = match.captured(1).toInt();
    if (m.version == 0)
        throw MigrationError(
            QStringLiteral("Migration file \"%1\" has version 0; versions start at 0001")
                .arg(fileName));
    m.fileName = fileName;
    m.sql = QString::fromUtf8(contents);
    m.checksum =
        QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
    return m;
}

MigrationError::MigrationError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

Migrator::Migrator(PgConnection &connection, QList<Migration> migrations)
    : m_connection(connection)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 1; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version == m_migrations[i - 1].version)
            throw MigrationError(QStringLiteral("Two migrations share version %1: %2 and %3")
                                     .arg(m_migrations[i].version)
                                     .arg(m_migrations[i - 1].fileName, m_migrations[i].fileName));
    }
}

QList<Migration> Migrator::bundled()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/stockroom/schema"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw MigrationError(QStringLiteral("Cannot read the bundled migration %1").arg(name));
        list.append(Migration::fromFile(name, file.readAll()));
    }
    return list;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrator::currentVersion()
{
    const auto exists = m_connection.scalar(
        QStringLiteral("SELECT to_regclass('stockroom_meta.schema_migrations') IS NOT NULL"));
    if (exists != QLatin1String("t"))
        return 0;
    return m_connection
        .scalar(QStringLiteral(
            "SELECT coalesce(max(version), 0) FROM stockroom_meta.schema_migrations"))
        .value_or(QStringLiteral("0"))
        .toInt();
}

void Migrator::ensureBookkeeping()
{
    m_connection.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS stockroom_meta;"
                                     "CREATE TABLE IF NOT EXISTS stockroom_meta.schema_migrations ("
                                     " version integer PRIMARY KEY,"
                                     " file_name text NOT NULL,"
                                     " checksum text NOT NULL,"
                                     " applied_at timestamptz NOT NULL DEFAULT now(),"
                                     " applied_by name NOT NULL DEFAULT current_user,"
                                     " duration_ms integer NOT NULL DEFAULT 0)"));
}

void Migrator::verifyApplied()
{
    const PgResult applied =
        m_connection.exec(QStringLiteral("SELECT version, file_name, checksum FROM "
                                         "stockroom_meta.schema_migrations ORDER BY version"));
    for (int row = 0; row < applied.rows(); ++row) {
        const int version = applied.value(row, 0).toInt();
        const QString fileName = applied.value(row, 1);
        const auto known =
            std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                         [version](const Migration &m) { return m.version == version; });
        if (version > latestVersion()) {
            throw MigrationError(QStringLiteral("This database's schema is at version %1 (%2), "
                                                "newer than this build of Stockroom, "
                                                "which knows versions up to %3. Use a Stockroom "
                                                "release at least as new as the one "
                                                "that migrated this database.")
                                     .arg(version)
                                     .arg(fileName)
                                     .arg(latestVersion()));
        }
        if (known == m_migrations.cend()) {
            throw MigrationError(QStringLiteral("Migration %1 (%2) was applied to this database "
                                                "but is missing from this build. "
                                                "Use the Stockroom release that applied it.")
                                     .arg(version)
                                     .arg(fileName));
        }
        if (known->checksum != applied.value(row, 2)) {
            throw MigrationError(
                QStringLiteral(
                    "Migration %1 was changed after it was applied to this database (recorded "
                    "checksum "
                    "%2, this build has %3). Applied migrations must never be edited: restore the "
                    "original file and put the change in a new migration.")
                    .arg(known->fileName, applied.value(row, 2).left(12),
                         known->checksum.left(12)));
        }
    }
}

namespace {

// Roles are server-wide while the migration lock is per database: two databases migrating at the
// same moment can update the same role row (ALTER ROLE in 0001, 0008) and one of them fails with
// "tuple concurrently updated". Such a failure, like a deadlock or serialization failure, says
// nothing about the migration; the whole transaction is rolled back and simply run again.
struct RetryMigration
{};

bool worthRetrying(const DatabaseError &e)
{
    return e.isTransient() || (e.sqlState() == QLatin1String("XX000") &&
                               e.message().contains(QLatin1String("tuple concurrently updated")));
}

} // namespace

void Migrator::apply(const Migration &migration)
{
    constexpr int Attempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            applyOnce(migration, attempt < Attempts);
            return;
        } catch (const RetryMigration &) {
            QThread::msleep(50 * attempt);
        }
    }
}

void Migrator::applyOnce(const Migration &migration, bool mayRetry)
{
    PgTransaction tx(m_connection);
    m_connection.exec(QStringLiteral("SELECT set_config('statement_timeout', '0', true)"));
    for (const SqlStatement &statement : splitSqlScript(migration.sql)) {
        try {
            m_connection.exec(statement.text);
        } catch (const DatabaseError &e) {
            if (mayRetry && worthRetrying(e))
                throw RetryMigration{};
            QString excerpt = statement.text.section(QLatin1Char('\n'), 0, 2);
            if (excerpt.size() > 240)
                excerpt = excerpt.left(240) + QStringLiteral("…");
            throw MigrationError(
                QStringLiteral(
                    "Migration %1 failed at line %2 and was rolled back; the database stays at the "
                    "previous version.\nStatement: %3\nError: %4")
                    .arg(migration.fileName)
                    .arg(statement.line)
                    .arg(excerpt, e.fullText()));
        }
    }
    m_connection.exec(QStringLiteral("RESET ROLE"));
    m_connection.exec(QStringLiteral("INSERT INTO stockroom_meta.schema_migrations (version, "
                                     "file_name, checksum, duration_ms) "
                                     "VALUES ($1::int, $2, $3, (extract(epoch FROM "
                                     "clock_timestamp() - now()) * 1000)::int)"),
                      {QString::number(migration.version), migration.fileName, migration.checksum});
    tx.commit();
}

Migrator::Result Migrator::migrate(const Progress &progress)
{
    // One migrator at a time per database; the lock is released with the session or below.
    m_connection.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext($1))"), {LockKey});
    struct Unlock
    {
        PgConnection &c;
        ~Unlock()
        {
            try {
                c.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext($1))"), {LockKey});
            } catch (...) {
            }
        }
    } unlock{m_connection};

    ensureBookkeeping();
    verifyApplied();
    Result result;
    result.fromVersion = currentVersion();
    // Pending is whatever has no record, not just what is numbered above the highest applied
    // one: a lower-numbered file merged in later must run too, never be skipped silently.
    const PgResult recorded =
        m_connection.exec(QStringLiteral("SELECT version FROM stockroom_meta.schema_migrations"));
    QSet<int> applied;
    for (int row = 0; row < recorded.rows(); ++row)
        applied.insert(recorded.value(row, 0).toInt());
    QList<Migration> pending;
    for (const Migration &m : m_migrations) {
        if (!applied.contains(m.version))
            pending.append(m);
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (progress)
            progress(pending[i], static_cast<int>(i), static_cast<int>(pending.size()));
        apply(pending[i]);
        result.applied.append(pending[i].fileName);
    }
    result.toVersion = currentVersion();
    return result;
}

} // namespace stockroom
