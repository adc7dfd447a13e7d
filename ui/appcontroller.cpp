#include "appcontroller.h"

#include "catalog/catalogrepository.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "db/databaseerror.h"
#include "db/dbexecutor.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "demo/demoseeder.h"
#include "local/localcluster.h"
#include "variantdetailcontroller.h"

#include <QLockFile>
#include <QThread>

namespace stockroom {

namespace {
const QString EmbeddedDatabase = QStringLiteral("stockroom");
}

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_catalog(new CatalogModel(this))
    , m_categories(new CategoryModel(this))
    , m_variantDetail(new VariantDetailController(this))
{}

AppController::~AppController()
{
    shutdown();
}

void AppController::start(const Plan &plan)
{
    m_wantedTenant = plan.tenant;
    m_serverDescription = plan.embedded ? tr("Embedded demo database") : plan.server.describe();
    setStatus(tr("Starting…"), -1);
    // Everything slow (initdb, server start, migrations, seeding) runs on a startup thread.
    m_startupThread = QThread::create([this, plan]() { prepareInBackground(plan); });
    m_startupThread->setObjectName(QStringLiteral("startup"));
    connect(m_startupThread, &QThread::finished, m_startupThread, &QObject::deleteLater);
    connect(m_startupThread, &QObject::destroyed, this, [this]() { m_startupThread = nullptr; });
    m_startupThread->start();
}

void AppController::prepareInBackground(const Plan &plan)
{
    auto status = [this](const QString &text, double progress) {
        QMetaObject::invokeMethod(
            this, [this, text, progress]() { setStatus(text, progress); }, Qt::QueuedConnection);
    };
    auto failLater = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message]() { fail(message); }, Qt::QueuedConnection);
    };
    try {
        ConnectionInfo target = plan.server;
        if (plan.embedded) {
            m_cluster =
                std::make_unique<LocalCluster>(LocalCluster::Options{plan.clusterRoot, true, 0});
            if (plan.resetDemo) {
                status(tr("Deleting the demo database…"), -1);
                m_cluster->wipe();
            }
            m_cluster->start([&](const QString &step) { status(step, -1); });
            // One window per embedded cluster: a second one would stop the server under the first.
            m_clusterLock =
                std::make_unique<QLockFile>(plan.clusterRoot + QStringLiteral("/desktop.lock"));
            m_clusterLock->setStaleLockTime(0);
            if (!m_clusterLock->tryLock(0)) {
                m_cluster.reset(); // not ours to stop
                failLater(
                    tr("Another Stockroom window is already using the embedded demo database. "
                       "Switch to that window, or close it and start again."));
                return;
            }
            {
                PgConnection admin(m_cluster->superuserConnection(),
                                   QStringLiteral("stockroom-setup"));
                if (!admin.scalar(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"),
                                  {EmbeddedDatabase}))
                    admin.exec(QStringLiteral("CREATE DATABASE %1").arg(EmbeddedDatabase));
            }
            target = m_cluster->superuserConnection(EmbeddedDatabase);
            PgConnection conn(target, QStringLiteral("stockroom-setup"));
            Migrator migrator(conn);
            migrator.migrate([&](const Migration &m, int index, int total) {
                status(tr("Preparing the database (%1 of %2: %3)…")
                           .arg(index + 1)
                           .arg(total)
                           .arg(m.fileName),
                       double(index) / total);
            });
            if (!DemoSeeder::hasAnyTenant(conn)) {
                DemoSeedOptions options;
                options.variants = plan.demoVariants;
                DemoSeeder(conn).seed(options, [&](const QString &stage, qint64 done,
                                                   qint64 total) {
                    status(tr("Loading demo data: %1 (%2 of %3)…").arg(stage).arg(done).arg(total),
                           total > 0 ? double(done) / double(total) : -1);
                });
            }
        } else {
            status(tr("Connecting to %1…").arg(target.describe()), -1);
            PgConnection conn(target, QStringLiteral("stockroom-setup"));
            Migrator migrator(conn);
            const int current = migrator.currentVersion();
            if (current == 0) {
                failLater(
                    tr("%1 is not a Stockroom database (it has no Stockroom schema). Check the "
                       "database name, or prepare it with 'stockroomd migrate'.")
                        .arg(target.describe()));
                return;
            }
            if (current != migrator.latestVersion()) {
                failLater(current < migrator.latestVersion()
                              ? tr("The database schema is at version %1 but this app needs %2. "
                                   "Ask your administrator "
                                   "to run 'stockroomd migrate'.")
                                    .arg(current)
                                    .arg(migrator.latestVersion())
                              : tr("The database schema (version %1) is newer than this app "
                                   "(version %2). "
                                   "Install the newer Stockroom.")
                                    .arg(current)
                                    .arg(migrator.latestVersion()));
                return;
            }
        }
        QMetaObject::invokeMethod(
            this, [this, target]() { openDatabase(target); }, Qt::QueuedConnection);
    } catch (const LocalClusterError &e) {
        failLater(e.message());
    } catch (const MigrationError &e) {
        failLater(plan.embedded
                      ? e.message() + QLatin1Char('\n') +
                            tr("This is the demo database: start it afresh with --reset-demo.")
                      : e.message());
    } catch (const DemoSeedError &e) {
        failLater(e.message());
    } catch (const DatabaseError &e) {
        failLater(e.fullText());
    }
}

void AppController::openDatabase(const ConnectionInfo &info)
{
    setStatus(tr("Opening the catalog…"), -1);
    m_executor = std::make_unique<DbExecutor>(info, QStringLiteral("stockroom-db"));
    connect(m_executor.get(), &DbExecutor::connectedChanged, this,
            [this](bool connected, const QString &message) {
                setConnection(connected,
                              connected ? tr("Connected")
                                        : tr("Connection lost: %1 — reconnecting").arg(message));
            });
    m_executor->run<QList<TenantInfo>>(
        this, [](QSqlDatabase &db) { return CatalogRepository::tenants(db); },
        [this](const DbResult<QList<TenantInfo>> &result) {
            if (!result.ok())
                return fail(tr("Could not read the database: %1").arg(result.error));
            const QList<TenantInfo> &tenants = *result.value;
            if (tenants.isEmpty())
                return fail(tr("This database has no tenant yet. Load one with 'stockroomd "
                               "seed-demo' or create it first."));
            TenantInfo chosen = tenants.first();
            if (!m_wantedTenant.isEmpty()) {
                const auto it =
                    std::find_if(tenants.cbegin(), tenants.cend(), [this](const TenantInfo &t) {
                        return t.name.compare(m_wantedTenant, Qt::CaseInsensitive) == 0;
                    });
                if (it == tenants.cend())
                    return fail(tr("There is no tenant named \"%1\" in this database.")
                                    .arg(m_wantedTenant));
                chosen = *it;
            }
            m_tenantName = chosen.name;
            setConnection(true, tr("Connected"));
            m_catalog->setSource(m_executor.get(), chosen.id);
            m_categories->setSource(m_executor.get(), chosen.id);
            m_variantDetail->setSource(m_executor.get(), chosen.id);
            m_state = State::Ready;
            setStatus(QString(), 1);
            Q_EMIT stateChanged();
        });
}

void AppController::shutdown()
{
    if (m_startupThread) {
        m_startupThread->wait();
    }
    m_executor.reset();
    if (m_cluster) {
        m_cluster->stop();
        m_cluster.reset();
    }
    m_clusterLock.reset();
}

void AppController::setStatus(const QString &text, double progress)
{
    m_statusText = text;
    m_progress = progress;
    Q_EMIT statusChanged();
}

void AppController::fail(const QString &message)
{
    m_errorText = message;
    m_state = State::Failed;
    Q_EMIT stateChanged();
}

void AppController::setConnection(bool connected, const QString &text)
{
    if (m_connected == connected && m_connectionText == text)
        return;
    m_connected = connected;
    m_connectionText = text;
    Q_EMIT connectionChanged();
}

} // namespace stockroom
